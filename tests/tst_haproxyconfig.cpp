#include "haproxy/ConfigDiff.h"
#include "haproxy/HaproxyConfig.h"
#include "haproxy/HaproxyExport.h"
#include "haproxy/HaproxyLint.h"
#include "haproxy/HaproxyPush.h"
#include "profile/ClusterProfile.h"

#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warren;

namespace {

QList<HaproxyFinding> withCode(const QList<HaproxyFinding>& findings, const QString& code)
{
    QList<HaproxyFinding> out;
    for (const auto& f : findings) {
        if (f.code == code)
            out << f;
    }
    return out;
}

QString describe(const QList<HaproxyFinding>& findings)
{
    QStringList lines;
    for (const auto& f : findings)
        lines << u"%1 line %2: %3"_s.arg(f.code).arg(f.line).arg(f.message);
    return lines.join(u'\n');
}

ClusterProfile threeNodeProfile()
{
    const QByteArray json = "{"
                            "      \"format\": \"warren-cluster-profile/1\", \"name\": \"test\","
                            "      \"ssh\": {\"user\": \"warren\"}, \"api\": {\"user\": \"admin\"},"
                            "      \"hosts\": ["
                            "        {\"name\": \"rabbit1\", \"address\": \"10.0.0.11\", \"node\": \"rabbit@rabbit1\", "
                            "\"roles\": [\"rabbitmq\"]},"
                            "        {\"name\": \"rabbit2\", \"address\": \"10.0.0.12\", \"node\": \"rabbit@rabbit2\", "
                            "\"roles\": [\"rabbitmq\"]},"
                            "        {\"name\": \"rabbit3\", \"address\": \"10.0.0.13\", \"node\": \"rabbit@rabbit3\", "
                            "\"roles\": [\"rabbitmq\"]},"
                            "        {\"name\": \"lb\", \"address\": \"10.0.0.10\", \"roles\": [\"haproxy\"]}"
                            "      ],"
                            "      \"haproxy\": {\"host\": \"lb\", \"statsSocket\": \"/run/haproxy/admin.sock\", "
                            "\"statsUrl\": \"http://10.0.0.10:8404/stats;csv\","
                            "                  \"configPath\": \"/etc/haproxy/haproxy.cfg\"}"
                            "    }";
    auto p = ClusterProfile::fromJson(json);
    Q_ASSERT(p.ok());
    return p.value();
}

QList<HaproxyFinding> lintText(const QByteArray& text, const HaproxyLintContext& context = {})
{
    return HaproxyLint::lint(HaproxyConfig::parse(text), context);
}

} // namespace

class TestHaproxyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSeedSampleSections();
    void lintsThousandsOfSectionsInLinearTime();
    void readsServerOptionsAndLegacyListenAddress();
    void readsTimeUnits_data();
    void readsTimeUnits();
    void saysWhenATimeoutIsTooLong();
    void readsAddresses();
    void inheritsTimeoutsFromTheLastDefaults();
    void lintFlagsEpmdProxyingAndShortTimeoutsInTheSeedSample();
    void lintHonoursTheStatedHeartbeat();
    void lintFlagsServersThatAreNoClusterNode();
    void lintFlagsNodesMissingFromServers();
    void lintFlagsHttpModeOnAmqpAndManagementOnAnyAddress();
    void lintFlagsDuplicateServersMissingChecksAndNoLayout();
    void lintAndExportKnowTheBrokerVersion();
    void lintFindsNothingInWarrensOwnExport_data();
    void lintFindsNothingInWarrensOwnExport();
    void exportWritesUserGroupLogAndChecks();
    void lintFlagsWhatAnExperiencedAdminWouldFlag();
    void exportNeverProxiesNodeToNodePorts();
    void exportRefusesUnknownActiveNodeAndUnsafeWords();
    void hostileInputGivesFindingsNotCrashes_data();
    void hostileInputGivesFindingsNotCrashes();
    void survivesRandomMutationsOfTheSeedSample();
    void emptyFileIsAnError();
    void lintNamesRemovedKeywordsWithTheModernForm_data();
    void lintNamesRemovedKeywordsWithTheModernForm();
    void lintWeighsDeprecatedKeywordsByTheTargetVersion();
    void readsHaproxyVersions();
    void diffIsUnifiedAndEmptyForEqualTexts();
    void compareServersSeesWrongRoleAndDownActive();
    void profileKeepsTheReloadCommandAndDefaultsToSystemd();
};

void TestHaproxyConfig::readsTheSeedSampleSections()
{
    const auto cfg = HaproxyConfig::parse(testutil::readData(u"haproxy-seed-2012.cfg"_s));
    QVERIFY2(cfg.issues().isEmpty(), qPrintable(cfg.issues().value(0).message));
    QCOMPARE(cfg.sections().size(), 4);
    QCOMPARE(cfg.sections()[0].kind, HaproxySection::Kind::Global);
    QCOMPARE(cfg.sections()[0].line, 1);
    QCOMPARE(cfg.sections()[1].kind, HaproxySection::Kind::Defaults);
    QCOMPARE(cfg.sections()[2].kind, HaproxySection::Kind::Listen);
    QCOMPARE(cfg.sections()[2].name, u"rabbitmq_cluster"_s);
    QCOMPARE(cfg.sections()[3].name, u"rabbitmq_cluster_openstack"_s);
    // Comments ("#chroot", "#log ...") are no directives; the odd indentation does not matter.
    QVERIFY(!cfg.sections()[0].find(u"chroot"_s));
    const auto* maxconn = cfg.sections()[0].find(u"maxconn"_s);
    QVERIFY(maxconn);
    QCOMPARE(maxconn->line, 4);
    QCOMPARE(maxconn->arg(0), u"1024"_s);
    const auto* client = cfg.sections()[1].find(u"timeout"_s, u"client"_s);
    QVERIFY(client);
    QCOMPARE(client->line, 25);
}

