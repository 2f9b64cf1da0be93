// IP and hostname changes, a gone host, and fault drills against the lab. The changes are made by
// labctl (readdress, rename, kill, cookie, unresolve) and Warren repairs them through
// `warrenctl plan ... --execute`; drills inject a fault between two steps of a running plan (the
// runner's observer) and check that Warren names the failed step and the node's verified state, and
// that its retry or undo works. Ground truth always comes from the lab itself
// (`labctl exec HOST -- rabbitmqctl cluster_status`). Every test leaves the lab as it found it.
#include "ops/FactCollector.h"
#include "ops/OperationLog.h"
#include "ops/OperationPlanner.h"
#include "ops/PlanRunner.h"
#include "ops/SshExecutor.h"
#include "profile/ClusterProfile.h"
#include "testutil/LabCluster.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using testutil::ProcResult;

namespace {

const QString kThree = QStringLiteral("rabbit@rabbit3");
const QString kFour = QStringLiteral("rabbit@rabbit4");

using testutil::labClusterStatus;
using testutil::listedIn;

bool isMember(const QString& seen, const QString& node)
{
    const QJsonObject s = labClusterStatus(seen);
    return listedIn(s, QStringLiteral("disk_nodes"), node) || listedIn(s, QStringLiteral("ram_nodes"), node);
}

ProcResult ctl(const QStringList& args, const QString& profile = testutil::labProfile())
{
    return testutil::run(qEnvironmentVariable("WARRENCTL"), QStringList{QStringLiteral("--cluster"), profile} + args, 240000);
}

ProcResult lab(const QStringList& args)
{
    return testutil::labctl(args, 300000);
}

QString text(const ProcResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

QString resolved(const QString& on, const QString& name)
{
    return QString::fromUtf8(testutil::labExec(on, {QStringLiteral("getent"), QStringLiteral("hosts"), name}).out).simplified().section(QLatin1Char(' '), 0, 0);
}

bool running(const QString& host)
{
    return testutil::labExec(host, {QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("check_running")}).ok();
}

// rabbit3 a running ram member of rabbit1's cluster; rabbit4 standalone, running, lab cookie.
bool labAsFound(QString* why)
{
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    if (!listedIn(one, QStringLiteral("ram_nodes"), kThree) || !listedIn(one, QStringLiteral("running_nodes"), kThree)) {
        *why = QStringLiteral("rabbit3 is not a running ram member: ") + QString::fromUtf8(QJsonDocument(one).toJson(QJsonDocument::Compact));
        return false;
    }
    if (listedIn(one, QStringLiteral("disk_nodes"), kFour) || listedIn(one, QStringLiteral("ram_nodes"), kFour) || !running(QStringLiteral("rabbit4"))) {
        *why = QStringLiteral("rabbit4 is not standalone and running");
        return false;
    }
    return true;
}

// rabbit4 back to standalone, running, with the lab's cookie file.
void restoreRabbit4()
{
    const QStringList rabbitmqctl{QStringLiteral("rabbitmqctl")};
    testutil::labExec(QStringLiteral("rabbit4"), {QStringLiteral("install"), QStringLiteral("-m"), QStringLiteral("0400"), QStringLiteral("-o"),
                                                     QStringLiteral("rabbitmq"), QStringLiteral("-g"), QStringLiteral("rabbitmq"),
                                                     testutil::sourceDir() + QStringLiteral("/lab/state/secrets/erlang-cookie"),
                                                     QStringLiteral("/var/lib/rabbitmq/.erlang.cookie")});
    lab({QStringLiteral("cookie"), QStringLiteral("rabbit4"), QStringLiteral("--default")});
    if (!testutil::labExec(QStringLiteral("rabbit4"), {QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("ping")}).ok())
        lab({QStringLiteral("start"), QStringLiteral("rabbit4")});
    if (isMember(QStringLiteral("rabbit1"), kFour)) {
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList{QStringLiteral("stop_app")});
        testutil::labExec(QStringLiteral("rabbit1"), rabbitmqctl + QStringList{QStringLiteral("forget_cluster_node"), kFour});
    }
    const QJsonObject four = labClusterStatus(QStringLiteral("rabbit4"));
    if (four.value(QStringLiteral("disk_nodes")).toArray().size() + four.value(QStringLiteral("ram_nodes")).toArray().size() != 1) {
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList{QStringLiteral("stop_app")});
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList{QStringLiteral("force_reset")});
    }
    if (!running(QStringLiteral("rabbit4")))
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList{QStringLiteral("start_app")});
}

