#include "model/ClusterSnapshot.h"
#include "parse/ApiParsers.h"
#include "parse/BrokerParsers.h"
#include "status/LiveChecks.h"

#include "testutil/TestUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warren;

// What the broker is (issue 15): feature flags, deprecated features, metadata store, and how
// they reach the snapshot and `warrenctl status --format json`.
class TestBrokerFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featureFlagsReadStateAndStability();
    void storeFollowsKhepriDbFlag();
    void deprecatedFeaturesReadTheApiList();
    void metadataStoreStatusReadsKhepriJson();
    void metadataStoreStatusReadsMnesia_data();
    void metadataStoreStatusReadsMnesia();
    void apiNodesOf4xReadAsBefore();
    void metadataStoreStatusReadsTheTable();
    void brokerParsersRejectBrokenInput_data();
    void brokerParsersRejectBrokenInput();
    void checksFindRamNodesAndHaPolicies();
    void majorityCountsRunningMembers();
    void jsonAddsVersionAndStoreKeepingEveryKey();
    void brokerFactsAreCarriedBetweenReads();
    void adviceNamesWhatToDo();
    void stopSafetyOn4xWithoutTheMirrorCheck();
};

void TestBrokerFacts::featureFlagsReadStateAndStability()
{
    // A fresh 4.0.5 cluster: every flag enabled but the opt-in khepri_db (as list_feature_flags says).
    const auto flags = parseFeatureFlags(testutil::readData(u"4.0/api-feature-flags-4.0.5-mnesia.json"_s));
    QVERIFY2(flags.ok(), qPrintable(flags.error().toString()));
    const QStringList cli = QString::fromUtf8(testutil::readData(u"4.0/list-feature-flags-4.0.5-mnesia.txt"_s))
                                .split(u'\n', Qt::SkipEmptyParts)
                                .mid(2);
    QCOMPARE(flags->size(), cli.size());
    BrokerFacts b;
    b.featureFlags = flags.value();
    QStringList disabledByCli;
    for (const QString& line : cli) {
        if (line.section(u'\t', 1) == u"disabled"_s)
            disabledByCli << line.section(u'\t', 0, 0);
    }
    QCOMPARE(b.disabledFlags(), disabledByCli);
    QCOMPARE(b.disabledFlags(), QStringList({ u"khepri_db"_s }));
    // khepri_db is experimental (opt-in) in 4.0: not needed before an upgrade.
    QVERIFY(b.flagsNeededBeforeUpgrade().isEmpty());
    for (FeatureFlag& f : b.featureFlags) {
        if (f.name == u"quorum_queue_non_voters"_s) {
            QCOMPARE(f.stability, u"stable"_s);
            f.state = u"disabled"_s; // as after an upgrade from 3.13 that did not enable it
        }
    }
    QCOMPARE(b.flagsNeededBeforeUpgrade(), QStringList({ u"quorum_queue_non_voters"_s }));
}

void TestBrokerFacts::storeFollowsKhepriDbFlag()
{
    auto flags = parseFeatureFlags(testutil::readData(u"4.0/api-feature-flags-4.0.5-mnesia.json"_s)).value();
    QCOMPARE(storeFromFeatureFlags(flags), MetadataStore::Mnesia);
    for (FeatureFlag& f : flags) {
        if (f.name == u"khepri_db"_s)
            f.state = u"enabled"_s;
    }
    QCOMPARE(storeFromFeatureFlags(flags), MetadataStore::Khepri);
    QCOMPARE(storeFromFeatureFlags({}), MetadataStore::Mnesia); // 3.10 has no khepri_db flag
}