void TestHaproxyConfig::readsServerOptionsAndLegacyListenAddress()
{
    const auto cfg = HaproxyConfig::parse(testutil::readData(u"haproxy-seed-2012.cfg"_s));
    const auto& amqp = cfg.sections()[3];
    QCOMPARE(amqp.headerBinds.size(), 1);
    QCOMPARE(amqp.headerBinds[0].host, u"0.0.0.0"_s);
    QCOMPARE(amqp.headerBinds[0].port, 5672);
    QVERIFY(amqp.headerBinds[0].anyHost());
    const auto servers = amqp.servers();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0].name, u"server-07_active"_s);
    QCOMPARE(servers[0].address.host, u"172.17.1.8"_s);
    QCOMPARE(servers[0].address.port, 5672);
    QVERIFY(servers[0].check);
    QVERIFY(!servers[0].backup);
    QCOMPARE(servers[0].interMs, qint64(5000));
    QCOMPARE(servers[0].rise, 2);
    QCOMPARE(servers[0].fall, 3);
    QCOMPARE(servers[1].line, 38);
    QVERIFY(servers[1].backup);
    QVERIFY(servers[1].check);

    const auto more = HaproxyConfig::parse("listen x\n  bind 10.0.0.1:5672,10.0.0.2:5672 name n\n"
                                           "  server a 10.0.0.3:5672 weight 10 disabled check inter 3s\n");
    const auto binds = more.sections()[0].binds();
    QCOMPARE(binds.size(), 2);
    QCOMPARE(binds[1].host, u"10.0.0.2"_s);
    const auto s = more.sections()[0].servers().value(0);
    QCOMPARE(s.weight, 10);
    QVERIFY(s.disabled);
    QCOMPARE(s.interMs, qint64(3000));
}

void TestHaproxyConfig::readsTimeUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("bare is ms") << u"5000"_s << qint64(5000);
    QTest::newRow("ms") << u"50000ms"_s << qint64(50000);
    QTest::newRow("s") << u"50s"_s << qint64(50000);
    QTest::newRow("m") << u"2m"_s << qint64(120000);
    QTest::newRow("h") << u"3h"_s << qint64(3 * 3600 * 1000);
    QTest::newRow("d") << u"1d"_s << qint64(24 * 3600 * 1000);
    QTest::newRow("us") << u"1500us"_s << qint64(1);
    QTest::newRow("unknown unit") << u"5x"_s << qint64(-1);
    QTest::newRow("no number") << u"s"_s << qint64(-1);
    QTest::newRow("overflowing") << u"99999999999999999999"_s << qint64(-1);
    QTest::newRow("overflowing with a unit") << u"999999999999d"_s << qint64(-1);
    QTest::newRow("HAProxy's largest") << u"2147483647"_s << qint64(2147483647);
    QTest::newRow("above HAProxy's largest") << u"2147483648ms"_s << qint64(-1);
    QTest::newRow("24 days") << u"24d"_s << qint64(24LL * 24 * 3600 * 1000);
    QTest::newRow("25 days is too long") << u"25d"_s << qint64(-1);
    QTest::newRow("too long in hours") << u"999999999999h"_s << qint64(-1);
    QTest::newRow("Arabic-Indic digits") << u"\u0665s"_s << qint64(-1);
    QTest::newRow("full-width digits") << u"\uFF15\uFF10s"_s << qint64(-1);
    QTest::newRow("ASCII after a non-ASCII digit") << u"\u06655"_s << qint64(-1);
}

void TestHaproxyConfig::readsTimeUnits()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(HaproxyConfig::parseTimeMs(text), ms);
}

void TestHaproxyConfig::saysWhenATimeoutIsTooLong()
{
    bool tooLong = false;
    QCOMPARE(HaproxyConfig::parseTimeMs(u"30d"_s, &tooLong), qint64(-1));
    QVERIFY(tooLong);
    QCOMPARE(HaproxyConfig::parseTimeMs(u"5x"_s, &tooLong), qint64(-1));
    QVERIFY(!tooLong);
    QCOMPARE(HaproxyConfig::parseTimeMs(u"24d"_s, &tooLong), qint64(24LL * 24 * 3600 * 1000));
    QVERIFY(!tooLong);

    const auto cfg = HaproxyConfig::parse("defaults\n    timeout client 30d\n    timeout server 5x\n");
    QCOMPARE(cfg.issues().size(), 2);
    QCOMPARE(cfg.issues()[0].line, 2);
    QVERIFY2(cfg.issues()[0].message.contains(u"timeout client"_s) && cfg.issues()[0].message.contains(u"2147483647"_s),
        qPrintable(cfg.issues()[0].message));
    QCOMPARE(cfg.issues()[1].line, 3);
    QVERIFY(cfg.issues()[1].message.contains(u"5s or 3h"_s));
}

void TestHaproxyConfig::readsAddresses()
{
    auto a = HaproxyConfig::parseAddress(u"*:5672"_s);
    QVERIFY(a.anyHost());
    QCOMPARE(a.port, 5672);
    a = HaproxyConfig::parseAddress(u":15672"_s);
    QVERIFY(a.anyHost());
    QVERIFY(a.coversPort(15672));
    a = HaproxyConfig::parseAddress(u"[::]:5672"_s);
    QCOMPARE(a.host, u"::"_s);
    QVERIFY(a.anyHost());
    a = HaproxyConfig::parseAddress(u"ipv4@10.1.2.3:25000-26000"_s);
    QCOMPARE(a.host, u"10.1.2.3"_s);
    QVERIFY(a.coversPort(25672));
    a = HaproxyConfig::parseAddress(u"rabbit1"_s);
    QCOMPARE(a.host, u"rabbit1"_s);
    QCOMPARE(a.port, -1);
    a = HaproxyConfig::parseAddress(u"host:99999"_s);
    QCOMPARE(a.port, -1);
}

