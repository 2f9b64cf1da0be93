// The operation request `warrenctl plan` and the wizards share (core/ops/OperationRequest): the
// host lookup rule, the validation against the profile with hostile and ambiguous inputs, the
// operation list, and the same refusal, word for word, from warrenctl run against a profile file.
#include "ops/OperationPlanner.h"
#include "ops/OperationRequest.h"
#include "testutil/CtlRefusal.h"
#include "testutil/SnapshotFixtures.h"
#include "testutil/TestUtil.h"
#include "util/Translator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warren;

Q_DECLARE_METATYPE(warren::OperationRequest)

namespace {

ClusterProfile labProfile()
{
    auto parsed = ClusterProfile::load(testutil::dataFile(QStringLiteral("profile-gui.json")));
    if (!parsed.ok())
        qFatal("fixture profile does not load: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

HostProfile rabbitHost(const QString& name, const QString& address, const QString& node = {})
{
    HostProfile h;
    h.name = name;
    h.address = address;
    h.node = node;
    h.roles = { QStringLiteral("rabbitmq") };
    return h;
}

// The lab's profile plus hosts that make values ambiguous: hare1 is a second node on rabbit1's
// machine (same address), rabbit5's address is the name "rabbit2", and rabbit6's node is not
// called after its host.
ClusterProfile ambiguousProfile()
{
    ClusterProfile p = labProfile();
    p.name = QStringLiteral("tricky");
    p.spare << rabbitHost(QStringLiteral("hare1"), QStringLiteral("10.213.77.11"), QStringLiteral("hare@rabbit1"))
            << rabbitHost(QStringLiteral("rabbit5"), QStringLiteral("rabbit2"))
            << rabbitHost(QStringLiteral("rabbit6"), QStringLiteral("10.213.77.16"), QStringLiteral("hare@rabbit6"));
    return p;
}

OperationRequest join(const QString& node, const QString& target, const QString& type = {})
{
    OperationRequest r;
    r.kind = OperationKind::Join;
    r.node = node;
    r.target = target;
    r.type = type;
    return r;
}

OperationRequest forget(const QString& node, const QString& via = {})
{
    OperationRequest r;
    r.kind = OperationKind::Forget;
    r.node = node;
    r.via = via;
    return r;
}

OperationRequest syncCookie(const QString& from, const QStringList& to)
{
    OperationRequest r;
    r.kind = OperationKind::SyncCookie;
    r.from = from;
    r.to = to;
    return r;
}

// A cluster whose only disc node is rabbit1.
ClusterSnapshot oneDiscNode()
{
    ClusterSnapshot s;
    s.nodes = { testutil::makeNode(QStringLiteral("rabbit1"), NodeType::Disc, 0),
        testutil::makeNode(QStringLiteral("rabbit2"), NodeType::Ram, 0),
        testutil::makeNode(QStringLiteral("rabbit3"), NodeType::Ram, 0) };
    return s;
}

QString notAHost(const QString& value, const QString& profile = QStringLiteral("warren-lab"))
{
    return QStringLiteral("\"%1\" is not a host of profile %2 (give a host name, a node name or an address)")
        .arg(value, profile);
}

QString notANodeName(const QString& value)
{
    return QStringLiteral("\"%1\" is not a RabbitMQ node name (NAME@HOST: letters, digits, '_', '-', '.')").arg(value);
}

} // namespace

class TestOpRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNodeIsNamedByHostNodeNameOrAddress_data();
    void aNodeIsNamedByHostNodeNameOrAddress();
    void hostileValuesAreRefusedAsUnknownHosts_data();
    void hostileValuesAreRefusedAsUnknownHosts();
    void aValueNamingTwoHostsIsRefusedNamingBoth();
    void rabbitAtNameIsOnlyTheNodeNameTheProfileGives();
    void aHostNamedLikeAnOptionIsRefused();
    void aNodeCannotJoinItselfWhateverItIsCalled();
    void joinAndConvertCheckTheNodeType();
    void forgetTakesANodeNameNotInTheProfileButOnlyAPlausibleOne_data();
    void forgetTakesANodeNameNotInTheProfileButOnlyAPlausibleOne();
    void forgetRunsOnAnotherNodeAndNeverForgetsTheLastDiscNode();
    void convertNeverMakesTheLastDiscNodeRam();
    void noRamNodeIsMadeOn4xAsTheSnapshotTells();
    void syncCookieRefusesEmptyDuplicateAndSelfEntries();
    void fixAddressTakesOnlyAKnownFix();
    void onlyAValidRequestGetsAPlanner();
    void theOperationListIsOneList();
    void warrenctlRefusesWithTheSameText_data();
    void warrenctlRefusesWithTheSameText();
    void warrenctlRefusesInChineseWithTheSameTranslation();

private:
    QTemporaryDir m_dir;
    QString m_lab; // profile-gui.json
    QString m_tricky; // ambiguousProfile(), saved
};

void TestOpRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lab = testutil::dataFile(QStringLiteral("profile-gui.json"));
    m_tricky = m_dir.filePath(QStringLiteral("tricky.json"));
    QString error;
    QVERIFY2(ambiguousProfile().save(m_tricky, &error), qPrintable(error));
    // The saved profile loads again: warrenctl sees the same hosts.
    QVERIFY(ClusterProfile::load(m_tricky).ok());
}