void TestBrokerFacts::deprecatedFeaturesReadTheApiList()
{
    const auto used
        = parseDeprecatedFeatures(testutil::readData(u"4.0/api-deprecated-features-used-4.0.5-mnesia.json"_s));
    QVERIFY2(used.ok(), qPrintable(used.error().toString()));
    QCOMPARE(used->size(), 1);
    QCOMPARE(used->first().name, u"transient_nonexcl_queues"_s);
    QCOMPARE(used->first().phase, u"permitted_by_default"_s);
    QCOMPARE(used->first().foundBy, u"api"_s);
    const auto none = parseDeprecatedFeatures("[]");
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestBrokerFacts::metadataStoreStatusReadsKhepriJson()
{
    const auto s = parseMetadataStoreStatus(testutil::readData(u"4.0/metadata-store-status-4.0.5-khepri.json"_s));
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    QCOMPARE(s->store, MetadataStore::Khepri);
    QCOMPARE(s->leader, u"rabbit@rabbit5"_s);
    QCOMPARE(s->raft.size(), 3);
    QCOMPARE(s->raft.at(1).raftState, u"follower"_s);
    QCOMPARE(s->raft.at(1).membership, u"voter"_s);
    QCOMPARE(s->raft.at(0).term, 1);
    QCOMPARE(s->raft.at(0).commitIndex, 92);
}

void TestBrokerFacts::metadataStoreStatusReadsMnesia_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << u"4.0/metadata-store-status-4.0.5-mnesia.json"_s;
    // The default table, border in the terminal's line-drawing set, header in bold.
    QTest::newRow("table") << u"4.0/metadata-store-status-4.0.5-mnesia.txt"_s;
}

void TestBrokerFacts::metadataStoreStatusReadsMnesia()
{
    QFETCH(QString, file);
    const auto s = parseMetadataStoreStatus(testutil::readData(file));
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    QCOMPARE(s->store, MetadataStore::Mnesia);
    QVERIFY(s->raft.isEmpty());
    QVERIFY(s->leader.isEmpty());
}

void TestBrokerFacts::apiNodesOf4xReadAsBefore()
{
    const auto nodes = parseApiNodes(testutil::readData(u"4.0/api-nodes-4.0.5-mnesia.json"_s));
    QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
    QCOMPARE(nodes->size(), 3);
    for (const NodeInfo& n : nodes.value()) {
        QCOMPARE(n.rabbitVersion, u"4.0.5"_s);
        QCOMPARE(n.type, NodeType::Disc);
        QVERIFY(n.running);
        QVERIFY(!n.memoryAlarm);
        QVERIFY(!n.diskAlarm);
        QVERIFY(n.memUsed > 0);
        QVERIFY(n.memLimit > 0);
        QVERIFY(n.diskFree > 0);
        QVERIFY(n.diskFreeLimit > 0);
        QVERIFY(n.uptimeMs > 0);
        QVERIFY(n.fdTotal > 0);
        QVERIFY(n.procUsed > 0);
    }
    // A stopped 4.0 node is listed with its name, type and running only: unknown figures, no alarm.
    const auto down = parseApiNodes(testutil::readData(u"4.0/api-nodes-4.0.5-mnesia-rabbit7-down.json"_s));
    QVERIFY2(down.ok(), qPrintable(down.error().toString()));
    QCOMPARE(down->size(), 3);
    const NodeInfo& r7 = down->at(2);
    QCOMPARE(r7.name, u"rabbit@rabbit7"_s);
    QVERIFY(!r7.running);
    QCOMPARE(r7.type, NodeType::Disc);
    QCOMPARE(r7.memUsed, -1);
    QVERIFY(r7.rabbitVersion.isEmpty());
    QVERIFY(r7.alarms().isEmpty());
    MetadataStoreStatus khepri;
    khepri.store = MetadataStore::Khepri;
    khepri.setMembersFrom(down.value());
    QCOMPARE(khepri.membersRunning, 2);
    QVERIFY(khepri.majorityUp());
    const auto overview = parseApiOverview(testutil::readData(u"4.0/api-overview-4.0.5-mnesia.json"_s));
    QVERIFY2(overview.ok(), qPrintable(overview.error().toString()));
    QCOMPARE(overview->rabbitVersion, u"4.0.5"_s);
    QVERIFY(overview->erlangVersion.startsWith(u"27"_s));
    const auto policies = parseHaPolicies(testutil::readData(u"4.0/api-policies-4.0.5-mnesia.json"_s));
    QVERIFY(policies.ok());
    QVERIFY(policies->isEmpty()); // a max-length policy is no mirroring
}

