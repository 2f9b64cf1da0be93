// Plans of the cluster operations per RabbitMQ version, their guards, quoting of hostile names,
// the runner (stop at the first failure, retry, cancel, dry run) and the operation log.
#include "ops/FactCollector.h"
#include "ops/OperationLog.h"
#include "ops/OperationPlanner.h"
#include "ops/PlanRunner.h"
#include "ops/RabbitCommands.h"
#include "testutil/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace warren;

namespace {

HostProfile host(const QString& name, const QString& node = {})
{
    HostProfile h;
    h.name = name;
    h.address = QStringLiteral("10.0.0.1");
    h.node = node.isEmpty() ? QStringLiteral("rabbit@") + name : node;
    return h;
}

NodeInfo member(const QString& name, NodeType type, bool running = true)
{
    NodeInfo n;
    n.name = name;
    n.type = type;
    n.running = running;
    return n;
}

NodeFacts facts(const QString& hostName, const QString& version, QList<NodeInfo> members, bool khepri = false)
{
    NodeFacts f;
    f.host = hostName;
    f.node = QStringLiteral("rabbit@") + hostName;
    f.reachable = true;
    f.nodeAnswered = true;
    f.appRunning = true;
    f.haveStatus = true;
    f.version = RabbitVersion::parse(version, khepri);
    f.erlangVersion = QStringLiteral("25.2.3");
    f.status.nodes = std::move(members);
    f.cookieHash = QStringLiteral("LuqXkJH+UaD6yXPxvF1BXw==");
    f.localQueues = 3;
    f.localMessages = 120;
    f.quorumCritical = 0;
    f.mirrorSyncCritical = 0;
    return f;
}

LinkFacts link(const QString& from, const QString& to, bool ok = true)
{
    LinkFacts l;
    l.from = from;
    l.to = to;
    l.checked = true;
    l.resolves = ok;
    l.address = QStringLiteral("10.0.0.2");
    l.epmdOpen = ok;
    l.distOpen = ok;
    return l;
}

QStringList commandsOf(const Plan& p)
{
    QStringList out;
    for (const auto& s : p.steps) {
        for (const auto& c : s.commands)
            out << c.display(true);
    }
    return out;
}

const QList<NodeInfo> kLabCluster { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc),
    member(QStringLiteral("rabbit@rabbit2"), NodeType::Disc), member(QStringLiteral("rabbit@rabbit3"), NodeType::Ram) };

Plan joinPlan(const QString& version, NodeType type, bool khepri = false)
{
    const NodeFacts n = facts(
        QStringLiteral("rabbit4"), version, { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) }, khepri);
    const NodeFacts t = facts(QStringLiteral("rabbit1"), version, kLabCluster, khepri);
    return OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), type, n, t, link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
}

// Answers commands from a script: the first rule whose needle is in the command line wins;
// every call is recorded.
class FakeExecutor final : public RemoteExecutor
{
public:
    struct Rule
    {
        QString needle;
        RemoteResult result;
    };
    QList<Rule> rules;
    QStringList calls;
    QList<QByteArray> stdins;
    std::function<void(const QString& line)> onRun; // called as the command "runs"
    RemoteResult run(const QString& h, const RemoteCommand& command, int, const QByteArray& stdinData = {}) override
    {
        const QString line = command.toShell(true);
        if (onRun)
            onRun(line);
        calls << h + QStringLiteral(": ") + line;
        stdins << stdinData;
        for (const auto& r : rules) {
            if (line.contains(r.needle))
                return r.result;
        }
        RemoteResult ok;
        ok.exitCode = 0;
        return ok;
    }
    bool useSudo() const override { return true; }
    void answer(const QString& needle, int exitCode, const QByteArray& out = {})
    {
        RemoteResult r;
        r.exitCode = exitCode;
        r.out = out;
        rules.prepend({ needle, r });
    }
};

QByteArray statusJson(const QStringList& disc, const QStringList& ram, const QStringList& running)
{
    auto arr = [](const QStringList& l) {
        QStringList q;
        for (const auto& s : l)
            q << QLatin1Char('"') + s + QLatin1Char('"');
        return QLatin1Char('[') + q.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    return QStringLiteral("{\"disk_nodes\":%1,\"ram_nodes\":%2,\"running_nodes\":%3,\"partitions\":{}}")
        .arg(arr(disc), arr(ram), arr(running))
        .toUtf8();
}

const QString ApiPassword = QStringLiteral("s3cr3t-api-password");

// rabbit4 joins as a ram node, logged to `path` by a log that knows the API password; stop_app
// and reset run, join_cluster fails.
struct JoinFailingAtJoinCluster
{
    explicit JoinFailingAtJoinCluster(const QString& path)
        : log(path)
    {
        log.addSecret(ApiPassword);
        ex.answer(QStringLiteral("check_running"), 69); // app stopped after stop_app
        ex.answer(QStringLiteral("join_cluster"), 1, "Error: boom");
    }
    RunResult run()
    {
        PlanRunner runner(ex, &log);
        runner.setAllowDestructive(true);
        return runner.run(plan);
    }

    OperationLog log;
    Plan plan = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
};

} // namespace

class TestOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionCapabilitiesFollowTheRelease();
    void joinPlanOn310RunsStopResetJoinStart();
    void joinPlanOn2xUsesTheLegacyClusterCommand();
    void joinAsRamDoesNotApplyUnderKhepri();
    void joinOfAMemberIsAlreadyDone();
    void joinRefusesWhenCookieHashDiffers();
    void joinRefusesWhenNameDoesNotResolveOrPortIsClosed();
    void joinRefusesWhenTheNodeIsQuorumCritical();
    void joinNamesWhatResetDestroys();
    void convertLastDiscNodeToRamIsRefused();
    void convertToTheSameTypeIsAlreadyDone();
    void convertOn310UsesChangeClusterNodeType();
    void convertOn2xReclustersAfterReset();
    void convertToRamDoesNotApplyUnderKhepri();
    void forgetRefusesARunningNode();
    void forgetRefusesTheLastDiscNode();
    void forgetUsesOfflineWhenTheSurvivorIsStopped();
    void forgetOfflineDoesNotApplyUnderKhepri();
    void syncCookieStopsWritesAtomicallyAndStartsOnlyDifferingNodes();
    void syncCookiePassesTheCookieOnStdinAndNeverLogsIt();
    void hostileNodeNamesAreQuotedInEveryCommand();
    void hostileNamesNeverReachAShellUnquoted();
    void runnerStopsAtTheFirstFailedStepAndReportsState();
    void runnerRetriesFromTheFailedStep();
    void runnerReportsADroppedConnectionAsAFailedStep();
    void runnerStopsBetweenStepsWhenCancelled();
    void stateProbeSaysTheApplicationIsStoppedWhenClusterStatusWantsIt();
    void runnerRefusesDestructiveStepsUnlessAllowed();
    void runnerPreviewRunsNothing();
    void runnerUndoesTheLastCompletedStep();
    void operationLogHoldsEveryCommandAndNoSecret();
    void operationLogPathFollowsEnvironment();
    void operationLogRecordsACommandBeforeItRuns();
    void cliFailureSaysWhyTheNodeIsUnreachable();
    // RabbitMQ 4.x: what its CLI has, and what Warren refuses with its reasons.
    void version4xCapabilitiesAndRollingUpgradePaths();
    void joinOn4xAsDiscRunsWithoutTheMirrorCheck();
    void joinAsRamIsRefusedOn4xUnderMnesiaToo();
    void joinOfA40NodeToA310ClusterIsRefusedAtPreflightWithTheWay();
    void joinAcrossAdjacentSeriesWarnsButRuns();
    void convertIsRefusedBothWaysUnderKhepri();
    void convertOn4xMnesiaMakesARamNodeDiscButNoDiscNodeRam();
    void forgetOn4xKhepriRunsForgetClusterNode();
    void forgetOn4xStopsBeforeForgettingWhenAQueueCannotBeShrunk();
    void syncCookieOn4xStopsWithoutTheMirrorCheck();
    void factsFromReal405OutputsPlanForgetAndRefuseConvertUnderKhepri();
};

