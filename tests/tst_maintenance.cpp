// The plans of node maintenance (enter/exit) and of stop/start/restart, from facts (3.10 and 4.0):
// the order HAProxy and RabbitMQ are taken out of service and back, the safe-to-stop gate and its
// override, steps left out when their goal holds, the Runtime API commands on standard input (never
// on a command line), refused server names, and the request's validation. The lab test
// (tst_lab_maintenance) runs them on real brokers under a publishing client.
#include "haproxy/HaproxyRuntime.h"
#include "ops/MaintenancePlanner.h"
#include "ops/OperationRequest.h"
#include "ops/RollingRestart.h"
#include "parse/ClusterStatusParser.h"
#include "testutil/OpsFixtures.h"

#include <QTest>

using namespace warren;

namespace {

HostProfile host(const QString& name, const QString& address, const QStringList& roles = {})
{
    HostProfile h;
    h.name = name;
    h.address = address;
    h.roles = roles;
    if (!name.startsWith(QStringLiteral("haproxy")))
        h.node = QStringLiteral("rabbit@") + name;
    return h;
}

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = QStringLiteral("lab");
    p.serviceKind = QStringLiteral("lab");
    p.hosts = { host(QStringLiteral("rabbit1"), QStringLiteral("10.0.0.11")),
        host(QStringLiteral("rabbit2"), QStringLiteral("10.0.0.12")),
        host(QStringLiteral("rabbit3"), QStringLiteral("10.0.0.13")),
        host(QStringLiteral("haproxy"), QStringLiteral("10.0.0.10"), { QStringLiteral("haproxy") }) };
    p.haproxy.host = QStringLiteral("haproxy");
    p.haproxy.statsSocket = QStringLiteral("/run/haproxy/admin.sock");
    return p;
}

HaproxyServer server(const QString& name, const QString& address, const QString& status, bool backup)
{
    HaproxyServer s;
    s.proxy = QStringLiteral("amqp");
    s.name = name;
    s.address = address + QStringLiteral(":5672");
    s.status = status;
    s.backup = backup;
    return s;
}

// rabbit1 active, rabbit2 backup, both UP; rabbit1 running, in service, safe to stop.
MaintenanceFacts facts(const QString& version = QStringLiteral("3.10.8"))
{
    MaintenanceFacts f;
    f.node = testutil::opsFacts(QStringLiteral("rabbit1"), testutil::labMembers(), version);
    f.underMaintenance = 0;
    f.haproxyInProfile = true;
    f.allServers = { server(QStringLiteral("rabbit1"), QStringLiteral("10.0.0.11"), QStringLiteral("UP"), false),
        server(QStringLiteral("rabbit2"), QStringLiteral("10.0.0.12"), QStringLiteral("UP"), true) };
    f.servers = { f.allServers.first() };
    return f;
}

QStringList ids(const Plan& p)
{
    QStringList out;
    for (const auto& s : p.steps)
        out << s.id;
    return out;
}

const HostProfile& rabbit1()
{
    static const ClusterProfile p = profile();
    return p.hosts.first();
}

bool hasFailed(const Plan& p, const QString& titlePart)
{
    for (const auto& i : p.preflight) {
        if (i.state == PreflightItem::State::Failed && i.title.contains(titlePart))
            return true;
    }
    return false;
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterTakesHaproxyOutFirstThenDrainsRabbit();
    void enterSendsRuntimeCommandsOnStandardInput();
    void enterOn4xHasNoMirrorCheck();
    void enterIsRefusedWhenTheNodeIsQuorumCriticalUnlessForced();
    void enterIsRefusedWhenNoOtherServerWouldServe();
    void enterLeavesOutWhatIsDoneAndIsDoneWhenAllIs();
    void enterWithStopEndsWithTheStop();
    void enterDoesNotApplyBefore38();
    void enterRefusesAServerNameTheRuntimeApiWouldMisread();
    void enterWithoutHaproxyOnlyDrainsRabbit();
    void exitStartsRevivesThenPutsHaproxyBack();
    void exitOfANodeInServiceIsDone();
    void stopStartRestart();
    void requestNeedsAnAction();
    void clusterStatusSaysWhichNodeIsInMaintenance();
    void rollingRestartTakesHaproxysActiveNodeLast();
};