void TestHaproxyConfig::inheritsTimeoutsFromTheLastDefaults()
{
    const auto cfg
        = HaproxyConfig::parse("defaults\n timeout client 10s\ndefaults\n timeout client 20s\n clitimeout 30000\n"
                               "listen a\n bind :5672\nlisten b\n bind :5673\n timeout client 1h\n");
    int line = 0;
    // The later of `timeout client` and the 1.4 name clitimeout wins.
    QCOMPARE(cfg.effectiveTimeoutMs(2, u"client"_s, &line), qint64(30000));
    QCOMPARE(line, 5);
    QCOMPARE(cfg.effectiveTimeoutMs(3, u"client"_s), qint64(3600 * 1000));
    QCOMPARE(cfg.effectiveTimeoutMs(3, u"server"_s), qint64(-1));
}

void TestHaproxyConfig::lintFlagsEpmdProxyingAndShortTimeoutsInTheSeedSample()
{
    const auto findings = lintText(testutil::readData(u"haproxy-seed-2012.cfg"_s));
    const auto epmd = withCode(findings, u"E-EPMD-PROXIED"_s);
    QCOMPARE(epmd.size(), 1);
    QCOMPARE(epmd[0].line, 28);
    QCOMPARE(epmd[0].severity, HaproxyFinding::Severity::Error);
    QVERIFY(!epmd[0].message.isEmpty());
    QVERIFY(!epmd[0].fix.isEmpty());
    const auto timeouts = withCode(findings, u"E-TIMEOUT-HEARTBEAT"_s);
    QCOMPARE(timeouts.size(), 2);
    QCOMPARE(timeouts[0].line, 25);
    QCOMPARE(timeouts[1].line, 26);
    QVERIFY(timeouts[0].message.contains(u"50"_s));
    QCOMPARE(withCode(findings, u"W-NO-TCPKA"_s).size(), 1);
    QCOMPARE(withCode(findings, u"W-NO-STATS-SOCKET"_s).size(), 1);
    QVERIFY(HaproxyLint::hasErrors(findings));
}

void TestHaproxyConfig::lintHonoursTheStatedHeartbeat()
{
    HaproxyLintContext context;
    context.heartbeatSeconds = 30;
    const auto findings = lintText(testutil::readData(u"haproxy-seed-2012.cfg"_s), context);
    QVERIFY2(withCode(findings, u"E-TIMEOUT-HEARTBEAT"_s).isEmpty(), qPrintable(describe(findings)));
    // A long tunnel timeout takes over from client/server in TCP mode.
    const auto tunnel = lintText("defaults\n mode tcp\n timeout client 50s\n timeout server 50s\n timeout tunnel 3h\n"
                                 "listen a\n bind :5672\n server r1 10.0.0.1:5672 check\n");
    QVERIFY(withCode(tunnel, u"E-TIMEOUT-HEARTBEAT"_s).isEmpty());
}

void TestHaproxyConfig::lintFlagsServersThatAreNoClusterNode()
{
    HaproxyLintContext context;
    context.profile = threeNodeProfile();
    const auto findings
        = lintText("global\n stats socket /run/haproxy/admin.sock\n"
                   "listen amqp\n bind 10.0.0.10:5672\n option tcpka\n timeout client 3h\n timeout server 3h\n"
                   " server rabbit1 10.0.0.11:5672 check inter 2000 rise 2 fall 3\n"
                   " server bogus 10.0.0.99:5672 check inter 2000 rise 2 fall 3 backup\n"
                   " server rabbit3 rabbit3:5672 check inter 2000 rise 2 fall 3 backup\n",
            context);
    const auto bogus = withCode(findings, u"E-SERVER-NOT-NODE"_s);
    QCOMPARE(bogus.size(), 1);
    QCOMPARE(bogus[0].line, 9);
    QVERIFY(bogus[0].message.contains(u"10.0.0.99"_s));
    // A server named by host name counts as the node; rabbit2 is missing.
    const auto missing = withCode(findings, u"W-NODE-NOT-SERVER"_s);
    QCOMPARE(missing.size(), 1);
    QVERIFY(missing[0].message.contains(u"rabbit2"_s));
}

void TestHaproxyConfig::lintFlagsNodesMissingFromServers()
{
    HaproxyLintContext context;
    context.profile = threeNodeProfile();
    ClusterSnapshot snap;
    NodeInfo extra;
    extra.name = u"rabbit@rabbit9"_s;
    snap.nodes << extra;
    context.snapshot = snap;
    const auto findings
        = lintText("listen amqp\n bind 10.0.0.10:5672\n server rabbit1 10.0.0.11:5672 check\n", context);
    const auto missing = withCode(findings, u"W-NODE-NOT-SERVER"_s);
    QCOMPARE(missing.size(), 3); // rabbit2, rabbit3 from the profile, rabbit9 from the snapshot
    QCOMPARE(withCode(findings, u"W-SINGLE-SERVER"_s).size(), 1);
    QCOMPARE(withCode(findings, u"I-CHECK-DEFAULTS"_s).size(), 1);
    QCOMPARE(withCode(findings, u"W-TIMEOUT-MISSING"_s).size(), 2);
}

void TestHaproxyConfig::lintFlagsHttpModeOnAmqpAndManagementOnAnyAddress()
{
    const auto findings = lintText("defaults\n mode http\n timeout client 3h\n timeout server 3h\n"
                                   "frontend f\n bind *:5672\n default_backend b\n"
                                   "backend b\n server r1 10.0.0.1:5672 check\n server r2 10.0.0.2:5672 check backup\n"
                                   "listen mgmt 0.0.0.0:15672\n server r1 10.0.0.1:15672 check\n"
                                   "listen dist\n bind 10.0.0.10:25672\n server r1 10.0.0.1:25672\n");
    QVERIFY(!withCode(findings, u"E-AMQP-HTTP-MODE"_s).isEmpty());
    QCOMPARE(withCode(findings, u"E-AMQP-HTTP-MODE"_s)[0].line, 2);
    const auto mgmt = withCode(findings, u"W-MGMT-ANY-ADDRESS"_s);
    QCOMPARE(mgmt.size(), 1);
    QCOMPARE(mgmt[0].line, 11);
    QCOMPARE(withCode(findings, u"E-DIST-PROXIED"_s).size(), 1);
    QCOMPARE(withCode(findings, u"E-DIST-PROXIED"_s)[0].line, 14);
}

