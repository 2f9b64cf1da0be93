#include "parse/ApiParsers.h"
#include "queues/QueueDiff.h"
#include "queues/QueueExport.h"
#include "queues/QueueFilter.h"
#include "queues/QueueParsers.h"
#include "queues/QueueSnapshot.h"
#include "util/ShellQuote.h"

#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warren;

namespace {

QueueInfo makeQueue(const QString& name, QueueType type, const QString& home, const QStringList& sync = {},
    const QStringList& unsync = {}, const QString& vhost = u"/"_s)
{
    QueueInfo q;
    q.vhost = vhost;
    q.name = name;
    q.type = type;
    q.homeNode = home;
    q.synchronisedNodes = sync;
    q.unsynchronisedNodes = unsync;
    q.messagesReady = 0;
    q.messagesUnacknowledged = 0;
    q.consumers = 0;
    q.state = u"running"_s;
    return q;
}

const QueueInfo* findByName(const QList<QueueInfo>& list, const QString& name, const QString& vhost = {})
{
    for (const auto& q : list) {
        if (q.name == name && (vhost.isEmpty() || q.vhost == vhost))
            return &q;
    }
    return nullptr;
}

long rssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

// Queue parsing, mapping, diff, filters and export: the core under the queue table and
// `warrenctl queues`, on captures from the lab (RabbitMQ 3.10.8), the 2012 guide's listing and
// hostile input.
class TestQueues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiParserReadsTheLabCapture();
    void apiAndListQueuesAgreeOnTheSameLabQueues();
    void apiParserMapsQuorumLeaderMembersAndOnline();
    void apiParserReadsTheDisableStatsShape();
    void apiParserReadsPagedAnswersAndReportsApiErrors();
    void disableStatsAnswerLearnsHaPoliciesFromApiPolicies();
    void apiParserDecodesEscapesAndSurrogates();
    void listVhostsSkipsHeadersAndRepeats();
    void listQueuesReportsTheCliGivingUp();
    void apiParserRejectsBrokenInput_data();
    void apiParserRejectsBrokenInput();
    void apiParserReads100kQueuesFastAndLean();
    void listQueuesReadsTheLabTsv();
    void listQueuesSkipsTimeoutListingAndHeaderLines();
    void listQueuesReadsTheSeedListing();
    void listQueuesSurvivesHostileInput();
    void listQueuesRejectsBrokenRows();
    void nodeOfPidKeepsDottedHostNames();
    void haPolicyNamesComeFromListPolicies();
    void csvHasExactlyTheDocumentedColumns();
    void csvQuotingRoundTripsHostileNames();
    void jsonExportHasStableKeysAndNullForUnknownCounters();
    void diffReportsAppearedVanishedHomeMovedAndSync();
    void diffListsChangedRowsForInPlaceUpdates();
    void filterCombinesNameVhostTypeNodeAndProblems();
    void filterRejectsAnInvalidRegex();
    void problemsNameHomeNodeDownAndNoMirrorsUnderHaPolicy();
    void summaryCountsSyncAndDownNodes();
    // RabbitMQ 4.x (tests/data/4.0: captures of the 4.0.5 lab, and synthetic failure shapes)
    void apiParserReadsThe40LabCapture();
    void listQueuesReadsThe40LabTsv();
    void listQueuesColumnsFollowTheVersion();
    void listQueues4xReadsLeaderlessQuorumAndTargetSize();
    void problems4xNameNoLeaderBelowTargetAndMissingStreamReplica();
    void problems4xStayQuietOnAHealthyCluster();
    void jsonExport4xAddsFieldsAndKeepsTheOldOnes();
    void integerAfterKeyReadsArgumentTexts();
    void problems4xOnTheLabWithRabbit7Stopped();
    void noLeaderOnTheLabWithTwoNodesStopped();
};

void TestQueues::apiParserReadsTheLabCapture()
{
    const auto parsed = parseApiQueues(testutil::readData(u"api-queues-3.10-lab.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 311);
    const QueueInfo* plain = findByName(parsed.value(), u"plain.cert"_s, u"/"_s);
    QVERIFY(plain);
    QCOMPARE(plain->type, QueueType::Classic);
    QCOMPARE(plain->homeNode, u"rabbit@rabbit1"_s);
    QVERIFY(plain->synchronisedNodes.isEmpty() && plain->unsynchronisedNodes.isEmpty());
    QCOMPARE(plain->policy, QString());
    QCOMPARE(plain->consumers, 0);

    const QueueInfo* utf8 = findByName(parsed.value(), u"ha.compute.节点-01"_s);
    QVERIFY(utf8);
    QCOMPARE(utf8->type, QueueType::Mirrored);
    QCOMPARE(utf8->vhost, u"lab-queues"_s);
    QCOMPARE(utf8->policy, u"ha-all"_s);
    QVERIFY(utf8->haPolicy);
    QCOMPARE(utf8->homeNode, u"rabbit@rabbit1"_s);
    QCOMPARE(utf8->synchronisedNodes, (QStringList { u"rabbit@rabbit2"_s, u"rabbit@rabbit3"_s }));

    QVERIFY(findByName(parsed.value(), u"volume \"quoted\" name"_s));
    QVERIFY(findByName(parsed.value(), u"scheduler,with,commas"_s));

    // the lab's `unsync` queues: one mirror is behind
    int unsync = 0;
    for (const auto& q : parsed.value()) {
        if (q.name.startsWith(u"unsync."_s)) {
            ++unsync;
            QCOMPARE(q.type, QueueType::Mirrored);
            QCOMPARE(q.synchronisedNodes.size(), 1);
            QCOMPARE(q.unsynchronisedNodes.size(), 1);
            QVERIFY(!q.fullySynchronised());
        }
    }
    QCOMPARE(unsync, 5);
}

void TestQueues::apiAndListQueuesAgreeOnTheSameLabQueues()
{
    const auto api = parseApiQueues(testutil::readData(u"api-queues-3.10-lab.json"_s));
    const QSet<QString> ha = haPolicyNames(testutil::readData(u"list-policies-3.10-lab.txt"_s));
    const auto ctl = parseListQueues(
        testutil::readData(u"list-queues-3.10-lab-tsv.txt"_s), listQueuesColumns(), u"lab-queues"_s, ha);
    QVERIFY2(api.ok(), qPrintable(api.error().toString()));
    QVERIFY2(ctl.ok(), qPrintable(ctl.error().toString()));
    QCOMPARE(ctl->size(), 305);
    int compared = 0;
    for (const auto& c : ctl.value()) {
        const QueueInfo* a = findByName(api.value(), c.name, u"lab-queues"_s);
        QVERIFY2(a, qPrintable(c.name));
        QCOMPARE(c.type, a->type);
        QCOMPARE(c.homeNode, a->homeNode);
        QCOMPARE(c.synchronisedNodes, a->synchronisedNodes);
        QCOMPARE(c.unsynchronisedNodes, a->unsynchronisedNodes);
        QCOMPARE(c.messagesReady, a->messagesReady);
        QCOMPARE(c.consumers, a->consumers);
        QCOMPARE(c.state, a->state);
        QCOMPARE(c.policy, a->policy);
        ++compared;
    }
    QCOMPARE(compared, 305);
}

// The first and last rows of a real `rabbitmqctl list_queues name pid slave_pids
// synchronised_slave_pids` on rabbit4 at 100,000 queues: 66,509 rows, then the CLI's own timeout
// (exit status 0). Partial output must never read as the whole listing.
void TestQueues::listQueuesReportsTheCliGivingUp()
{
    const QStringList columns { u"name"_s, u"pid"_s, u"slave_pids"_s, u"synchronised_slave_pids"_s };
    const QByteArray text = testutil::readData(u"list-queues-3.10-100k-timeout-tail.txt"_s);
    const auto parsed = parseListQueues(text, columns, u"bench-queues"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(u"gave up after 3 queue"_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"unresponsive"_s), qPrintable(parsed.error().message));
    const QByteArray rows = text.left(text.lastIndexOf("{:badrpc"));
    const auto ok = parseListQueues(rows, columns, u"bench-queues"_s);
    QVERIFY(ok.ok());
    QCOMPARE(ok.value().size(), 3);
    QCOMPARE(ok.value().first().homeNode, u"rabbit@rabbit4"_s);
}

void TestQueues::apiParserMapsQuorumLeaderMembersAndOnline()
{
    const QByteArray json = R"([{"name":"qq","vhost":"/","type":"quorum","leader":"rabbit@b","node":"rabbit@b",
        "members":["rabbit@a","rabbit@b","rabbit@c"],"online":["rabbit@b","rabbit@a"],"messages_ready":3,
        "messages_unacknowledged":1,"consumers":2,"state":"running","arguments":{"x-queue-type":"quorum"}}])";
    const auto parsed = parseApiQueues(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const QueueInfo& q = parsed->first();
    QCOMPARE(q.type, QueueType::Quorum);
    QCOMPARE(q.homeNode, u"rabbit@b"_s);
    QCOMPARE(q.synchronisedNodes, QStringList { u"rabbit@a"_s });
    QCOMPARE(q.unsynchronisedNodes, QStringList { u"rabbit@c"_s });
    QCOMPARE(q.messagesReady, 3);
    QCOMPARE(q.messagesUnacknowledged, 1);
    QCOMPARE(q.consumers, 2);
    QCOMPARE(roleOn(q, u"rabbit@b"_s), QueueRole::Home);
    QCOMPARE(roleOn(q, u"rabbit@a"_s), QueueRole::Synchronised);
    QCOMPARE(roleOn(q, u"rabbit@c"_s), QueueRole::Unsynchronised);
    QCOMPARE(roleOn(q, u"rabbit@d"_s), QueueRole::Absent);
}

