// Events from successive snapshots and where HAProxy sends traffic: pure core logic, fed
// snapshots built here.
#include "profile/ClusterProfile.h"
#include "status/HaproxyRouting.h"
#include "status/SnapshotDiff.h"
#include "testutil/TestUtil.h"

#include <QTest>

using namespace warren;

namespace {

NodeInfo node(const QString& host, NodeType type)
{
    NodeInfo n;
    n.name = normalizeNodeName(host);
    n.type = type;
    n.running = true;
    return n;
}

HaproxyServer server(
    const QString& name, const QString& address, bool backup, const QString& status = QStringLiteral("UP"))
{
    HaproxyServer s;
    s.proxy = QStringLiteral("rabbitmq_amqp");
    s.name = name;
    s.address = address;
    s.backup = backup;
    s.status = status;
    return s;
}

ClusterSnapshot healthy(int second = 0)
{
    ClusterSnapshot s;
    s.clusterName = QStringLiteral("lab");
    s.takenAt = QDateTime(QDate(2024, 5, 14), QTime(9, 41, second), Qt::UTC);
    s.nodes = { node(QStringLiteral("rabbit1"), NodeType::Disc), node(QStringLiteral("rabbit2"), NodeType::Disc),
        node(QStringLiteral("rabbit3"), NodeType::Ram) };
    s.haproxyServers = { server(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11:5672"), false),
        server(QStringLiteral("rabbit2"), QStringLiteral("10.213.77.12:5672"), true) };
    s.sources = { { QStringLiteral("API on rabbit1"), true, {} }, { QStringLiteral("HAProxy stats"), true, {} } };
    return s;
}

QStringList texts(const QList<ClusterEvent>& events)
{
    QStringList out;
    for (const auto& e : events)
        out << e.text();
    return out;
}

} // namespace

class TestSnapshotDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeServersServeWhileAnyIsUp()
    {
        auto s = healthy();
        QCOMPARE(HaproxyRouting::servingServers(s.haproxyServers, QStringLiteral("rabbitmq_amqp")),
            QStringList { QStringLiteral("rabbit1") });
        // Going down but not yet down: still serving.
        s.haproxyServers[0].status = QStringLiteral("UP 1/3");
        QCOMPARE(HaproxyRouting::servingServers(s.haproxyServers, QStringLiteral("rabbitmq_amqp")),
            QStringList { QStringLiteral("rabbit1") });
    }

    void backupServesOnlyWhenNoActiveIsUp()
    {
        auto s = healthy();
        s.haproxyServers[0].status = QStringLiteral("DOWN");
        QCOMPARE(HaproxyRouting::servingServers(s.haproxyServers, QStringLiteral("rabbitmq_amqp")),
            QStringList { QStringLiteral("rabbit2") });
        s.haproxyServers[0].status = QStringLiteral("DOWN 1/2"); // coming back, not yet up
        QVERIFY(HaproxyRouting::isServing(s.haproxyServers, s.haproxyServers[1]));
        s.haproxyServers[0].status = QStringLiteral("MAINT");
        s.haproxyServers[1].status = QStringLiteral("NOLB");
        QVERIFY(HaproxyRouting::servingServers(s.haproxyServers, QStringLiteral("rabbitmq_amqp")).isEmpty());
    }

    void serverAddressesMatchProfileHosts()
    {
        auto parsed = ClusterProfile::load(testutil::dataFile(QStringLiteral("profile-gui.json")));
        QVERIFY(parsed.ok());
        QCOMPARE(HaproxyRouting::nodeForServer(
                     parsed.value(), server(QStringLiteral("x"), QStringLiteral("10.213.77.12:5672"), false)),
            QStringLiteral("rabbit@rabbit2"));
        QCOMPARE(HaproxyRouting::nodeForServer(
                     parsed.value(), server(QStringLiteral("x"), QStringLiteral("rabbit3:5672"), false)),
            QStringLiteral("rabbit@rabbit3"));
        QVERIFY(HaproxyRouting::nodeForServer(
            parsed.value(), server(QStringLiteral("x"), QStringLiteral("10.9.9.9:5672"), false))
                    .isEmpty());
        QCOMPARE(HaproxyRouting::hostOfAddress(QStringLiteral("[fd00::1]:5672")), QStringLiteral("fd00::1"));
    }