void TestHaproxyConfig::lintFlagsDuplicateServersMissingChecksAndNoLayout()
{
    const auto findings = lintText("global\n stats socket /s\n"
                                   "defaults\n retries 3\n timeout client 3h\n timeout server 3h\n option tcpka\n"
                                   "listen amqp\n bind 10.0.0.10:5672\n"
                                   " server r1 10.0.0.1:5672\n server r1 10.0.0.2:5672 check inter 2s rise 2 fall 3\n");
    QCOMPARE(withCode(findings, u"E-DUPLICATE-SERVER"_s).size(), 1);
    QCOMPARE(withCode(findings, u"E-DUPLICATE-SERVER"_s)[0].line, 11);
    QCOMPARE(withCode(findings, u"W-NO-HEALTH-CHECK"_s).size(), 1);
    QCOMPARE(withCode(findings, u"W-NO-HEALTH-CHECK"_s)[0].line, 10);
    QCOMPARE(withCode(findings, u"W-NO-LAYOUT"_s).size(), 1);
    QCOMPARE(withCode(findings, u"W-RETRIES-NO-REDISPATCH"_s).size(), 1);
    QCOMPARE(withCode(findings, u"W-RETRIES-NO-REDISPATCH"_s)[0].line, 4);
    const auto allBackup = lintText(
        "listen amqp\n bind :5672\n server a 1.1.1.1:5672 check backup\n server b 1.1.1.2:5672 check backup\n");
    QCOMPARE(withCode(allBackup, u"E-NO-ACTIVE-SERVER"_s).size(), 1);
}

// RabbitMQ 4.x has no classic mirrored queues: the layout warning speaks of quorum queue leaders
// there. The stream protocol is flagged when proxied whatever the version, and the export says which
// RabbitMQ it was written for, lints clean, and leaves the stream port alone.
void TestHaproxyConfig::lintAndExportKnowTheBrokerVersion()
{
    const QByteArray balanced = "defaults\n timeout connect 5s\n timeout client 3h\n timeout server 3h\n"
                                "listen amqp\n bind 10.0.0.10:5672\n"
                                " server r1 10.0.0.1:5672 check inter 2s rise 2 fall 3\n"
                                " server r2 10.0.0.2:5672 check inter 2s rise 2 fall 3\n";
    ClusterSnapshot v3;
    v3.rabbitVersion = u"3.10.8"_s;
    ClusterSnapshot v4;
    v4.rabbitVersion = u"4.0.5"_s;
    HaproxyLintContext c3;
    c3.snapshot = v3;
    HaproxyLintContext c4;
    c4.snapshot = v4;
    const auto on3 = withCode(lintText(balanced, c3), u"W-NO-LAYOUT"_s);
    const auto on4 = withCode(lintText(balanced, c4), u"W-NO-LAYOUT"_s);
    QCOMPARE(on3.size(), 1);
    QCOMPARE(on4.size(), 1);
    QVERIFY(on3[0].message.contains(u"mirrored"_s));
    QVERIFY2(!on4[0].message.contains(u"mirror"_s), qPrintable(on4[0].message));
    QVERIFY(on4[0].message.contains(u"quorum"_s));

    const auto stream = lintText("listen streams\n bind 10.0.0.10:5552\n mode tcp\n"
                                 " server r1 10.0.0.1:5552 check\n server r2 10.0.0.2:5552 check backup\n",
        c4);
    QCOMPARE(withCode(stream, u"W-STREAM-PROXIED"_s).size(), 1);
    QCOMPARE(withCode(stream, u"W-STREAM-PROXIED"_s)[0].line, 2);

    HaproxyExportOptions o;
    o.management = true;
    const auto profile = threeNodeProfile();
    const auto text = HaproxyExport::generate(profile, &v4, o);
    QVERIFY2(text.ok(), qPrintable(text.error().toString()));
    QVERIFY(text.value().contains(u"# Written for RabbitMQ 4.0.5."_s));
    QVERIFY(text.value().contains(u"Stream clients (5552) are not proxied"_s));
    QVERIFY(!text.value().contains(u":5552"_s));
    HaproxyLintContext context;
    context.profile = profile;
    context.snapshot = v4;
    const auto findings = HaproxyLint::lint(HaproxyConfig::parse(text.value().toUtf8()), context);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    const auto old = HaproxyExport::generate(profile, &v3, o);
    QVERIFY(old.ok());
    QVERIFY(old.value().contains(u"# Written for RabbitMQ 3.10.8."_s));
}

void TestHaproxyConfig::lintFindsNothingInWarrensOwnExport_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<bool>("management");
    QTest::addColumn<int>("heartbeat");
    QTest::addColumn<QString>("logTarget");
    const QString debianLog = HaproxyExportOptions::defaultLogTarget();
    QTest::newRow("active-backup") << u"active-backup"_s << false << 60 << debianLog;
    QTest::newRow("active-backup with management") << u"active-backup"_s << true << 60 << debianLog;
    QTest::newRow("balanced with management") << u"balanced"_s << true << 60 << debianLog;
    QTest::newRow("long heartbeat") << u"balanced"_s << false << 7200 << debianLog;
    QTest::newRow("no logging") << u"active-backup"_s << true << 60 << QString();
    QTest::newRow("log to stdout") << u"active-backup"_s << true << 60 << u"stdout format raw local0"_s;
}