void TestOps::versionCapabilitiesFollowTheRelease()
{
    const auto v2 = RabbitVersion::parse(QStringLiteral("2.8.7"));
    QVERIFY(v2.legacyClusterCommand());
    QVERIFY(!v2.supportsChangeNodeType());
    QVERIFY(!v2.supportsForget());
    QVERIFY(!v2.hasJsonClusterStatus());
    const auto v310 = RabbitVersion::parse(QStringLiteral("3.10.8"));
    QCOMPARE(v310.major, 3);
    QCOMPARE(v310.minor, 10);
    QVERIFY(!v310.legacyClusterCommand());
    QVERIFY(v310.supportsRamNodes());
    QVERIFY(v310.supportsChangeNodeType());
    QVERIFY(v310.hasCookieHash());
    QVERIFY(!v310.renameIsNoop());
    QVERIFY(!v310.mayHaveKhepri());
    const auto v313 = RabbitVersion::parse(QStringLiteral("3.13.7"));
    QVERIFY(v313.renameIsNoop());
    QVERIFY(v313.supportsChangeNodeType());
    const auto v4 = RabbitVersion::parse(QStringLiteral("4.1.0"), true);
    QVERIFY(v4.renameIsNoop());
    QVERIFY(!v4.supportsRamNodes());
    QVERIFY(!v4.supportsChangeNodeType());
    QVERIFY(!v4.supportsForgetOffline());
    QVERIFY(v4.supportsForget());
    QCOMPARE(v4.display(), QStringLiteral("4.1.0 (Khepri)"));
    QVERIFY(!RabbitVersion::parse(QStringLiteral("garbage")).isKnown());
}

void TestOps::joinPlanOn310RunsStopResetJoinStart()
{
    const Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(commandsOf(p),
        (QStringList { QStringLiteral("sudo -n -- rabbitmqctl stop_app"),
            QStringLiteral("sudo -n -- rabbitmqctl reset"),
            QStringLiteral("sudo -n -- rabbitmqctl join_cluster --ram rabbit@rabbit1"),
            QStringLiteral("sudo -n -- rabbitmqctl start_app") }));
    QCOMPARE(p.steps[0].prechecks.size(), 2);
    QCOMPARE(p.steps[0].prechecks[0].command.display(true),
        QStringLiteral("sudo -n -- rabbitmq-queues check_if_node_is_quorum_critical"));
    QCOMPARE(p.steps[0].prechecks[1].command.display(true),
        QStringLiteral("sudo -n -- rabbitmq-queues check_if_node_is_mirror_sync_critical"));
    QVERIFY(!p.steps[0].destructive);
    QVERIFY(p.steps[1].destructive);
    QCOMPARE(p.verification.size(), 3);
    QCOMPARE(p.verification[0].host, QStringLiteral("rabbit1"));
    QCOMPARE(p.verification[0].command.display(true),
        QStringLiteral("sudo -n -- rabbitmqctl -q cluster_status --formatter json"));
    // Without sudo in the profile the same argv runs bare.
    QCOMPARE(p.steps[2].commands[0].display(false), QStringLiteral("rabbitmqctl join_cluster --ram rabbit@rabbit1"));
    const Plan disc = joinPlan(QStringLiteral("3.10.8"), NodeType::Disc);
    QCOMPARE(commandsOf(disc).at(2), QStringLiteral("sudo -n -- rabbitmqctl join_cluster rabbit@rabbit1"));
    // The same on 3.13 with Mnesia.
    QCOMPARE(commandsOf(joinPlan(QStringLiteral("3.13.1"), NodeType::Ram)).at(2),
        QStringLiteral("sudo -n -- rabbitmqctl join_cluster --ram rabbit@rabbit1"));
}

void TestOps::joinPlanOn2xUsesTheLegacyClusterCommand()
{
    const Plan ram = joinPlan(QStringLiteral("2.8.7"), NodeType::Ram);
    QVERIFY2(ram.runnable(), qPrintable(ram.toText(true)));
    QCOMPARE(commandsOf(ram).at(2), QStringLiteral("sudo -n -- rabbitmqctl cluster rabbit@rabbit1"));
    QCOMPARE(ram.steps[2].id, QStringLiteral("cluster"));
    const Plan disc = joinPlan(QStringLiteral("2.8.7"), NodeType::Disc);
    QCOMPARE(commandsOf(disc).at(2), QStringLiteral("sudo -n -- rabbitmqctl cluster rabbit@rabbit1 rabbit@rabbit4"));
    // 2.x knows no --formatter and no health checks.
    QCOMPARE(disc.verification[0].command.display(true), QStringLiteral("sudo -n -- rabbitmqctl cluster_status"));
    QVERIFY(disc.steps[0].prechecks.isEmpty());
    QCOMPARE(disc.steps[0].verifications[0].command.display(true), QStringLiteral("sudo -n -- rabbitmqctl status"));
}

void TestOps::joinAsRamDoesNotApplyUnderKhepri()
{
    const Plan ram = joinPlan(QStringLiteral("4.0.5"), NodeType::Ram, true);
    QVERIFY(!ram.runnable());
    QCOMPARE(ram.notApplicable.size(), 1);
    QVERIFY(ram.notApplicable[0].contains(QLatin1String("Khepri")));
    const Plan disc = joinPlan(QStringLiteral("4.0.5"), NodeType::Disc, true);
    QVERIFY2(disc.runnable(), qPrintable(disc.toText(true)));
    QCOMPARE(commandsOf(disc).at(2), QStringLiteral("sudo -n -- rabbitmqctl join_cluster rabbit@rabbit1"));
}

void TestOps::joinOfAMemberIsAlreadyDone()
{
    QList<NodeInfo> withFour = kLabCluster;
    withFour << member(QStringLiteral("rabbit@rabbit4"), NodeType::Ram);
    const NodeFacts n = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"), withFour);
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), withFour);
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Ram, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QVERIFY(p.alreadyDone.contains(QLatin1String("already a member")));
    QVERIFY(p.steps.isEmpty());
    FakeExecutor ex;
    PlanRunner runner(ex, nullptr);
    const RunResult r = runner.run(p);
    QVERIFY(r.ok());
    QCOMPARE(r.outcome, RunResult::Outcome::AlreadyDone);
    QVERIFY(ex.calls.isEmpty());
    // Asked for disc while it is ram: still a member, and the plan says how to convert.
    const Plan d = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Disc, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QVERIFY(d.alreadyDone.contains(QLatin1String("plan convert --node rabbit4 --type disc")));
}

void TestOps::joinRefusesWhenCookieHashDiffers()
{
    NodeFacts n = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    n.cookieHash = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==");
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Ram, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QVERIFY(p.preflightFailed());
    QVERIFY(!p.runnable());
    QVERIFY(p.toText(true).contains(QLatin1String("AAAAAAAAAAAAAAAAAAAAAA==")));
    FakeExecutor ex;
    PlanRunner runner(ex, nullptr);
    runner.setAllowDestructive(true);
    QCOMPARE(runner.run(p).outcome, RunResult::Outcome::NotRunnable);
    QVERIFY(ex.calls.isEmpty());
}

void TestOps::joinRefusesWhenNameDoesNotResolveOrPortIsClosed()
{
    const NodeFacts n = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan unresolved = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Ram, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4"), false));
    QVERIFY(unresolved.preflightFailed());
    QVERIFY(unresolved.toText(true).contains(QLatin1String("does not resolve on rabbit1")));
    LinkFacts closed = link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"));
    closed.distOpen = false;
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Ram, n, t, closed,
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QVERIFY(p.preflightFailed());
    QVERIFY(p.toText(true).contains(QLatin1String("[FAILED ] rabbit4 reaches rabbit1 on port 25672")));
}

void TestOps::joinRefusesWhenTheNodeIsQuorumCritical()
{
    NodeFacts n = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    n.quorumCritical = 1;
    n.quorumDetail = QStringLiteral("qq.alpha would lose quorum");
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Ram, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QVERIFY(p.preflightFailed());
    QVERIFY(p.toText(true).contains(QLatin1String("qq.alpha would lose quorum")));
}

