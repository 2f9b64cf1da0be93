#include "parse/ClusterStatusParser.h"
#include "parse/ErlangTerm.h"

#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using warren::ClusterStatus;
using warren::NodeInfo;
using warren::NodeType;

namespace {

const NodeInfo* findNode(const ClusterStatus& status, const QString& name)
{
    for (const NodeInfo& n : status.nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

QStringList namesOf(const ClusterStatus& status, NodeType type)
{
    QStringList names;
    for (const NodeInfo& n : status.nodes) {
        if (n.type == type)
            names << n.name;
    }
    return names;
}

QStringList runningOf(const ClusterStatus& status)
{
    QStringList names;
    for (const NodeInfo& n : status.nodes) {
        if (n.running)
            names << n.name;
    }
    return names;
}

QString dataText(const QString& name)
{
    return QString::fromUtf8(testutil::readData(name));
}

} // namespace

class TestClusterStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyStatusReadsRamNodeWithoutPrefix();
    void legacyStatusReadsTheGuideSamples_data();
    void legacyStatusReadsTheGuideSamples();
    void legacyStatusReadsPartitionsAlarmsAndClusterName();
    void legacyStatusReadsErlangFormatterVersionsAndAlarms();
    void legacyStatusStripsAnsiEscapes();
    void legacyStatusNeedsNoHeaderOrFooter();
    void legacyStatusAcceptsBinaryAndStringNodeNames();
    void legacyStatusAddsRunningNodesMissingFromTheLists();
    void jsonStatusReadsRabbitMq310Output();
    void labCapturesAgreeAcrossFormatters_data();
    void labCapturesAgreeAcrossFormatters();
    void jsonStatusSkipsColouredLogNoise();
    void jsonStatusReadsPartitionsAndAlarms();
    void jsonStatusAcceptsRamNodesAndNetworkPartitionsKey();
    void jsonStatusIgnoresNoiseAfterTheObject();
    void autoDetectionPicksTheFormat_data();
    void autoDetectionPicksTheFormat();
    void rejectsBrokenOutput_data();
    void rejectsBrokenOutput();
    void brokenLegacyTermReportsItsLineInTheOutput();
    void brokenJsonReportsItsLineInTheOutput();
    void modernTextOutputAsksForJson();
    void rejectsHugeOutput();
    void rejectsMoreNodesThanAClusterHasQuickly();
    void survivesMutatedOutput();
};

void TestClusterStatus::legacyStatusReadsRamNodeWithoutPrefix()
{
    // The 2012 guide prints {ram,['rabbitmq-02']}: the node is rabbit@rabbitmq-02.
    const auto status = warren::parseClusterStatusLegacy(dataText(u"cluster-status-seed-2012-rabbitmq-02.txt"_s));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->reportingNode, u"rabbit@rabbitmq-02"_s);
    QCOMPARE(status->nodes.size(), 2);
    const NodeInfo* ram = findNode(status.value(), u"rabbit@rabbitmq-02"_s);
    QVERIFY(ram);
    QCOMPARE(ram->type, NodeType::Ram);
    QVERIFY(ram->running);
    const NodeInfo* disc = findNode(status.value(), u"rabbit@rabbitmq-01"_s);
    QVERIFY(disc);
    QCOMPARE(disc->type, NodeType::Disc);
    QVERIFY(disc->running);
    QVERIFY(status->partitions.isEmpty());
    QVERIFY(status->alarmsText.isEmpty());
    QVERIFY(status->clusterName.isEmpty());
}