void TestBrokerFacts::metadataStoreStatusReadsTheTable()
{
    const auto s = parseMetadataStoreStatus(testutil::readData(u"4.0/metadata-store-status-4.0.5-khepri.txt"_s));
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    QCOMPARE(s->store, MetadataStore::Khepri);
    QCOMPARE(s->leader, u"rabbit@rabbit5"_s);
    QCOMPARE(s->raft.size(), 3);
    QCOMPARE(s->raft.at(2).node, u"rabbit@rabbit7"_s);
    QCOMPARE(s->raft.at(2).raftState, u"follower"_s);
    QCOMPARE(s->raft.first().term, 1);
}

void TestBrokerFacts::brokerParsersRejectBrokenInput_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("flags: empty") << 0 << QByteArray();
    QTest::newRow("flags: truncated") << 0 << QByteArray(R"([{"name":"a","state":)");
    QTest::newRow("flags: object") << 0 << QByteArray(R"({"error":"Object Not Found","reason":"Not Found"})");
    QTest::newRow("flags: nameless") << 0 << QByteArray(R"([{"state":"enabled"}])");
    QTest::newRow("flags: not objects") << 0 << QByteArray("[1,2,3]");
    QTest::newRow("deprecated: string") << 1 << QByteArray(R"("used")");
    QTest::newRow("deprecated: null entry") << 1 << QByteArray("[null]");
    QTest::newRow("store: empty") << 2 << QByteArray();
    QTest::newRow("store: noise") << 2 << QByteArray("Error: unable to perform an operation on node");
    QTest::newRow("store: rows without names") << 2 << QByteArray(R"([{"Raft State":"leader"}])");
    QTest::newRow("store: unknown store") << 2 << QByteArray(R"([{"Metadata Store":"ets"}])");
    QTest::newRow("store: table without node") << 2 << QByteArray("| Term |\n| 3 |\n");
    QTest::newRow("policies: object") << 3 << QByteArray("{}");
}

void TestBrokerFacts::brokerParsersRejectBrokenInput()
{
    QFETCH(int, parser);
    QFETCH(QByteArray, input);
    QString error;
    switch (parser) {
    case 0:
        error = parseFeatureFlags(input).error().toString();
        QVERIFY(!parseFeatureFlags(input).ok());
        break;
    case 1:
        error = parseDeprecatedFeatures(input).error().toString();
        QVERIFY(!parseDeprecatedFeatures(input).ok());
        break;
    case 2:
        error = parseMetadataStoreStatus(input).error().toString();
        QVERIFY(!parseMetadataStoreStatus(input).ok());
        break;
    default:
        error = parseHaPolicies(input).error().toString();
        QVERIFY(!parseHaPolicies(input).ok());
    }
    QVERIFY2(!error.isEmpty(), "a refused input says why");
}

void TestBrokerFacts::checksFindRamNodesAndHaPolicies()
{
    const auto ha = parseHaPolicies(testutil::readData(u"4.0/api-policies-3.10-ha-synthetic.json"_s));
    QVERIFY2(ha.ok(), qPrintable(ha.error().toString()));
    QCOMPARE(ha.value(), QStringList({ u"ha-all (/)"_s, u"mirror-two (lab)"_s }));
    NodeInfo disc;
    disc.name = u"rabbit@rabbit1"_s;
    disc.type = NodeType::Disc;
    NodeInfo ram = disc;
    ram.name = u"rabbit@rabbit3"_s;
    ram.type = NodeType::Ram;
    const auto found = deprecatedFeaturesFromChecks({ disc, ram }, ha.value());
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).name, u"ram_node_type"_s);
    QCOMPARE(found.at(0).where, QStringList({ u"rabbit@rabbit3"_s }));
    QCOMPARE(found.at(0).foundBy, u"checks"_s);
    QCOMPARE(found.at(1).name, u"classic_queue_mirroring"_s);
    QVERIFY(deprecatedFeaturesFromChecks({ disc }, {}).isEmpty());
}

