// Node maintenance on the lab's real clusters (3.10, and as tst_lab_maintenance_4x the 4.0 one):
// - the first RabbitMQ host (HAProxy's active server) enters and leaves maintenance while a client
//   publishes with confirms through HAProxy the whole time: it is moved to the backup server with
//   0 messages lost, HAProxy's server goes DRAIN -> MAINT -> UP, RabbitMQ says the node is in
//   maintenance and then not; the figures (gap, reconnects, lost, duplicated) are printed;
// - the safe-to-stop refusal: with the third node stopped, the first is critical for the quorum of
//   the lab's quorum queues, and `warrenctl maintenance NODE enter` refuses (nothing changes);
//   --force turns it into a plan whose first step must be confirmed, naming what is at risk;
// - `plan restart` of the third node: stopped, started, a running member again.
// Every case leaves the nodes running, out of maintenance, and HAProxy's servers ready.
#include "drill/DrillSetup.h"
#include "drill/FailoverDrill.h"
#include "ops/OperationLog.h"
#include "ops/OperationRequest.h"
#include "ops/PlanRunner.h"
#include "ops/RabbitCommands.h"
#include "ops/SshExecutor.h"
#include "profile/ClusterProfile.h"
#include "status/HaproxyRouting.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace warren;
using testutil::ProcResult;

namespace {

QString text(const ProcResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

ProcResult ctl(const QStringList& args)
{
    return testutil::run(qEnvironmentVariable("WARRENCTL"),
        QStringList { QStringLiteral("--cluster"), testutil::labProfile() } + args, 300000);
}

// RabbitMQ's own word: is_under_maintenance in `rabbitmq-diagnostics status` on the host; nothing
// when the status cannot be read (a stopped node), so that "not in maintenance" never passes on an
// error.
std::optional<bool> labMaintenance(const QString& host)
{
    const ProcResult r = testutil::labExec(host,
        { QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("status"),
            QStringLiteral("--formatter"), QStringLiteral("json") });
    const QJsonValue v = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("is_under_maintenance"));
    if (!r.ok() || !v.isBool())
        return std::nullopt;
    return v.toBool();
}

bool labUnderMaintenance(const QString& host)
{
    return labMaintenance(host).value_or(false);
}

bool labOutOfMaintenance(const QString& host)
{
    const auto m = labMaintenance(host);
    return m && !*m;
}

struct Timed
{
    RunResult result;
    qint64 ms = 0;
    QStringList steps; // "id 1.2 s" per step, then the verification
};

} // namespace

class TestLabMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void enterAndExitWhileAClientPublishesLosesNothing();
    void enterIsRefusedWhenTheNodeIsQuorumCritical();
    void restartBringsTheNodeBackAsAMember();
    // lab-long (not in CI): both ways, each node's turn under a publishing client.
    void rollingRestartLosesNothingAndReconnectsNoMoreThanPlain();

private:
    Plan plan(const QString& node, const QString& action);
    Timed runPlan(const Plan& plan); // with each step's time
    void restore();

    ClusterProfile m_profile;
    QString m_first, m_second, m_third;
    QTemporaryDir m_dir;
};

void TestLabMaintenance::initTestCase()
{
    WARREN_REQUIRE_LAB();
    QVERIFY2(!qEnvironmentVariable("WARRENCTL").isEmpty(), "WARRENCTL is not set");
    qputenv("WARREN_OPLOG", m_dir.filePath(QStringLiteral("operations.jsonl")).toUtf8());
    auto loaded = ClusterProfile::load(testutil::labProfile());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    m_profile = loaded.value();
    const QStringList hosts = testutil::labRabbitHosts();
    QVERIFY(hosts.size() >= 3);
    m_first = hosts[0];
    m_second = hosts[1];
    m_third = hosts[2];
    // A vhost another suite may have left (tst_lab_queues on 4.x: quorum queues with one or two
    // members) would make the nodes quorum-critical: this suite wants the lab's own queues only.
    testutil::labExec(m_first,
        { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("delete_vhost"),
            QStringLiteral("tst-lab-queues") });
    restore();
}