void TestOpRequest::aNodeIsNamedByHostNodeNameOrAddress_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("host name") << QStringLiteral("rabbit4");
    QTest::newRow("node name") << QStringLiteral("rabbit@rabbit4");
    QTest::newRow("address") << QStringLiteral("10.213.77.14");
    QTest::newRow("spaces around") << QStringLiteral("  rabbit4\t");
    QTest::newRow("node name, spaces around") << QStringLiteral(" rabbit@rabbit4 ");
}

void TestOpRequest::aNodeIsNamedByHostNodeNameOrAddress()
{
    QFETCH(QString, value);
    const ClusterProfile p = labProfile();
    const auto found = OperationRequest::findHost(p, value);
    QVERIFY2(found.host, qPrintable(found.error));
    QCOMPARE(found.host->name, QStringLiteral("rabbit4"));
    QCOMPARE(join(value, QStringLiteral("rabbit1")).validate(p), QString());
}

void TestOpRequest::hostileValuesAreRefusedAsUnknownHosts_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("semicolon") << QStringLiteral("rabbit4; reboot");
    QTest::newRow("command substitution") << QStringLiteral("$(reboot)");
    QTest::newRow("backticks") << QStringLiteral("`reboot`");
    QTest::newRow("double quotes") << QStringLiteral("\"rabbit4\"");
    QTest::newRow("single quote") << QStringLiteral("rabbit4'");
    QTest::newRow("pipe") << QStringLiteral("rabbit4|sh");
    QTest::newRow("newline") << QStringLiteral("rabbit4\nrabbit1");
    QTest::newRow("space inside") << QStringLiteral("rabbit 4");
    QTest::newRow("other case") << QStringLiteral("Rabbit4");
    QTest::newRow("fullwidth digit") << QStringLiteral("rabbit\uFF14");
    QTest::newRow("cyrillic a") << QStringLiteral("r\u0430bbit4");
    QTest::newRow("node of unknown host") << QStringLiteral("rabbit@rabbit9");
    QTest::newRow("unknown host") << QStringLiteral("rabbit9");
    QTest::newRow("address prefix") << QStringLiteral("10.213.77.1");
}

void TestOpRequest::hostileValuesAreRefusedAsUnknownHosts()
{
    QFETCH(QString, value);
    const ClusterProfile p = labProfile();
    const auto found = OperationRequest::findHost(p, value);
    QVERIFY(!found.host);
    QCOMPARE(found.miss, OperationRequest::Lookup::Miss::Unknown);
    QCOMPARE(join(value, QStringLiteral("rabbit1")).validate(p), notAHost(value.trimmed()));
    QCOMPARE(join(QStringLiteral("rabbit4"), value).validate(p), notAHost(value.trimmed()));
    OperationRequest convert;
    convert.kind = OperationKind::Convert;
    convert.node = value;
    convert.type = QStringLiteral("disc");
    QCOMPARE(convert.validate(p), notAHost(value.trimmed()));
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { value }).validate(p), notAHost(value.trimmed()));
}