void TestOps::joinNamesWhatResetDestroys()
{
    const Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    QCOMPARE(p.steps[1].id, QStringLiteral("reset"));
    QVERIFY2(p.steps[1].destroys.contains(QLatin1String("rabbit4")), qPrintable(p.steps[1].destroys));
    QVERIFY(p.steps[1].destroys.contains(QLatin1String("3 queue")));
    QVERIFY(p.steps[1].destroys.contains(QLatin1String("120 message")));
    QCOMPARE(p.destructiveSummary().size(), 1);
}

void TestOps::convertLastDiscNodeToRamIsRefused()
{
    // A standalone node is the only disc node of its own cluster.
    const NodeFacts alone = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    const Plan p = OperationPlanner::buildConvert(
        QStringLiteral("lab"), host(QStringLiteral("rabbit4")), NodeType::Ram, alone, {});
    QCOMPARE(p.refusals.size(), 1);
    QVERIFY(p.refusals[0].contains(QLatin1String("last disc node")));
    QVERIFY(p.steps.isEmpty());
    // With another disc node it is allowed.
    const NodeFacts one = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    QVERIFY(OperationPlanner::buildConvert(
        QStringLiteral("lab"), host(QStringLiteral("rabbit1")), NodeType::Ram, one, QStringLiteral("rabbit2"))
                .runnable());
    // One disc and one ram node: the disc one may not become ram.
    const NodeFacts pair = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit3"), NodeType::Ram) });
    QVERIFY(
        !OperationPlanner::buildConvert(QStringLiteral("lab"), host(QStringLiteral("rabbit1")), NodeType::Ram, pair, {})
             .refusals.isEmpty());
}

void TestOps::convertToTheSameTypeIsAlreadyDone()
{
    const NodeFacts three = facts(QStringLiteral("rabbit3"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildConvert(
        QStringLiteral("lab"), host(QStringLiteral("rabbit3")), NodeType::Ram, three, {});
    QVERIFY(!p.alreadyDone.isEmpty());
    QVERIFY(p.steps.isEmpty());
}

void TestOps::convertOn310UsesChangeClusterNodeType()
{
    const NodeFacts three = facts(QStringLiteral("rabbit3"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildConvert(
        QStringLiteral("lab"), host(QStringLiteral("rabbit3")), NodeType::Disc, three, QStringLiteral("rabbit1"));
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(commandsOf(p),
        (QStringList { QStringLiteral("sudo -n -- rabbitmqctl stop_app"),
            QStringLiteral("sudo -n -- rabbitmqctl change_cluster_node_type disc"),
            QStringLiteral("sudo -n -- rabbitmqctl start_app") }));
    QVERIFY(!p.hasDestructiveSteps());
    QCOMPARE(p.verification.size(), 2);
    QCOMPARE(p.verification[1].host, QStringLiteral("rabbit1"));
}

void TestOps::convertOn2xReclustersAfterReset()
{
    const NodeFacts three = facts(QStringLiteral("rabbit3"), QStringLiteral("2.8.7"), kLabCluster);
    const Plan p = OperationPlanner::buildConvert(
        QStringLiteral("lab"), host(QStringLiteral("rabbit3")), NodeType::Disc, three, {});
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(commandsOf(p),
        (QStringList { QStringLiteral("sudo -n -- rabbitmqctl stop_app"),
            QStringLiteral("sudo -n -- rabbitmqctl reset"),
            QStringLiteral("sudo -n -- rabbitmqctl cluster rabbit@rabbit1 rabbit@rabbit2 rabbit@rabbit3"),
            QStringLiteral("sudo -n -- rabbitmqctl start_app") }));
    QVERIFY(p.hasDestructiveSteps());
}

void TestOps::convertToRamDoesNotApplyUnderKhepri()
{
    const NodeFacts one = facts(QStringLiteral("rabbit1"), QStringLiteral("4.1.0"), kLabCluster, true);
    const Plan p = OperationPlanner::buildConvert(
        QStringLiteral("lab"), host(QStringLiteral("rabbit1")), NodeType::Ram, one, {});
    QCOMPARE(p.notApplicable.size(), 1);
    QVERIFY(p.notApplicable[0].contains(QLatin1String("change_cluster_node_type")));
}

void TestOps::forgetRefusesARunningNode()
{
    const NodeFacts s = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildForget(
        QStringLiteral("lab"), QStringLiteral("rabbit@rabbit3"), host(QStringLiteral("rabbit1")), s);
    QCOMPARE(p.refusals.size(), 1);
    QVERIFY(p.refusals[0].contains(QLatin1String("stop it first")));
    const Plan gone = OperationPlanner::buildForget(
        QStringLiteral("lab"), QStringLiteral("rabbit@rabbit9"), host(QStringLiteral("rabbit1")), s);
    QVERIFY(!gone.alreadyDone.isEmpty());
}

void TestOps::forgetRefusesTheLastDiscNode()
{
    const NodeFacts s = facts(QStringLiteral("rabbit3"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc, false),
            member(QStringLiteral("rabbit@rabbit3"), NodeType::Ram) });
    const Plan p = OperationPlanner::buildForget(
        QStringLiteral("lab"), QStringLiteral("rabbit@rabbit1"), host(QStringLiteral("rabbit3")), s);
    QCOMPARE(p.refusals.size(), 1);
    QVERIFY(p.refusals[0].contains(QLatin1String("last disc node")));
    // A stopped ram node may go.
    const NodeFacts s2 = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit3"), NodeType::Ram, false) });
    const Plan ok = OperationPlanner::buildForget(
        QStringLiteral("lab"), QStringLiteral("rabbit@rabbit3"), host(QStringLiteral("rabbit1")), s2);
    QVERIFY2(ok.runnable(), qPrintable(ok.toText(true)));
    QCOMPARE(
        commandsOf(ok), QStringList { QStringLiteral("sudo -n -- rabbitmqctl forget_cluster_node rabbit@rabbit3") });
    QVERIFY(ok.hasDestructiveSteps());
}

void TestOps::forgetUsesOfflineWhenTheSurvivorIsStopped()
{
    NodeFacts s = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc, false),
            member(QStringLiteral("rabbit@rabbit2"), NodeType::Disc, false) });
    s.appRunning = false;
    const Plan p = OperationPlanner::buildForget(
        QStringLiteral("lab"), QStringLiteral("rabbit@rabbit2"), host(QStringLiteral("rabbit1")), s);
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(commandsOf(p),
        QStringList { QStringLiteral("sudo -n -- rabbitmqctl forget_cluster_node --offline rabbit@rabbit2") });
}

void TestOps::forgetOfflineDoesNotApplyUnderKhepri()
{
    NodeFacts s = facts(QStringLiteral("rabbit1"), QStringLiteral("4.0.5"),
        { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc, false),
            member(QStringLiteral("rabbit@rabbit2"), NodeType::Disc, false) },
        true);
    s.appRunning = false;
    const Plan p = OperationPlanner::buildForget(
        QStringLiteral("lab"), QStringLiteral("rabbit@rabbit2"), host(QStringLiteral("rabbit1")), s);
    QCOMPARE(p.notApplicable.size(), 1);
    QVERIFY(p.notApplicable[0].contains(QLatin1String("--offline")));
}

namespace {
Plan syncPlan(const QString& kind)
{
    NodeFacts src = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    NodeFacts same = facts(QStringLiteral("rabbit2"), QStringLiteral("3.10.8"), kLabCluster);
    NodeFacts other = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    other.cookieHash = QStringLiteral("differentdifferent==");
    return OperationPlanner::buildSyncCookie(QStringLiteral("lab"), kind, host(QStringLiteral("rabbit1")), src,
        { { host(QStringLiteral("rabbit2")), same }, { host(QStringLiteral("rabbit4")), other } });
}
} // namespace