void TestLabMaintenance::cleanupTestCase()
{
    if (!m_profile.name.isEmpty())
        restore();
}

// Whatever a failed case left: every node running, out of maintenance, HAProxy's servers ready.
void TestLabMaintenance::restore()
{
    for (const QString& h : { m_first, m_second, m_third }) {
        if (!testutil::labExec(
                h, { QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("check_running") })
                 .ok())
            testutil::labctl({ QStringLiteral("start"), h });
        const QString state = testutil::labHaproxyStates(m_profile.haproxy.statsSocket).value(h);
        if (labUnderMaintenance(h) || (!state.isEmpty() && !state.startsWith(QStringLiteral("UP")))) {
            const ProcResult r
                = ctl({ QStringLiteral("maintenance"), h, QStringLiteral("exit"), QStringLiteral("--execute") });
            if (!r.ok())
                qWarning("restoring %s: %s", qPrintable(h), qPrintable(text(r).right(2000)));
        }
    }
}

Plan TestLabMaintenance::plan(const QString& node, const QString& action)
{
    OperationRequest request;
    request.kind = OperationKind::Maintenance;
    request.node = node;
    request.action = action;
    QString why;
    const auto planner = request.planner(m_profile, {}, &why);
    if (!planner) {
        Plan refused;
        refused.refusals << why;
        return refused;
    }
    return planner({});
}

Timed TestLabMaintenance::runPlan(const Plan& plan)
{
    Timed out;
    QElapsedTimer t;
    t.start();
    SshExecutor executor(m_profile);
    OperationLog log;
    PlanRunner runner(executor, &log);
    QElapsedTimer step;
    PlanRunner::Observer obs;
    obs.stepStarted = [&](int) { step.start(); };
    obs.stepFinished = [&](int i, bool, const QString&) {
        out.steps << QStringLiteral("%1 %2 s")
                         .arg(i < 0 ? QStringLiteral("verify") : plan.steps[i].id)
                         .arg(step.elapsed() / 1000.0, 0, 'f', 1);
    };
    runner.setObserver(obs);
    out.result = runner.run(plan);
    out.ms = t.elapsed();
    return out;
}