void TestClusterStatus::legacyStatusReadsTheGuideSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reportingNode");
    QTest::addColumn<QStringList>("disc");
    QTest::addColumn<QStringList>("ram");
    QTest::addColumn<QStringList>("running");
    QTest::newRow("clustering rabbitmq-02")
        << u"cluster-status-seed-2012-rabbitmq-02.txt"_s << u"rabbit@rabbitmq-02"_s
        << QStringList { u"rabbit@rabbitmq-01"_s } << QStringList { u"rabbit@rabbitmq-02"_s }
        << QStringList { u"rabbit@rabbitmq-01"_s, u"rabbit@rabbitmq-02"_s };
    QTest::newRow("before converting server-02")
        << u"cluster-status-seed-2012-server-02-ram.txt"_s << u"rabbit@server-02"_s
        << QStringList { u"rabbit@server-01"_s } << QStringList { u"rabbit@server-02"_s }
        << QStringList { u"rabbit@server-01"_s, u"rabbit@server-02"_s };
    QTest::newRow("after converting server-02 to disc")
        << u"cluster-status-seed-2012-server-02-disc.txt"_s << u"rabbit@server-02"_s
        << QStringList { u"rabbit@server-02"_s, u"rabbit@server-01"_s } << QStringList {}
        << QStringList { u"rabbit@server-02"_s, u"rabbit@server-01"_s };
}

void TestClusterStatus::legacyStatusReadsTheGuideSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, reportingNode);
    QFETCH(QStringList, disc);
    QFETCH(QStringList, ram);
    QFETCH(QStringList, running);
    const QByteArray output = testutil::readData(file);
    for (const auto& status :
        { warren::parseClusterStatusLegacy(QString::fromUtf8(output)), warren::parseClusterStatus(output) }) {
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        QCOMPARE(status->reportingNode, reportingNode);
        QCOMPARE(namesOf(status.value(), NodeType::Disc), disc);
        QCOMPARE(namesOf(status.value(), NodeType::Ram), ram);
        QCOMPARE(runningOf(status.value()), running);
    }
}

void TestClusterStatus::legacyStatusReadsPartitionsAlarmsAndClusterName()
{
    const auto status
        = warren::parseClusterStatus(testutil::readData(u"cluster-status-3.6-partitioned-synthetic.txt"_s));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->reportingNode, u"rabbit@rabbit1"_s);
    QCOMPARE(status->clusterName, u"rabbit@rabbit1.lab"_s);
    QCOMPARE(namesOf(status.value(), NodeType::Disc),
        (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s, u"rabbit@rabbit3"_s }));
    QCOMPARE(namesOf(status.value(), NodeType::Ram), QStringList { u"rabbit@rabbit4"_s });
    QCOMPARE(
        runningOf(status.value()), (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s, u"rabbit@rabbit4"_s }));

    const NodeInfo* rabbit1 = findNode(status.value(), u"rabbit@rabbit1"_s);
    QCOMPARE(rabbit1->partitions, QStringList { u"rabbit@rabbit3"_s });
    QVERIFY(rabbit1->memoryAlarm);
    QVERIFY(!rabbit1->diskAlarm);
    QVERIFY(findNode(status.value(), u"rabbit@rabbit3"_s)->partitions.isEmpty());
    QVERIFY(!findNode(status.value(), u"rabbit@rabbit2"_s)->memoryAlarm);
    QCOMPARE(status->alarmsText, QStringList { u"rabbit@rabbit1: memory"_s });

    const QList<QStringList> groups { { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s, u"rabbit@rabbit4"_s },
        { u"rabbit@rabbit3"_s } };
    QCOMPARE(status->partitions, groups);
}

void TestClusterStatus::legacyStatusReadsErlangFormatterVersionsAndAlarms()
{
    const auto status
        = warren::parseClusterStatus(testutil::readData(u"cluster-status-3.10-erlang-formatter-synthetic.txt"_s));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->nodes.size(), 3);
    QCOMPARE(runningOf(status.value()).size(), 3);
    for (const NodeInfo& n : status->nodes) {
        QCOMPARE(n.rabbitVersion, u"3.10.8"_s);
        QCOMPARE(n.erlangVersion, u"25.2.3"_s);
        QCOMPARE(n.diskAlarm, n.name == u"rabbit@rabbit2"_s);
        QVERIFY(!n.memoryAlarm);
    }
    // Two nodes report rabbit2's alarm: it is listed once.
    QCOMPARE(status->alarmsText, QStringList { u"rabbit@rabbit2: disk"_s });
    QVERIFY(status->partitions.isEmpty());
}