static QList<NodeInfo> threeNodes(int running)
{
    QList<NodeInfo> nodes;
    for (int i = 0; i < 3; ++i) {
        NodeInfo n;
        n.name = u"rabbit@rabbit%1"_s.arg(5 + i);
        n.type = NodeType::Disc;
        n.running = i < running;
        n.rabbitVersion = u"4.0.5"_s;
        nodes << n;
    }
    return nodes;
}

void TestBrokerFacts::majorityCountsRunningMembers()
{
    MetadataStoreStatus m;
    m.store = MetadataStore::Khepri;
    m.setMembersFrom(threeNodes(3));
    QCOMPARE(m.members.size(), 3);
    QCOMPARE(m.membersRunning, 3);
    QVERIFY(m.majorityUp());
    m.setMembersFrom(threeNodes(2));
    QVERIFY(m.majorityUp());
    m.setMembersFrom(threeNodes(1));
    QVERIFY(!m.majorityUp());
}

void TestBrokerFacts::jsonAddsVersionAndStoreKeepingEveryKey()
{
    ClusterSnapshot snap;
    snap.clusterName = u"lab-4x"_s;
    snap.takenAt = QDateTime::currentDateTimeUtc();
    snap.via = u"api"_s;
    snap.nodes = threeNodes(3);
    snap.rabbitVersion = u"4.0.5"_s;
    const QJsonObject before = snap.toJson();
    QCOMPARE(before.value(u"version"_s).toString(), u"4.0.5"_s);
    QCOMPARE(before.value(u"metadata_store"_s).toObject().value(u"store"_s).toString(), u"unknown"_s);

    snap.broker.readAt = QDateTime::currentDateTimeUtc();
    snap.broker.metadata
        = parseMetadataStoreStatus(testutil::readData(u"4.0/metadata-store-status-4.0.5-khepri.json"_s)).value();
    snap.broker.metadata.setMembersFrom(snap.nodes);
    snap.broker.featureFlagsKnown = true;
    snap.broker.featureFlags
        = parseFeatureFlags(testutil::readData(u"4.0/api-feature-flags-4.0.5-mnesia.json"_s)).value();
    snap.broker.deprecatedKnown = true;
    snap.broker.deprecatedFoundBy = u"api"_s;
    const QJsonObject o = snap.toJson();
    for (const QString& key :
        { u"cluster"_s, u"taken_at"_s, u"via"_s, u"nodes"_s, u"partitions"_s, u"haproxy"_s, u"sources"_s })
        QVERIFY2(o.contains(key), qPrintable(key));
    const QJsonObject node = o.value(u"nodes"_s).toArray().first().toObject();
    for (const QString& key : { u"name"_s, u"type"_s, u"running"_s, u"alarms"_s, u"partitions"_s, u"rabbitmq_version"_s,
             u"uptime_ms"_s, u"mem_used"_s })
        QVERIFY2(node.contains(key), qPrintable(key));
    const QJsonObject store = o.value(u"metadata_store"_s).toObject();
    QCOMPARE(store.value(u"store"_s).toString(), u"khepri"_s);
    QCOMPARE(store.value(u"leader"_s).toString(), u"rabbit@rabbit5"_s);
    QCOMPARE(store.value(u"members"_s).toArray().size(), 3);
    QCOMPARE(store.value(u"members_running"_s).toInt(), 3);
    QCOMPARE(store.value(u"majority_up"_s).toBool(), true);
    QCOMPARE(store.value(u"raft"_s).toArray().size(), 3);
    QCOMPARE(o.value(u"feature_flags"_s).toObject().value(u"disabled"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"deprecated_features"_s).toObject().value(u"found_by"_s).toString(), u"api"_s);
}