void TestOps::syncCookieStopsWritesAtomicallyAndStartsOnlyDifferingNodes()
{
    const Plan p = syncPlan(QStringLiteral("systemd"));
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(commandsOf(p),
        (QStringList { QStringLiteral("sudo -n -- systemctl stop rabbitmq-server"),
            QStringLiteral(
                "sudo -n -- cp -p /var/lib/rabbitmq/.erlang.cookie /var/lib/rabbitmq/.erlang.cookie.warren-backup"),
            QStringLiteral("sudo -n -- install -m 0400 -o rabbitmq -g rabbitmq /dev/stdin "
                           "/var/lib/rabbitmq/.erlang.cookie.warren-new"),
            QStringLiteral(
                "sudo -n -- mv -f /var/lib/rabbitmq/.erlang.cookie.warren-new /var/lib/rabbitmq/.erlang.cookie"),
            QStringLiteral("sudo -n -- systemctl start rabbitmq-server") }));
    for (const auto& s : p.steps)
        QCOMPARE(s.host, QStringLiteral("rabbit4")); // rabbit2's hash is equal: left alone
    QCOMPARE(
        p.steps[0].verifications[0].command.display(true), QStringLiteral("sudo -n -- rabbitmq-diagnostics -q ping"));
    QCOMPARE(p.steps[0].verifications[0].expect, Check::Expect::ExitNonZero);
    QVERIFY(p.steps[2].destructive);
    QCOMPARE(p.steps[2].secretHost, QStringLiteral("rabbit1"));
    QCOMPARE(p.verification[0].command.display(true),
        QStringLiteral("sudo -n -- rabbitmq-diagnostics -q erlang_cookie_hash"));
    const Plan lab = syncPlan(QStringLiteral("lab"));
    QCOMPARE(commandsOf(lab).first(), QStringLiteral("sudo -n -- /usr/local/sbin/warren-lab-service stop"));
    QCOMPARE(commandsOf(lab).last(), QStringLiteral("sudo -n -- /usr/local/sbin/warren-lab-service start"));
    // Everyone equal: nothing to do.
    NodeFacts src = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan none = OperationPlanner::buildSyncCookie(QStringLiteral("lab"), QStringLiteral("systemd"),
        host(QStringLiteral("rabbit1")), src,
        { { host(QStringLiteral("rabbit2")),
            facts(QStringLiteral("rabbit2"), QStringLiteral("3.10.8"), kLabCluster) } });
    QVERIFY(!none.alreadyDone.isEmpty());
}

void TestOps::syncCookiePassesTheCookieOnStdinAndNeverLogsIt()
{
    QTemporaryDir dir;
    OperationLog log(dir.filePath(QStringLiteral("ops.jsonl")));
    const Plan p = syncPlan(QStringLiteral("lab"));
    FakeExecutor ex;
    const QByteArray cookie = "SECRETCOOKIEVALUE1234";
    ex.answer(QStringLiteral("cat /var/lib/rabbitmq/.erlang.cookie"), 0, cookie);
    ex.answer(QStringLiteral("ping"), 69); // the VM is down after the stop
    ex.answer(QStringLiteral("mv -f"), 1, "mv: echoing " + cookie); // fails: the run stops there
    PlanRunner runner(ex, &log);
    runner.setAllowDestructive(true);
    QStringList lines;
    PlanRunner::Observer obs;
    obs.output = [&](int, const QString& l) { lines << l; };
    runner.setObserver(obs);
    const RunResult r = runner.run(p);
    QCOMPARE(r.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(r.failedStep, 2);
    const int install = ex.calls.indexOf(QStringLiteral("rabbit4: sudo -n -- install -m 0400 -o rabbitmq -g rabbitmq "
                                                        "/dev/stdin /var/lib/rabbitmq/.erlang.cookie.warren-new"));
    QVERIFY(install > 0);
    QCOMPARE(ex.stdins[install], cookie);
    QCOMPARE(ex.calls[install - 1], QStringLiteral("rabbit1: sudo -n -- cat /var/lib/rabbitmq/.erlang.cookie"));
    for (int i = 0; i < ex.calls.size(); ++i) {
        QVERIFY(!ex.calls[i].contains(QString::fromUtf8(cookie)));
        if (i != install)
            QVERIFY(ex.stdins[i].isEmpty());
    }
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QString::fromUtf8(cookie)));
    QFile f(log.path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(raw.contains("secret:write_cookie"));
    QVERIFY(!raw.contains(cookie));
}

void TestOps::hostileNodeNamesAreQuotedInEveryCommand()
{
    const QString evil = QStringLiteral("rabbit@$(touch /tmp/x)");
    const NodeFacts n = facts(QStringLiteral("rabbit4"), QStringLiteral("3.10.8"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1"), evil), NodeType::Ram, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("x")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QCOMPARE(p.steps[2].commands[0].display(true),
        QStringLiteral("sudo -n -- rabbitmqctl join_cluster --ram 'rabbit@$(touch /tmp/x)'"));
    QCOMPARE(RabbitCommands::forget(QStringLiteral("a'b;rm -rf /"), false).display(true),
        QStringLiteral("sudo -n -- rabbitmqctl forget_cluster_node 'a'\\''b;rm -rf /'"));
    QCOMPARE(
        RabbitCommands::resolveHost(QStringLiteral("`id`")).display(true), QStringLiteral("getent hosts -- '`id`'"));
    // Shown as it would run, but the wrapper would interpret it: the plan is refused.
    QVERIFY(p.blocked());
    QVERIFY(p.commandRefusals().join(QLatin1Char(' ')).contains(evil));
    QCOMPARE(RabbitCommands::tcpProbe(QStringLiteral("$(id)"), 4369).display(true),
        QStringLiteral("timeout 3 bash -c 'exec 3<>\"/dev/tcp/$1/$2\"' warren-probe '$(id)' 4369"));
}

void TestOps::hostileNamesNeverReachAShellUnquoted()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("marker"));
    const QStringList hostile { QStringLiteral("rabbit@$(touch %1)").arg(marker),
        QStringLiteral("`touch %1`").arg(marker), QStringLiteral("x; touch %1").arg(marker),
        QStringLiteral("x' ; touch %1 ; '").arg(marker), QStringLiteral("x\ntouch %1").arg(marker),
        QStringLiteral("x | touch %1").arg(marker) };
    for (const auto& h : hostile) {
        // The argv the operations build, run by a real shell: the value arrives as one argument.
        const RemoteCommand echo { { QStringLiteral("printf"), QStringLiteral("%s"), h }, false };
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), echo.toShell(false) });
        QVERIFY(sh.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), h);
        QProcess probe;
        probe.start(
            QStringLiteral("/bin/sh"), { QStringLiteral("-c"), RabbitCommands::tcpProbe(h, 1, 1).toShell(false) });
        QVERIFY(probe.waitForFinished(5000));
        QVERIFY2(!QFile::exists(marker), qPrintable(h));
    }
}

void TestOps::runnerStopsAtTheFirstFailedStepAndReportsState()
{
    Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    p.stateProbe
        = [](RemoteExecutor&) { return QStringList { QStringLiteral("rabbit@rabbit4: application stopped") }; };
    FakeExecutor ex;
    ex.answer(QStringLiteral("check_running"), 69); // app stopped after stop_app
    ex.answer(QStringLiteral("join_cluster"), 70, "Error: mnesia_not_running");
    PlanRunner runner(ex, nullptr);
    runner.setAllowDestructive(true);
    QStringList started, finished;
    PlanRunner::Observer obs;
    obs.stepStarted = [&](int i) { started << QString::number(i); };
    obs.stepFinished = [&](int i, bool ok, const QString&) { finished << QStringLiteral("%1:%2").arg(i).arg(ok); };
    QStringList lines;
    obs.output = [&](int, const QString& l) { lines << l; };
    runner.setObserver(obs);
    const RunResult r = runner.run(p);
    QCOMPARE(r.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(r.failedStep, 2);
    QCOMPARE(r.completedSteps, 2);
    QCOMPARE(r.nodeState, QStringList { QStringLiteral("rabbit@rabbit4: application stopped") });
    QCOMPARE(started, (QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }));
    QCOMPARE(finished, (QStringList { QStringLiteral("0:1"), QStringLiteral("1:1"), QStringLiteral("2:0") }));
    QVERIFY(lines.contains(QStringLiteral("Error: mnesia_not_running")));
    for (const auto& c : ex.calls)
        QVERIFY2(!c.contains(QLatin1String("start_app")), qPrintable(c));
}

