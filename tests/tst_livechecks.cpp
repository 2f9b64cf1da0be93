// The live view's slower checks without a network: health-check answers (as 3.10 gives them),
// the queue leader count, API vs cluster_status marks, the start order after a full stop (files
// as the lab wrote them when rabbit3, rabbit2, rabbit1 were stopped in that order), the
// statistics interval and what a poll carries forward between its slower checks.
#include "status/LiveChecks.h"

#include <QTest>

using namespace warren;

namespace {
NodeInfo node(const QString& name, NodeType type, bool running)
{
    NodeInfo n;
    n.name = name;
    n.type = type;
    n.running = running;
    return n;
}
} // namespace

class TestLiveChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthCheckOkIsSafe()
    {
        const auto ok = parseHealthCheck(200, R"({"status":"ok"})");
        QVERIFY(ok.answered && ok.ok);
        const auto s = stopSafetyFrom(ok, ok);
        QCOMPARE(s.verdict, StopSafety::Verdict::Safe);
        QCOMPARE(stopSafetyText(s), QStringLiteral("safe to stop"));
    }

    void failedHealthCheckCountsTheQueuesAtRisk()
    {
        const auto quorum = parseHealthCheck(503,
            R"({"status":"failed","reason":"There are quorum queues that would lose their quorum if the target node is shut down","queues":[{"name":"qq.alpha"},{"name":"qq.beta"}]})");
        QVERIFY(quorum.answered && !quorum.ok);
        QCOMPARE(quorum.queues, 2);
        const auto mirror = parseHealthCheck(200, R"({"status":"ok"})");
        const auto s = stopSafetyFrom(quorum, mirror);
        QCOMPARE(s.verdict, StopSafety::Verdict::NotSafe);
        QCOMPARE(s.quorumQueuesAtRisk, 2);
        QCOMPARE(s.mirrorsAtRisk, 0);
        QVERIFY(s.reason.contains(QStringLiteral("lose their quorum")));
        QCOMPARE(stopSafetyText(s), QStringLiteral("not safe to stop: 2 quorum queue(s) would lose their majority"));
    }

    void unansweredHealthCheckIsUnknownWithTheReason()
    {
        const auto none = parseHealthCheck(0, {});
        QVERIFY(!none.answered);
        const auto s = stopSafetyFrom(none, none, QStringLiteral("connection refused"));
        QCOMPARE(s.verdict, StopSafety::Verdict::Unknown);
        QCOMPARE(s.reason, QStringLiteral("connection refused"));
        QVERIFY(stopSafetyText(s).isEmpty());
        QVERIFY(!parseHealthCheck(503, "<html>busy</html>").answered);
    }

    void leadersCountQuorumLeaderAndClassicNode()
    {
        // /api/queues?columns=node,leader,type&disable_stats=true on the lab (3.10.8).
        const QByteArray json
            = R"([{"name":"ha.compute","node":"rabbit@rabbit1","type":"classic"},{"name":"ha.network","node":"rabbit@rabbit1","type":"classic"},{"name":"plain.cert","node":"rabbit@rabbit1","type":"classic"},{"leader":"rabbit@rabbit2","name":"qq.alpha","type":"quorum"},{"leader":"rabbit@rabbit2","name":"qq.beta","type":"quorum"}])";
        const auto counts = countQueueLeaders(json);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(QStringLiteral("rabbit@rabbit1")), 3);
        QCOMPARE(counts->value(QStringLiteral("rabbit@rabbit2")), 2);
        QCOMPARE(counts->value(QStringLiteral("rabbit@rabbit3")), 0);
        QVERIFY(!countQueueLeaders("{").ok());
    }

    void disagreementsAreMarkedNotHidden()
    {
        QList<NodeInfo> api = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@b"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@c"), NodeType::Ram, true) };
        const QList<NodeInfo> ctl = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@b"), NodeType::Disc, false),
            node(QStringLiteral("rabbit@d"), NodeType::Disc, true) };
        QCOMPARE(markDisagreements(api, ctl), 3);
        QCOMPARE(api.size(), 4);
        QVERIFY(api[0].disagreement.isEmpty());
        QCOMPARE(api[1].disagreement.api, QStringLiteral("running, disc"));
        QCOMPARE(api[1].disagreement.clusterStatus, QStringLiteral("not running, disc"));
        QCOMPARE(api[2].disagreement.clusterStatus, QStringLiteral("not a member"));
        QCOMPARE(api[3].name, QStringLiteral("rabbit@d"));
        QCOMPARE(api[3].disagreement.api, QStringLiteral("not a member"));
        // Agreeing again clears the marks.
        QList<NodeInfo> same = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true) };
        same[0].disagreement = { QStringLiteral("x"), QStringLiteral("y") };
        QCOMPARE(markDisagreements(same, { node(QStringLiteral("rabbit@a"), NodeType::Unknown, true) }), 0);
        QVERIFY(same[0].disagreement.isEmpty());
    }

    void membershipKeyIgnoresOrderAndFigures()
    {
        QList<NodeInfo> a = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@b"), NodeType::Ram, true) };
        QList<NodeInfo> b = { a[1], a[0] };
        b[0].memUsed = 12345;
        QCOMPARE(membershipKey(a), membershipKey(b));
        b[1].running = false;
        QVERIFY(membershipKey(a) != membershipKey(b));
    }

    void lastStoppedStartsFirst()
    {
        // The lab's files after `labctl stop` of rabbit3, rabbit2, rabbit1 in that order.
        QMap<QString, QStringList> files;
        for (const auto& [name, text] : { std::pair { "rabbit@rabbit1", "[rabbit@rabbit1]." },
                 std::pair { "rabbit@rabbit2", "[rabbit@rabbit1,rabbit@rabbit2]." },
                 std::pair { "rabbit@rabbit3", "[rabbit@rabbit1,rabbit@rabbit2,rabbit@rabbit3].\n" } }) {
            const auto list = parseNodeListFile(QString::fromLatin1(text));
            QVERIFY(list.ok());
            files.insert(QString::fromLatin1(name), list.value());
        }
        const ShutdownOrder order = shutdownOrderFrom(files);
        QCOMPARE(order.startOrder,
            (QStringList { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"),
                QStringLiteral("rabbit@rabbit3") }));
        QCOMPARE(order.stoppedLast, QStringList { QStringLiteral("rabbit@rabbit1") });
        QCOMPARE(order.position(QStringLiteral("rabbit@rabbit3")), 2);
        QCOMPARE(shutdownOrderText(order),
            QStringLiteral("The whole cluster is down. rabbit@rabbit1 stopped last: start it first. Start order: "
                           "rabbit@rabbit1, rabbit@rabbit2, rabbit@rabbit3."));
    }

    void nodesThatStoppedTogetherAreSaidSo()
    {
        QMap<QString, QStringList> files;
        files.insert(QStringLiteral("rabbit@a"), { QStringLiteral("rabbit@a"), QStringLiteral("rabbit@b") });
        files.insert(QStringLiteral("rabbit@b"), { QStringLiteral("rabbit@a"), QStringLiteral("rabbit@b") });
        const ShutdownOrder order = shutdownOrderFrom(files);
        QCOMPARE(order.stoppedLast.size(), 2);
        QVERIFY(shutdownOrderText(order).contains(QStringLiteral("stopped together")));
        QVERIFY(!shutdownOrderFrom({}).isKnown());
    }

    void clusterNodesFileGivesMembersAndDiscNodes()
    {
        const auto f = parseClusterNodesFile(
            QStringLiteral("{[rabbit@rabbit1,rabbit@rabbit2,rabbit@rabbit3],[rabbit@rabbit1,rabbit@rabbit2]}.\n"));
        QVERIFY(f.ok());
        QCOMPARE(f->all.size(), 3);
        QCOMPARE(f->disc, (QStringList { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2") }));
        QVERIFY(!parseClusterNodesFile(QStringLiteral("[a].")).ok());
    }

    void statisticsIntervalFromEval()
    {
        QCOMPARE(parseStatisticsInterval(QStringLiteral("{ok,5000}\n")), 5000);
        QCOMPARE(parseStatisticsInterval(QStringLiteral("{ok,30000}")), 30000);
        QCOMPARE(parseStatisticsInterval(QStringLiteral("undefined")), kDefaultStatisticsIntervalMs);
        QCOMPARE(parseStatisticsInterval(QStringLiteral("Error: unable to perform an operation")), -1);
    }

    void slowResultsAreCarriedBetweenTheirChecks()
    {
        ClusterSnapshot previous;
        previous.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@b"), NodeType::Disc, true) };
        previous.nodes[0].safety.verdict = StopSafety::Verdict::Safe;
        previous.nodes[1].safety.verdict = StopSafety::Verdict::NotSafe;
        previous.nodes[0].queueLeaders = 4;
        previous.nodes[1].disagreement = { QStringLiteral("running, disc"), QStringLiteral("not a member") };
        previous.statisticsIntervalMs = 5000;
        previous.leadersAt = QDateTime::currentDateTimeUtc();

        ClusterSnapshot fresh;
        fresh.via = QStringLiteral("api");
        fresh.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@b"), NodeType::Disc, false) };
        carryForward(fresh, previous, {});
        QCOMPARE(fresh.nodes[0].safety.verdict, StopSafety::Verdict::Safe);
        QCOMPARE(fresh.nodes[0].queueLeaders, 4);
        // b stopped since: its old verdict means nothing now.
        QCOMPARE(fresh.nodes[1].safety.verdict, StopSafety::Verdict::Unknown);
        QCOMPARE(fresh.nodes[1].disagreement.clusterStatus, QStringLiteral("not a member"));
        QCOMPARE(fresh.statisticsIntervalMs, 5000);
        QCOMPARE(fresh.leadersAt, previous.leadersAt);

        ClusterSnapshot rechecked;
        rechecked.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true) };
        carryForward(rechecked, previous, RefreshedChecks { true, true, false, false });
        QCOMPARE(rechecked.nodes[0].safety.verdict, StopSafety::Verdict::Unknown);
        QVERIFY(rechecked.nodes[0].disagreement.isEmpty());

        // Every API down (the nodes came over SSH), or this node's API not answering: the old
        // verdict is not shown as current.
        ClusterSnapshot overSsh;
        overSsh.via = QStringLiteral("ssh");
        overSsh.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true) };
        carryForward(overSsh, previous, {});
        QCOMPARE(overSsh.nodes[0].safety.verdict, StopSafety::Verdict::Unknown);
        ClusterSnapshot apiDown;
        apiDown.via = QStringLiteral("api");
        apiDown.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true) };
        apiDown.nodes[0].apiError = QStringLiteral("port 15672: Connection refused");
        carryForward(apiDown, previous, {});
        QCOMPARE(apiDown.nodes[0].safety.verdict, StopSafety::Verdict::Unknown);

        // A node that stopped leads no queue any more.
        ClusterSnapshot stopped;
        stopped.via = QStringLiteral("api");
        stopped.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, false) };
        carryForward(stopped, previous, {});
        QVERIFY(stopped.nodes[0].queueLeaders < 0);
    }

    void reachMarksAreFreshEveryPoll()
    {
        QList<NodeInfo> nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true),
            node(QStringLiteral("rabbit@b"), NodeType::Disc, false),
            node(QStringLiteral("rabbit@c"), NodeType::Ram, true) };
        nodes[2].apiError = QStringLiteral("old");
        const QList<HostReach> reach = { { QStringLiteral("rabbit@a"), QStringLiteral("no route to host"), {} },
            { QStringLiteral("rabbit@b"), {}, QStringLiteral("port 15672: Connection refused") },
            { QStringLiteral("rabbit@c"), {}, {} } };
        applyReach(nodes, reach);
        QCOMPARE(nodes[0].unreachableFromWarren, QStringLiteral("no route to host"));
        // A stopped node's API refuses by nature: not worth a mark.
        QVERIFY(nodes[1].apiError.isEmpty());
        QVERIFY(nodes[2].apiError.isEmpty());
        nodes[1].running = true;
        applyReach(nodes, reach);
        QCOMPARE(nodes[1].apiError, QStringLiteral("port 15672: Connection refused"));

        // Never carried from the previous poll: the probe answered again.
        ClusterSnapshot previous;
        previous.nodes = nodes;
        ClusterSnapshot fresh;
        fresh.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true) };
        carryForward(fresh, previous, {});
        QVERIFY(fresh.nodes[0].unreachableFromWarren.isEmpty());
    }

    void apiFallbackIsStaleWithTheReason()
    {
        ClusterSnapshot s;
        s.via = QStringLiteral("ssh");
        s.nodes = { node(QStringLiteral("rabbit@a"), NodeType::Disc, true) };
        s.sources = { { QStringLiteral("API on a"), false, QStringLiteral("connection refused") },
            { QStringLiteral("SSH on a"), true, {} } };
        QVERIFY(apiFallbackReason(s).contains(QStringLiteral("API on a: connection refused")));
        s.via = QStringLiteral("api");
        QVERIFY(apiFallbackReason(s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveChecks)
#include "tst_livechecks.moc"