void TestLabMaintenance::enterAndExitWhileAClientPublishesLosesNothing()
{
    QString error;
    auto setup = DrillSetup::prepare(m_profile, &error);
    QVERIFY2(setup, qPrintable(error));
    QCOMPARE(setup->active.name, m_first);
    FailoverDrillOptions o = setup->options;
    o.queue = QStringLiteral("ha.warren-maintenance-drill");
    o.messages = 1500;
    o.ratePerSecond = 50; // 30 s of publishing: enter and exit happen while it runs
    o.faultAfter = 150;
    o.timeoutMs = 150000;

    // Planned before the client starts (the facts are read then), so the gap the client sees is
    // the plan's steps, not the reading of facts.
    const Plan enterPlan = plan(m_first, QStringLiteral("enter"));
    QVERIFY2(enterPlan.runnable(), qPrintable(enterPlan.toText(true)));
    Timed enter, exit;
    QStringList servingInMaintenance;
    bool maintenanceSeen = false;
    QThreadPool pool;
    QFuture<void> operations;
    FailoverDrill drill(o, [&](QString*) {
        operations = QtConcurrent::run(&pool, [&] {
            enter = runPlan(enterPlan);
            if (!enter.result.ok())
                return;
            maintenanceSeen = labUnderMaintenance(m_first);
            const auto states = testutil::labHaproxyStates(m_profile.haproxy.statsSocket);
            for (auto it = states.begin(); it != states.end(); ++it) {
                if (it.value().startsWith(QStringLiteral("UP")))
                    servingInMaintenance << it.key() + QLatin1Char('=') + it.value();
            }
            servingInMaintenance.sort();
            QThread::msleep(3000); // the client works on the backup server for a while
            exit = runPlan(plan(m_first, QStringLiteral("exit")));
        });
        return true;
    });
    const FailoverDrillReport rep = drill.run();
    operations.waitForFinished();

    qInfo("maintenance of %s under load (%d msg/s through HAProxy): enter %.1f s, exit %.1f s; client: gap %.2f s, "
          "reconnects %d, published %d, confirmed %d, lost %d, duplicated %d, unconfirmed %d",
        qPrintable(m_first), o.ratePerSecond, enter.ms / 1000.0, exit.ms / 1000.0, rep.switchSeconds, rep.reconnects,
        rep.published, rep.confirmed, rep.lost, rep.duplicated, rep.unconfirmed);
    qInfo("enter: %s; exit: %s", qPrintable(enter.steps.join(QStringLiteral(", "))),
        qPrintable(exit.steps.join(QStringLiteral(", "))));
    QVERIFY2(enter.result.ok(), qPrintable(enter.result.message));
    QVERIFY2(exit.result.ok(), qPrintable(exit.result.message));
    QVERIFY2(maintenanceSeen, "RabbitMQ did not report the node in maintenance after enter");
    // While in maintenance HAProxy's UP servers are the backups (the first host's is MAINT).
    QVERIFY2(servingInMaintenance.contains(m_second + QStringLiteral("=UP/1")),
        qPrintable(servingInMaintenance.join(QLatin1Char(' '))));
    for (const QString& s : std::as_const(servingInMaintenance))
        QVERIFY2(s.endsWith(QStringLiteral("=UP/1")), qPrintable(servingInMaintenance.join(QLatin1Char(' '))));
    QVERIFY2(rep.ok, qPrintable(rep.error));
    QCOMPARE(rep.lost, 0);
    QCOMPARE(rep.unconfirmed, 0);
    QVERIFY2(rep.reconnects >= 1, "the client was never moved off the node in maintenance");
    QVERIFY(labOutOfMaintenance(m_first));
    testutil::HaproxyStates last;
    QVERIFY2(testutil::waitForLabHaproxyStates(
                 m_profile.haproxy.statsSocket, { { m_first, QStringLiteral("UP/0") } }, 20000, &last),
        qPrintable(testutil::describe(last)));
}

void TestLabMaintenance::enterIsRefusedWhenTheNodeIsQuorumCritical()
{
    // Stopping the third node leaves the lab's three-member quorum queues with two members online:
    // the first is then critical for their quorum.
    QVERIFY2(testutil::labctl({ QStringLiteral("stop"), m_third }).ok(), "labctl stop failed");
    auto startAgain = qScopeGuard([&] { testutil::labctl({ QStringLiteral("start"), m_third }); });

    const ProcResult refused
        = ctl({ QStringLiteral("maintenance"), m_first, QStringLiteral("enter"), QStringLiteral("--execute") });
    QCOMPARE(refused.exitCode, 4); // blocked: nothing ran
    QVERIFY2(text(refused).contains(
                 QStringLiteral("[FAILED ] %1 is not critical for the quorum").arg(testutil::labNode(m_first))),
        qPrintable(text(refused)));
    QVERIFY2(!text(refused).contains(QStringLiteral("==> step")), qPrintable(text(refused)));
    QVERIFY(labOutOfMaintenance(m_first));
    QCOMPARE(testutil::labHaproxyStates(m_profile.haproxy.statsSocket).value(m_first), QStringLiteral("UP/0"));

    // --force plans it, with the first step destructive and what is at risk named; without --yes it
    // still runs nothing.
    const ProcResult forced = ctl({ QStringLiteral("maintenance"), m_first, QStringLiteral("enter"),
        QStringLiteral("--force"), QStringLiteral("--execute") });
    QCOMPARE(forced.exitCode, 6); // refused without --yes
    QVERIFY2(text(forced).contains(QStringLiteral("DESTRUCTIVE: the safe-to-stop checks failed and are overridden")),
        qPrintable(text(forced)));
    QVERIFY(labOutOfMaintenance(m_first));
    QCOMPARE(testutil::labHaproxyStates(m_profile.haproxy.statsSocket).value(m_first), QStringLiteral("UP/0"));
}