void TestOps::runnerRetriesFromTheFailedStep()
{
    Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
    ex.answer(QStringLiteral("cluster_status"), 0,
        statusJson({ QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2") },
            { QStringLiteral("rabbit@rabbit3"), QStringLiteral("rabbit@rabbit4") },
            { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3"),
                QStringLiteral("rabbit@rabbit4") }));
    PlanRunner runner(ex, nullptr);
    runner.setAllowDestructive(true);
    const RunResult r = runner.run(p, 2);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.outcome, RunResult::Outcome::Verified);
    QVERIFY(ex.calls.first().contains(QLatin1String("join_cluster --ram rabbit@rabbit1")));
    for (const auto& c : ex.calls) {
        QVERIFY(!c.endsWith(QLatin1String("stop_app")));
        QVERIFY(!c.endsWith(QLatin1String(" reset")));
    }
}

void TestOps::runnerReportsADroppedConnectionAsAFailedStep()
{
    const Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
    ex.answer(QStringLiteral("check_running"), 69);
    RemoteResult dropped;
    dropped.transportError = QStringLiteral("SSH to rabbit4: connection reset");
    ex.rules.prepend({ QStringLiteral("join_cluster"), dropped });
    PlanRunner runner(ex, nullptr);
    runner.setAllowDestructive(true);
    const RunResult r = runner.run(p);
    QCOMPARE(r.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(r.failedStep, 2);
    QVERIFY(r.message.contains(QLatin1String("connection reset")));
    // The connection is back: the retry starts at the failed step.
    ex.rules.removeFirst();
    ex.calls.clear();
    ex.answer(QStringLiteral("check_running"), 0);
    ex.answer(QStringLiteral("cluster_status"), 0,
        statusJson({ QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2") },
            { QStringLiteral("rabbit@rabbit3"), QStringLiteral("rabbit@rabbit4") },
            { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3"),
                QStringLiteral("rabbit@rabbit4") }));
    const RunResult again = runner.run(p, r.failedStep);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(ex.calls.first().endsWith(QLatin1String("join_cluster --ram rabbit@rabbit1")));
}

// Seen on the lab (3.10.8) after a join_cluster failed on a reset node: cluster_status refuses
// with a usage text whose last line used to be reported as "Erlang VM down?".
void TestOps::stateProbeSaysTheApplicationIsStoppedWhenClusterStatusWantsIt()
{
    Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Disc);
    FakeExecutor ex;
    RemoteResult refused;
    refused.exitCode = 64;
    refused.out = "Error: this command requires the 'rabbit' app to be running on the target node. Start it with "
                  "'rabbitmqctl start_app'.\n"
                  "Arguments given:\n\t-q cluster_status --formatter json\n\n\x1b[1mUsage\x1b[0m\n\n"
                  "rabbitmqctl [--node <node>] [--longnames] [--quiet] cluster_status [--timeout <timeout>]\n";
    ex.rules.prepend({ QStringLiteral("cluster_status"), refused });
    const QString state = p.stateProbe(ex).join(QLatin1Char('\n'));
    QVERIFY2(state.contains(QLatin1String("rabbit@rabbit4: Erlang VM running; RabbitMQ application stopped")),
        qPrintable(state));
    QVERIFY(!state.contains(QLatin1String("Usage")));
}

void TestOps::runnerStopsBetweenStepsWhenCancelled()
{
    Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
    ex.answer(QStringLiteral("check_running"), 69);
    CancelToken cancel;
    PlanRunner runner(ex, nullptr, cancel);
    runner.setAllowDestructive(true);
    PlanRunner::Observer obs;
    obs.stepFinished = [&](int i, bool, const QString&) {
        if (i == 0)
            cancel.cancel();
    };
    runner.setObserver(obs);
    const RunResult r = runner.run(p);
    QCOMPARE(r.outcome, RunResult::Outcome::Cancelled);
    QCOMPARE(r.failedStep, 1);
    QCOMPARE(r.completedSteps, 1);
    for (const auto& c : ex.calls)
        QVERIFY2(!c.endsWith(QLatin1String(" reset")), qPrintable(c));
}

void TestOps::runnerRefusesDestructiveStepsUnlessAllowed()
{
    const Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
    PlanRunner runner(ex, nullptr);
    const RunResult r = runner.run(p);
    QCOMPARE(r.outcome, RunResult::Outcome::DestructiveRefused);
    QVERIFY(r.message.contains(QLatin1String("reset deletes rabbit4's queues and messages")));
    QVERIFY(ex.calls.isEmpty());
}

void TestOps::runnerPreviewRunsNothing()
{
    const Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
    PlanRunner runner(ex, nullptr);
    QStringList lines;
    PlanRunner::Observer obs;
    obs.output = [&](int, const QString& l) { lines << l; };
    runner.setObserver(obs);
    QCOMPARE(runner.preview(p).outcome, RunResult::Outcome::Previewed);
    QVERIFY(ex.calls.isEmpty());
    QVERIFY(lines.contains(QStringLiteral("rabbit4$ sudo -n -- rabbitmqctl join_cluster --ram rabbit@rabbit1")));
}

void TestOps::runnerUndoesTheLastCompletedStep()
{
    const Plan p = joinPlan(QStringLiteral("3.10.8"), NodeType::Ram);
    FakeExecutor ex;
    PlanRunner runner(ex, nullptr);
    RunResult failed;
    failed.outcome = RunResult::Outcome::StepFailed;
    failed.failedStep = 2;
    failed.completedSteps = 2; // stop_app and reset ran; join failed
    const RunResult r = runner.undo(p, failed);
    QCOMPARE(r.outcome, RunResult::Outcome::Undone);
    QCOMPARE(ex.calls.first(), QStringLiteral("rabbit4: sudo -n -- rabbitmqctl start_app"));
    // Then only reads (the node's state is verified after the undo).
    for (const auto& c : ex.calls.mid(1)) {
        QVERIFY2(!c.contains(QLatin1String("reset")) && !c.contains(QLatin1String("_app")), qPrintable(c));
    }
}

void TestOps::operationLogHoldsEveryCommandAndNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/ops.jsonl"));
    JoinFailingAtJoinCluster join(path);
    join.ex.answer(
        QStringLiteral("reset"), 0, QByteArray("\x1b[1mResetting node\x1b[0m password=") + ApiPassword.toUtf8() + "\n");
    join.run();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(!raw.contains(ApiPassword.toUtf8()));
    QVERIFY(!raw.contains("\x1b"));
    QVERIFY(f.permissions() & QFileDevice::ReadOwner);
    QVERIFY(!(f.permissions() & QFileDevice::ReadOther));
    const auto entries = join.log.readAll();
    QStringList steps;
    for (const auto& e : entries)
        steps << e.step;
    QCOMPARE(steps,
        (QStringList { QStringLiteral("precheck:stop_app"), QStringLiteral("precheck:stop_app"),
            QStringLiteral("stop_app"), QStringLiteral("verify:stop_app"), QStringLiteral("reset"),
            QStringLiteral("join_cluster") }));
    QCOMPARE(entries[4].command, QStringLiteral("sudo -n -- rabbitmqctl reset"));
    QCOMPARE(entries[4].output, QStringLiteral("Resetting node password=***"));
    QCOMPARE(entries[5].exitCode, 1);
    QCOMPARE(entries[5].host, QStringLiteral("rabbit4"));
    QCOMPARE(entries[5].cluster, QStringLiteral("lab"));
    QVERIFY(entries[5].time.isValid());
    // Long outputs are trimmed to their end.
    QByteArray big;
    for (int i = 0; i < 100; ++i)
        big += "line " + QByteArray::number(i) + "\n";
    const QString t = OperationLog::trimOutput(big, {});
    QVERIFY(t.endsWith(QLatin1String("line 99")));
    QVERIFY(!t.contains(QLatin1String("line 10\n")));
}

