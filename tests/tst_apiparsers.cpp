#include "parse/ApiParsers.h"

#include "testutil/TestUtil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using warren::NodeInfo;
using warren::NodeType;

class TestApiParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodesReadsMembershipAndStatistics();
    void nodesReadsTheLabCapture();
    void nodesReadsRabbitVersionFromApplications();
    void nodesKeepUnknownForNullStatisticsAfterStartApp();
    void nodesReadsAlarmsAndPartitions();
    void nodesReadsStoppedNodeWithFewFields();
    void nodesWithColumnsKeepMissingCountersUnknown();
    void nodesNormalisesNamesWithoutPrefix();
    void nodesReadsMaintenanceFromBeingDrained();
    void nodesAcceptsAnEmptyCluster();
    void nodesRejectsBrokenInput_data();
    void nodesRejectsBrokenInput();
    void nodesReportsTheApiErrorReason();
    void overviewReadsVersionsAndClusterName_data();
    void overviewReadsVersionsAndClusterName();
    void overviewReadsFieldsUnderTheirOtherNames();
    void overviewRejectsBrokenInput_data();
    void overviewRejectsBrokenInput();
};

void TestApiParsers::nodesReadsMembershipAndStatistics()
{
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-3.10-synthetic.json"_s));
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->size(), 3);
    const NodeInfo& n = nodes->first();
    QCOMPARE(n.name, u"rabbit@rabbit1"_s);
    QCOMPARE(n.type, NodeType::Disc);
    QVERIFY(n.running);
    QVERIFY(!n.memoryAlarm);
    QVERIFY(!n.diskAlarm);
    QVERIFY(n.partitions.isEmpty());
    QCOMPARE(n.uptimeMs, qint64(1864233));
    QCOMPARE(n.memUsed, qint64(151994368));
    QCOMPARE(n.memLimit, qint64(3298004582));
    QCOMPARE(n.diskFree, qint64(30713856000));
    QCOMPARE(n.diskFreeLimit, qint64(50000000));
    QCOMPARE(n.fdUsed, qint64(38));
    QCOMPARE(n.fdTotal, qint64(1048576));
    QCOMPARE(n.socketsUsed, qint64(0));
    QCOMPARE(n.socketsTotal, qint64(943626));
    QCOMPARE(n.procUsed, qint64(478));
    QCOMPARE(n.procTotal, qint64(1048576));
    QCOMPARE(nodes->at(1).name, u"rabbit@rabbit2"_s);
    QCOMPARE(nodes->at(2).name, u"rabbit@rabbit3"_s);
}

void TestApiParsers::nodesReadsTheLabCapture()
{
    // Captured from the lab while rabbit2 was stopped: a stopped node has only name, type,
    // running and cluster_links.
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-3.10-lab-rabbit2-stopped.json"_s));
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->size(), 3);
    const NodeInfo& rabbit1 = nodes->at(0);
    QCOMPARE(rabbit1.name, u"rabbit@rabbit1"_s);
    QCOMPARE(rabbit1.type, NodeType::Disc);
    QVERIFY(rabbit1.running);
    QCOMPARE(rabbit1.rabbitVersion, u"3.10.8"_s);
    QVERIFY(rabbit1.memUsed > 0);
    QVERIFY(rabbit1.memLimit > rabbit1.memUsed);
    QVERIFY(rabbit1.uptimeMs > 0);
    QVERIFY(rabbit1.fdTotal > 0);
    QVERIFY(rabbit1.procUsed > 0);
    const NodeInfo& rabbit2 = nodes->at(1);
    QCOMPARE(rabbit2.name, u"rabbit@rabbit2"_s);
    QVERIFY(!rabbit2.running);
    QCOMPARE(rabbit2.memUsed, qint64(-1));
    QCOMPARE(rabbit2.diskFree, qint64(-1));
    QVERIFY(rabbit2.rabbitVersion.isEmpty());
    QCOMPARE(nodes->at(2).type, NodeType::Ram);
}

void TestApiParsers::nodesReadsRabbitVersionFromApplications()
{
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-3.10-synthetic.json"_s));
    QVERIFY(nodes.ok());
    for (const NodeInfo& n : nodes.value()) {
        // "rabbit", not "rabbit_common" or "kernel".
        QCOMPARE(n.rabbitVersion, u"3.10.8"_s);
        // /api/nodes does not carry the OTP release; /api/overview does.
        QVERIFY(n.erlangVersion.isEmpty());
    }
}