void TestOpRequest::aValueNamingTwoHostsIsRefusedNamingBoth()
{
    const ClusterProfile p = ambiguousProfile();
    // One address, two nodes on that machine.
    QCOMPARE(join(QStringLiteral("10.213.77.11"), QStringLiteral("rabbit2")).validate(p),
        QStringLiteral("\"10.213.77.11\" is ambiguous in profile tricky: it names both rabbit1 (10.213.77.11) and "
                       "hare1 (10.213.77.11)"));
    // One host's name is another host's address.
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit2")).validate(p),
        QStringLiteral("\"rabbit2\" is ambiguous in profile tricky: it names both rabbit2 (10.213.77.12) and "
                       "rabbit5 (rabbit2)"));
    QCOMPARE(OperationRequest::findHost(p, QStringLiteral("rabbit2")).miss, OperationRequest::Lookup::Miss::Ambiguous);
    // forget does not fall back to a node name when the value is ambiguous.
    QVERIFY(forget(QStringLiteral("rabbit2")).validate(p).contains(QLatin1String("ambiguous")));
    // What is unique stays usable: the other names of the same hosts.
    QCOMPARE(join(QStringLiteral("hare@rabbit1"), QStringLiteral("rabbit@rabbit2")).validate(p), QString());
    QCOMPARE(join(QStringLiteral("rabbit5"), QStringLiteral("rabbit1")).validate(p), QString());
    // The same host in hosts and in spare is ambiguous too.
    ClusterProfile twice = labProfile();
    twice.spare << twice.hosts.first();
    QVERIFY(join(QStringLiteral("rabbit1"), QStringLiteral("rabbit2"))
                .validate(twice)
                .contains(QLatin1String("ambiguous")));
}

void TestOpRequest::rabbitAtNameIsOnlyTheNodeNameTheProfileGives()
{
    const ClusterProfile p = ambiguousProfile();
    // rabbit6's node is hare@rabbit6: rabbit@rabbit6 is another node (after a hostname or node
    // name change, acting on it would act on the wrong one).
    QCOMPARE(join(QStringLiteral("rabbit@rabbit6"), QStringLiteral("rabbit1")).validate(p),
        notAHost(QStringLiteral("rabbit@rabbit6"), QStringLiteral("tricky")));
    QCOMPARE(join(QStringLiteral("hare@rabbit6"), QStringLiteral("rabbit1")).validate(p), QString());
    // rabbit5 sets no node name: RabbitMQ's default rabbit@rabbit5 names it.
    QCOMPARE(OperationRequest::findHost(p, QStringLiteral("rabbit@rabbit5")).host->name, QStringLiteral("rabbit5"));
    // A host that is not a RabbitMQ host has no node name to be found by.
    QCOMPARE(
        OperationRequest::findHost(p, QStringLiteral("rabbit@haproxy")).miss, OperationRequest::Lookup::Miss::Unknown);
    QCOMPARE(join(QStringLiteral("haproxy"), QStringLiteral("rabbit1")).validate(p),
        QStringLiteral("haproxy is not a RabbitMQ host of profile tricky"));
}

void TestOpRequest::aHostNamedLikeAnOptionIsRefused()
{
    // A profile file cannot name a host "--yes" (the loader refuses it); one built in memory can.
    ClusterProfile p = labProfile();
    p.spare << rabbitHost(QStringLiteral("--yes"), QStringLiteral("10.213.77.20"), QStringLiteral("rabbit@yes"));
    const QString refusal = QStringLiteral("\"--yes\" looks like an option, not a host");
    QCOMPARE(OperationRequest::findHost(p, QStringLiteral("--yes")).miss, OperationRequest::Lookup::Miss::Option);
    QCOMPARE(join(QStringLiteral("--yes"), QStringLiteral("rabbit1")).validate(p), refusal);
    QCOMPARE(forget(QStringLiteral("--yes")).validate(p), refusal);
    QCOMPARE(forget(QStringLiteral("-rf@rabbit1")).validate(p),
        QStringLiteral("\"-rf@rabbit1\" looks like an option, not a host"));
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit2"), QStringLiteral("--yes") }).validate(p),
        refusal);
    // Its other names still find it: only the option-like spelling is refused.
    QCOMPARE(join(QStringLiteral("rabbit@yes"), QStringLiteral("rabbit1")).validate(p), QString());
}