void TestHaproxyConfig::lintFindsNothingInWarrensOwnExport()
{
    QFETCH(QString, layout);
    QFETCH(bool, management);
    QFETCH(int, heartbeat);
    QFETCH(QString, logTarget);
    HaproxyExportOptions o;
    o.logTarget = logTarget;
    QVERIFY(HaproxyExportOptions::layoutFromKey(layout, &o.layout));
    o.management = management;
    o.heartbeatSeconds = heartbeat;
    o.active = u"rabbit2"_s;
    const auto profile = threeNodeProfile();
    const auto text = HaproxyExport::generate(profile, nullptr, o);
    QVERIFY2(text.ok(), qPrintable(text.error().toString()));
    HaproxyLintContext context;
    context.profile = profile;
    context.heartbeatSeconds = heartbeat;
    const auto config = HaproxyConfig::parse(text.value().toUtf8());
    const auto findings = HaproxyLint::lint(config, context);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings) + u"\n"_s + text.value()));
    // The layout is what was asked for.
    const auto servers = config.sections()[2].servers();
    QCOMPARE(servers.size(), 3);
    QCOMPARE(servers[1].name, u"rabbit2"_s);
    QVERIFY(!servers[1].backup);
    QCOMPARE(servers[0].backup, o.layout == HaproxyExportOptions::Layout::ActiveBackup);
    if (const auto local = HaproxyPush::validateLocally(text.value().toUtf8()))
        QVERIFY2(local->ok, qPrintable(local->output));
}

void TestHaproxyConfig::exportWritesUserGroupLogAndChecks()
{
    HaproxyExportOptions o;
    o.checkInterMs = 1000;
    o.checkRise = 3;
    o.checkFall = 2;
    o.maxconn = 20000;
    auto text = HaproxyExport::generate(threeNodeProfile(), nullptr, o);
    QVERIFY(text.ok());
    // Debian's own haproxy.cfg logs to the journal's socket as local0 and runs as haproxy:haproxy.
    QVERIFY(text.value().contains(
        u"\nglobal\n    log /dev/log local0\n    maxconn 20000\n    user haproxy\n    group haproxy\n"_s));
    QVERIFY(text.value().contains(u"    log global\n"_s));
    QVERIFY(text.value().contains(u"server rabbit1 10.0.0.11:5672 check inter 1000 rise 3 fall 2\n"_s));
    o.logTarget.clear();
    o.user.clear();
    o.group.clear();
    text = HaproxyExport::generate(threeNodeProfile(), nullptr, o);
    QVERIFY(text.ok());
    QVERIFY(!text.value().contains(u"    log "_s));
    QVERIFY(!text.value().contains(u"tcplog"_s));
    QVERIFY(!text.value().contains(u"    user "_s));
    HaproxyLintContext context;
    context.profile = threeNodeProfile();
    const auto findings = lintText(text.value().toUtf8(), context);
    QCOMPARE(withCode(findings, u"W-RUNS-AS-ROOT"_s).size(), 1);
    o.logTarget = u"127.0.0.1:514 local0\n    server evil"_s;
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
    o.logTarget = HaproxyExportOptions::defaultLogTarget();
    o.user = u"root; rm"_s;
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
    o.user = u"haproxy"_s;
    o.group = u"haproxy\n"_s; // `$` would let a trailing newline through
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
    o.group = u"haproxy"_s;
    o.checkFall = 0;
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
}

void TestHaproxyConfig::lintFlagsWhatAnExperiencedAdminWouldFlag()
{
    const auto findings
        = lintText("global\n" // 1
                   " stats socket /run/haproxy/admin.sock level admin\n" // 2
                   "defaults\n" // 3
                   " mode tcp\n option tcpka\n timeout client 3h\n timeout server 3h\n" // 4-7
                   "listen amqp\n bind 10.0.0.10:5672\n option httpchk GET /\n" // 8-10
                   " server r1 10.0.0.1:5672 check inter 20s fall 3\n" // 11
                   " server r2 10.0.0.2:5672 check inter 2s fall 3 backup\n" // 12
                   "listen stats\n bind :8404\n mode http\n stats enable\n stats uri /\n" // 13-17
                   "listen admin\n bind 10.0.0.10:8405\n mode http\n stats enable\n stats admin if TRUE\n" // 18-22
                   "listen local\n bind 127.0.0.1:8406\n mode http\n stats enable\n stats admin if TRUE\n" // 23-27
                   "listen guarded\n bind *:8407\n mode http\n stats enable\n stats auth admin:secret\n"); // 28-32
    QCOMPARE(withCode(findings, u"W-RUNS-AS-ROOT"_s).size(), 1);
    QCOMPARE(withCode(findings, u"W-RUNS-AS-ROOT"_s)[0].line, 1);
    QCOMPARE(withCode(findings, u"I-MAXCONN-MISSING"_s).size(), 1);
    const auto connect = withCode(findings, u"W-TIMEOUT-CONNECT-MISSING"_s);
    QCOMPARE(connect.size(), 1);
    QCOMPARE(connect[0].line, 8);
    const auto httpchk = withCode(findings, u"E-AMQP-HTTPCHK"_s);
    QCOMPARE(httpchk.size(), 1);
    QCOMPARE(httpchk[0].line, 10);
    QCOMPARE(httpchk[0].severity, HaproxyFinding::Severity::Error);
    const auto slow = withCode(findings, u"I-FAILOVER-SLOW"_s);
    QCOMPARE(slow.size(), 1);
    QCOMPARE(slow[0].line, 11);
    QVERIFY(slow[0].message.contains(u"60"_s));
    const auto open = withCode(findings, u"W-STATS-OPEN"_s);
    QCOMPARE(open.size(), 1); // not the one with auth, nor the ones on one address
    QCOMPARE(open[0].line, 16);
    const auto admin = withCode(findings, u"E-STATS-ADMIN-OPEN"_s);
    QCOMPARE(admin.size(), 1); // not on loopback
    QCOMPARE(admin[0].line, 22);
    for (const auto& f : findings) {
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
    }
    // The seed sample runs as haproxy, states maxconn and a connect timeout.
    const auto seed = lintText(testutil::readData(u"haproxy-seed-2012.cfg"_s));
    for (const QString& code :
        { u"W-RUNS-AS-ROOT"_s, u"I-MAXCONN-MISSING"_s, u"W-TIMEOUT-CONNECT-MISSING"_s, u"I-FAILOVER-SLOW"_s })
        QVERIFY2(withCode(seed, code).isEmpty(), qPrintable(code));
}