void TestApiParsers::nodesKeepUnknownForNullStatisticsAfterStartApp()
{
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-3.10-starting-stopped-synthetic.json"_s));
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->size(), 3);
    const NodeInfo& starting = nodes->at(1);
    QCOMPARE(starting.name, u"rabbit@rabbit2"_s);
    QVERIFY(starting.running);
    QCOMPARE(starting.uptimeMs, qint64(-1));
    QCOMPARE(starting.memUsed, qint64(-1));
    QCOMPARE(starting.memLimit, qint64(-1));
    QCOMPARE(starting.diskFree, qint64(-1));
    QCOMPARE(starting.fdUsed, qint64(-1));
    QCOMPARE(starting.socketsTotal, qint64(-1));
    QCOMPARE(starting.procUsed, qint64(-1));
    QCOMPARE(starting.diskFreeLimit, qint64(-1));
    QVERIFY(starting.rabbitVersion.isEmpty());
}

void TestApiParsers::nodesReadsAlarmsAndPartitions()
{
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-3.10-starting-stopped-synthetic.json"_s));
    QVERIFY(nodes.ok());
    const NodeInfo& n = nodes->first();
    QVERIFY(n.memoryAlarm);
    QVERIFY(n.diskAlarm);
    QCOMPARE(n.alarms(), (QStringList { u"memory"_s, u"disk"_s }));
    QCOMPARE(n.partitions, QStringList { u"rabbit@rabbit3"_s });
}

void TestApiParsers::nodesReadsStoppedNodeWithFewFields()
{
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-3.10-starting-stopped-synthetic.json"_s));
    QVERIFY(nodes.ok());
    const NodeInfo& stopped = nodes->at(2);
    QCOMPARE(stopped.name, u"rabbit@rabbit3"_s);
    QCOMPARE(stopped.type, NodeType::Disc);
    QVERIFY(!stopped.running);
    QVERIFY(stopped.alarms().isEmpty());
    QCOMPARE(stopped.memUsed, qint64(-1));
    QCOMPARE(stopped.uptimeMs, qint64(-1));
}

void TestApiParsers::nodesWithColumnsKeepMissingCountersUnknown()
{
    const auto nodes = warren::parseApiNodes(testutil::readData(u"api-nodes-columns-synthetic.json"_s));
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->size(), 3);
    for (const NodeInfo& n : nodes.value()) {
        QVERIFY(n.running);
        QCOMPARE(n.type, NodeType::Disc);
        QCOMPARE(n.memUsed, qint64(-1));
        QCOMPARE(n.fdTotal, qint64(-1));
        QVERIFY(n.rabbitVersion.isEmpty());
    }
}

// 4.x's /api/nodes says a node is in maintenance (rabbitmq-upgrade drain) with being_drained;
// 3.10 has no such field: not in maintenance as far as the API tells (cluster_status says more).
void TestApiParsers::nodesReadsMaintenanceFromBeingDrained()
{
    const auto nodes
        = warren::parseApiNodes(R"([{"name":"rabbit@rabbit5","type":"disc","running":true,"being_drained":true},
        {"name":"rabbit@rabbit6","type":"disc","running":true,"being_drained":false},
        {"name":"rabbit@rabbit7","type":"disc","running":true}])");
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->size(), 3);
    QVERIFY(nodes->at(0).underMaintenance);
    QVERIFY(!nodes->at(1).underMaintenance);
    QVERIFY(!nodes->at(2).underMaintenance);
}

void TestApiParsers::nodesNormalisesNamesWithoutPrefix()
{
    const auto nodes = warren::parseApiNodes(
        R"([{"name":"rabbitmq-02","type":"ram","running":false,"partitions":["rabbitmq-01"]}])");
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->first().name, u"rabbit@rabbitmq-02"_s);
    QCOMPARE(nodes->first().type, NodeType::Ram);
    QCOMPARE(nodes->first().partitions, QStringList { u"rabbit@rabbitmq-01"_s });
}

void TestApiParsers::nodesAcceptsAnEmptyCluster()
{
    const auto nodes = warren::parseApiNodes("[]");
    QVERIFY(nodes.ok());
    QVERIFY(nodes->isEmpty());
    // More nodes than any cluster has is refused (partition groups grow with nodes squared).
    QByteArray many = "[";
    for (int i = 0; i <= warren::kMaxClusterNodes; ++i)
        many += (i ? ",{\"name\":\"rabbit@h" : "{\"name\":\"rabbit@h") + QByteArray::number(i) + "\"}";
    QVERIFY(!warren::parseApiNodes(many + "]").ok());
}