// A drill: the join of rabbit4 to rabbit1 runs in-process, and `fault` runs right before the step
// with id `beforeStep` starts.
struct Drill
{
    Plan plan;
    RunResult result;
};

Drill joinWithFault(const ClusterProfile& profile, OperationLog* log, const QString& beforeStep, const std::function<void()>& fault)
{
    Drill d;
    d.plan = OperationPlanner::prepareJoin(profile, *profile.host(QStringLiteral("rabbit4")), *profile.host(QStringLiteral("rabbit1")),
        NodeType::Disc);
    SshExecutor ex(profile);
    PlanRunner runner(ex, log);
    runner.setAllowDestructive(true);
    PlanRunner::Observer obs;
    obs.stepStarted = [&](int i) {
        if (i >= 0 && d.plan.steps[i].id == beforeStep)
            fault();
    };
    runner.setObserver(obs);
    d.result = runner.run(d.plan);
    return d;
}

int stepIndex(const Plan& p, const QString& id)
{
    for (int i = 0; i < p.steps.size(); ++i) {
        if (p.steps[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

class TestLabAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void ipChangeOfRabbit3IsRepairedByFixingNameResolution();
    void hostnameChangeOfRabbit3IsRecoveredByKeepingTheNodeName();
    void aGoneHostIsForgottenAndRejoins();
    void drillKillTheJoiningNodeBetweenResetAndJoinThenRetry();
    void drillDropSshMidPlanThenUndo();
    void drillWrongCookieMidPlanThenRetry();
    void drillBrokenNameResolutionThenFixAddressAndRetry();

private:
    QTemporaryDir m_dir;
    ClusterProfile m_profile;
    QElapsedTimer m_timer;
};

void TestLabAddress::initTestCase()
{
    WARREN_REQUIRE_LAB();
    QVERIFY2(!qEnvironmentVariable("WARRENCTL").isEmpty(), "WARRENCTL is not set");
    qputenv("WARREN_OPLOG", m_dir.filePath(QStringLiteral("operations.jsonl")).toUtf8());
    auto p = ClusterProfile::load(testutil::labProfile());
    QVERIFY(p.ok());
    m_profile = p.value();
    restoreRabbit4();
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::init()
{
    m_timer.start();
}

void TestLabAddress::cleanup()
{
    qInfo("%s: %.1f s", QTest::currentTestFunction(), m_timer.elapsed() / 1000.0);
}

void TestLabAddress::cleanupTestCase()
{
    if (testutil::labProfile().isEmpty())
        return;
    // Whatever a failed test left: `up` undoes readdress, rename, cookie and unresolve.
    lab({QStringLiteral("up")});
    restoreRabbit4();
}

void TestLabAddress::ipChangeOfRabbit3IsRepairedByFixingNameResolution()
{
    QVERIFY(lab({QStringLiteral("readdress"), QStringLiteral("rabbit3"), QStringLiteral("10.213.77.23")}).ok());
    QCOMPARE(resolved(QStringLiteral("rabbit1"), QStringLiteral("rabbit3")), QStringLiteral("10.213.77.13")); // stale

    // The admin points Warren at the new address; the cluster's hosts still have the old one.
    QFile in(testutil::labProfile());
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("readdressed.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.readAll().replace("\"10.213.77.13", "\"10.213.77.23").replace("//10.213.77.13", "//10.213.77.23"));
    out.close();

    const ProcResult preview = ctl({QStringLiteral("plan"), QStringLiteral("fix-address"), QStringLiteral("--node"), QStringLiteral("rabbit3")}, path);
    QVERIFY2(preview.exitCode == 0, qPrintable(text(preview)));
    QVERIFY2(text(preview).contains(QLatin1String("rabbit1 resolves rabbit3: to 10.213.77.13, but rabbit3 has 10.213.77.23")), qPrintable(text(preview)));
    const ProcResult fix = ctl({QStringLiteral("plan"), QStringLiteral("fix-address"), QStringLiteral("--node"), QStringLiteral("rabbit3"),
                                   QStringLiteral("--execute")}, path);
    QVERIFY2(fix.exitCode == 0, qPrintable(text(fix)));
    for (const QString& h : {QStringLiteral("rabbit1"), QStringLiteral("rabbit2"), QStringLiteral("rabbit4")}) {
        QCOMPARE(resolved(h, QStringLiteral("rabbit3")), QStringLiteral("10.213.77.23"));
        QVERIFY(testutil::labExec(h, {QStringLiteral("test"), QStringLiteral("-s"), QStringLiteral("/etc/rabbitmq/hosts.warren-backup")}).ok());
    }
    // The whole cluster, from the lab's own view: rabbit3 a running ram node, reachable by name.
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY(listedIn(one, QStringLiteral("ram_nodes"), kThree) && listedIn(one, QStringLiteral("running_nodes"), kThree));
    QVERIFY(testutil::labExec(QStringLiteral("rabbit1"), {QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-n"), kThree,
                                                             QStringLiteral("-q"), QStringLiteral("ping")}).ok());

    QVERIFY(lab({QStringLiteral("readdress"), QStringLiteral("rabbit3"), QStringLiteral("--default")}).ok());
    QCOMPARE(resolved(QStringLiteral("rabbit1"), QStringLiteral("rabbit3")), QStringLiteral("10.213.77.13"));
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::hostnameChangeOfRabbit3IsRecoveredByKeepingTheNodeName()
{
    QVERIFY(lab({QStringLiteral("rename"), QStringLiteral("rabbit3"), QStringLiteral("rabbit3b")}).ok());
    QVERIFY(!listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("running_nodes"), kThree));

    const QStringList plan{QStringLiteral("plan"), QStringLiteral("fix-address"), QStringLiteral("--node"), QStringLiteral("rabbit3")};
    const ProcResult choose = ctl(plan);
    QCOMPARE(choose.exitCode, 4); // the choice is the admin's
    const QString t = text(choose);
    QVERIFY2(t.contains(QLatin1String("the host is now called rabbit3b")), qPrintable(t));
    QVERIFY(t.contains(QLatin1String("Data directory named after another node")));
    QVERIFY(t.contains(QLatin1String("--fix keep-name")) && t.contains(QLatin1String("--fix rename")) && t.contains(QLatin1String("--fix rejoin")));

    const ProcResult fix = ctl(plan + QStringList{QStringLiteral("--fix"), QStringLiteral("keep-name"), QStringLiteral("--execute")});
    QVERIFY2(fix.exitCode == 0, qPrintable(text(fix)));
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY2(listedIn(one, QStringLiteral("ram_nodes"), kThree) && listedIn(one, QStringLiteral("running_nodes"), kThree),
        QJsonDocument(one).toJson());
    QVERIFY(testutil::labExec(QStringLiteral("rabbit3"), {QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral("^NODENAME=rabbit@rabbit3"),
                                                             QStringLiteral("/etc/rabbitmq/rabbitmq-env.conf")}).ok());
    QCOMPARE(QString::fromUtf8(testutil::labExec(QStringLiteral("rabbit3"), {QStringLiteral("hostname")}).out).trimmed(), QStringLiteral("rabbit3b"));

    QVERIFY(lab({QStringLiteral("rename"), QStringLiteral("rabbit3"), QStringLiteral("--default")}).ok());
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::aGoneHostIsForgottenAndRejoins()
{
    QVERIFY(lab({QStringLiteral("kill"), QStringLiteral("rabbit3")}).ok());
    const ProcResult forget = ctl({QStringLiteral("plan"), QStringLiteral("forget"), QStringLiteral("--node"), QStringLiteral("rabbit3"),
        QStringLiteral("--execute"), QStringLiteral("--yes")});
    QVERIFY2(forget.exitCode == 0, qPrintable(text(forget)));
    QVERIFY(!isMember(QStringLiteral("rabbit1"), kThree));
    QVERIFY(!isMember(QStringLiteral("rabbit2"), kThree));

    // The host comes back reinstalled (empty data) and joins again as a ram node.
    QVERIFY(testutil::labExec(QStringLiteral("rabbit3"), {QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("rm -rf /var/lib/rabbitmq/mnesia/rabbit@rabbit3 /var/lib/rabbitmq/mnesia/rabbit@rabbit3-* && /usr/local/sbin/warren-lab-service start")}).ok());
    const ProcResult join = ctl({QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit3"),
        QStringLiteral("--to"), QStringLiteral("rabbit1"), QStringLiteral("--type"), QStringLiteral("ram"), QStringLiteral("--execute"), QStringLiteral("--yes")});
    QVERIFY2(join.exitCode == 0, qPrintable(text(join)));
    // Quorum queues lost their member on rabbit3 with the forget: the lab gets it back.
    testutil::labExec(QStringLiteral("rabbit3"), {QStringLiteral("rabbitmq-queues"), QStringLiteral("-q"), QStringLiteral("grow"), kThree, QStringLiteral("all")});
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::drillKillTheJoiningNodeBetweenResetAndJoinThenRetry()
{
    OperationLog log;
    const Drill d = joinWithFault(m_profile, &log, QStringLiteral("join_cluster"),
        [] { QVERIFY(lab({QStringLiteral("kill"), QStringLiteral("rabbit4")}).ok()); });
    QCOMPARE(d.result.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(d.result.failedStep, stepIndex(d.plan, QStringLiteral("join_cluster")));
    QVERIFY2(d.result.nodeState.join(QLatin1Char('\n')).contains(QLatin1String("does not answer")), qPrintable(d.result.nodeState.join(QLatin1Char('\n'))));
    QVERIFY(d.result.nodeState.join(QLatin1Char('\n')).contains(QLatin1String("as seen from rabbit@rabbit1: rabbit@rabbit4 is not a member")));
    QVERIFY(!isMember(QStringLiteral("rabbit1"), kFour));

    // Retry: the node is started again, the plan is made again and runs.
    QVERIFY(lab({QStringLiteral("start"), QStringLiteral("rabbit4")}).ok());
    const ProcResult retry = ctl({QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
        QStringLiteral("--to"), QStringLiteral("rabbit1"), QStringLiteral("--execute"), QStringLiteral("--yes")});
    QVERIFY2(retry.exitCode == 0, qPrintable(text(retry)));
    QVERIFY(listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("running_nodes"), kFour));
    restoreRabbit4();
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::drillDropSshMidPlanThenUndo()
{
    OperationLog log;
    const Drill d = joinWithFault(m_profile, &log, QStringLiteral("reset"), [] {
        // Every sshd of rabbit4 (the listener and the open sessions), by PID.
        QVERIFY(testutil::run(QStringLiteral("sh"), {QStringLiteral("-c"),
            QStringLiteral("for p in $(ip netns pids warren-rabbit4); do [ \"$(cat /proc/$p/comm)\" = sshd ] && kill $p; done; true")}).ok());
    });
    QCOMPARE(d.result.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(d.result.failedStep, stepIndex(d.plan, QStringLiteral("reset")));
    QCOMPARE(d.result.completedSteps, stepIndex(d.plan, QStringLiteral("reset")));
    const QString state = d.result.nodeState.join(QLatin1Char('\n'));
    QVERIFY2(state.contains(QLatin1String("cannot be reached")), qPrintable(state));
    QVERIFY(state.contains(QLatin1String("rabbit@rabbit4 is not a member")));
    // The node itself, by the lab: its application is stopped (stop_app ran), its data intact.
    QVERIFY(!running(QStringLiteral("rabbit4")));

    // SSH comes back; the undo of the last completed step (stop_app) starts the application again.
    QVERIFY(lab({QStringLiteral("up")}).ok());
    SshExecutor ex(m_profile);
    PlanRunner runner(ex, &log);
    const RunResult undone = runner.undo(d.plan, d.result);
    QVERIFY2(undone.outcome == RunResult::Outcome::Undone, qPrintable(undone.message));
    QVERIFY(running(QStringLiteral("rabbit4")));
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::drillWrongCookieMidPlanThenRetry()
{
    OperationLog log;
    const Drill d = joinWithFault(m_profile, &log, QStringLiteral("join_cluster"), [] {
        // The cookie file changes under the running node: its CLI no longer gets in.
        QVERIFY(testutil::labExec(QStringLiteral("rabbit4"), {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("chmod 600 /var/lib/rabbitmq/.erlang.cookie && printf %s WARRENWRONGCOOKIEWARRENWRONG > /var/lib/rabbitmq/.erlang.cookie "
                           "&& chmod 400 /var/lib/rabbitmq/.erlang.cookie")}).ok());
    });
    QCOMPARE(d.result.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(d.result.failedStep, stepIndex(d.plan, QStringLiteral("join_cluster")));
    QVERIFY2(d.result.nodeState.join(QLatin1Char('\n')).contains(QLatin1String("rabbit@rabbit4 is not a member")),
        qPrintable(d.result.nodeState.join(QLatin1Char('\n'))));

    // The right cookie file back; the same plan is retried from the failed step.
    QVERIFY(testutil::labExec(QStringLiteral("rabbit4"), {QStringLiteral("install"), QStringLiteral("-m"), QStringLiteral("0400"), QStringLiteral("-o"),
        QStringLiteral("rabbitmq"), QStringLiteral("-g"), QStringLiteral("rabbitmq"), testutil::sourceDir() + QStringLiteral("/lab/state/secrets/erlang-cookie"),
        QStringLiteral("/var/lib/rabbitmq/.erlang.cookie")}).ok());
    SshExecutor ex(m_profile);
    PlanRunner runner(ex, &log);
    runner.setAllowDestructive(true);
    const RunResult retried = runner.run(d.plan, d.result.failedStep);
    QVERIFY2(retried.outcome == RunResult::Outcome::Verified, qPrintable(retried.message));
    QVERIFY(listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("disk_nodes"), kFour));
    restoreRabbit4();
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

void TestLabAddress::drillBrokenNameResolutionThenFixAddressAndRetry()
{
    OperationLog log;
    const Drill d = joinWithFault(m_profile, &log, QStringLiteral("join_cluster"), [] {
        QVERIFY(lab({QStringLiteral("unresolve"), QStringLiteral("rabbit1"), QStringLiteral("--on"), QStringLiteral("rabbit4")}).ok());
    });
    QCOMPARE(d.result.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(d.result.failedStep, stepIndex(d.plan, QStringLiteral("join_cluster")));
    QVERIFY2(d.result.nodeState.join(QLatin1Char('\n')).contains(QLatin1String("RabbitMQ application stopped")),
        qPrintable(d.result.nodeState.join(QLatin1Char('\n'))));

    // fix-address finds that rabbit4 no longer resolves rabbit1 and repairs its hosts file.
    const ProcResult fix = ctl({QStringLiteral("plan"), QStringLiteral("fix-address"), QStringLiteral("--node"), QStringLiteral("rabbit1"),
        QStringLiteral("--execute")});
    QVERIFY2(fix.exitCode == 0, qPrintable(text(fix)));
    QVERIFY(text(fix).contains(QLatin1String("rabbit4 resolves rabbit1: it does not resolve")));
    QCOMPARE(resolved(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")), QStringLiteral("10.213.77.11"));

    SshExecutor ex(m_profile);
    PlanRunner runner(ex, &log);
    runner.setAllowDestructive(true);
    const RunResult retried = runner.run(d.plan, d.result.failedStep);
    QVERIFY2(retried.outcome == RunResult::Outcome::Verified, qPrintable(retried.message));
    QVERIFY(listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("running_nodes"), kFour));
    restoreRabbit4();
    QVERIFY(lab({QStringLiteral("unresolve"), QStringLiteral("rabbit1"), QStringLiteral("--default")}).ok());
    QString why;
    QVERIFY2(labAsFound(&why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestLabAddress)
#include "tst_lab_address.moc"