void TestHaproxyConfig::exportNeverProxiesNodeToNodePorts()
{
    HaproxyExportOptions o;
    o.management = true;
    const auto text = HaproxyExport::generate(threeNodeProfile(), nullptr, o);
    QVERIFY(text.ok());
    const auto cfg = HaproxyConfig::parse(text.value().toUtf8());
    for (const auto& s : cfg.sections()) {
        QList<HaproxyAddress> addrs = s.binds();
        for (const auto& sv : s.servers())
            addrs << sv.address;
        for (const auto& a : addrs) {
            QVERIFY(!a.coversPort(4369));
            QVERIFY(!a.coversPort(25672));
            if (a.coversPort(15672))
                QVERIFY(!a.anyHost());
        }
    }
    QVERIFY(text.value().contains(u"stats socket /run/haproxy/admin.sock"_s));
    QVERIFY(text.value().contains(u"bind 10.0.0.10:8404"_s));
}

void TestHaproxyConfig::exportRefusesUnknownActiveNodeAndUnsafeWords()
{
    HaproxyExportOptions o;
    o.active = u"rabbit9"_s;
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
    o.active.clear();
    o.bindAddress = u"10.0.0.1\n    server evil 6.6.6.6:5672"_s;
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
    o.bindAddress.clear();
    o.balance = u"source"_s;
    QVERIFY(!HaproxyExport::generate(threeNodeProfile(), nullptr, o).ok());
}

void TestHaproxyConfig::hostileInputGivesFindingsNotCrashes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QByteArray huge = "global\n    maxconn ";
    huge += QByteArray(200 * 1024, '9');
    huge += "\nlisten amqp\n bind :5672\n server a 10.0.0.1:5672 check\n";
    QTest::newRow("huge line") << huge << u"E-UNREADABLE"_s;
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(QRandomGenerator::global()->bounded(256));
    binary[17] = '\0';
    QTest::newRow("binary junk") << binary << u"E-UNREADABLE"_s;
    QTest::newRow("invalid utf-8") << QByteArray("global\n \xff\xfe\xfd junk\n") << u"E-UNREADABLE"_s;
    QTest::newRow("directives outside sections")
        << testutil::readData(u"haproxy-syntax-outside-section.cfg"_s) << u"E-SYNTAX"_s;
    QTest::newRow("missing sections") << QByteArray("global\n    maxconn 4096\n") << u"W-NO-AMQP-PROXY"_s;
    QTest::newRow("unclosed quote") << testutil::readData(u"haproxy-syntax-unclosed-quote.cfg"_s) << u"E-SYNTAX"_s;
    QTest::newRow("server without address")
        << testutil::readData(u"haproxy-syntax-server-without-address.cfg"_s) << u"E-SYNTAX"_s;
    QByteArray tooLarge(HaproxyConfig::kMaxBytes + 100, '#');
    QTest::newRow("over the size bound") << tooLarge << u"E-UNREADABLE"_s;
    QByteArray manyLines;
    manyLines.reserve(HaproxyConfig::kMaxLines * 2 + 10);
    for (int i = 0; i < HaproxyConfig::kMaxLines + 5; ++i)
        manyLines += "\n";
    QTest::newRow("too many lines") << manyLines << u"E-UNREADABLE"_s;
}

void TestHaproxyConfig::hostileInputGivesFindingsNotCrashes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    HaproxyLintContext context;
    context.profile = threeNodeProfile();
    const auto findings = lintText(data, context);
    QVERIFY2(!withCode(findings, code).isEmpty(), qPrintable(describe(findings)));
    QVERIFY(findings.size() < 200);
    for (const auto& f : findings) {
        QVERIFY(!f.message.isEmpty());
        QVERIFY(f.message.size() < 2000);
    }
}

void TestHaproxyConfig::survivesRandomMutationsOfTheSeedSample()
{
    const QByteArray seed = testutil::readData(u"haproxy-seed-2012.cfg"_s);
    auto* rng = QRandomGenerator::global();
    for (int round = 0; round < 300; ++round) {
        QByteArray m = seed;
        const int edits = 1 + int(rng->bounded(20));
        for (int e = 0; e < edits && !m.isEmpty(); ++e) {
            const int pos = int(rng->bounded(int(m.size())));
            switch (rng->bounded(3)) {
            case 0:
                m[pos] = char(rng->bounded(256));
                break;
            case 1:
                m.remove(pos, int(rng->bounded(40)));
                break;
            default:
                m.insert(pos, m.mid(int(rng->bounded(int(m.size()))), int(rng->bounded(60))));
            }
        }
        const auto findings = lintText(m);
        Q_UNUSED(findings);
    }
}

void TestHaproxyConfig::emptyFileIsAnError()
{
    for (const QByteArray& data : { QByteArray(), QByteArray("\n\n   \n# only a comment\n") }) {
        const auto findings = lintText(data);
        QCOMPARE(withCode(findings, u"E-EMPTY"_s).size(), 1);
        QVERIFY(HaproxyLint::hasErrors(findings));
    }
}