void TestOpRequest::aNodeCannotJoinItselfWhateverItIsCalled()
{
    const ClusterProfile p = labProfile();
    const QString refusal = QStringLiteral(
        "rabbit4 cannot join its own cluster: the node to join and the cluster member are the same host");
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit4")).validate(p), refusal);
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit@rabbit4")).validate(p), refusal);
    QCOMPARE(join(QStringLiteral("10.213.77.14"), QStringLiteral(" rabbit4 ")).validate(p), refusal);
    QCOMPARE(join(QString(), QStringLiteral("rabbit1")).validate(p),
        QStringLiteral("name the node to join: a RabbitMQ host of profile warren-lab"));
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("   ")).validate(p),
        QStringLiteral("name a member of the cluster to join: a RabbitMQ host of profile warren-lab"));
}

void TestOpRequest::joinAndConvertCheckTheNodeType()
{
    const ClusterProfile p = labProfile();
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("ram")).validate(p), QString());
    QCOMPARE(
        join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral(" disc ")).validate(p), QString());
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("ram;reboot")).validate(p),
        QStringLiteral("the node type must be disc or ram, not \"ram;reboot\""));
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("unknown")).validate(p),
        QStringLiteral("the node type must be disc or ram, not \"unknown\""));
    OperationRequest convert;
    convert.kind = OperationKind::Convert;
    convert.node = QStringLiteral("rabbit3");
    QCOMPARE(convert.validate(p), QStringLiteral("name the new node type: disc or ram"));
    convert.type = QStringLiteral("ram");
    QCOMPARE(convert.validate(p), QString());
}

void TestOpRequest::forgetTakesANodeNameNotInTheProfileButOnlyAPlausibleOne_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("gone node") << QStringLiteral("rabbit@gone") << QString();
    QTest::newRow("bare name") << QStringLiteral("gone") << QString();
    QTest::newRow("other prefix") << QStringLiteral("hare@gone.example") << QString();
    QTest::newRow("semicolon") << QStringLiteral("rabbit@x;rm -rf /")
                               << notANodeName(QStringLiteral("rabbit@x;rm -rf /"));
    QTest::newRow("quotes") << QStringLiteral("rabbit@'x'") << notANodeName(QStringLiteral("rabbit@'x'"));
    QTest::newRow("substitution") << QStringLiteral("$(id)") << notANodeName(QStringLiteral("rabbit@$(id)"));
    QTest::newRow("space inside") << QStringLiteral("rabbit@a b") << notANodeName(QStringLiteral("rabbit@a b"));
    QTest::newRow("two @") << QStringLiteral("a@b@c") << notANodeName(QStringLiteral("a@b@c"));
    QTest::newRow("fullwidth digit") << QStringLiteral("rabbit@rabbit\uFF14")
                                     << notANodeName(QStringLiteral("rabbit@rabbit\uFF14"));
    QTest::newRow("chinese") << QStringLiteral("\u8282\u70b9@host")
                             << notANodeName(QStringLiteral("\u8282\u70b9@host"));
    QTest::newRow("empty") << QStringLiteral("  ")
                           << QStringLiteral("name the node to forget: its host or its node name");
}

void TestOpRequest::forgetTakesANodeNameNotInTheProfileButOnlyAPlausibleOne()
{
    QFETCH(QString, value);
    QFETCH(QString, refusal);
    QCOMPARE(forget(value).validate(labProfile()), refusal);
}