    void overviewMessageRatesAreRead()
    {
        const auto lab
            = MessageRates::fromOverviewJson(testutil::readData(QStringLiteral("api-overview-3.10-lab.json")));
        QVERIFY(lab.ok());
        QCOMPARE(lab.value().publish, 0.0);
        QCOMPARE(lab.value().ack, 0.0);
        QCOMPARE(lab.value().ready, 0);
        QCOMPARE(lab.value().unacked, 0);
        const auto some = MessageRates::fromOverviewJson(
            R"({"message_stats":{"publish_details":{"rate":12.5},"deliver_get_details":{"rate":11.0}},
                "queue_totals":{"messages_ready":7,"messages_unacknowledged":3}})");
        QVERIFY(some.ok());
        QCOMPARE(some.value().publish, 12.5);
        QCOMPARE(some.value().deliver, 11.0);
        QCOMPARE(some.value().ack, 0.0); // nothing acknowledged yet
        QCOMPARE(some.value().ready, 7);
        const auto none = MessageRates::fromOverviewJson(R"({"node":"rabbit@rabbit1"})");
        QVERIFY(none.ok() && !none.value().hasAny());
        QVERIFY(!MessageRates::fromOverviewJson("<html>").ok());
    }

    void overviewCountersOutOfRangeAreUnknown()
    {
        // 1e308 was converted to a 64-bit count with undefined behaviour; negative counts are nonsense.
        const auto huge = MessageRates::fromOverviewJson(
            R"({"queue_totals":{"messages_ready":1e308,"messages_unacknowledged":-5}})");
        QVERIFY(huge.ok());
        QCOMPARE(huge.value().ready, -1);
        QCOMPARE(huge.value().unacked, -1);
    }

    void firstSnapshotSaysWhatIsWatched()
    {
        SnapshotDiff diff;
        const auto events = diff.feed(healthy());
        QCOMPARE(events.size(), 1);
        // No translator here: English plurals come from the embedded "en" catalogue in the GUI.
        QVERIFY2(events[0].text().startsWith(QStringLiteral("Watching lab: 3 node")), qPrintable(events[0].text()));
        QVERIFY(events[0].text().endsWith(QStringLiteral(", 3 running")));
        QVERIFY(diff.feed(healthy(5)).isEmpty());
    }

    void firstSnapshotReportsProblemsAlreadyThere()
    {
        auto s = healthy();
        s.nodes[1].running = false;
        s.haproxyServers[0].status = QStringLiteral("DOWN");
        SnapshotDiff diff;
        const QStringList t = texts(diff.feed(s));
        QVERIFY2(t.contains(QStringLiteral("rabbit@rabbit2 stopped")), qPrintable(t.join(QLatin1Char('\n'))));
        QVERIFY2(t.contains(QStringLiteral("HAProxy rabbitmq_amqp now serving from rabbit2 (backup)")),
            qPrintable(t.join(QLatin1Char('\n'))));
    }

    void nodeStopAndFailoverAreEvents()
    {
        SnapshotDiff diff;
        diff.feed(healthy());
        auto down = healthy(5);
        down.nodes[0].running = false;
        down.haproxyServers[0].status = QStringLiteral("DOWN");
        down.sources = { { QStringLiteral("API on rabbit1"), false, QStringLiteral("connection refused") },
            { QStringLiteral("API on rabbit2"), true, {} }, { QStringLiteral("HAProxy stats"), true, {} } };
        const auto events = diff.feed(down);
        const QStringList t = texts(events);
        QCOMPARE(t,
            (QStringList { QStringLiteral("API on rabbit1 stopped answering: connection refused"),
                QStringLiteral("rabbit@rabbit1 stopped"),
                QStringLiteral("HAProxy server rabbitmq_amqp/rabbit1: UP → DOWN"),
                QStringLiteral("HAProxy rabbitmq_amqp now serving from rabbit2 (backup)") }));
        QCOMPARE(events[1].kindKey(), QStringLiteral("node-stopped"));
        QCOMPARE(events[1].severity, ClusterEvent::Severity::Critical);
        QCOMPARE(events[1].at, down.takenAt);

        auto back = healthy(10);
        const QStringList t2 = texts(diff.feed(back));
        QVERIFY2(t2.contains(QStringLiteral("rabbit@rabbit1 started")), qPrintable(t2.join(QLatin1Char('\n'))));
        QVERIFY(t2.contains(QStringLiteral("HAProxy rabbitmq_amqp now serving from rabbit1 (active)")));
        QVERIFY(t2.contains(QStringLiteral("API on rabbit1 answers again")));
    }

    void silenceInBetweenDoesNotHideAStop()
    {
        SnapshotDiff diff;
        diff.feed(healthy());
        ClusterSnapshot silent;
        silent.takenAt = healthy(5).takenAt;
        silent.sources = { { QStringLiteral("API on rabbit1"), false, QStringLiteral("timed out") } };
        QStringList t = texts(diff.feed(silent));
        QVERIFY(t.contains(QStringLiteral("No source answered: the view shows the last data collected")));
        QVERIFY(t.contains(QStringLiteral("API on rabbit1 stopped answering: timed out")));
        QVERIFY(diff.feed(silent).isEmpty()); // said once
        auto later = healthy(10);
        later.nodes[2].running = false;
        t = texts(diff.feed(later));
        QVERIFY2(t.contains(QStringLiteral("rabbit@rabbit3 stopped")), qPrintable(t.join(QLatin1Char('\n'))));
        QVERIFY(t.contains(QStringLiteral("API on rabbit1 answers again")));
    }

    void partitionAndAlarmsAreNamed()
    {
        SnapshotDiff diff;
        diff.feed(healthy());
        auto split = healthy(5);
        split.nodes[0].partitions = { QStringLiteral("rabbit@rabbit3") };
        split.nodes[1].partitions = { QStringLiteral("rabbit@rabbit3") };
        split.nodes[0].memoryAlarm = true;
        split.partitions = partitionGroups(split.nodes);
        const QStringList t = texts(diff.feed(split));
        QVERIFY2(t.contains(QStringLiteral("Memory alarm on rabbit@rabbit1: publishers are blocked")),
            qPrintable(t.join(QLatin1Char('\n'))));
        QVERIFY2(t.contains(QStringLiteral(
                     "Partition detected between [rabbit@rabbit1, rabbit@rabbit2] and [rabbit@rabbit3]")),
            qPrintable(t.join(QLatin1Char('\n'))));
        const QStringList healed = texts(diff.feed(healthy(10)));
        QVERIFY(healed.contains(QStringLiteral("Partition healed: every node sees every other")));
        QVERIFY(healed.contains(QStringLiteral("Memory alarm on rabbit@rabbit1 cleared")));
    }

    void noServerUpIsCritical()
    {
        SnapshotDiff diff;
        diff.feed(healthy());
        auto dark = healthy(5);
        dark.haproxyServers[0].status = QStringLiteral("DOWN");
        dark.haproxyServers[1].status = QStringLiteral("MAINT");
        const auto events = diff.feed(dark);
        bool found = false;
        for (const auto& e : events) {
            if (e.kind == ClusterEvent::Kind::NoServerServing) {
                found = true;
                QCOMPARE(e.severity, ClusterEvent::Severity::Critical);
                QCOMPARE(e.text(), QStringLiteral("HAProxy rabbitmq_amqp has no server UP: clients cannot connect"));
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
