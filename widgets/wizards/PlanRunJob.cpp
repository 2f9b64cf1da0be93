#include "PlanRunJob.h"

#include "ops/OperationLog.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

PlanRunJob::PlanRunJob(ExecutorFactory factory, QString logPath, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_logPath(std::move(logPath))
{
    connect(&m_watcher, &QFutureWatcher<RunResult>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

PlanRunJob::~PlanRunJob()
{
    m_cancel.cancel();
    m_watcher.waitForFinished();
}

void PlanRunJob::cancel()
{
    m_cancel.cancel();
}

void PlanRunJob::run(const Plan& plan, int fromStep)
{
    start([plan, fromStep](PlanRunner& runner) { return runner.run(plan, fromStep); });
}

void PlanRunJob::undo(const Plan& plan, const RunResult& failed)
{
    start([plan, failed](PlanRunner& runner) { return runner.undo(plan, failed); });
}

void PlanRunJob::start(std::function<RunResult(PlanRunner&)> work)
{
    if (isRunning())
        return;
    m_cancel = CancelToken(); // a fresh token: a retry after a cancel runs
    const CancelToken cancel = m_cancel;
    const ExecutorFactory factory = m_factory;
    const QString logPath = m_logPath;
    const QStringList secrets = m_secrets;
    // The callbacks run in the worker: each is posted to this object's thread. The destructor
    // waits for the worker, so `self` outlives every posted call's creation.
    QPointer<PlanRunJob> self(this);
    auto post = [self](std::function<void(PlanRunJob*)> f) {
        QMetaObject::invokeMethod(self.data(), [self, f] {
            if (self)
                f(self.data());
        }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([=]() {
        std::unique_ptr<RemoteExecutor> executor = factory(cancel);
        OperationLog log(logPath);
        for (const auto& s : secrets)
            log.addSecret(s);
        PlanRunner runner(*executor, &log, cancel);
        // The user confirmed the destructive steps on the confirm page before any run starts.
        runner.setAllowDestructive(true);
        PlanRunner::Observer obs;
        obs.stepStarted = [post](int step) { post([step](PlanRunJob* j) { Q_EMIT j->stepStarted(step); }); };
        obs.output = [post](int step, const QString& line) { post([step, line](PlanRunJob* j) { Q_EMIT j->output(step, line); }); };
        obs.stepFinished = [post](int step, bool ok, const QString& message) {
            post([step, ok, message](PlanRunJob* j) { Q_EMIT j->stepFinished(step, ok, message); });
        };
        runner.setObserver(obs);
        return work(runner);
    }));
}

} // namespace warren