void TestHaproxyConfig::lintNamesRemovedKeywordsWithTheModernForm_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count"); // E-REMOVED-KEYWORD findings for HAProxy 2.6
    QTest::addColumn<QString>("version"); // the release the message names
    QTest::addColumn<QString>("fixMentions");
    QTest::newRow("listen address") << u"haproxy-removed-1.6-listen-address.cfg"_s << 1 << u"1.6"_s
                                    << u"bind 10.0.0.10:5672"_s;
    QTest::newRow("appsession") << u"haproxy-removed-1.6-appsession.cfg"_s << 1 << u"1.6"_s << u"stick"_s;
    QTest::newRow("reqsetbe") << u"haproxy-removed-1.6-reqsetbe.cfg"_s << 2 << u"1.6"_s << u"use_backend"_s;
    QTest::newRow("timeouts") << u"haproxy-removed-2.1-timeouts.cfg"_s << 3 << u"2.1"_s << u"timeout "_s;
    QTest::newRow("redispatch") << u"haproxy-removed-2.1-redispatch.cfg"_s << 1 << u"2.1"_s << u"option redispatch"_s;
    QTest::newRow("block") << u"haproxy-removed-2.1-block.cfg"_s << 1 << u"2.1"_s << u"http-request deny"_s;
    QTest::newRow("req*") << u"haproxy-removed-2.1-req.cfg"_s << 14 << u"2.1"_s << u""_s;
    QTest::newRow("rsp*") << u"haproxy-removed-2.1-rsp.cfg"_s << 8 << u"2.1"_s << u"http-response"_s;
    QTest::newRow("http-tunnel") << u"haproxy-removed-2.1-option-http-tunnel.cfg"_s << 1 << u"2.1"_s << u"Remove"_s;
    QTest::newRow("independant-streams") << u"haproxy-removed-2.1-option-independant-streams.cfg"_s << 1 << u"2.1"_s
                                         << u"option independent-streams"_s;
    QTest::newRow("monitor-net") << u"haproxy-removed-2.3-monitor-net.cfg"_s << 1 << u"2.3"_s
                                 << u"http-request return status 200"_s;
    QTest::newRow("mode health") << u"haproxy-removed-2.3-mode-health.cfg"_s << 1 << u"2.3"_s
                                 << u"http-request return status 200"_s;
    QTest::newRow("nbproc") << u"haproxy-removed-2.5-nbproc.cfg"_s << 1 << u"2.5"_s << u"nbthread"_s;
    QTest::newRow("tune.chksize") << u"haproxy-removed-2.5-tune-chksize.cfg"_s << 1 << u"2.5"_s << u"tune.bufsize"_s;
    QTest::newRow("forceclose") << u"haproxy-removed-2.5-option-forceclose.cfg"_s << 1 << u"2.5"_s
                                << u"option httpclose"_s;
    QTest::newRow("http_proxy") << u"haproxy-removed-2.5-option-http-proxy.cfg"_s << 1 << u"2.5"_s
                                << u"http-request set-dst"_s;
}

void TestHaproxyConfig::lintNamesRemovedKeywordsWithTheModernForm()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, version);
    QFETCH(QString, fixMentions);
    const auto findings = lintText(testutil::readData(file));
    const auto removed = withCode(findings, u"E-REMOVED-KEYWORD"_s);
    QVERIFY2(removed.size() == count, qPrintable(describe(findings)));
    for (const auto& f : removed) {
        QCOMPARE(f.severity, HaproxyFinding::Severity::Error);
        QVERIFY(f.line > 0);
        QVERIFY2(f.message.contains(u"HAProxy "_s + version) && f.message.contains(u"HAProxy 2.6 refuses"_s),
            qPrintable(f.message));
        QVERIFY2(f.fix.contains(fixMentions), qPrintable(f.fix));
    }
    // The modern forms the fixes name lint clean of these findings.
    QVERIFY(
        withCode(lintText(testutil::readData(u"haproxy-modern-replacements.cfg"_s)), u"E-REMOVED-KEYWORD"_s).isEmpty());
}

void TestHaproxyConfig::lintWeighsDeprecatedKeywordsByTheTargetVersion()
{
    const auto config = HaproxyConfig::parse(testutil::readData(u"haproxy-deprecated-2.6-bind-process.cfg"_s));
    HaproxyLintContext context;
    // 2.6 (the default) loads `stats bind-process 1`, `bind-process all` and `process 1` with a warning.
    auto findings = HaproxyLint::lint(config, context);
    QVERIFY2(!HaproxyLint::hasErrors(findings), qPrintable(describe(findings)));
    const auto deprecated = withCode(findings, u"W-DEPRECATED-KEYWORD"_s);
    QVERIFY2(deprecated.size() == 3, qPrintable(describe(findings)));
    for (const auto& f : deprecated)
        QVERIFY2(f.message.contains(u"2.5"_s) && f.message.contains(u"2.7"_s), qPrintable(f.message));
    // 3.0 refuses them.
    context.haproxyVersion = 300;
    findings = HaproxyLint::lint(config, context);
    QVERIFY2(withCode(findings, u"E-REMOVED-KEYWORD"_s).size() == 3, qPrintable(describe(findings)));
    QVERIFY(withCode(findings, u"E-REMOVED-KEYWORD"_s).first().message.contains(u"HAProxy 3.0 refuses"_s));
    // 2.4 still ran several processes: nothing to say.
    context.haproxyVersion = 204;
    findings = HaproxyLint::lint(config, context);
    QVERIFY(withCode(findings, u"W-DEPRECATED-KEYWORD"_s).isEmpty());
    QVERIFY(!HaproxyLint::hasErrors(findings));
    // 2.6 takes only process 1: `bind-process 1-4` is refused there already.
    findings = lintText(testutil::readData(u"haproxy-deprecated-2.6-bind-process-multi.cfg"_s));
    QVERIFY2(withCode(findings, u"E-REMOVED-KEYWORD"_s).size() == 1, qPrintable(describe(findings)));
    // Removed in 1.6: a file for HAProxy 1.5 may still use reqsetbe.
    context.haproxyVersion = 105;
    findings
        = HaproxyLint::lint(HaproxyConfig::parse(testutil::readData(u"haproxy-removed-1.6-reqsetbe.cfg"_s)), context);
    QVERIFY(withCode(findings, u"E-REMOVED-KEYWORD"_s).isEmpty());
    // `no option forceclose` names the option too.
    findings = lintText("defaults\n    mode http\n    no option forceclose\n");
    QCOMPARE(withCode(findings, u"E-REMOVED-KEYWORD"_s).size(), 1);
    // A timeout over HAProxy's limit is refused: an error, not a warning.
    findings = lintText(testutil::readData(u"haproxy-timeout-over-limit.cfg"_s));
    QVERIFY2(withCode(findings, u"E-SYNTAX"_s).size() == 1, qPrintable(describe(findings)));
    QVERIFY(withCode(findings, u"E-SYNTAX"_s).first().message.contains(u"2147483647"_s));
    QVERIFY(!HaproxyLint::hasErrors(lintText(testutil::readData(u"haproxy-timeout-at-limit.cfg"_s))));
}