void TestMaintenance::enterTakesHaproxyOutFirstThenDrainsRabbit()
{
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), facts(), false, false);
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(ids(p),
        QStringList({ QStringLiteral("haproxy_drain"), QStringLiteral("haproxy_close_sessions"),
            QStringLiteral("haproxy_maint"), QStringLiteral("drain") }));
    QVERIFY(!p.hasDestructiveSteps());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(p.steps[i].host, QStringLiteral("haproxy"));
    const Step& drain = p.steps[3];
    QCOMPARE(drain.host, QStringLiteral("rabbit1"));
    QCOMPARE(drain.commands.first().display(true), QStringLiteral("sudo -n -- rabbitmq-upgrade drain"));
    QCOMPARE(drain.prechecks.size(), 2); // quorum and mirror checks again, right before
    QCOMPARE(drain.undoCommands.first().display(true), QStringLiteral("sudo -n -- rabbitmq-upgrade revive"));
    QCOMPARE(drain.verifications.size(), 2); // in maintenance; no client connection left
    // list_connections is cluster-wide: only this node's connections count.
    RemoteResult listed;
    listed.exitCode = 0;
    listed.out = "<rabbit@rabbit2.1699786540.1234.0>\n<rabbit@rabbit10.1699786540.99.0>\n";
    QString why;
    QVERIFY2(drain.verifications[1].predicate(listed, &why), qPrintable(why));
    listed.out += "<rabbit@rabbit1.1699786541.5678.0>\n";
    QVERIFY(!drain.verifications[1].predicate(listed, &why));
    QCOMPARE(why, QStringLiteral("1 connection(s)"));
    QCOMPARE(p.verification.size(), 2);
    QVERIFY(p.toText(true).contains(QStringLiteral("warrenctl maintenance rabbit1 exit")));
}

void TestMaintenance::enterSendsRuntimeCommandsOnStandardInput()
{
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), facts(), false, false);
    const RemoteCommand& c = p.steps[0].commands.first();
    QCOMPARE(c.argv,
        QStringList(
            { QStringLiteral("socat"), QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:/run/haproxy/admin.sock") }));
    QCOMPARE(c.input, QByteArray("set server amqp/rabbit1 state drain\n"));
    QVERIFY(!c.toShell(true).contains(QStringLiteral("set server")));
    QCOMPARE(c.display(true),
        QStringLiteral(
            "sudo -n -- socat - UNIX-CONNECT:/run/haproxy/admin.sock <<< 'set server amqp/rabbit1 state drain'"));
    QCOMPARE(p.steps[1].commands.first().input, QByteArray("shutdown sessions server amqp/rabbit1\n"));
    QCOMPARE(p.steps[2].commands.first().input, QByteArray("set server amqp/rabbit1 state maint\n"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(p.steps[i].undoCommands.first().input, QByteArray("set server amqp/rabbit1 state ready\n"));
    // HAProxy prints nothing when a command succeeds, its reason when not.
    RemoteResult answer;
    answer.exitCode = 0;
    answer.out = "\n";
    QString why;
    QVERIFY(p.steps[0].outputCheck(answer, &why));
    answer.out = "No such server.\n\n";
    QVERIFY(!p.steps[0].outputCheck(answer, &why));
    QVERIFY2(why.contains(QStringLiteral("No such server.")), qPrintable(why));
}

void TestMaintenance::enterOn4xHasNoMirrorCheck()
{
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), facts(QStringLiteral("4.0.5")), false, false);
    QVERIFY(p.runnable());
    QCOMPARE(p.steps.last().prechecks.size(), 1);
    QVERIFY(!p.toText(true).contains(QStringLiteral("mirror")));
}

void TestMaintenance::enterIsRefusedWhenTheNodeIsQuorumCriticalUnlessForced()
{
    MaintenanceFacts f = facts();
    f.node.quorumCritical = 1;
    f.node.quorumDetail = QStringLiteral("qq.alpha would lose its quorum");
    const Plan refused = MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false);
    QVERIFY(refused.blocked());
    QVERIFY(refused.preflightFailed());
    const Plan forced = MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, true);
    QVERIFY2(forced.runnable(), qPrintable(forced.toText(true)));
    QVERIFY(forced.steps.first().destructive);
    QVERIFY2(forced.steps.first().destroys.contains(QStringLiteral("qq.alpha would lose its quorum")),
        qPrintable(forced.steps.first().destroys));
    QVERIFY(forced.steps.last().prechecks.isEmpty()); // overridden: not checked again
}

void TestMaintenance::enterIsRefusedWhenNoOtherServerWouldServe()
{
    MaintenanceFacts f = facts();
    f.allServers[1].status = QStringLiteral("DOWN");
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false);
    QVERIFY(hasFailed(p, QStringLiteral("Proxy amqp keeps a server")));
    QVERIFY(MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, true).runnable());
}