void TestQueues::apiParserReadsTheDisableStatsShape()
{
    // 3.10 with disable_stats=true: raw state "live", no counters, quorum without "node",
    // and an unmirrored classic queue without mirror keys.
    const QByteArray json
        = R"([{"arguments":{},"name":"plain","node":"rabbit@rabbit1","state":"live","type":"classic","vhost":"/"},
        {"arguments":{"x-queue-type":"quorum"},"leader":"rabbit@rabbit1","members":["rabbit@rabbit1"],"name":"qq",
         "online":["rabbit@rabbit1"],"state":"live","type":"quorum","vhost":"/"},
        {"name":"old","node":"rabbit@rabbit2","state":"down","type":"classic","vhost":"/","policy":"ha-all",
         "effective_policy_definition":{"ha-mode":"all"},"slave_nodes":[],"synchronised_slave_nodes":[]}])";
    const auto parsed = parseApiQueues(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(0).state, u"running"_s);
    QCOMPARE(parsed->at(0).messagesReady, -1);
    QCOMPARE(parsed->at(0).consumers, -1);
    QCOMPARE(parsed->at(1).homeNode, u"rabbit@rabbit1"_s);
    QCOMPARE(parsed->at(2).type, QueueType::Mirrored); // under an HA policy, even without mirrors
    QVERIFY(parsed->at(2).haPolicy);
    QCOMPARE(parsed->at(2).state, u"down"_s);
}

void TestQueues::disableStatsAnswerLearnsHaPoliciesFromApiPolicies()
{
    // disable_stats=true names the policy, not its definition: an HA queue without mirrors (a
    // standalone node, or every mirror lost) would read as an unreplicated classic queue.
    auto queues = parseApiQueues(
        R"([{"name":"ha.lone","node":"rabbit@rabbit4","policy":"ha-all","state":"live","type":"classic","vhost":"v"},
        {"name":"ha.other-vhost","node":"rabbit@rabbit4","policy":"ha-all","state":"live","type":"classic","vhost":"w"},
        {"name":"ttl","node":"rabbit@rabbit4","policy":"ttl-only","state":"live","type":"classic","vhost":"v"},
        {"name":"qq","leader":"rabbit@rabbit4","members":["rabbit@rabbit4"],"online":["rabbit@rabbit4"],"policy":"ha-all","state":"live","type":"quorum","vhost":"v"}])");
    QVERIFY(queues.ok());
    QCOMPARE(queues->at(0).type, QueueType::Classic);
    const auto ha = parseApiHaPolicies(
        R"([{"vhost":"v","name":"ha-all","definition":{"ha-mode":"all","ha-sync-mode":"automatic"}},
        {"vhost":"v","name":"ttl-only","definition":{"message-ttl":60000}},
        {"vhost":"w","name":"ha-all","definition":{"max-length":10}}])");
    QVERIFY2(ha.ok(), qPrintable(ha.error().toString()));
    QCOMPARE(ha->size(), 1);
    applyHaPolicies(queues.value(), ha.value());
    QCOMPARE(queues->at(0).type, QueueType::Mirrored);
    QVERIFY(queues->at(0).haPolicy);
    QCOMPARE(queues->at(1).type, QueueType::Classic); // the same name in another vhost does not mirror
    QCOMPARE(queues->at(2).type, QueueType::Classic);
    QCOMPARE(queues->at(3).type, QueueType::Quorum);
    const QueueSnapshot snap(queues.value());
    QVERIFY(problemsOf(snap.at(0), snap).testFlag(QueueProblem::NoMirrorsUnderHaPolicy));

    QVERIFY(!parseApiHaPolicies("{\"error\":\"not_authorised\"}").ok());
    QVERIFY(!parseApiHaPolicies("[{").ok());
}

void TestQueues::apiParserReadsPagedAnswersAndReportsApiErrors()
{
    const auto paged = parseApiQueues(
        R"({"filtered_count":1,"item_count":1,"items":[{"name":"a","vhost":"/","node":"rabbit@x"}],"page":1})");
    QVERIFY2(paged.ok(), qPrintable(paged.error().toString()));
    QCOMPARE(paged->size(), 1);
    const auto refused = parseApiQueues(R"({"error":"bad_request","reason":"Invalid column"})");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"Invalid column"_s), qPrintable(refused.error().message));
    const auto empty = parseApiQueues("[]");
    QVERIFY(empty.ok());
    QCOMPARE(empty->size(), 0);
}

void TestQueues::apiParserDecodesEscapesAndSurrogates()
{
    const QByteArray json = R"([{"name":"a\"b\\c\/d\te\nf\u00e9\ud83d\ude00,g","vhost":"v\u0041","node":"rabbit@x",
        "messages_ready":1.0e2,"consumers":null}])";
    const auto parsed = parseApiQueues(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->first().name, u"a\"b\\c/d\te\nfé😀,g"_s);
    QCOMPARE(parsed->first().vhost, u"vA"_s);
    QCOMPARE(parsed->first().messagesReady, 100);
    QCOMPARE(parsed->first().consumers, -1);

    // A lone surrogate becomes U+FFFD; an escape after a lone high surrogate is its own character.
    const auto lone = parseApiQueues(R"([{"name":"a\ud83d\u0041b\ud83d\ud83d\ude00\ude00c\ud83dz","vhost":"/"}])");
    QVERIFY2(lone.ok(), qPrintable(lone.error().toString()));
    QCOMPARE(lone->first().name, u"a\uFFFDAb\uFFFD😀\uFFFDc\uFFFDz"_s);
}