void TestLabMaintenance::restartBringsTheNodeBackAsAMember()
{
    QElapsedTimer t;
    t.start();
    const ProcResult r = ctl({ QStringLiteral("plan"), QStringLiteral("restart"), QStringLiteral("--node"), m_third,
        QStringLiteral("--execute") });
    qInfo("plan restart --node %s: %.1f s", qPrintable(m_third), t.elapsed() / 1000.0);
    QVERIFY2(r.ok(), qPrintable(text(r).right(3000)));
    QVERIFY2(text(r).contains(QStringLiteral("Result: verified")), qPrintable(text(r).right(3000)));
    QVERIFY(testutil::labExec(
        m_third, { QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("check_running") })
                .ok());
}

void TestLabMaintenance::rollingRestartLosesNothingAndReconnectsNoMoreThanPlain()
{
    const auto rolling = [](bool plain) {
        QStringList args { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("rolling-restart"),
            QStringLiteral("--client"), QStringLiteral("--execute") };
        if (plain)
            args << QStringLiteral("--plain");
        const ProcResult r = ctl(args);
        return std::pair { r, QJsonDocument::fromJson(r.out).object() };
    };
    QElapsedTimer t;
    t.start();
    const auto [warrenRun, warren] = rolling(false);
    const qint64 warrenMs = t.restart();
    const auto [plainRun, plain] = rolling(true);
    const qint64 plainMs = t.elapsed();
    // Side by side, per node: the turn, the client's gap, reconnects, lost and duplicated.
    QString table = QStringLiteral("\n%1 | %2 | %3\n")
                        .arg(QStringLiteral("node"), -14)
                        .arg(QStringLiteral("Warren: turn s, gap s, reconnects, lost, dup"), -44)
                        .arg(QStringLiteral("plain restart: same"));
    int warrenReconnects = 0, plainReconnects = 0;
    const QJsonArray wn = warren.value(QStringLiteral("nodes")).toArray();
    const QJsonArray pn = plain.value(QStringLiteral("nodes")).toArray();
    const auto cell = [](const QJsonObject& n) {
        const QJsonObject c = n.value(QStringLiteral("client")).toObject();
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(n.value(QStringLiteral("turnMs")).toDouble() / 1000.0, 6, 'f', 1)
            .arg(c.value(QStringLiteral("switchSeconds")).toDouble(), 6, 'f', 2)
            .arg(c.value(QStringLiteral("reconnects")).toInt(), 3)
            .arg(c.value(QStringLiteral("lost")).toInt(), 3)
            .arg(c.value(QStringLiteral("duplicated")).toInt(), 3);
    };
    for (int i = 0; i < qMax(wn.size(), pn.size()); ++i) {
        const QJsonObject w = wn.at(i).toObject(), p = pn.at(i).toObject();
        warrenReconnects += w.value(QStringLiteral("client")).toObject().value(QStringLiteral("reconnects")).toInt();
        plainReconnects += p.value(QStringLiteral("client")).toObject().value(QStringLiteral("reconnects")).toInt();
        table += QStringLiteral("%1 | %2 | %3\n")
                     .arg(w.value(QStringLiteral("host")).toString(), -14)
                     .arg(cell(w), -44)
                     .arg(cell(p));
    }
    qInfo("rolling restart of %s, a client at 50 msg/s through HAProxy (whole run: Warren %.0f s, plain %.0f s):%s",
        qPrintable(testutil::labProfile()), warrenMs / 1000.0, plainMs / 1000.0, qPrintable(table));
    QVERIFY2(warrenRun.ok(), qPrintable(text(warrenRun).right(3000)));
    QCOMPARE(wn.size(), testutil::labRabbitHosts().size());
    for (const auto& v : wn)
        QCOMPARE(v.toObject().value(QStringLiteral("client")).toObject().value(QStringLiteral("lost")).toInt(), 0);
    QVERIFY2(warrenReconnects <= plainReconnects,
        qPrintable(QStringLiteral("reconnects: Warren %1, plain %2").arg(warrenReconnects).arg(plainReconnects)));
}

QTEST_GUILESS_MAIN(TestLabMaintenance)
#include "tst_lab_maintenance.moc"