void TestClusterStatus::legacyStatusStripsAnsiEscapes()
{
    const QString output = u"\x1b[1mCluster status of node rabbit@rabbit1 ...\x1b[0m\n"
                           "\x1b[32m[{nodes,[{disc,[rabbit@rabbit1]}]},\x1b[0m\n"
                           " {running_nodes,[rabbit@rabbit1]}]\x1b]0;title\x07\n"_s;
    const auto status = warren::parseClusterStatusLegacy(output);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->reportingNode, u"rabbit@rabbit1"_s);
    QCOMPARE(runningOf(status.value()), QStringList { u"rabbit@rabbit1"_s });
}

void TestClusterStatus::legacyStatusNeedsNoHeaderOrFooter()
{
    const auto status = warren::parseClusterStatusLegacy(
        u"[{nodes,[{disc,[rabbit@a]},{ram,[rabbit@b]}]},{running_nodes,[rabbit@a]}]."_s);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QVERIFY(status->reportingNode.isEmpty());
    QCOMPARE(status->nodes.size(), 2);
    QVERIFY(!findNode(status.value(), u"rabbit@b"_s)->running);
}

void TestClusterStatus::legacyStatusAcceptsBinaryAndStringNodeNames()
{
    const auto status = warren::parseClusterStatusLegacy(
        u"[{nodes,[{disc,[<<\"rabbit@a\">>,\"b\"]}]},{running_nodes,[\"rabbit@a\"]}]"_s);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(namesOf(status.value(), NodeType::Disc), (QStringList { u"rabbit@a"_s, u"rabbit@b"_s }));
    QCOMPARE(runningOf(status.value()), QStringList { u"rabbit@a"_s });
}

void TestClusterStatus::legacyStatusAddsRunningNodesMissingFromTheLists()
{
    const auto status
        = warren::parseClusterStatusLegacy(u"[{nodes,[{disc,[rabbit@a]}]},{running_nodes,[rabbit@a,rabbit@c]}]"_s);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    const NodeInfo* c = findNode(status.value(), u"rabbit@c"_s);
    QVERIFY(c);
    QCOMPARE(c->type, NodeType::Unknown);
    QVERIFY(c->running);
}

void TestClusterStatus::jsonStatusReadsRabbitMq310Output()
{
    const auto status = warren::parseClusterStatusJson(testutil::readData(u"cluster-status-3.10-synthetic.json"_s));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->clusterName, u"rabbit@rabbit1"_s);
    QCOMPARE(namesOf(status.value(), NodeType::Disc),
        (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s, u"rabbit@rabbit3"_s }));
    QVERIFY(namesOf(status.value(), NodeType::Ram).isEmpty());
    QCOMPARE(runningOf(status.value()).size(), 3);
    for (const NodeInfo& n : status->nodes) {
        QCOMPARE(n.rabbitVersion, u"3.10.8"_s);
        QCOMPARE(n.erlangVersion, u"25.2.3"_s);
        QVERIFY(n.alarms().isEmpty());
        QVERIFY(n.partitions.isEmpty());
    }
    QVERIFY(status->partitions.isEmpty());
    QVERIFY(status->alarmsText.isEmpty());
}

void TestClusterStatus::labCapturesAgreeAcrossFormatters_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << u"cluster-status-3.10-lab-rabbit2-stopped.json"_s;
    QTest::newRow("erlang") << u"cluster-status-3.10-lab-erlang-rabbit2-stopped.txt"_s;
}