void TestQueues::listVhostsSkipsHeadersAndRepeats()
{
    // 3.10 with -q (the lab), without -q, and a legacy broker with CRLF line ends.
    QCOMPARE(parseListVhosts("name\n/\n"), QStringList { u"/"_s });
    QCOMPARE(parseListVhosts("Listing vhosts ...\nname\n/\nprod\n"), (QStringList { u"/"_s, u"prod"_s }));
    QCOMPARE(
        parseListVhosts("Listing vhosts ...\r\n/\r\nstaging\r\n...done.\r\n"), (QStringList { u"/"_s, u"staging"_s }));
    // Names are kept as they are (spaces, CJK, hostile text: RemoteCommand refuses or quotes them); each once.
    QCOMPARE(parseListVhosts("/\nv h\n队列\n$(x)\n/\n"), (QStringList { u"/"_s, u"v h"_s, u"队列"_s, u"$(x)"_s }));
    QVERIFY(parseListVhosts("").isEmpty());
    // Fuzzing (regressions/list_vhosts): "\n\r\r\n" holds a vhost named CR in CRLF output. It is
    // kept, and never reaches a host: control characters are refused for rabbitmqctl.
    QCOMPARE(parseListVhosts("\n\r\r\n"), QStringList { u"\r"_s });
    QVERIFY(!RemoteCommand({ u"rabbitmqctl"_s, u"list_queues"_s, u"-p"_s }, true).value(u"\r"_s).refusal().isEmpty());
}

void TestQueues::apiParserRejectsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("html error page") << QByteArray("<html>502</html>") << 1;
    QTest::newRow("truncated") << QByteArray("[{\"name\":\"a\",\"vhost\":\"/\"},\n{\"name\":\"b") << 2;
    QTest::newRow("missing comma") << QByteArray("[{\"name\":\"a\"}\n{\"name\":\"b\"}]") << 2;
    QTest::newRow("no name") << QByteArray("[{\"vhost\":\"/\"}]") << 1;
    QTest::newRow("bad escape") << QByteArray("[{\"name\":\"a\\q\"}]") << 1;
    QTest::newRow("counter is text") << QByteArray("[{\"name\":\"a\",\"consumers\":\"x\"}]") << 1;
    QTest::newRow("too deep") << (QByteArray("[{\"name\":\"a\",\"x\":") + QByteArray(100, '[') + QByteArray(100, ']')
        + "}]") << 1;
    // Found by fuzz_api_queues: converting 1e308 to a 64-bit counter was undefined behaviour.
    QTest::newRow("counter beyond 64 bits") << QByteArray("[{\"name\":\"a\",\"consumers\":1e308}]") << 1;
    QTest::newRow("counter is a broken number") << QByteArray("[{\"name\":\"a\",\"consumers\":1e+-}]") << 1;
}

void TestQueues::apiParserRejectsBrokenInput()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    const auto parsed = parseApiQueues(json);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
    if (parsed.error().line > 0)
        QCOMPARE(parsed.error().line, line);
}

void TestQueues::apiParserReads100kQueuesFastAndLean()
{
    // The shape /api/queues?columns=... has on 3.10: a third mirrored, some quorum.
    QByteArray json;
    json.reserve(100000 * 330);
    json += '[';
    for (int i = 0; i < 100000; ++i) {
        if (i)
            json += ',';
        const QByteArray n = QByteArray::number(i);
        if (i % 3 == 0) {
            json
                += R"({"arguments":{},"consumers":1,"effective_policy_definition":{"ha-mode":"all","ha-sync-mode":"automatic"},"messages_ready":0,"messages_unacknowledged":0,"name":"ha.compute_fanout_3a9877aa044c47b7846bbe01bf7f)"
                + n
                + R"(","node":"rabbit@rabbit1","policy":"ha-all","slave_nodes":["rabbit@rabbit3","rabbit@rabbit2"],"state":"running","synchronised_slave_nodes":["rabbit@rabbit2","rabbit@rabbit3"],"type":"classic","vhost":"/"})";
        } else if (i % 20 == 1) {
            json
                += R"({"arguments":{"x-queue-type":"quorum"},"consumers":0,"effective_policy_definition":{},"leader":"rabbit@rabbit2","members":["rabbit@rabbit1","rabbit@rabbit2","rabbit@rabbit3"],"messages_ready":0,"messages_unacknowledged":0,"name":"qq.)"
                + n
                + R"(","node":"rabbit@rabbit2","online":["rabbit@rabbit1","rabbit@rabbit2","rabbit@rabbit3"],"policy":null,"state":"running","type":"quorum","vhost":"/"})";
        } else {
            json
                += R"({"arguments":{},"consumers":1,"effective_policy_definition":{},"messages_ready":12,"messages_unacknowledged":0,"name":"compute.node-)"
                + n + R"(","node":"rabbit@rabbit3","policy":null,"state":"running","type":"classic","vhost":"/"})";
        }
    }
    json += ']';
    const long before = rssKiB();
    QElapsedTimer t;
    t.start();
    auto parsed = parseApiQueues(json);
    const qint64 parseMs = t.elapsed();
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 100000);
    t.restart();
    QueueSnapshot snap(std::move(parsed.value()));
    const qint64 indexMs = t.elapsed();
    const long after = rssKiB();
    qInfo("100k queues: %lld KiB of JSON parsed in %lld ms, indexed in %lld ms, +%ld KiB RSS",
        qint64(json.size() / 1024), parseMs, indexMs, after - before);
    QCOMPARE(snap.indexOf({ u"/"_s, u"compute.node-99998"_s }), 99998);
    // Generous bounds: a regression to a DOM parser or a scan per row blows them by far.
    QVERIFY2(parseMs < 6000, qPrintable(QString::number(parseMs)));
    QVERIFY2(after - before < 200 * 1024, qPrintable(QString::number(after - before)));
}

void TestQueues::listQueuesReadsTheLabTsv()
{
    const QSet<QString> ha = haPolicyNames(testutil::readData(u"list-policies-3.10-lab.txt"_s));
    const auto parsed = parseListQueues(
        testutil::readData(u"list-queues-3.10-lab-tsv.txt"_s), listQueuesColumns(), u"lab-queues"_s, ha);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 305);
    const QueueInfo* gen = nullptr;
    for (const auto& q : parsed.value()) {
        if (q.name.startsWith(u"amq.gen-"_s))
            gen = &q;
        QVERIFY(!q.homeNode.isEmpty());
        QVERIFY(q.homeNode.startsWith(u"rabbit@rabbit"_s));
    }
    QVERIFY(gen);
    QCOMPARE(gen->name.size(), 8 + 22);
    QCOMPARE(gen->type, QueueType::Classic);
    const QueueInfo* utf8 = findByName(parsed.value(), u"ha.compute.节点-01"_s);
    QVERIFY(utf8);
    QCOMPARE(utf8->synchronisedNodes, (QStringList { u"rabbit@rabbit2"_s, u"rabbit@rabbit3"_s }));
    QCOMPARE(utf8->policy, u"ha-all"_s);
}

