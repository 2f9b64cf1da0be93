#include "RollingRestart.h"

#include "MaintenancePlanner.h"
#include "OperationLog.h"
#include "OperationRequest.h"
#include "SshExecutor.h"
#include "drill/DrillSetup.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace warren {

RollingRestart::RollingRestart(ClusterProfile profile, Options options, CancelToken cancel)
    : m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_cancel(std::move(cancel))
{
}

QStringList RollingRestart::defaultOrder(const ClusterProfile& profile, const QString& activeHost)
{
    QStringList order;
    for (const auto& h : profile.rabbitHosts()) {
        if (h.name != activeHost)
            order << h.name;
    }
    if (!activeHost.isEmpty() && profile.host(activeHost))
        order << activeHost;
    return order;
}

QString RollingRestart::checkOrder(const ClusterProfile& profile, const QStringList& order)
{
    QStringList seen;
    for (const QString& name : order) {
        const auto found = OperationRequest::findHost(profile, name);
        if (!found.host)
            return found.error.isEmpty() ? tr("the order has an empty entry") : found.error;
        if (!found.host->isRabbit())
            return tr("%1 is not a RabbitMQ host of profile %2").arg(found.host->name, profile.name);
        if (seen.contains(found.host->name))
            return tr("%1 is named twice in the order").arg(found.host->name);
        seen << found.host->name;
    }
    return {};
}

RunResult RollingRestart::runPlan(const Plan& plan)
{
    if (m_observer.planStarted)
        m_observer.planStarted(plan.subjectHost, plan);
    SshExecutor executor(m_profile, m_cancel);
    OperationLog log;
    PlanRunner runner(executor, &log, m_cancel);
    runner.setAllowDestructive(m_options.force);
    runner.setObserver(m_observer.runner);
    return runner.run(plan);
}

RollingNodeReport RollingRestart::restartOne(const QString& hostName)
{
    RollingNodeReport rep;
    rep.host = hostName;
    const HostProfile* host = m_profile.host(hostName);
    if (!host || !host->isRabbit()) {
        // The CLI checks the order first (checkOrder); a caller that did not is told, not crashed.
        rep.message = checkOrder(m_profile, { hostName });
        if (rep.message.isEmpty())
            rep.message = tr("%1 is not a RabbitMQ host of profile %2").arg(hostName, m_profile.name);
        return rep;
    }
    QElapsedTimer t;
    t.start();
    RunResult r;
    if (m_options.plain) {
        r = runPlan(MaintenancePlanner::prepareService(
            m_profile, *host, MaintenancePlanner::Service::Restart, m_options.force, m_cancel));
    } else {
        r = runPlan(MaintenancePlanner::prepareEnter(m_profile, *host, true, m_options.force, m_cancel));
        if (r.ok())
            r = runPlan(MaintenancePlanner::prepareExit(m_profile, *host, m_cancel));
    }
    rep.ok = r.ok();
    rep.message = r.message;
    rep.outOfServiceMs = t.elapsed();
    return rep;
}

QList<RollingNodeReport> RollingRestart::run()
{
    QList<RollingNodeReport> out;
    const QStringList order = m_options.order;
    for (int i = 0; i < order.size(); ++i) {
        if (m_cancel.isCancelled())
            break;
        if (m_observer.nodeStarted)
            m_observer.nodeStarted(i, order[i]);
        RollingNodeReport rep;
        if (!m_options.client) {
            rep = restartOne(order[i]);
        } else {
            // The client publishes through HAProxy for the whole turn: it starts, the turn runs
            // beside it once it has some confirms, and it stops publishing 3 s after the turn ends.
            QString error;
            auto setup = DrillSetup::prepare(m_profile, &error, m_cancel);
            if (!setup) {
                rep.host = order[i];
                rep.message = tr("the client could not start: %1").arg(error);
                out << rep;
                if (m_observer.nodeFinished)
                    m_observer.nodeFinished(i, rep);
                break;
            }
            FailoverDrillOptions o = setup->options;
            o.queue = QStringLiteral("ha.warren-rolling-restart");
            o.ratePerSecond = m_options.clientRate;
            o.messages = DrillLimits::MaxMessages;
            o.faultAfter = qMax(1, m_options.clientRate * 2);
            o.timeoutMs = 30 * 60 * 1000;
            std::atomic<bool> turnDone { false };
            QElapsedTimer sinceDone;
            o.stopWhen = [&] { return turnDone.load() && sinceDone.isValid() && sinceDone.elapsed() > 3000; };
            QThreadPool pool;
            QFuture<void> turn;
            FailoverDrill client(
                o,
                [&](QString*) {
                    turn = QtConcurrent::run(&pool, [&] {
                        rep = restartOne(order[i]);
                        sinceDone.start();
                        turnDone = true;
                    });
                    return true;
                },
                m_cancel);
            const FailoverDrillReport c = client.run();
            turn.waitForFinished();
            rep.clientRan = true;
            rep.client = c;
        }
        out << rep;
        if (m_observer.nodeFinished)
            m_observer.nodeFinished(i, rep);
        if (!rep.ok)
            break;
    }
    return out;
}

} // namespace warren