void TestMaintenance::enterLeavesOutWhatIsDoneAndIsDoneWhenAllIs()
{
    MaintenanceFacts f = facts();
    f.servers[0].status = QStringLiteral("DRAIN");
    f.allServers[0].status = QStringLiteral("DRAIN");
    QCOMPARE(ids(MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false)),
        QStringList(
            { QStringLiteral("haproxy_close_sessions"), QStringLiteral("haproxy_maint"), QStringLiteral("drain") }));
    f.servers[0].status = QStringLiteral("MAINT");
    f.allServers[0].status = QStringLiteral("MAINT");
    QCOMPARE(ids(MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false)),
        QStringList({ QStringLiteral("drain") }));
    f.underMaintenance = 1;
    const Plan done = MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false);
    QVERIFY(!done.alreadyDone.isEmpty());
    QVERIFY(done.steps.isEmpty());
}

void TestMaintenance::enterWithStopEndsWithTheStop()
{
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), facts(), true, false);
    QCOMPARE(ids(p).last(), QStringLiteral("stop"));
    QCOMPARE(p.steps.last().commands.first().display(true),
        QStringLiteral("sudo -n -- /usr/local/sbin/warren-lab-service stop"));
    QCOMPARE(p.steps.last().undoCommands.first().display(true),
        QStringLiteral("sudo -n -- /usr/local/sbin/warren-lab-service start"));
}

void TestMaintenance::enterDoesNotApplyBefore38()
{
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), facts(QStringLiteral("3.7.28")), false, false);
    QVERIFY(!p.notApplicable.isEmpty());
    QVERIFY(p.steps.isEmpty());
}

void TestMaintenance::enterRefusesAServerNameTheRuntimeApiWouldMisread()
{
    MaintenanceFacts f = facts();
    f.servers[0].name = QStringLiteral("rabbit1;shutdown");
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false);
    QVERIFY(!p.refusals.isEmpty());
    QVERIFY(!p.runnable());
    QVERIFY(HaproxyRuntime::isIdentifier(QStringLiteral("be_rabbit-1.a:b")));
    QVERIFY(!HaproxyRuntime::isIdentifier(QStringLiteral("a b")));
    QVERIFY(!HaproxyRuntime::isIdentifier(QString()));
}

void TestMaintenance::enterWithoutHaproxyOnlyDrainsRabbit()
{
    MaintenanceFacts f = facts();
    f.haproxyInProfile = false;
    f.allServers.clear();
    f.servers.clear();
    const Plan p = MaintenancePlanner::buildEnter(profile(), rabbit1(), f, false, false);
    QVERIFY(p.runnable());
    QCOMPARE(ids(p), QStringList({ QStringLiteral("drain") }));
}

void TestMaintenance::exitStartsRevivesThenPutsHaproxyBack()
{
    MaintenanceFacts f = facts();
    f.node.appRunning = false;
    f.node.nodeAnswered = false;
    f.underMaintenance = -1;
    f.servers[0].status = QStringLiteral("MAINT");
    f.allServers[0].status = QStringLiteral("MAINT");
    const Plan p = MaintenancePlanner::buildExit(profile(), rabbit1(), f);
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(
        ids(p), QStringList({ QStringLiteral("start"), QStringLiteral("revive"), QStringLiteral("haproxy_ready") }));
    const Step& revive = p.steps[1];
    QCOMPARE(revive.commands.first().display(true), QStringLiteral("sudo -n -- rabbitmq-upgrade revive"));
    // The quorum members are waited for after the revive (a node in maintenance is not "online").
    QVERIFY(revive.prechecks.isEmpty());
    QCOMPARE(revive.verifications.last().command.display(true),
        QStringLiteral("sudo -n -- rabbitmq-upgrade await_online_quorum_plus_one -t 120"));
    QCOMPARE(p.steps[2].commands.first().input, QByteArray("set server amqp/rabbit1 state ready\n"));
    QCOMPARE(p.steps[2].undoCommands.first().input, QByteArray("set server amqp/rabbit1 state maint\n"));
}

void TestMaintenance::exitOfANodeInServiceIsDone()
{
    const Plan p = MaintenancePlanner::buildExit(profile(), rabbit1(), facts());
    QVERIFY(!p.alreadyDone.isEmpty());
    // "UP 1/3" (a check failed, going down) is not settled: the exit's check waits for "UP".
    HaproxyServer s = facts().servers.first();
    s.status = QStringLiteral("UP 1/3");
    QVERIFY(!HaproxyRuntime::isSettledUp(s));
}