void TestQueues::listQueuesSkipsTimeoutListingAndHeaderLines()
{
    const auto parsed
        = parseListQueues(testutil::readData(u"list-queues-3.10-lab-headers.txt"_s), listQueuesColumns(), u"/"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 6);
    QVERIFY(!findByName(parsed.value(), u"name"_s));
    const QueueInfo* qq = findByName(parsed.value(), u"qq.beta"_s);
    QVERIFY(qq);
    QCOMPARE(qq->type, QueueType::Quorum);
    QCOMPARE(qq->homeNode, u"rabbit@rabbit2"_s);
    QCOMPARE(qq->synchronisedNodes, (QStringList { u"rabbit@rabbit1"_s, u"rabbit@rabbit3"_s }));
    QVERIFY(qq->unsynchronisedNodes.isEmpty());
    const QueueInfo* ha = findByName(parsed.value(), u"ha.network"_s);
    QVERIFY(ha);
    QCOMPARE(ha->type, QueueType::Mirrored);
    QCOMPARE(ha->homeNode, u"rabbit@rabbit1"_s);
}

void TestQueues::listQueuesReadsTheSeedListing()
{
    // The 2012 guide: `list_queues name slave_pids synchronised_slave_pids` on a broker before
    // mirroring was configured, with "Listing queues ..." / "...done." and names padded with blanks.
    const QStringList columns { u"name"_s, u"slave_pids"_s, u"synchronised_slave_pids"_s };
    const auto parsed = parseListQueues(testutil::readData(u"list-queues-seed-2012.txt"_s), columns, u"/"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 26);
    QCOMPARE(parsed->first().name, u"network_fanout_3a9877aa044c47b7846bbe01bf7faa4a"_s);
    QCOMPARE(parsed->last().name, u"consoleauth"_s);
    int gens = 0;
    for (const auto& q : parsed.value()) {
        QVERIFY2(!q.name.contains(u' ') && !q.name.contains(u'\t'), qPrintable(q.name));
        QCOMPARE(q.type, QueueType::Classic);
        QVERIFY(q.synchronisedNodes.isEmpty() && q.unsynchronisedNodes.isEmpty());
        gens += q.name.startsWith(u"amq.gen-"_s);
    }
    QCOMPARE(gens, 8);
    QVERIFY(findByName(parsed.value(), u"compute.server2"_s));

    // the same listing from a broker with mirrors, blanks instead of tabs
    const QByteArray mirrored
        = "Listing queues ...\n"
          "compute      [<rabbit@server-02.1.234.0>]      [<rabbit@server-02.1.234.0>]\n"
          "volume   [<rabbit@server-02.1.236.0>, <rabbit@server-03.1.300.0>]   [<rabbit@server-03.1.300.0>]\n"
          "cert      \n"
          "...done.\n";
    const auto m = parseListQueues(mirrored, columns, u"/"_s);
    QVERIFY2(m.ok(), qPrintable(m.error().toString()));
    QCOMPARE(m->size(), 3);
    QCOMPARE(m->at(0).name, u"compute"_s);
    QCOMPARE(m->at(0).synchronisedNodes, QStringList { u"rabbit@server-02"_s });
    QCOMPARE(m->at(1).unsynchronisedNodes, QStringList { u"rabbit@server-02"_s });
    QCOMPARE(m->at(1).synchronisedNodes, QStringList { u"rabbit@server-03"_s });
    QCOMPARE(m->at(2).type, QueueType::Classic);
}

void TestQueues::listQueuesSurvivesHostileInput()
{
    const QStringList cols { u"name"_s, u"pid"_s, u"slave_pids"_s, u"synchronised_slave_pids"_s, u"messages_ready"_s,
        u"consumers"_s, u"state"_s, u"type"_s };
    QByteArray out;
    out += "\x1b[1mTimeout: 60.0 seconds ...\x1b[0m\r\n";
    out += "with\ttab\t<rabbit@a.1.2.3>\t\t\t5\t1\trunning\tclassic\r\n"; // a tab inside the name
    out += "\t<rabbit@a.1.2.4>\t\t\t\t\t\tclassic\r\n"; // empty name, empty fields
    out += "two\nlines\t<rabbit@b.1.2.3>\t[<rabbit@a.1.9.9>]\t[]\t0\t0\trunning\tclassic\n"; // a line break in the name
    out += "trailing space \t<rabbit@host.example.com.1.2.3>\t\t\t0\t0\trunning\tclassic\n";
    out += "\xe4\xb8\xad\xe6\x96\x87,\"q\"\t<rabbit@c.1.2.3>\t\t\t0\t0\trunning\tclassic\n";
    const auto parsed = parseListQueues(out, cols, u"/"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 5);
    QCOMPARE(parsed->at(0).name, u"with\ttab"_s);
    QCOMPARE(parsed->at(0).homeNode, u"rabbit@a"_s);
    QCOMPARE(parsed->at(0).messagesReady, 5);
    QCOMPARE(parsed->at(1).name, QString());
    QCOMPARE(parsed->at(1).messagesReady, -1);
    QCOMPARE(parsed->at(1).consumers, -1);
    QCOMPARE(parsed->at(2).name, u"two\nlines"_s);
    QCOMPARE(parsed->at(2).unsynchronisedNodes, QStringList { u"rabbit@a"_s });
    QCOMPARE(parsed->at(2).type, QueueType::Mirrored);
    QCOMPARE(parsed->at(3).name, u"trailing space "_s);
    QCOMPARE(parsed->at(3).homeNode, u"rabbit@host.example.com"_s);
    QCOMPARE(parsed->at(4).name, u"中文,\"q\""_s);

    // huge: 100k rows parse in bounded time
    QByteArray big;
    for (int i = 0; i < 100000; ++i)
        big += "compute.node-" + QByteArray::number(i)
            + "\t<rabbit@rabbit1.1795666913.1342.0>\t[<rabbit@rabbit2.1.2.3>]\t[<rabbit@rabbit2.1.2.3>]"
              "\t0\t0\trunning\tclassic\n";
    QElapsedTimer t;
    t.start();
    const auto bigParsed = parseListQueues(big, cols, u"/"_s);
    qInfo("100k list_queues rows parsed in %lld ms", t.elapsed());
    QVERIFY(bigParsed.ok());
    QCOMPARE(bigParsed->size(), 100000);
}

void TestQueues::listQueuesRejectsBrokenRows()
{
    const QStringList cols { u"name"_s, u"pid"_s, u"messages_ready"_s };
    const auto shortRow = parseListQueues("a\t<rabbit@a.1.2.3>\t0\nb\t<rabbit@a.1.2.3>\n", cols, u"/"_s);
    QVERIFY(!shortRow.ok());
    QCOMPARE(shortRow.error().line, 2);
    const auto notNumber = parseListQueues("a\t<rabbit@a.1.2.3>\tmany\n", cols, u"/"_s);
    QVERIFY(!notNumber.ok());
    QCOMPARE(notNumber.error().line, 1);
    QVERIFY(!parseListQueues("x", { u"pid"_s, u"name"_s }, u"/"_s).ok());
    // A name with a line break still reads; a "name" longer than AMQP's 255 bytes is refused
    // where it starts instead of being glued to every following line (quadratic before).
    const auto broken = parseListQueues("a\nb\t<rabbit@a.1.2.3>\t0\n", cols, u"/"_s);
    QVERIFY2(broken.ok(), qPrintable(broken.error().toString()));
    QCOMPARE(broken->value(0).name, u"a\nb"_s);
    const auto runaway = parseListQueues("x\t<rabbit@a.1.2.3>\t0\n" + QByteArray("y\n").repeated(200000), cols, u"/"_s);
    QVERIFY(!runaway.ok());
    QCOMPARE(runaway.error().line, 2);
}