// Each command is on disk before it runs: a Warren killed mid-command leaves a "started" record
// that reads back as an interrupted entry, and the result replaces it once it comes.
void TestOps::operationLogRecordsACommandBeforeItRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ops.jsonl"));
    JoinFailingAtJoinCluster join(path);
    join.plan.stateProbe = {}; // read-only, after the failure: not an operation's command
    int seen = 0;
    QStringList missing;
    join.ex.onRun = [&](const QString& line) {
        ++seen;
        const auto entries = OperationLog(path).readAll();
        if (entries.isEmpty() || !entries.last().interrupted || entries.last().command != line
            || entries.last().exitCode != -1 || !entries.last().startedAt.isValid()
            || entries.last().cluster != QLatin1String("lab"))
            missing << line;
    };
    const RunResult r = join.run();
    QCOMPARE(r.outcome, RunResult::Outcome::StepFailed);
    QVERIFY(seen > 3);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // After the run every started record has its result: nothing reads as interrupted.
    auto entries = join.log.readAll();
    QCOMPARE(entries.size(), seen);
    for (const auto& e : entries) {
        QVERIFY(!e.interrupted);
        QVERIFY(!e.id.isEmpty());
        QVERIFY(e.startedAt.isValid() && e.startedAt <= e.time);
    }
    QCOMPARE(entries.last().step, QStringLiteral("join_cluster"));
    QCOMPARE(entries.last().exitCode, 1);

    // A process killed during a command: its started record stays alone.
    OperationLogEntry e;
    e.cluster = QStringLiteral("lab");
    e.operation = QStringLiteral("convert");
    e.host = QStringLiteral("rabbit3");
    e.step = QStringLiteral("change_cluster_node_type");
    e.command = QStringLiteral("sudo -n -- rabbitmqctl eval 'ok.' --password ") + ApiPassword;
    QVERIFY(!join.log.begin(e).isEmpty());
    entries = join.log.readAll();
    QCOMPARE(entries.size(), seen + 1);
    QVERIFY(entries.last().interrupted);
    QCOMPARE(entries.last().host, QStringLiteral("rabbit3"));
    QCOMPARE(entries.last().step, QStringLiteral("change_cluster_node_type"));
    QVERIFY(entries.last().command.endsWith(QLatin1String("--password ***")));
    QVERIFY(entries.last().toJson().value(QStringLiteral("interrupted")).toBool());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(!raw.contains(ApiPassword.toUtf8()));
    QCOMPARE(raw.count("\"state\":\"started\""), seen + 1);
}

// A node the CLI cannot reach: the reason, not the diagnostics' last line (the CLI's cookie hash).
void TestOps::cliFailureSaysWhyTheNodeIsUnreachable()
{
    const QByteArray down
        = "Error: unable to perform an operation on node 'rabbit@rabbit3'. Please see diagnostics information and "
          "suggestions below.\n"
          "\nMost common reasons for this are:\n\n"
          " * Target node is unreachable (e.g. due to hostname resolution, TCP connection or firewall issues)\n"
          " * Target node is not running\n\n"
          "DIAGNOSTICS\n===========\n\nattempted to contact: [rabbit@rabbit3]\n\nrabbit@rabbit3:\n"
          "  * connected to epmd (port 4369) on rabbit3\n"
          "  * epmd reports: node 'rabbit' not running at all\n"
          "                  no other nodes on rabbit3\n"
          "  * suggestion: start the node\n\n"
          "Current node details:\n * node name: 'rabbitmqcli-433-rabbit@rabbit3'\n"
          " * effective user's home directory: /var/lib/rabbitmq\n * Erlang cookie hash: LuqXkJH+UaD6yXPxvF1BXw==\n";
    QCOMPARE(RabbitCommands::cliFailure({}, down),
        QStringLiteral(
            "unable to perform an operation on node 'rabbit@rabbit3' (epmd reports: node 'rabbit' not running at all; "
            "suggestion: start the node)"));
    QCOMPARE(
        RabbitCommands::cliFailure("\x1b[1mError:\x1b[0m\nsomething else\n", {}), QStringLiteral("something else"));
    QCOMPARE(RabbitCommands::cliFailure("noise\n", "Error: operation change_cluster_node_type failed\n"),
        QStringLiteral("operation change_cluster_node_type failed"));
    QCOMPARE(RabbitCommands::cliFailure("line one\nlast words\n", {}), QStringLiteral("last words"));
}

void TestOps::operationLogPathFollowsEnvironment()
{
    qputenv("WARREN_OPLOG", "/tmp/x/ops.jsonl");
    QCOMPARE(OperationLog::defaultPath(), QStringLiteral("/tmp/x/ops.jsonl"));
    qunsetenv("WARREN_OPLOG");
    qputenv("XDG_STATE_HOME", "/var/tmp/state");
    QCOMPARE(OperationLog::defaultPath(), QStringLiteral("/var/tmp/state/warren/operations.jsonl"));
    qunsetenv("XDG_STATE_HOME");
    QCOMPARE(OperationLog::defaultPath(), QDir::homePath() + QStringLiteral("/.local/state/warren/operations.jsonl"));
}

QTEST_GUILESS_MAIN(TestOps)
#include "tst_ops.moc"

void TestOps::version4xCapabilitiesAndRollingUpgradePaths()
{
    const auto mnesia = RabbitVersion::parse(QStringLiteral("4.0.5"));
    QVERIFY(mnesia.supportsRamNodes());
    QVERIFY(mnesia.ramNodesDeprecated());
    QVERIFY(!mnesia.offersRamNodes());
    QVERIFY(mnesia.supportsChangeNodeType()); // 4.0.5's CLI still has it (removed in 4.3)
    QVERIFY(mnesia.supportsForgetOffline());
    QVERIFY(!mnesia.hasClassicMirroring());
    QVERIFY(mnesia.hasCookieHash());
    QVERIFY(mnesia.renameIsNoop());
    QVERIFY(!mnesia.supportsRenameNode());
    const auto khepri = RabbitVersion::parse(QStringLiteral("4.0.5"), true);
    QVERIFY(!khepri.supportsRamNodes());
    QVERIFY(!khepri.supportsChangeNodeType());
    QVERIFY(!khepri.supportsForgetOffline());
    const auto v43 = RabbitVersion::parse(QStringLiteral("4.3.0"));
    QVERIFY(v43.khepri); // the only store from 4.3
    QVERIFY(!v43.supportsChangeNodeType());
    const auto v310 = RabbitVersion::parse(QStringLiteral("3.10.8"));
    QVERIFY(v310.offersRamNodes());
    QVERIFY(v310.hasClassicMirroring());
    QVERIFY(OperationPlanner::ramRefusal(v310).isEmpty());
    QVERIFY(OperationPlanner::ramRefusal(mnesia).contains(QLatin1String("deprecated")));
    QVERIFY(OperationPlanner::ramRefusal(khepri).contains(QLatin1String("Khepri")));

    const auto v = [](const char* t) { return RabbitVersion::parse(QString::fromLatin1(t)); };
    QVERIFY(RabbitVersion::canCluster(v("3.10.8"), v("3.10.25")));
    QVERIFY(RabbitVersion::canCluster(v("3.10.8"), v("3.11.1")));
    QVERIFY(RabbitVersion::canCluster(v("3.13.7"), v("4.0.5")));
    QVERIFY(RabbitVersion::canCluster(v("4.0.5"), v("4.1.0")));
    QVERIFY(!RabbitVersion::canCluster(v("3.10.8"), v("4.0.5")));
    QVERIFY(!RabbitVersion::canCluster(v("4.0.5"), v("3.10.8")));
    QVERIFY(!RabbitVersion::canCluster(v("3.10.8"), v("3.12.0")));
    QVERIFY(!RabbitVersion::canCluster(v("3.12.14"), v("4.0.5")));
    QVERIFY(!RabbitVersion::canCluster(v("2.8.7"), v("3.0.0")));
    QVERIFY(RabbitVersion::canCluster(v("garbage"), v("4.0.5")));
    QCOMPARE(RabbitVersion::upgradePath(v("4.0.5"), v("3.10.8")),
        QStringLiteral("3.10 \u2192 3.11 \u2192 3.12 \u2192 3.13 \u2192 4.0"));
    QCOMPARE(RabbitVersion::upgradePath(v("4.0.5"), v("4.2.1")), QStringLiteral("4.0 \u2192 4.1 \u2192 4.2"));
}