void TestHaproxyConfig::readsHaproxyVersions()
{
    QCOMPARE(HaproxyLint::versionFromText(u"2.6"_s), 206);
    QCOMPARE(HaproxyLint::versionFromText(u"3.0"_s), 300);
    QCOMPARE(HaproxyLint::versionFromText(u" 2.6.12 "_s), 206);
    QCOMPARE(HaproxyLint::versionFromText(u"1.4"_s), 104);
    QCOMPARE(HaproxyLint::versionFromText(u"1.3"_s), -1);
    QCOMPARE(HaproxyLint::versionFromText(u"2"_s), -1);
    QCOMPARE(HaproxyLint::versionFromText(u"two.six"_s), -1);
    QCOMPARE(HaproxyLint::versionFromText(u"2.100"_s), -1);
    QCOMPARE(HaproxyLint::versionText(207), u"2.7"_s);
}

void TestHaproxyConfig::diffIsUnifiedAndEmptyForEqualTexts()
{
    QVERIFY(unifiedDiff(u"a\nb\n"_s, u"a\nb\n"_s, u"old"_s, u"new"_s).isEmpty());
    const QString d = unifiedDiff(u"1\n2\n3\n4\n5\n6\n7\n8\n"_s, u"1\n2\n3\n4\nfive\n6\n7\n8\n"_s, u"old"_s, u"new"_s);
    QCOMPARE(d, u"--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_s);
    const QString added = unifiedDiff(QString(), u"x\n"_s, u"old"_s, u"new"_s);
    QCOMPARE(added, u"--- old\n+++ new\n@@ -0,0 +1,1 @@\n+x\n"_s);
    // Files that differ only in the final line break: the preview must not look unchanged.
    QCOMPARE(unifiedDiff(u"a\nb\n"_s, u"a\nb"_s, u"old"_s, u"new"_s),
        u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"_s);
    QCOMPARE(unifiedDiff(u"a"_s, u"b"_s, u"old"_s, u"new"_s),
        u"--- old\n+++ new\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n"_s);
}

void TestHaproxyConfig::compareServersSeesWrongRoleAndDownActive()
{
    const auto cfg = HaproxyConfig::parse("listen amqp\n bind :5672\n server rabbit1 10.0.0.11:5672 check backup\n"
                                          " server rabbit2 10.0.0.12:5672 check\n");
    HaproxyServer r1 { u"amqp"_s, u"rabbit1"_s, u"10.0.0.11:5672"_s, true, u"UP"_s, QString() };
    HaproxyServer r2 { u"amqp"_s, u"rabbit2"_s, u"10.0.0.12:5672"_s, false, u"UP"_s, QString() };
    QVERIFY(HaproxyPush::compareServers(cfg, { r1, r2 }).isEmpty());
    r2.status = u"DOWN"_s;
    QVERIFY(HaproxyPush::compareServers(cfg, { r1, r2 }).contains(u"DOWN"_s));
    r2.status = u"UP"_s;
    r1.backup = false;
    QVERIFY(!HaproxyPush::compareServers(cfg, { r1, r2 }).isEmpty());
    r1.backup = true;
    QVERIFY(!HaproxyPush::compareServers(cfg, { r1 }).isEmpty());
}

void TestHaproxyConfig::profileKeepsTheReloadCommandAndDefaultsToSystemd()
{
    auto profile = threeNodeProfile();
    QCOMPARE(profile.haproxy.reloadArgv(), (QStringList { u"systemctl"_s, u"reload"_s, u"haproxy"_s }));
    profile.haproxy.reload = { u"/usr/local/sbin/reload-haproxy"_s, u"--soft"_s };
    const auto again = ClusterProfile::fromJson(QJsonDocument(profile.toJson()).toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->haproxy.reloadArgv(), profile.haproxy.reload);
    QVERIFY(!ClusterProfile::fromJson(
        "{\"name\": \"x\", \"hosts\": [{\"name\": \"a\"}], \"haproxy\": {\"reload\": \"systemctl reload\"}}")
                 .ok());
}

QTEST_GUILESS_MAIN(TestHaproxyConfig)
void TestHaproxyConfig::lintsThousandsOfSectionsInLinearTime()
{
    // Each backend looked for its frontends through every section, and every section for its
    // defaults back to the top: 8,000 sections (700 KB) took 4 minutes in the fuzz build.
    auto file = [](int pairs) {
        QByteArray cfg = "defaults\n timeout client 3h\n timeout server 3h\n";
        for (int i = 0; i < pairs; ++i) {
            const QByteArray n = QByteArray::number(i);
            cfg += "backend b" + n + "\n server s 10.0.0.1:5672 check\nfrontend f" + n
                + "\n bind :" + QByteArray::number(1000 + i) + "\n default_backend b" + n + "\n";
        }
        return cfg;
    };
    QElapsedTimer timer;
    timer.start();
    const auto small = HaproxyConfig::parse(file(500));
    const auto smallFindings = HaproxyLint::lint(small);
    const qint64 smallMs = qMax<qint64>(timer.restart(), 1);
    const auto big = HaproxyConfig::parse(file(4000));
    const auto bigFindings = HaproxyLint::lint(big);
    const qint64 bigMs = timer.elapsed();
    QCOMPARE(big.sections().size(), 8001);
    QVERIFY(big.defaultsFor(8000) == &big.sections()[0]);
    QVERIFY(bigFindings.size() > smallFindings.size());
    // 8 times the sections: linear is ~8 times the time; quadratic was ~64. Generous for a busy box.
    QVERIFY2(bigMs < 30 * smallMs + 2000,
        qPrintable(u"%1 ms for 1,000 sections, %2 ms for 8,000"_s.arg(smallMs).arg(bigMs)));
}

#include "tst_haproxyconfig.moc"