void TestQueues::nodeOfPidKeepsDottedHostNames()
{
    QCOMPARE(nodeOfPid(u"<rabbit@rabbit1.1635.567.0>"), u"rabbit@rabbit1"_s);
    QCOMPARE(nodeOfPid(u"<rabbit@rabbit1.1795666913.1342.0>"), u"rabbit@rabbit1"_s);
    QCOMPARE(nodeOfPid(u"<rabbit@mq-01.example.org.1.2.3>"), u"rabbit@mq-01.example.org"_s);
    QCOMPARE(nodeOfPid(u"garbage"), QString());
    QCOMPARE(nodesOfList(u"[<rabbit@a.1.2.3>, <rabbit@b.4.5.6>]"), (QStringList { u"rabbit@a"_s, u"rabbit@b"_s }));
    QCOMPARE(nodesOfList(u"[rabbit@a, 'rabbit@b-c']"), (QStringList { u"rabbit@a"_s, u"rabbit@b-c"_s }));
    QCOMPARE(nodesOfList(u""), QStringList());
    QCOMPARE(nodesOfList(u"[]"), QStringList());
}

void TestQueues::haPolicyNamesComeFromListPolicies()
{
    const auto names = haPolicyNames(testutil::readData(u"list-policies-3.10-lab.txt"_s));
    QCOMPARE(names, (QSet<QString> { u"ha-all"_s, u"warren-unsync"_s }));
    QVERIFY(haPolicyNames("/\tttl\t.*\tqueues\t{\"message-ttl\":1000}\t0\n").isEmpty());
}

void TestQueues::csvHasExactlyTheDocumentedColumns()
{
    QueueSnapshot snap({ makeQueue(
        u"ha.x"_s, QueueType::Mirrored, u"rabbit@a"_s, { u"rabbit@b"_s, u"rabbit@c"_s }, { u"rabbit@d"_s }) });
    const QByteArray csv = QueueExport::toCsv(snap);
    QCOMPARE(csv,
        QByteArray("vhost,name,type,home_node,synchronised_nodes,unsynchronised_nodes,messages_ready,"
                   "messages_unacknowledged,consumers,state\r\n"
                   "/,ha.x,mirrored,rabbit@a,rabbit@b;rabbit@c,rabbit@d,0,0,0,running\r\n"));
}

void TestQueues::csvQuotingRoundTripsHostileNames()
{
    const QStringList names { u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"line\nbreak"_s, u"cr\rlf\r\n"_s, u"中文 队列"_s,
        u"\"leading quote"_s, u" spaced "_s, u""_s, u"emoji 😀,\""_s, u"tab\there"_s };
    QList<QueueInfo> queues;
    for (int i = 0; i < names.size(); ++i) {
        QueueInfo q = makeQueue(names[i], QueueType::Classic, u"rabbit@a"_s, {}, {}, i % 2 ? u"/"_s : u"v,\"h\""_s);
        q.messagesReady = i % 3 ? i : -1;
        queues.append(q);
    }
    QueueSnapshot snap(queues);
    const QByteArray csv = QueueExport::toCsv(snap);
    QString error;
    const auto records = QueueExport::parseCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), names.size() + 1);
    QCOMPARE(records.first(), QueueExport::csvColumns());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(records[i + 1].size(), 10);
        QCOMPARE(records[i + 1][1], names[i]);
        QCOMPARE(records[i + 1][0], queues[i].vhost);
        QCOMPARE(records[i + 1][6], queues[i].messagesReady < 0 ? QString() : QString::number(queues[i].messagesReady));
    }
    QVERIFY(!QueueExport::csvField(u"a\"b"_s).compare(u"\"a\"\"b\""_s));
    QCOMPARE(QueueExport::csvField(u"plain"_s), u"plain"_s);
}

void TestQueues::jsonExportHasStableKeysAndNullForUnknownCounters()
{
    QueueInfo q = makeQueue(u"q"_s, QueueType::Quorum, u"rabbit@a"_s, { u"rabbit@b"_s }, { u"rabbit@c"_s });
    q.consumers = -1;
    QueueSnapshot snap({ q });
    const auto doc = QJsonDocument::fromJson(QueueExport::toJson(snap, { 0 })).object();
    QCOMPARE(doc.value(u"format"_s).toString(), u"warren-queues/1"_s);
    const auto o = doc.value(u"queues"_s).toArray().first().toObject();
    QCOMPARE(o.value(u"type"_s).toString(), u"quorum"_s);
    QCOMPARE(o.value(u"home_node"_s).toString(), u"rabbit@a"_s);
    QCOMPARE(o.value(u"synchronised_nodes"_s).toArray().first().toString(), u"rabbit@b"_s);
    QCOMPARE(o.value(u"unsynchronised_nodes"_s).toArray().first().toString(), u"rabbit@c"_s);
    QVERIFY(o.value(u"consumers"_s).isNull());
    QCOMPARE(o.value(u"problems"_s).toArray().first().toString(), u"not-synchronised"_s);
    QCOMPARE(doc.value(u"summary"_s).toObject().value(u"out_of_sync"_s).toInt(), 1);
    QCOMPARE(doc.value(u"counters"_s).toBool(false), true);
    // placement only (asked without statistics): the document says so, the rows keep their shape
    snap.countersSkipped = true;
    const QueueSnapshot reordered = snap.withRows(snap.queues());
    QVERIFY(reordered.countersSkipped);
    const auto placement = QJsonDocument::fromJson(QueueExport::toJson(reordered, { 0 })).object();
    QCOMPARE(placement.value(u"counters"_s).toBool(true), false);
    QVERIFY(placement.value(u"queues"_s).toArray().first().toObject().contains(u"messages_ready"_s));
}

void TestQueues::diffReportsAppearedVanishedHomeMovedAndSync()
{
    const QString a = u"rabbit@a"_s, b = u"rabbit@b"_s, c = u"rabbit@c"_s;
    QueueSnapshot before({ makeQueue(u"moved"_s, QueueType::Mirrored, a, { b, c }),
        makeQueue(u"lost"_s, QueueType::Mirrored, a, { b, c }),
        makeQueue(u"regained"_s, QueueType::Mirrored, a, { b }, { c }), makeQueue(u"gone"_s, QueueType::Classic, a),
        makeQueue(u"same"_s, QueueType::Quorum, a, { b, c }) });
    QueueInfo counters = makeQueue(u"same"_s, QueueType::Quorum, a, { b, c });
    counters.messagesReady = 42;
    QueueSnapshot after({ makeQueue(u"moved"_s, QueueType::Mirrored, b, { c }),
        makeQueue(u"lost"_s, QueueType::Mirrored, a, { b }, { c }),
        makeQueue(u"regained"_s, QueueType::Mirrored, a, { b, c }), counters,
        makeQueue(u"new"_s, QueueType::Classic, c) });
    const auto changes = QueueDiff::compute(before, after);
    using K = QueueChange::Kind;
    const QList<QueueChange> expected {
        { K::HomeMoved, { u"/"_s, u"moved"_s }, a, b, {} },
        { K::SyncLost, { u"/"_s, u"moved"_s }, {}, {}, { a } }, // the old master's copy is gone
        { K::SyncLost, { u"/"_s, u"lost"_s }, {}, {}, { c } },
        { K::SyncRegained, { u"/"_s, u"regained"_s }, {}, {}, { c } },
        { K::Appeared, { u"/"_s, u"new"_s }, {}, {}, {} },
        { K::Vanished, { u"/"_s, u"gone"_s }, {}, {}, {} },
    };
    QCOMPARE(changes.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(queueChangeKindKey(changes[i].kind), queueChangeKindKey(expected[i].kind));
        QCOMPARE(changes[i].key.name, expected[i].key.name);
        QVERIFY(changes[i] == expected[i]);
    }
}