void TestMaintenance::stopStartRestart()
{
    using S = MaintenancePlanner::Service;
    const Plan stop = MaintenancePlanner::buildService(profile(), rabbit1(), S::Stop, facts(), false);
    QCOMPARE(ids(stop), QStringList({ QStringLiteral("stop") }));
    QCOMPARE(stop.steps.first().prechecks.size(), 2);
    // HAProxy still sends it clients: said, with the way that does not cut them off.
    QVERIFY(stop.toText(true).contains(QStringLiteral("maintenance rabbit1 enter")));
    QVERIFY(!MaintenancePlanner::buildService(profile(), rabbit1(), S::Start, facts(), false).alreadyDone.isEmpty());
    QCOMPARE(ids(MaintenancePlanner::buildService(profile(), rabbit1(), S::Restart, facts(), false)),
        QStringList({ QStringLiteral("stop"), QStringLiteral("start") }));
    MaintenanceFacts down = facts();
    down.node.appRunning = down.node.nodeAnswered = false;
    QVERIFY(!MaintenancePlanner::buildService(profile(), rabbit1(), S::Stop, down, false).alreadyDone.isEmpty());
    QCOMPARE(ids(MaintenancePlanner::buildService(profile(), rabbit1(), S::Restart, down, false)),
        QStringList({ QStringLiteral("start") }));
    MaintenanceFacts critical = facts();
    critical.node.mirrorSyncCritical = 1;
    QVERIFY(MaintenancePlanner::buildService(profile(), rabbit1(), S::Stop, critical, false).blocked());
    const Plan forced = MaintenancePlanner::buildService(profile(), rabbit1(), S::Stop, critical, true);
    QVERIFY(forced.runnable());
    QVERIFY(forced.hasDestructiveSteps());
}

void TestMaintenance::requestNeedsAnAction()
{
    const ClusterProfile p = profile();
    OperationRequest r;
    r.kind = OperationKind::Maintenance;
    r.node = QStringLiteral("rabbit1");
    QVERIFY(r.validate(p).contains(QStringLiteral("enter or exit")));
    r.action = QStringLiteral("pause");
    QVERIFY(r.validate(p).contains(QStringLiteral("\"pause\"")));
    r.action = QStringLiteral("enter");
    QCOMPARE(r.validate(p), QString());
    r.node = QStringLiteral("haproxy");
    QVERIFY(!r.validate(p).isEmpty()); // not a RabbitMQ host
    QVERIFY(OperationRequest::keys().contains(QStringLiteral("maintenance")));
    QVERIFY(OperationRequest::keys().contains(QStringLiteral("restart")));
}

void TestMaintenance::clusterStatusSaysWhichNodeIsInMaintenance()
{
    // As 3.10.8 prints it: the state in colour, inside the JSON string.
    const QByteArray json = R"({"disk_nodes":["rabbit@rabbit1","rabbit@rabbit3"],)"
                            R"("running_nodes":["rabbit@rabbit1","rabbit@rabbit3"],"maintenance_status":)"
                            R"({"rabbit@rabbit1":"not under maintenance",)"
                            R"("rabbit@rabbit3":"\u001b[35mmarked for maintenance\u001b[0m"}})";
    const auto parsed = parseClusterStatus(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed.value().nodes.size(), 2);
    for (const auto& n : parsed.value().nodes)
        QCOMPARE(n.underMaintenance, n.name == QStringLiteral("rabbit@rabbit3"));
}

void TestMaintenance::rollingRestartTakesHaproxysActiveNodeLast()
{
    const ClusterProfile p = profile();
    QCOMPARE(RollingRestart::defaultOrder(p, QStringLiteral("rabbit1")),
        QStringList({ QStringLiteral("rabbit2"), QStringLiteral("rabbit3"), QStringLiteral("rabbit1") }));
    QCOMPARE(RollingRestart::defaultOrder(p, QString()),
        QStringList({ QStringLiteral("rabbit1"), QStringLiteral("rabbit2"), QStringLiteral("rabbit3") }));
    QCOMPARE(RollingRestart::checkOrder(p, { QStringLiteral("rabbit3"), QStringLiteral("rabbit@rabbit1") }), QString());
    QVERIFY(RollingRestart::checkOrder(p, { QStringLiteral("rabbit1"), QStringLiteral("10.0.0.11") })
                .contains(QStringLiteral("twice")));
    QVERIFY(!RollingRestart::checkOrder(p, { QStringLiteral("haproxy") }).isEmpty());
    QVERIFY(!RollingRestart::checkOrder(p, { QStringLiteral("rabbit9") }).isEmpty());
    QVERIFY(!RollingRestart::checkOrder(p, { QString() }).isEmpty());
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