void TestClusterStatus::labCapturesAgreeAcrossFormatters()
{
    // Captured from the lab (rabbit3 joined as RAM) while rabbit2 was stopped.
    QFETCH(QString, file);
    const auto status = warren::parseClusterStatus(testutil::readData(file));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->clusterName, u"rabbit@rabbit1"_s);
    QCOMPARE(namesOf(status.value(), NodeType::Disc), (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s }));
    QCOMPARE(namesOf(status.value(), NodeType::Ram), QStringList { u"rabbit@rabbit3"_s });
    QCOMPARE(runningOf(status.value()), (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit3"_s }));
    QCOMPARE(findNode(status.value(), u"rabbit@rabbit1"_s)->rabbitVersion, u"3.10.8"_s);
    QCOMPARE(findNode(status.value(), u"rabbit@rabbit3"_s)->erlangVersion, u"25.2.3"_s);
    QVERIFY(findNode(status.value(), u"rabbit@rabbit2"_s)->rabbitVersion.isEmpty());
    QVERIFY(status->partitions.isEmpty());
    QVERIFY(status->alarmsText.isEmpty());
}

void TestClusterStatus::jsonStatusSkipsColouredLogNoise()
{
    const QByteArray output = testutil::readData(u"cluster-status-3.10-noise-synthetic.txt"_s);
    QVERIFY(output.startsWith('\x1b'));
    const auto status = warren::parseClusterStatusJson(output);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->nodes.size(), 3);
    QCOMPARE(runningOf(status.value()).size(), 3);
}

void TestClusterStatus::jsonStatusReadsPartitionsAndAlarms()
{
    const auto status = warren::parseClusterStatusJson(
        testutil::readData(u"cluster-status-3.10-partitioned-alarms-synthetic.json"_s));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(runningOf(status.value()), (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s }));
    const NodeInfo* rabbit1 = findNode(status.value(), u"rabbit@rabbit1"_s);
    const NodeInfo* rabbit2 = findNode(status.value(), u"rabbit@rabbit2"_s);
    const NodeInfo* rabbit3 = findNode(status.value(), u"rabbit@rabbit3"_s);
    QVERIFY(rabbit1 && rabbit2 && rabbit3);
    QVERIFY(rabbit1->diskAlarm);
    QVERIFY(!rabbit1->memoryAlarm);
    QVERIFY(rabbit2->memoryAlarm);
    QCOMPARE(rabbit2->alarms(), QStringList { u"memory"_s });
    QVERIFY(!rabbit3->running);
    QVERIFY(rabbit3->rabbitVersion.isEmpty());
    QCOMPARE(rabbit1->partitions, QStringList { u"rabbit@rabbit3"_s });
    QCOMPARE(rabbit2->partitions, QStringList { u"rabbit@rabbit3"_s });
    const QList<QStringList> groups { { u"rabbit@rabbit1"_s, u"rabbit@rabbit2"_s }, { u"rabbit@rabbit3"_s } };
    QCOMPARE(status->partitions, groups);
    QCOMPARE(status->alarmsText, (QStringList { u"rabbit@rabbit2: memory"_s, u"rabbit@rabbit1: disk"_s }));
}

void TestClusterStatus::jsonStatusAcceptsRamNodesAndNetworkPartitionsKey()
{
    const QByteArray json = R"({"disk_nodes":["rabbit@a"],"ram_nodes":["b"],"running_nodes":["rabbit@a"],
        "cluster_name":null,"alarms":[{"node":"rabbit@a","resource":"file_descriptors","type":"resource_limit"}],
        "network_partitions":{"rabbit@a":["b"]}})";
    const auto status = warren::parseClusterStatusJson(json);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(namesOf(status.value(), NodeType::Ram), QStringList { u"rabbit@b"_s });
    QVERIFY(status->clusterName.isEmpty());
    QCOMPARE(findNode(status.value(), u"rabbit@a"_s)->partitions, QStringList { u"rabbit@b"_s });
    QVERIFY(findNode(status.value(), u"rabbit@a"_s)->alarms().isEmpty());
    QCOMPARE(status->alarmsText, QStringList { u"rabbit@a: file_descriptors"_s });
}