void TestBrokerFacts::brokerFactsAreCarriedBetweenReads()
{
    ClusterSnapshot previous;
    previous.via = u"api"_s;
    previous.nodes = threeNodes(3);
    previous.broker.readAt = QDateTime::currentDateTimeUtc();
    previous.broker.metadata.store = MetadataStore::Khepri;
    previous.broker.metadata.leader = u"rabbit@rabbit5"_s;
    previous.broker.metadata.setMembersFrom(previous.nodes);

    ClusterSnapshot fresh;
    fresh.via = u"api"_s;
    fresh.nodes = threeNodes(1); // two stopped since
    carryForward(fresh, previous, RefreshedChecks {});
    QCOMPARE(fresh.broker.metadata.store, MetadataStore::Khepri);
    QCOMPARE(fresh.broker.metadata.leader, u"rabbit@rabbit5"_s);
    QCOMPARE(fresh.broker.metadata.membersRunning, 1); // this poll's, not the carried count
    QVERIFY(!fresh.broker.metadata.majorityUp());

    ClusterSnapshot reread;
    reread.nodes = threeNodes(3);
    reread.broker.readAt = QDateTime::currentDateTimeUtc();
    reread.broker.metadata.store = MetadataStore::Mnesia;
    RefreshedChecks refreshed;
    refreshed.brokerFacts = true;
    carryForward(reread, previous, refreshed);
    QCOMPARE(reread.broker.metadata.store, MetadataStore::Mnesia);
}

void TestBrokerFacts::adviceNamesWhatToDo()
{
    QVERIFY(deprecatedFeatureAdvice(u"ram_node_type"_s).contains(u"disc"_s));
    QVERIFY(deprecatedFeatureAdvice(u"classic_queue_mirroring"_s).contains(u"quorum"_s));
    QVERIFY(!deprecatedFeatureAdvice(u"something_new"_s).isEmpty());
}

void TestBrokerFacts::stopSafetyOn4xWithoutTheMirrorCheck()
{
    // 4.0 answers 404 for node-is-mirror-sync-critical (mirroring is gone): no mirror at risk,
    // and the verdict comes from the quorum check alone (503 here: qq.small has 2 members).
    const HealthCheckAnswer mirror = parseMirrorSyncCheck(
        404, testutil::readData(u"4.0/api-health-node-is-mirror-sync-critical-4.0.5-404.json"_s));
    QVERIFY(mirror.answered);
    QVERIFY(mirror.ok);
    const HealthCheckAnswer quorum
        = parseHealthCheck(503, testutil::readData(u"4.0/api-health-node-is-quorum-critical-4.0.5-503.json"_s));
    QVERIFY(quorum.answered);
    QVERIFY(!quorum.ok);
    const StopSafety s = stopSafetyFrom(quorum, mirror);
    QCOMPARE(s.verdict, StopSafety::Verdict::NotSafe);
    QCOMPARE(s.mirrorsAtRisk, 0);
    QVERIFY(s.quorumQueuesAtRisk >= 1);
    QCOMPARE(stopSafetyFrom(parseHealthCheck(200, R"({"status":"ok"})"), mirror).verdict, StopSafety::Verdict::Safe);
    // Anything else that is not an answer stays unknown (a 500, no HTTP answer at all).
    QVERIFY(parseMirrorSyncCheck(406, {}).ok); // what Qt's request gets from 4.0.5
    QVERIFY(!parseMirrorSyncCheck(500, {}).answered);
    QVERIFY(!parseMirrorSyncCheck(0, {}).answered);
}

QTEST_GUILESS_MAIN(TestBrokerFacts)
#include "tst_brokerfacts.moc"