void TestOpRequest::forgetRunsOnAnotherNodeAndNeverForgetsTheLastDiscNode()
{
    const ClusterProfile p = labProfile();
    QCOMPARE(forget(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")).validate(p), QString());
    const QString itself = QStringLiteral(
        "rabbit@rabbit1 cannot forget itself: the node that runs forget_cluster_node must be another member");
    QCOMPARE(forget(QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit1")).validate(p), itself);
    QCOMPARE(forget(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11")).validate(p), itself);
    QCOMPARE(forget(QStringLiteral("rabbit4"), QStringLiteral("haproxy")).validate(p),
        QStringLiteral("haproxy is not a RabbitMQ host of profile warren-lab"));
    QCOMPARE(forget(QStringLiteral("rabbit4"), QStringLiteral("rabbit1;reboot")).validate(p),
        notAHost(QStringLiteral("rabbit1;reboot")));
    // With what the last snapshot knows: rabbit1 is the only disc node.
    const QString lastDisc = QStringLiteral("rabbit@rabbit1 is the last disc node of the cluster: forgetting it would "
                                            "leave the cluster without a disc node");
    QCOMPARE(forget(QStringLiteral("rabbit1")).validate(p, oneDiscNode()), lastDisc);
    QCOMPARE(forget(QStringLiteral("10.213.77.11"), QStringLiteral("rabbit2")).validate(p, oneDiscNode()), lastDisc);
    QCOMPARE(forget(QStringLiteral("rabbit2")).validate(p, oneDiscNode()), QString());
    // Without a snapshot (the CLI) the planner's preflight applies the rule to the live facts.
    QCOMPARE(forget(QStringLiteral("rabbit1")).validate(p), QString());
}

void TestOpRequest::convertNeverMakesTheLastDiscNodeRam()
{
    OperationRequest r;
    r.kind = OperationKind::Convert;
    r.node = QStringLiteral("rabbit@rabbit1");
    r.type = QStringLiteral("ram");
    QCOMPARE(r.validate(labProfile(), oneDiscNode()),
        QStringLiteral("rabbit@rabbit1 is the last disc node of its cluster: converting it to ram would leave the "
                       "cluster without a disc node"));
    r.type = QStringLiteral("disc");
    QCOMPARE(r.validate(labProfile(), oneDiscNode()), QString());
}

void TestOpRequest::noRamNodeIsMadeOn4xAsTheSnapshotTells()
{
    ClusterSnapshot four;
    four.nodes = { testutil::makeNode(QStringLiteral("rabbit1"), NodeType::Disc, 0),
        testutil::makeNode(QStringLiteral("rabbit2"), NodeType::Disc, 0),
        testutil::makeNode(QStringLiteral("rabbit3"), NodeType::Ram, 0) };
    for (auto& n : four.nodes)
        n.rabbitVersion = QStringLiteral("4.0.5");
    const QString why = OperationPlanner::ramRefusal(RabbitVersion::parse(QStringLiteral("4.0.5")));
    QVERIFY(why.contains(QLatin1String("deprecated")));
    QCOMPARE(
        join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("ram")).validate(labProfile(), four),
        why);
    QCOMPARE(
        join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("disc")).validate(labProfile(), four),
        QString());
    OperationRequest r;
    r.kind = OperationKind::Convert;
    r.node = QStringLiteral("rabbit2");
    r.type = QStringLiteral("ram");
    QCOMPARE(r.validate(labProfile(), four), why);
    r.node = QStringLiteral("rabbit3");
    r.type = QStringLiteral("disc"); // a ram node left from 3.x may become a disc node
    QCOMPARE(r.validate(labProfile(), four), QString());
    // 3.10: unchanged.
    QCOMPARE(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("ram"))
                 .validate(labProfile(), oneDiscNode()),
        QString());
}

void TestOpRequest::syncCookieRefusesEmptyDuplicateAndSelfEntries()
{
    const ClusterProfile p = labProfile();
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QStringLiteral(" rabbit@rabbit4") })
                 .validate(p),
        QString());
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), {}).validate(p),
        QStringLiteral("name at least one node to receive the cookie"));
    QCOMPARE(syncCookie(QString(), { QStringLiteral("rabbit3") }).validate(p),
        QStringLiteral("name the node whose cookie is copied: a RabbitMQ host of profile warren-lab"));
    const QString empty = QStringLiteral("the list of nodes that receive the cookie has an empty entry");
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QString() }).validate(p), empty);
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { QStringLiteral(" ") }).validate(p), empty);
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QStringLiteral("rabbit@rabbit3") })
                 .validate(p),
        QStringLiteral("\"rabbit3\" and \"rabbit@rabbit3\" both name rabbit3: name each node that receives the "
                       "cookie once"));
    QCOMPARE(
        syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QStringLiteral("rabbit3") }).validate(p),
        QStringLiteral("\"rabbit3\" and \"rabbit3\" both name rabbit3: name each node that receives the cookie once"));
    const QString self = QStringLiteral("rabbit1 cannot receive its own cookie: the source node is also a target");
    QCOMPARE(syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QStringLiteral("10.213.77.11") })
                 .validate(p),
        self);
    QCOMPARE(syncCookie(QStringLiteral("rabbit@rabbit1"), { QStringLiteral("rabbit1") }).validate(p), self);
    QCOMPARE(syncCookie(QStringLiteral("haproxy"), { QStringLiteral("rabbit1") }).validate(p),
        QStringLiteral("haproxy is not a RabbitMQ host of profile warren-lab"));
}