void TestClusterStatus::jsonStatusIgnoresNoiseAfterTheObject()
{
    const QByteArray output = "Cluster status of node rabbit@rabbit1 ...\n"
                              "{\"disk_nodes\":[\"rabbit@rabbit1\"],\"running_nodes\":[\"rabbit@rabbit1\"]}\n"
                              "2024-05-14 09:12:03.412871+00:00 [info] <0.1203.0> later noise\n";
    const auto status = warren::parseClusterStatus(output);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->reportingNode, u"rabbit@rabbit1"_s);
    QCOMPARE(runningOf(status.value()), QStringList { u"rabbit@rabbit1"_s });
}

void TestClusterStatus::autoDetectionPicksTheFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::newRow("2012 guide") << u"cluster-status-seed-2012-rabbitmq-02.txt"_s << 2;
    QTest::newRow("3.6 proplist") << u"cluster-status-3.6-partitioned-synthetic.txt"_s << 4;
    QTest::newRow("3.10 erlang formatter") << u"cluster-status-3.10-erlang-formatter-synthetic.txt"_s << 3;
    QTest::newRow("3.10 json") << u"cluster-status-3.10-synthetic.json"_s << 3;
    QTest::newRow("3.10 json after log noise") << u"cluster-status-3.10-noise-synthetic.txt"_s << 3;
}

void TestClusterStatus::autoDetectionPicksTheFormat()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    const auto status = warren::parseClusterStatus(testutil::readData(file));
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(status->nodes.size(), nodes);
}

void TestClusterStatus::rejectsBrokenOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << 1 << 1;
    QTest::newRow("blank lines") << QByteArray("\n \n") << 1 << 1;
    QTest::newRow("cli error") << QByteArray("Error: unable to perform an operation on node 'rabbit@x'.\n") << 1 << 1;
    QTest::newRow("truncated term") << QByteArray("Cluster status of node rabbit@a ...\n[{nodes,[{disc,[rabbit@a]}")
                                    << 2 << 27;
    QTest::newRow("unbalanced") << QByteArray("[{nodes,[{disc,[rabbit@a]}]]}") << 1 << 28;
    QTest::newRow("not a status") << QByteArray("[{listeners,[]}]") << 1 << 1;
    QTest::newRow("error tuple") << QByteArray("{badrpc,nodedown}") << 1 << 1;
    QTest::newRow("garbage bytes") << QByteArray("\x00\xff\xfe[\x01") << 1 << 1;
    QTest::newRow("truncated json") << QByteArray("{\"disk_nodes\":[\"rabbit@a\"") << 1 << 26;
    QTest::newRow("json not a status") << QByteArray("{\"error\":\"not_found\"}") << 1 << 1;
    QTest::newRow("deep lists") << QByteArray(100000, '[') << 1 << 201;
    QTest::newRow("deep tuples") << QByteArray(100000, '{') << 1 << 201;
    QTest::newRow("deep json") << QByteArray("{\"a\":").repeated(100000) << 1 << -1;
}

void TestClusterStatus::rejectsBrokenOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto status = warren::parseClusterStatus(output);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().message.isEmpty());
    QCOMPARE(status.error().line, line);
    if (column > 0)
        QCOMPARE(status.error().column, column);
    else
        QVERIFY(status.error().column >= 1);
}

void TestClusterStatus::brokenLegacyTermReportsItsLineInTheOutput()
{
    const QString output = u"Cluster status of node 'rabbit@rabbitmq-02' ...\n"
                           "[{nodes,[{disc,['rabbit@rabbitmq-01']},{ram,['rabbitmq-02']}]},\n"
                           " {running_nodes,['rabbit@rabbitmq-01' 'rabbit@rabbitmq-02']}]\n"
                           " ...done.\n"_s;
    const auto status = warren::parseClusterStatusLegacy(output);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().line, 3);
    QCOMPARE(status.error().column, 39);
    QVERIFY(status.error().toString().startsWith(u"line 3, column 39: "_s));
}