void TestQueues::diffListsChangedRowsForInPlaceUpdates()
{
    QueueSnapshot before(
        { makeQueue(u"a"_s, QueueType::Classic, u"rabbit@a"_s), makeQueue(u"b"_s, QueueType::Classic, u"rabbit@a"_s) });
    QueueInfo b = makeQueue(u"b"_s, QueueType::Classic, u"rabbit@a"_s);
    b.consumers = 3;
    QueueSnapshot after({ makeQueue(u"a"_s, QueueType::Classic, u"rabbit@a"_s), b,
        makeQueue(u"c"_s, QueueType::Classic, u"rabbit@a"_s) });
    QCOMPARE(QueueDiff::changedRows(before, after), QList<qsizetype> { 1 });
}

void TestQueues::filterCombinesNameVhostTypeNodeAndProblems()
{
    const QString a = u"rabbit@a"_s, b = u"rabbit@b"_s, c = u"rabbit@c"_s;
    QueueSnapshot snap({ makeQueue(u"compute_fanout_3a98"_s, QueueType::Mirrored, a, { b }, { c }),
        makeQueue(u"amq.gen-gXDebEl"_s, QueueType::Classic, b),
        makeQueue(u"compute.server2"_s, QueueType::Quorum, c, { a, b }),
        makeQueue(u"compute"_s, QueueType::Classic, a, {}, {}, u"nova"_s) });
    QueueFilter f;
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap).size(), 4);
    f.text = u"_FANOUT_"_s; // substring, case-insensitive
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap), QList<qsizetype> { 0 });
    f.text = u"^amq\\.gen-"_s;
    f.regex = true;
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap), QList<qsizetype> { 1 });
    f = {};
    f.text = u"^compute"_s;
    f.regex = true;
    f.node = c;
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap), (QList<qsizetype> { 0, 2 }));
    f.type = QueueType::Quorum;
    QCOMPARE(f.apply(snap), QList<qsizetype> { 2 });
    f = {};
    f.vhost = u"nova"_s;
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap), QList<qsizetype> { 3 });
    f = {};
    f.problemsOnly = true;
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap), QList<qsizetype> { 0 });
}

void TestQueues::filterRejectsAnInvalidRegex()
{
    QueueFilter f;
    f.text = u"(unclosed"_s;
    f.regex = true;
    QString error;
    QVERIFY(!f.compile(&error));
    QVERIFY(error.contains(u"(unclosed"_s));
}

void TestQueues::problemsNameHomeNodeDownAndNoMirrorsUnderHaPolicy()
{
    QueueInfo onDown = makeQueue(u"on-down"_s, QueueType::Classic, u"rabbit@b"_s);
    QueueInfo down = makeQueue(u"down"_s, QueueType::Classic, u"rabbit@x"_s);
    down.state = u"down"_s;
    QueueInfo bare = makeQueue(u"ha.bare"_s, QueueType::Mirrored, u"rabbit@a"_s);
    bare.haPolicy = true;
    QueueInfo fine = makeQueue(u"ha.fine"_s, QueueType::Mirrored, u"rabbit@a"_s, { u"rabbit@c"_s });
    fine.haPolicy = true;
    QueueSnapshot snap({ onDown, down, bare, fine });
    NodeInfo na, nb, nc;
    na.name = u"rabbit@a"_s;
    na.running = true;
    nb.name = u"rabbit@b"_s;
    nb.running = false;
    nc.name = u"rabbit@c"_s;
    nc.running = true;
    snap.setClusterNodes({ na, nb, nc });
    QCOMPARE(problemKeys(problemsOf(snap.at(0), snap)), QStringList { u"home-node-down"_s });
    QCOMPARE(problemKeys(problemsOf(snap.at(1), snap)), QStringList { u"home-node-down"_s });
    QCOMPARE(problemKeys(problemsOf(snap.at(2), snap)), QStringList { u"no-mirrors"_s });
    QCOMPARE(problemKeys(problemsOf(snap.at(3), snap)), QStringList());
    QCOMPARE(snap.nodes(), (QStringList { u"rabbit@a"_s, u"rabbit@b"_s, u"rabbit@c"_s, u"rabbit@x"_s }));
}

void TestQueues::summaryCountsSyncAndDownNodes()
{
    QueueSnapshot snap({ makeQueue(u"1"_s, QueueType::Mirrored, u"rabbit@a"_s, { u"rabbit@b"_s }),
        makeQueue(u"2"_s, QueueType::Mirrored, u"rabbit@a"_s, {}, { u"rabbit@b"_s }),
        makeQueue(u"3"_s, QueueType::Quorum, u"rabbit@b"_s, { u"rabbit@a"_s }),
        makeQueue(u"4"_s, QueueType::Classic, u"rabbit@b"_s) });
    NodeInfo nb;
    nb.name = u"rabbit@b"_s;
    snap.setClusterNodes({ nb });
    const auto s = snap.summary();
    QCOMPARE(s.total, 4);
    QCOMPARE(s.fullySynchronised, 2);
    QCOMPARE(s.outOfSync, 1);
    QCOMPARE(s.homeNodeDown, 2);
    QCOMPARE(s.unreplicated, 1);
}

namespace {
QList<NodeInfo> lab4xNodes(const QStringList& down = {})
{
    const auto nodes = parseApiNodes(testutil::readData(u"4.0/api-nodes-4.0.5-lab.json"_s));
    QList<NodeInfo> list = nodes.ok() ? nodes.value() : QList<NodeInfo> {};
    for (auto& n : list) {
        if (down.contains(n.name))
            n.running = false;
    }
    return list;
}
} // namespace

void TestQueues::apiParserReadsThe40LabCapture()
{
    const auto parsed = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0.5-lab.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 10);
    const QueueInfo* classic = findByName(parsed.value(), u"classic.a"_s);
    QVERIFY(classic);
    QCOMPARE(classic->type, QueueType::Classic); // no mirrors on 4.x: never "mirrored"
    QCOMPARE(classic->homeNode, u"rabbit@rabbit5"_s);
    QVERIFY(classic->nodes() == QStringList { u"rabbit@rabbit5"_s });
    const QueueInfo* qq = findByName(parsed.value(), u"qq.orders"_s);
    QVERIFY(qq);
    QCOMPARE(qq->type, QueueType::Quorum);
    QCOMPARE(qq->homeNode, u"rabbit@rabbit5"_s);
    QCOMPARE(qq->synchronisedNodes, (QStringList { u"rabbit@rabbit6"_s, u"rabbit@rabbit7"_s }));
    QVERIFY(qq->unsynchronisedNodes.isEmpty());
    QVERIFY(!qq->leaderless);
    QCOMPARE(qq->targetSize, -1);
    const QueueInfo* small = findByName(parsed.value(), u"qq.small"_s);
    QVERIFY(small);
    QCOMPARE(small->targetSize, 2); // x-quorum-initial-group-size
    const QueueInfo* stream = findByName(parsed.value(), u"events.stream"_s);
    QVERIFY(stream);
    QCOMPARE(stream->type, QueueType::Stream);
    QCOMPARE(stream->nodes().size(), 3);

    QueueSnapshot snap(parsed.value());
    QVERIFY(snap.hasClassicMirroring()); // version unknown until the nodes are read
    snap.setClusterNodes(lab4xNodes());
    QCOMPARE(snap.brokerVersion(), u"4.0.5"_s);
    QVERIFY(!snap.hasClassicMirroring());
    QCOMPARE(snap.nodes(), (QStringList { u"rabbit@rabbit5"_s, u"rabbit@rabbit6"_s, u"rabbit@rabbit7"_s }));
}