void TestOpRequest::fixAddressTakesOnlyAKnownFix()
{
    OperationRequest r;
    r.kind = OperationKind::FixAddress;
    r.node = QStringLiteral("rabbit3");
    QCOMPARE(r.validate(labProfile()), QString()); // the plan lists the fixes
    for (const QString& fix : { QStringLiteral("resolution"), QStringLiteral("keep-name"), QStringLiteral("rename"),
             QStringLiteral("rejoin") }) {
        r.fix = fix;
        QCOMPARE(r.validate(labProfile()), QString());
    }
    for (const QString& fix : { QStringLiteral("Rename"), QStringLiteral("rename;reboot"), QStringLiteral("--yes") }) {
        r.fix = fix;
        QCOMPARE(r.validate(labProfile()),
            QStringLiteral("the fix must be one of resolution, keep-name, rename, rejoin, not \"%1\"").arg(fix));
    }
}

void TestOpRequest::onlyAValidRequestGetsAPlanner()
{
    QString why;
    QVERIFY(join(QStringLiteral("rabbit4"), QStringLiteral("rabbit1")).planner(labProfile(), {}, &why));
    QVERIFY(why.isEmpty());
    QVERIFY(!join(QStringLiteral("rabbit4"), QStringLiteral("rabbit4")).planner(labProfile(), {}, &why));
    QVERIFY(why.contains(QLatin1String("cannot join its own cluster")));
}

void TestOpRequest::theOperationListIsOneList()
{
    QCOMPARE(OperationRequest::keys(),
        QStringList({ QStringLiteral("join"), QStringLiteral("convert"), QStringLiteral("sync-cookie"),
            QStringLiteral("forget"), QStringLiteral("fix-address"), QStringLiteral("maintenance"),
            QStringLiteral("stop"), QStringLiteral("start"), QStringLiteral("restart"), QStringLiteral("replicas") }));
    for (const OperationInfo& op : OperationRequest::operations()) {
        QCOMPARE(OperationRequest::info(op.key)->kind, op.kind);
        QCOMPARE(OperationRequest::info(op.kind).key, op.key);
        QVERIFY(!op.title().isEmpty() && !op.description().isEmpty() && !op.destroys().isEmpty()
            && !op.appliesTo().isEmpty());
    }
    QVERIFY(!OperationRequest::info(QStringLiteral("reset")));
    // warrenctl's help lists each one with its title.
    const testutil::ProcResult help = testutil::run(qEnvironmentVariable("WARRENCTL"), { QStringLiteral("--help") });
    const QString text = QString::fromUtf8(help.out);
    for (const OperationInfo& op : OperationRequest::operations())
        QVERIFY2(text.contains(QStringLiteral("%1  %2").arg(op.key, -12).arg(op.title())), qPrintable(text));
}