void TestOps::joinOn4xAsDiscRunsWithoutTheMirrorCheck()
{
    for (const bool khepri : { false, true }) {
        const Plan p = joinPlan(QStringLiteral("4.0.5"), NodeType::Disc, khepri);
        QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
        QCOMPARE(commandsOf(p),
            (QStringList { QStringLiteral("sudo -n -- rabbitmqctl stop_app"),
                QStringLiteral("sudo -n -- rabbitmqctl reset"),
                QStringLiteral("sudo -n -- rabbitmqctl join_cluster rabbit@rabbit1"),
                QStringLiteral("sudo -n -- rabbitmqctl start_app") }));
        // 4.0 has no classic mirrors: only the quorum check guards the stop.
        QCOMPARE(p.steps[0].prechecks.size(), 1);
        QCOMPARE(p.steps[0].prechecks[0].command.display(true),
            QStringLiteral("sudo -n -- rabbitmq-queues check_if_node_is_quorum_critical"));
        for (const auto& i : p.preflight)
            QVERIFY2(!i.title.contains(QLatin1String("mirror")), qPrintable(i.title));
    }
}

void TestOps::joinAsRamIsRefusedOn4xUnderMnesiaToo()
{
    const Plan mnesia = joinPlan(QStringLiteral("4.0.5"), NodeType::Ram);
    QVERIFY(!mnesia.runnable());
    QCOMPARE(mnesia.notApplicable.size(), 1);
    QVERIFY2(mnesia.notApplicable[0].contains(QLatin1String("deprecated")), qPrintable(mnesia.notApplicable[0]));
    const Plan khepri = joinPlan(QStringLiteral("4.0.5"), NodeType::Ram, true);
    QCOMPARE(khepri.notApplicable.size(), 1);
    QVERIFY(khepri.notApplicable[0].contains(QLatin1String("Khepri")));
    // The 3.10 lab's ram join is unchanged.
    QVERIFY(joinPlan(QStringLiteral("3.10.8"), NodeType::Ram).runnable());
}