void TestApiParsers::nodesRejectsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << 1 << 1;
    QTest::newRow("whitespace") << QByteArray(" \n ") << 1 << 1;
    QTest::newRow("truncated") << QByteArray("[{\"name\":\"rabbit@a\",") << 1 << 21;
    QTest::newRow("error on line two") << QByteArray("[\n {\"name\": rabbit}]") << 2 << 11;
    // QJsonParseError::offset points just past an illegal first character.
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << 1 << 2;
    QTest::newRow("object instead of array") << QByteArray("\n  {\"name\":\"rabbit@a\"}") << 2 << 3;
    QTest::newRow("entry without name") << QByteArray("[{\"type\":\"disc\"}]") << 1 << 1;
    QTest::newRow("entry not an object") << QByteArray("[1]") << 1 << 1;
    QTest::newRow("garbage bytes") << QByteArray("\xff\xfe\x00\x01", 4) << 1 << 2;
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << 1 << -1;
}

void TestApiParsers::nodesRejectsBrokenInput()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto nodes = warren::parseApiNodes(json);
    QVERIFY(!nodes.ok());
    QVERIFY(!nodes.error().message.isEmpty());
    QCOMPARE(nodes.error().line, line);
    if (column > 0)
        QCOMPARE(nodes.error().column, column);
    else
        QVERIFY(nodes.error().column >= 1);
}

void TestApiParsers::nodesReportsTheApiErrorReason()
{
    const auto nodes = warren::parseApiNodes(R"({"error":"not_authorized","reason":"Not management user"})");
    QVERIFY(!nodes.ok());
    QVERIFY(nodes.error().message.contains(u"Not management user"_s));
}

void TestApiParsers::overviewReadsVersionsAndClusterName_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("lab") << u"api-overview-3.10-lab.json"_s;
    QTest::newRow("synthetic") << u"api-overview-3.10-synthetic.json"_s;
}

void TestApiParsers::overviewReadsVersionsAndClusterName()
{
    QFETCH(QString, file);
    const auto overview = warren::parseApiOverview(testutil::readData(file));
    QVERIFY2(overview.ok(), qPrintable(overview.error().toString()));
    QCOMPARE(overview->clusterName, u"rabbit@rabbit1"_s);
    QCOMPARE(overview->node, u"rabbit@rabbit1"_s);
    QCOMPARE(overview->rabbitVersion, u"3.10.8"_s);
    QCOMPARE(overview->erlangVersion, u"25.2.3"_s);
    QCOMPARE(overview->managementVersion, u"3.10.8"_s);
    QCOMPARE(overview->statisticsIntervalMs, qint64(-1));
}

// product_version and collect_statistics_interval: read only when the usual names give nothing.
void TestApiParsers::overviewReadsFieldsUnderTheirOtherNames()
{
    const auto other = warren::parseApiOverview(
        R"({"node":"rabbit@a","product_version":"3.13.7","collect_statistics_interval":30000})");
    QVERIFY2(other.ok(), qPrintable(other.error().toString()));
    QCOMPARE(other->rabbitVersion, u"3.13.7"_s);
    QCOMPARE(other->statisticsIntervalMs, qint64(30000));
    const auto both = warren::parseApiOverview(R"({"node":"rabbit@a","rabbitmq_version":"3.10.8","product_version":"x",
        "statistics_interval":5000,"collect_statistics_interval":30000})");
    QVERIFY2(both.ok(), qPrintable(both.error().toString()));
    QCOMPARE(both->rabbitVersion, u"3.10.8"_s);
    QCOMPARE(both->statisticsIntervalMs, qint64(5000));
    const auto empty = warren::parseApiOverview(R"({"node":"rabbit@a","rabbitmq_version":"","product_version":"3.12.0",
        "statistics_interval":null})");
    QVERIFY2(empty.ok(), qPrintable(empty.error().toString()));
    QCOMPARE(empty->rabbitVersion, u"3.12.0"_s);
    QCOMPARE(empty->statisticsIntervalMs, qint64(-1));
}

void TestApiParsers::overviewRejectsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << 1 << 1;
    QTest::newRow("array") << QByteArray("[]") << 1 << 1;
    QTest::newRow("api error") << QByteArray(R"({"error":"Object Not Found","reason":"Not Found"})") << 1 << 1;
    QTest::newRow("unrelated object") << QByteArray(R"({"status":"ok"})") << 1 << 1;
    QTest::newRow("truncated") << QByteArray("{\"node\":") << 1 << 9;
}

void TestApiParsers::overviewRejectsBrokenInput()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto overview = warren::parseApiOverview(json);
    QVERIFY(!overview.ok());
    QVERIFY(!overview.error().message.isEmpty());
    QCOMPARE(overview.error().line, line);
    QCOMPARE(overview.error().column, column);
}

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