void TestOpRequest::warrenctlRefusesWithTheSameText_data()
{
    QTest::addColumn<bool>("tricky");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<OperationRequest>("request");
    const auto row = [](const char* name, bool tricky, const QStringList& args, const OperationRequest& r) {
        QTest::newRow(name) << tricky << args << r;
    };
    const QString plan = QStringLiteral("plan");
    row("semicolon in --node", false,
        { plan, QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4; reboot"),
            QStringLiteral("--to"), QStringLiteral("rabbit1") },
        join(QStringLiteral("rabbit4; reboot"), QStringLiteral("rabbit1")));
    row("quotes in --to", false,
        { plan, QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4"), QStringLiteral("--to"),
            QStringLiteral("'rabbit1'") },
        join(QStringLiteral("rabbit4"), QStringLiteral("'rabbit1'")));
    row("join itself by node name", false,
        { plan, QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit@rabbit4"),
            QStringLiteral("--to"), QStringLiteral("rabbit4") },
        join(QStringLiteral("rabbit@rabbit4"), QStringLiteral("rabbit4")));
    row("join without --to", false,
        { plan, QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4") },
        join(QStringLiteral("rabbit4"), QString()));
    row("--yes as the node", false,
        { plan, QStringLiteral("join"), QStringLiteral("--node=--yes"), QStringLiteral("--to"),
            QStringLiteral("rabbit1") },
        join(QStringLiteral("--yes"), QStringLiteral("rabbit1")));
    row("unicode node", false,
        { plan, QStringLiteral("forget"), QStringLiteral("--node"), QStringLiteral("rabbit@rabbit\uFF14") },
        forget(QStringLiteral("rabbit@rabbit\uFF14")));
    row("forget a shell command", false,
        { plan, QStringLiteral("forget"), QStringLiteral("--node"), QStringLiteral("rabbit@x;rm -rf /") },
        forget(QStringLiteral("rabbit@x;rm -rf /")));
    row("forget on itself", false,
        { plan, QStringLiteral("forget"), QStringLiteral("--node"), QStringLiteral("rabbit@rabbit1"),
            QStringLiteral("--via"), QStringLiteral("rabbit1") },
        forget(QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit1")));
    row("cookie: empty entry", false,
        { plan, QStringLiteral("sync-cookie"), QStringLiteral("--from"), QStringLiteral("rabbit1"),
            QStringLiteral("--to"), QStringLiteral("rabbit3,,rabbit4") },
        syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QString(), QStringLiteral("rabbit4") }));
    row("cookie: duplicate", false,
        { plan, QStringLiteral("sync-cookie"), QStringLiteral("--from"), QStringLiteral("rabbit1"),
            QStringLiteral("--to"), QStringLiteral("rabbit3, rabbit@rabbit3") },
        syncCookie(QStringLiteral("rabbit1"), { QStringLiteral("rabbit3"), QStringLiteral(" rabbit@rabbit3") }));
    row("cookie: no target", false,
        { plan, QStringLiteral("sync-cookie"), QStringLiteral("--from"), QStringLiteral("rabbit1") },
        syncCookie(QStringLiteral("rabbit1"), {}));
    row("ambiguous address", true,
        { plan, QStringLiteral("convert"), QStringLiteral("--node"), QStringLiteral("10.213.77.11"),
            QStringLiteral("--type"), QStringLiteral("ram") },
        [] {
            OperationRequest r;
            r.kind = OperationKind::Convert;
            r.node = QStringLiteral("10.213.77.11");
            r.type = QStringLiteral("ram");
            return r;
        }());
    row("ambiguous name", true,
        { plan, QStringLiteral("fix-address"), QStringLiteral("--node"), QStringLiteral("rabbit2") }, [] {
            OperationRequest r;
            r.kind = OperationKind::FixAddress;
            r.node = QStringLiteral("rabbit2");
            return r;
        }());
}

void TestOpRequest::warrenctlRefusesWithTheSameText()
{
    QFETCH(bool, tricky);
    QFETCH(QStringList, args);
    QFETCH(OperationRequest, request);
    const QString path = tricky ? m_tricky : m_lab;
    const QString expected = request.validate(tricky ? ambiguousProfile() : labProfile());
    QVERIFY(!expected.isEmpty());
    const testutil::CtlRefusal r = testutil::ctlRefusal(path, args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.message, expected);
}

void TestOpRequest::warrenctlRefusesInChineseWithTheSameTranslation()
{
    QVERIFY(Translator::apply(QStringLiteral("zh_CN")));
    const QString expected = join(QStringLiteral("rabbit4"), QStringLiteral("rabbit@rabbit4")).validate(labProfile());
    const QString missing = OperationRequest::missingOperationText();
    QVERIFY(Translator::apply(QStringLiteral("en")));
    QVERIFY2(expected != join(QStringLiteral("rabbit4"), QStringLiteral("rabbit@rabbit4")).validate(labProfile()),
        "the refusal has no Chinese translation");
    const testutil::CtlRefusal r = testutil::ctlRefusal(m_lab,
        { QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
            QStringLiteral("--to"), QStringLiteral("rabbit@rabbit4") },
        QStringLiteral("zh_CN"));
    QCOMPARE(r.message, expected);
    QCOMPARE(testutil::ctlRefusal(m_lab, { QStringLiteral("plan") }, QStringLiteral("zh_CN")).message, missing);
}

QTEST_GUILESS_MAIN(TestOpRequest)
#include "tst_oprequest.moc"