void TestOps::joinOfA40NodeToA310ClusterIsRefusedAtPreflightWithTheWay()
{
    const NodeFacts n = facts(QStringLiteral("rabbit5"), QStringLiteral("4.0.5"),
        { member(QStringLiteral("rabbit@rabbit5"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit6"), NodeType::Disc) });
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.10.8"), kLabCluster);
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit5")),
        host(QStringLiteral("rabbit1")), NodeType::Disc, n, t,
        link(QStringLiteral("rabbit5"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit5")));
    QVERIFY(p.preflightFailed());
    QVERIFY(!p.runnable());
    QVERIFY2(p.steps.isEmpty(), qPrintable(p.toText(true)));
    const PreflightItem* versions = nullptr;
    for (const auto& i : p.preflight) {
        if (i.title == QLatin1String("RabbitMQ versions compatible"))
            versions = &i;
    }
    QVERIFY(versions);
    QCOMPARE(versions->state, PreflightItem::State::Failed);
    QVERIFY2(versions->detail.contains(QLatin1String("4.0.5 (Mnesia)"))
            && versions->detail.contains(QLatin1String("3.10.8 (Mnesia)"))
            && versions->detail.contains(QStringLiteral("3.10 \u2192 3.11 \u2192 3.12 \u2192 3.13 \u2192 4.0"))
            && versions->detail.contains(QLatin1String("every feature flag"))
            && versions->detail.contains(QLatin1String("new cluster")),
        qPrintable(versions->detail));
    // The same the other way round (a 3.10 node to a 4.0 cluster).
    const Plan back = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit1")),
        host(QStringLiteral("rabbit5")), NodeType::Disc, t, n,
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit5")),
        link(QStringLiteral("rabbit5"), QStringLiteral("rabbit1")));
    QVERIFY(back.preflightFailed());
    QVERIFY(back.steps.isEmpty());
}

void TestOps::joinAcrossAdjacentSeriesWarnsButRuns()
{
    const NodeFacts n = facts(QStringLiteral("rabbit4"), QStringLiteral("4.0.5"),
        { member(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    const NodeFacts t = facts(QStringLiteral("rabbit1"), QStringLiteral("3.13.7"), kLabCluster);
    const Plan p = OperationPlanner::buildJoin(QStringLiteral("lab"), host(QStringLiteral("rabbit4")),
        host(QStringLiteral("rabbit1")), NodeType::Disc, n, t,
        link(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")),
        link(QStringLiteral("rabbit1"), QStringLiteral("rabbit4")));
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    bool warned = false;
    for (const auto& i : p.preflight)
        warned = warned
            || (i.title == QLatin1String("RabbitMQ versions compatible") && i.state == PreflightItem::State::Warning);
    QVERIFY(warned);
}

void TestOps::convertIsRefusedBothWaysUnderKhepri()
{
    const QList<NodeInfo> discs { member(QStringLiteral("rabbit@rabbit5"), NodeType::Disc),
        member(QStringLiteral("rabbit@rabbit6"), NodeType::Disc),
        member(QStringLiteral("rabbit@rabbit7"), NodeType::Disc) };
    NodeFacts f = facts(QStringLiteral("rabbit7"), QStringLiteral("4.0.5"), discs, true);
    for (const NodeType type : { NodeType::Ram, NodeType::Disc }) {
        const Plan p
            = OperationPlanner::buildConvert(QStringLiteral("lab4x"), host(QStringLiteral("rabbit7")), type, f, {});
        QCOMPARE(p.notApplicable.size(), 1);
        QVERIFY2(p.notApplicable[0].contains(QLatin1String("Khepri"))
                && p.notApplicable[0].contains(QLatin1String("change_cluster_node_type")),
            qPrintable(p.notApplicable[0]));
        QVERIFY(p.steps.isEmpty());
        QVERIFY(p.alreadyDone.isEmpty());
    }
    // Refused with its reason even while the node's application is stopped.
    f.appRunning = false;
    const Plan stopped = OperationPlanner::buildConvert(
        QStringLiteral("lab4x"), host(QStringLiteral("rabbit7")), NodeType::Ram, f, {});
    QCOMPARE(stopped.notApplicable.size(), 1);
}

void TestOps::convertOn4xMnesiaMakesARamNodeDiscButNoDiscNodeRam()
{
    const QList<NodeInfo> members { member(QStringLiteral("rabbit@rabbit5"), NodeType::Disc),
        member(QStringLiteral("rabbit@rabbit7"), NodeType::Ram) };
    const NodeFacts five = facts(QStringLiteral("rabbit5"), QStringLiteral("4.0.5"), members);
    const Plan toRam = OperationPlanner::buildConvert(
        QStringLiteral("lab4x"), host(QStringLiteral("rabbit5")), NodeType::Ram, five, {});
    QCOMPARE(toRam.notApplicable.size(), 1);
    QVERIFY(toRam.notApplicable[0].contains(QLatin1String("deprecated")));
    const NodeFacts seven = facts(QStringLiteral("rabbit7"), QStringLiteral("4.0.5"), members);
    const Plan toDisc = OperationPlanner::buildConvert(
        QStringLiteral("lab4x"), host(QStringLiteral("rabbit7")), NodeType::Disc, seven, QStringLiteral("rabbit5"));
    QVERIFY2(toDisc.runnable(), qPrintable(toDisc.toText(true)));
    QVERIFY(commandsOf(toDisc).contains(QStringLiteral("sudo -n -- rabbitmqctl change_cluster_node_type disc")));
}

void TestOps::forgetOn4xKhepriRunsForgetClusterNode()
{
    const NodeFacts s = facts(QStringLiteral("rabbit5"), QStringLiteral("4.0.5"),
        { member(QStringLiteral("rabbit@rabbit5"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit6"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit7"), NodeType::Disc, false) },
        true);
    const Plan p = OperationPlanner::buildForget(
        QStringLiteral("lab4x"), QStringLiteral("rabbit@rabbit7"), host(QStringLiteral("rabbit5")), s);
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    // 4.0 forgets before it shrinks, which fails under Khepri: Warren shrinks first.
    QCOMPARE(commandsOf(p),
        (QStringList { QStringLiteral("sudo -n -- rabbitmq-queues shrink rabbit@rabbit7 --errors-only"),
            QStringLiteral("sudo -n -- rabbitmqctl forget_cluster_node rabbit@rabbit7") }));
    QCOMPARE(p.steps[0].id, QStringLiteral("shrink_quorum_members"));
    QVERIFY(p.steps[0].destructive);
    QCOMPARE(p.steps[0].undoCommands.size(), 1);
    QVERIFY(
        p.steps[0].undoCommands[0].display(true).contains(QLatin1String("rabbitmq-queues grow rabbit@rabbit7 all")));
}

// The lab's real output (CI, 4.0.5 under Khepri): a two-member quorum queue on rabbit5 and the
// killed rabbit7 has no majority, so its member cannot be removed. Forgetting rabbit7 would leave
// it leaderless for good: the plan stops at the shrink, before forget_cluster_node runs.
void TestOps::forgetOn4xStopsBeforeForgettingWhenAQueueCannotBeShrunk()
{
    const NodeFacts s = facts(QStringLiteral("rabbit5"), QStringLiteral("4.0.5"),
        { member(QStringLiteral("rabbit@rabbit5"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit6"), NodeType::Disc),
            member(QStringLiteral("rabbit@rabbit7"), NodeType::Disc, false) },
        true);
    const Plan p = OperationPlanner::buildForget(
        QStringLiteral("lab4x"), QStringLiteral("rabbit@rabbit7"), host(QStringLiteral("rabbit5")), s);
    FakeExecutor ex;
    ex.answer(QStringLiteral("rabbitmq-queues shrink"), 0,
        "Shrinking quorum queues on rabbit@rabbit7...\nvhost\tname\tsize\tresult\n"
        "tst-lab-queues\tqq.small.rabbit7\t2\terror: {no_more_servers_to_try,[{timeout,{'tst-lab-queues_qq.small."
        "rabbit7',rabbit@rabbit5}},{error,nodedown}]}\n");
    PlanRunner runner(ex, nullptr);
    runner.setAllowDestructive(true);
    const RunResult r = runner.run(p);
    QCOMPARE(r.outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(r.failedStep, 0);
    QVERIFY2(r.message.contains(QLatin1String("tst-lab-queues/qq.small.rabbit7: error: {no_more_servers_to_try"))
            && r.message.contains(QLatin1String("without a leader for good")),
        qPrintable(r.message));
    QVERIFY2(ex.calls.filter(QStringLiteral("forget_cluster_node")).isEmpty(), qPrintable(ex.calls.join(u'\n')));
    // Nothing to report: the next step runs.
    FakeExecutor clean;
    clean.answer(QStringLiteral("rabbitmq-queues shrink"), 0, "Shrinking quorum queues on rabbit@rabbit7...\n");
    PlanRunner again(clean, nullptr);
    again.setAllowDestructive(true);
    again.run(p);
    QCOMPARE(clean.calls.filter(QStringLiteral("forget_cluster_node")).size(), 1);
}

void TestOps::syncCookieOn4xStopsWithoutTheMirrorCheck()
{
    const QList<NodeInfo> members { member(QStringLiteral("rabbit@rabbit5"), NodeType::Disc),
        member(QStringLiteral("rabbit@rabbit7"), NodeType::Disc) };
    const NodeFacts src = facts(QStringLiteral("rabbit5"), QStringLiteral("4.0.5"), members, true);
    NodeFacts seven = facts(QStringLiteral("rabbit7"), QStringLiteral("4.0.5"), members, true);
    seven.cookieHash = QStringLiteral("other");
    const Plan p = OperationPlanner::buildSyncCookie(QStringLiteral("lab4x"), QStringLiteral("lab"),
        host(QStringLiteral("rabbit5")), src, { { host(QStringLiteral("rabbit7")), seven } });
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(p.steps[0].id, QStringLiteral("stop_node"));
    QCOMPARE(p.steps[0].prechecks.size(), 1);
}

// Real outputs of the lab's 4.0.5 cluster (rabbit7 stopped) through FactCollector, then the plans.
void TestOps::factsFromReal405OutputsPlanForgetAndRefuseConvertUnderKhepri()
{
    const auto result = [](const QByteArray& out, int exitCode = 0) {
        RemoteResult r;
        r.out = out;
        r.exitCode = exitCode;
        return r;
    };
    const QByteArray flags = testutil::readData(QStringLiteral("4.0/list-feature-flags-4.0.5-lab-mnesia.json"));
    FakeExecutor ex;
    ex.rules << FakeExecutor::Rule { QStringLiteral("cluster_status"),
        result(testutil::readData(QStringLiteral("4.0/cluster-status-4.0.5-lab-rabbit7-stopped.json"))) };
    ex.rules << FakeExecutor::Rule { QStringLiteral("list_feature_flags"), result(flags) };
    ex.rules << FakeExecutor::Rule { QStringLiteral("erlang_cookie_hash"), result("Ey7Fui004+wQ8vWfqVKN0g==\n") };
    ex.rules << FakeExecutor::Rule { QStringLiteral("check_if_node_is_quorum_critical"),
        result(testutil::readData(QStringLiteral("4.0/check-if-node-is-quorum-critical-4.0.5-lab-rabbit5.txt")), 69) };
    ex.rules << FakeExecutor::Rule { QStringLiteral("list_queues"),
        result(testutil::readData(QStringLiteral("4.0/list-queues-4.0.5-lab-rabbit5.json"))) };
    const HostProfile five = host(QStringLiteral("rabbit5"));
    const NodeFacts f = FactCollector(ex).node(five, FactCollector::Queues | FactCollector::StopChecks);
    QCOMPARE(f.version.text, QStringLiteral("4.0.5"));
    QVERIFY(!f.version.khepri);
    QCOMPARE(f.erlangVersion, QStringLiteral("27.3.4.1"));
    QCOMPARE(f.cookieHash, QStringLiteral("Ey7Fui004+wQ8vWfqVKN0g=="));
    QCOMPARE(f.quorumCritical, 1);
    QVERIFY(f.quorumDetail.contains(QLatin1String("qq.small")));
    QVERIFY(f.member(QStringLiteral("rabbit@rabbit7")) && !f.member(QStringLiteral("rabbit@rabbit7"))->running);
    QVERIFY2(ex.calls.filter(QStringLiteral("mirror_sync")).isEmpty(), qPrintable(ex.calls.join(QLatin1Char('\n'))));

    const Plan forget
        = OperationPlanner::buildForget(QStringLiteral("lab4x"), QStringLiteral("rabbit@rabbit7"), five, f);
    QVERIFY2(forget.runnable(), qPrintable(forget.toText(true)));
    QCOMPARE(commandsOf(forget),
        (QStringList { QStringLiteral("sudo -n -- rabbitmq-queues shrink rabbit@rabbit7 --errors-only"),
            QStringLiteral("sudo -n -- rabbitmqctl forget_cluster_node rabbit@rabbit7") }));

    QByteArray khepriFlags = flags;
    khepriFlags.replace(R"({"name":"khepri_db","state":"disabled"})", R"({"name":"khepri_db","state":"enabled"})");
    QVERIFY(khepriFlags != flags);
    ex.rules[1].result = result(khepriFlags);
    const NodeFacts k = FactCollector(ex).node(five, FactCollector::StopChecks);
    QVERIFY(k.version.khepri);
    QCOMPARE(k.version.display(), QStringLiteral("4.0.5 (Khepri)"));
    const Plan convert = OperationPlanner::buildConvert(QStringLiteral("lab4x"), five, NodeType::Ram, k, {});
    QCOMPARE(convert.notApplicable.size(), 1);
    QVERIFY(convert.notApplicable[0].contains(QLatin1String("Khepri")));
}