void TestQueues::listQueuesReadsThe40LabTsv()
{
    // rabbitmqctl list_queues on 4.0.5: classic queues answer leader and members (their node);
    // this capture ends with the CLI's own give-up, as 3.10's did at 100k queues.
    const QStringList columns { u"name"_s, u"type"_s, u"pid"_s, u"leader"_s, u"members"_s, u"online"_s,
        u"messages_ready"_s, u"messages_unacknowledged"_s, u"consumers"_s, u"state"_s, u"policy"_s };
    const QByteArray text = testutil::readData(u"4.0/list-queues-4.0.5-lab-tsv.txt"_s);
    const QByteArray rows = text.contains("{:badrpc") ? text.left(text.lastIndexOf("{:badrpc")) : text;
    const auto parsed = parseListQueues(rows, columns, u"/"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 5);
    const QueueInfo* classic = findByName(parsed.value(), u"classic.a"_s);
    QVERIFY(classic);
    QCOMPARE(classic->type, QueueType::Classic);
    QCOMPARE(classic->homeNode, u"rabbit@rabbit5"_s);
    QVERIFY(classic->synchronisedNodes.isEmpty());
    const QueueInfo* stream = findByName(parsed.value(), u"events.stream"_s);
    QVERIFY(stream);
    QCOMPARE(stream->type, QueueType::Stream);
    QCOMPARE(stream->homeNode, u"rabbit@rabbit5"_s); // no pid for a stream: the leader column
    QCOMPARE(stream->synchronisedNodes, (QStringList { u"rabbit@rabbit6"_s, u"rabbit@rabbit7"_s }));
    const QueueInfo* small = findByName(parsed.value(), u"qq.small"_s);
    QVERIFY(small);
    QCOMPARE(small->nodes(), (QStringList { u"rabbit@rabbit5"_s, u"rabbit@rabbit6"_s }));
    QVERIFY(!small->leaderless);
    // The API and rabbitmqctl agree on every queue of the vhost.
    const auto api = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0.5-lab.json"_s));
    QVERIFY(api.ok());
    for (const auto& q : parsed.value()) {
        const QueueInfo* a = findByName(api.value(), q.name, u"/"_s);
        QVERIFY2(a, qPrintable(q.name));
        QCOMPARE(a->type, q.type);
        QCOMPARE(a->homeNode, q.homeNode);
        QCOMPARE(a->nodes(), q.nodes());
    }
}

void TestQueues::listQueuesColumnsFollowTheVersion()
{
    const QStringList v4 = listQueuesColumnsFor(RabbitVersion::parse(u"4.0.5"_s));
    QVERIFY(!v4.contains(u"slave_pids"_s)); // 4.0's list_queues refuses it
    QVERIFY(!v4.contains(u"synchronised_slave_pids"_s));
    for (const auto& c : { u"name"_s, u"pid"_s, u"leader"_s, u"members"_s, u"online"_s, u"type"_s, u"arguments"_s })
        QVERIFY2(v4.contains(c), qPrintable(c));
    QCOMPARE(v4.first(), u"name"_s);
    QCOMPARE(listQueuesColumnsFor(RabbitVersion::parse(u"3.10.8"_s)), listQueuesColumns());
    QCOMPARE(listQueuesColumnsFor(RabbitVersion::parse(u"3.13.7"_s)), listQueuesColumns());
    QCOMPARE(listQueuesColumnsFor(RabbitVersion {}), listQueuesColumns());
    QCOMPARE(listQueuesColumnsFor(RabbitVersion::parse(u"3.6.16"_s)), legacyListQueuesColumns());
}

void TestQueues::listQueues4xReadsLeaderlessQuorumAndTargetSize()
{
    const auto parsed = parseListQueues(
        testutil::readData(u"4.0/list-queues-4.0-synthetic-tsv.txt"_s), listQueuesColumns4x(), u"/"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), 5);
    const QueueInfo* minority = findByName(parsed.value(), u"qq.minority"_s);
    QVERIFY(minority);
    QVERIFY(minority->leaderless);
    QCOMPARE(minority->homeNode, u"rabbit@rabbit7"_s); // the pid: the last leader
    QCOMPARE(minority->unsynchronisedNodes, (QStringList { u"rabbit@rabbit5"_s, u"rabbit@rabbit6"_s }));
    const QueueInfo* two = findByName(parsed.value(), u"qq.two-members"_s);
    QVERIFY(two);
    QCOMPARE(two->targetSize, 5);
    QVERIFY(!two->leaderless);
    const QueueInfo* healthy = findByName(parsed.value(), u"qq.healthy"_s);
    QVERIFY(healthy && !healthy->leaderless && healthy->targetSize == -1);
    const QueueInfo* classic = findByName(parsed.value(), u"classic.plain"_s);
    QVERIFY(classic);
    QCOMPARE(classic->type, QueueType::Classic);
    QCOMPARE(classic->homeNode, u"rabbit@rabbit7"_s);
    QCOMPARE(classic->messagesReady, 2);
    QCOMPARE(nodeOfPid(u"{'%2F_qq',rabbit@rabbit5}"), u"rabbit@rabbit5"_s);
}

void TestQueues::problems4xNameNoLeaderBelowTargetAndMissingStreamReplica()
{
    const auto parsed = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0-synthetic.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QueueSnapshot snap(parsed.value());
    snap.setClusterNodes(lab4xNodes());
    auto keys = [&](const QString& name) {
        const QueueInfo* q = snap.find({ u"/"_s, name });
        return q ? problemKeys(problemsOf(*q, snap)) : QStringList { u"(missing)"_s };
    };
    QCOMPARE(keys(u"qq.healthy"_s), QStringList());
    QCOMPARE(keys(u"qq.one-down"_s), (QStringList { u"not-synchronised"_s, u"below-target-size"_s }));
    QCOMPARE(keys(u"qq.minority"_s), (QStringList { u"not-synchronised"_s, u"no-leader"_s, u"below-target-size"_s }));
    // declared for 5, at most 3 nodes: 2 members are below the 3 it can have
    QCOMPARE(keys(u"qq.two-members"_s), QStringList { u"below-target-size"_s });
    QCOMPARE(snap.quorumTargetSize(*snap.find({ u"/"_s, u"qq.two-members"_s })), 3);
    QCOMPARE(keys(u"qq.single"_s), QStringList()); // declared with one member
    QCOMPARE(keys(u"stream.full"_s), QStringList());
    QCOMPARE(keys(u"stream.missing"_s), QStringList { u"stream-replica-missing"_s });
    QCOMPARE(
        snap.missingStreamReplicas(*snap.find({ u"/"_s, u"stream.missing"_s })), QStringList { u"rabbit@rabbit7"_s });
    QCOMPARE(keys(u"stream.two"_s), QStringList()); // x-initial-cluster-size 2
    QCOMPARE(keys(u"classic.plain"_s), QStringList());
    QVERIFY(snap.find({ u"/"_s, u"qq.minority"_s })->leaderless);
    // the filter behind --problems and the Queues tab
    QueueFilter f;
    f.problemsOnly = true;
    QVERIFY(f.compile());
    QCOMPARE(f.apply(snap).size(), 4);
}

void TestQueues::problems4xStayQuietOnAHealthyCluster()
{
    const auto parsed = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0.5-lab.json"_s));
    QVERIFY(parsed.ok());
    QueueSnapshot snap(parsed.value());
    snap.setClusterNodes(lab4xNodes());
    for (const auto& q : snap.queues())
        QVERIFY2(!problemsOf(q, snap), qPrintable(q.name + u": "_s + problemKeys(problemsOf(q, snap)).join(u',')));
    // rabbit7 stops: every queue with a member there is not synchronised; none loses its leader
    QueueSnapshot stopped(parsed.value());
    stopped.setClusterNodes(lab4xNodes({ u"rabbit@rabbit7"_s }));
    QVERIFY(!problemsOf(*stopped.find({ u"/"_s, u"qq.orders"_s }), stopped).testFlag(QueueProblem::NoLeader));
}