void TestClusterStatus::brokenJsonReportsItsLineInTheOutput()
{
    const QByteArray output = "2024-05-14 09:12:03.412871+00:00 [info] <0.1.0> noise\n"
                              "{\"disk_nodes\":[\"rabbit@a\",],\"running_nodes\":[]}\n";
    const auto status = warren::parseClusterStatusJson(output);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().line, 2);
    QVERIFY(status.error().column > 1);
}

void TestClusterStatus::modernTextOutputAsksForJson()
{
    const QByteArray output = testutil::readData(u"cluster-status-3.10-lab-text-rabbit2-stopped.txt"_s);
    QVERIFY(output.contains("\x1b[1mDisk Nodes\x1b[0m"));
    const auto status = warren::parseClusterStatus(output);
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(u"--formatter json"_s));
}

void TestClusterStatus::rejectsHugeOutput()
{
    QByteArray huge(warren::kErlangTermMaxInput + 1, ' ');
    huge[0] = '[';
    QVERIFY(!warren::parseClusterStatus(huge).ok());
    QVERIFY(!warren::parseClusterStatusJson(huge).ok());
    QVERIFY(!warren::parseClusterStatusLegacy(QString::fromLatin1(huge)).ok());
}

void TestClusterStatus::rejectsMoreNodesThanAClusterHasQuickly()
{
    // 2,000 node names, each reporting one unreachable peer: 100 KB that took minutes (partition
    // groups were cubic). Beyond 1,000 nodes the output is refused; below, groups are quick.
    auto status = [](int n) {
        QStringList names, parts;
        for (int i = 0; i < n; ++i) {
            names << u"rabbit@h%1"_s.arg(i);
            parts << u"{rabbit@h%1,[rabbit@h%2]}"_s.arg(i).arg(i + 1);
        }
        return u"[{nodes,[{disc,[%1]}]},{running_nodes,[%1]},{partitions,[%2]}]\n"_s.arg(
            names.join(u','), parts.join(u','));
    };
    QElapsedTimer timer;
    timer.start();
    const auto tooMany = warren::parseClusterStatusLegacy(status(2000));
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().message.contains(u"1000"_s), qPrintable(tooMany.error().message));
    const auto many = warren::parseClusterStatusLegacy(status(999));
    QVERIFY2(many.ok(), qPrintable(many.error().toString()));
    QCOMPARE(many->nodes.size(), 999);
    QCOMPARE(many->partitions.size(), 999); // each node misses a different peer
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestClusterStatus::survivesMutatedOutput()
{
    const QList<QByteArray> seeds { testutil::readData(u"cluster-status-3.6-partitioned-synthetic.txt"_s),
        testutil::readData(u"cluster-status-seed-2012-rabbitmq-02.txt"_s),
        testutil::readData(u"cluster-status-3.10-noise-synthetic.txt"_s) };
    const QByteArray alphabet("[]{}<>#,.|'\"\\:$-0123456789aZ@ \n\x1b\xc3\xa9\xff");
    QRandomGenerator rng(7);
    for (int round = 0; round < 1500; ++round) {
        QByteArray output = seeds.at(round % seeds.size());
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits && !output.isEmpty(); ++e) {
            const int at = int(rng.bounded(int(output.size())));
            switch (rng.bounded(3)) {
            case 0:
                output.remove(at, 1 + rng.bounded(16));
                break;
            case 1:
                output.insert(at, alphabet.at(rng.bounded(int(alphabet.size()))));
                break;
            default:
                output[at] = char(rng.bounded(256));
                break;
            }
        }
        const auto status = warren::parseClusterStatus(output);
        if (!status.ok()) {
            QVERIFY(status.error().line >= 1);
            QVERIFY(!status.error().message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestClusterStatus)
#include "tst_clusterstatus.moc"