void TestQueues::jsonExport4xAddsFieldsAndKeepsTheOldOnes()
{
    const auto parsed = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0-synthetic.json"_s));
    QVERIFY(parsed.ok());
    QueueSnapshot snap(parsed.value());
    snap.setClusterNodes(lab4xNodes());
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < snap.size(); ++i)
        rows << i;
    const auto doc = QJsonDocument::fromJson(QueueExport::toJson(snap, rows)).object();
    QCOMPARE(doc.value(u"rabbitmq_version"_s).toString(), u"4.0.5"_s);
    QCOMPARE(doc.value(u"classic_mirroring"_s).toBool(true), false);
    QHash<QString, QJsonObject> byName;
    for (const auto& v : doc.value(u"queues"_s).toArray())
        byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    const QJsonObject minority = byName.value(u"qq.minority"_s);
    for (const auto& k :
        { u"vhost"_s, u"name"_s, u"type"_s, u"home_node"_s, u"synchronised_nodes"_s, u"unsynchronised_nodes"_s,
            u"messages_ready"_s, u"messages_unacknowledged"_s, u"consumers"_s, u"state"_s, u"policy"_s, u"problems"_s })
        QVERIFY2(minority.contains(k), qPrintable(k));
    QCOMPARE(minority.value(u"leader_elected"_s).toBool(true), false);
    QCOMPARE(minority.value(u"target_size"_s).toInt(), 3);
    QVERIFY(minority.value(u"problems"_s).toArray().contains(u"no-leader"_s));
    QCOMPARE(byName.value(u"stream.missing"_s).value(u"missing_replica_nodes"_s).toArray().first().toString(),
        u"rabbit@rabbit7"_s);
    QVERIFY(!byName.value(u"classic.plain"_s).contains(u"leader_elected"_s));
    // the CSV keeps exactly its columns
    QCOMPARE(QueueExport::csvColumns().size(), 10);
}

void TestQueues::integerAfterKeyReadsArgumentTexts()
{
    QCOMPARE(integerAfterKey(u"[{\"x-quorum-initial-group-size\",5}]", u"x-quorum-initial-group-size"), 5);
    QCOMPARE(integerAfterKey(u"[{\"x-quorum-initial-group-size\",long,7}]", u"x-quorum-initial-group-size"), 7);
    QCOMPARE(integerAfterKey(u"{\"x-quorum-initial-group-size\": 12}", u"x-quorum-initial-group-size"), 12);
    QCOMPARE(integerAfterKey(u"[{\"x-queue-type\",\"quorum\"}]", u"x-quorum-initial-group-size"), -1);
    QCOMPARE(integerAfterKey(u"x-quorum-initial-group-size", u"x-quorum-initial-group-size"), -1);
    QCOMPARE(
        integerAfterKey(u"x-quorum-initial-group-size,\"abcdefghijklmnop\",3", u"x-quorum-initial-group-size"), -1);
}

// Captured from the 4.0.5 lab: rabbit7 stopped, the replica of stream st.audit on rabbit6 deleted
// (rabbit_stream_queue:delete_replica, what rabbitmq-streams delete_replica calls).
void TestQueues::problems4xOnTheLabWithRabbit7Stopped()
{
    const auto parsed = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0.5-lab-rabbit7-stopped.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const auto nodes = parseApiNodes(testutil::readData(u"4.0/api-nodes-4.0.5-lab-rabbit7-stopped.json"_s));
    QVERIFY(nodes.ok());
    QueueSnapshot snap(parsed.value());
    snap.setClusterNodes(nodes.value());
    QVERIFY(!snap.hasClassicMirroring());
    QVERIFY(snap.isNodeDown(u"rabbit@rabbit7"_s));
    auto keys = [&](const QString& vhost, const QString& name) {
        const QueueInfo* q = snap.find({ vhost, name });
        return q ? problemKeys(problemsOf(*q, snap)) : QStringList { u"(missing)"_s };
    };
    QCOMPARE(snap.missingStreamReplicas(*snap.find({ u"/"_s, u"st.audit"_s })), QStringList { u"rabbit@rabbit6"_s });
    QVERIFY(keys(u"/"_s, u"st.audit"_s).contains(u"stream-replica-missing"_s));
    QVERIFY(keys(u"/"_s, u"st.audit"_s).contains(u"home-node-down"_s)); // its leader was on rabbit7
    QCOMPARE(keys(u"/"_s, u"qq.alpha"_s), (QStringList { u"not-synchronised"_s, u"below-target-size"_s }));
    QCOMPARE(snap.find({ u"/"_s, u"qq.alpha"_s })->unsynchronisedNodes, QStringList { u"rabbit@rabbit7"_s });
    QVERIFY(!snap.find({ u"/"_s, u"qq.alpha"_s })->leaderless);
    QCOMPARE(keys(u"/"_s, u"st.events"_s), QStringList { u"not-synchronised"_s });
    QCOMPARE(keys(u"openstack"_s, u"plain.r7"_s), QStringList { u"home-node-down"_s });
    QCOMPARE(keys(u"/"_s, u"plain.r5"_s), QStringList());
}

// Captured from the 4.0.5 lab with rabbit6 and rabbit7 stopped (the lead's fixtures, no-leader/):
// the API still names the old leader and may list a stopped member online for a while, but says
// "minority"; rabbitmqctl says "running" but lists one member online. Both read as no leader.
void TestQueues::noLeaderOnTheLabWithTwoNodesStopped()
{
    const auto api = parseApiQueues(testutil::readData(u"4.0/api-queues-4.0.5-lab-no-leader.json"_s));
    QVERIFY2(api.ok(), qPrintable(api.error().toString()));
    const auto nodes = parseApiNodes(testutil::readData(u"4.0/api-nodes-4.0.5-lab-no-leader.json"_s));
    QVERIFY(nodes.ok());
    QueueSnapshot snap(api.value());
    snap.setClusterNodes(nodes.value());
    int quorum = 0;
    for (const auto& q : snap.queues()) {
        if (q.type != QueueType::Quorum)
            continue;
        ++quorum;
        QVERIFY2(q.leaderless, qPrintable(q.name));
        QVERIFY(problemKeys(problemsOf(q, snap)).contains(u"no-leader"_s));
    }
    QVERIFY(quorum >= 5);
    QVERIFY(!findByName(api.value(), u"classic.a"_s)->leaderless);

    const QStringList columns { u"name"_s, u"type"_s, u"pid"_s, u"leader"_s, u"members"_s, u"online"_s,
        u"messages_ready"_s, u"messages_unacknowledged"_s, u"consumers"_s, u"state"_s, u"policy"_s };
    const auto ctl
        = parseListQueues(testutil::readData(u"4.0/list-queues-4.0.5-lab-no-leader-tsv.txt"_s), columns, u"/"_s);
    QVERIFY2(ctl.ok(), qPrintable(ctl.error().toString()));
    for (const auto& q : ctl.value()) {
        QCOMPARE(q.leaderless, q.type == QueueType::Quorum);
        if (q.type == QueueType::Quorum)
            QCOMPARE(q.state, u"running"_s); // what rabbitmqctl says; the online list tells
    }
}

QTEST_GUILESS_MAIN(TestQueues)
#include "tst_queues.moc"
