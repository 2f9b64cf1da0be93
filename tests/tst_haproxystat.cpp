#include "haproxy/StatCsv.h"

#include "testutil/TestUtil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using warren::HaproxyServer;

namespace {

const HaproxyServer* findServer(const QList<HaproxyServer>& servers, const QString& proxy, const QString& name)
{
    for (const HaproxyServer& s : servers) {
        if (s.proxy == proxy && s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestHaproxyStat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsActiveAndBackupServers();
    void skipsFrontendAndBackendRows();
    void readsDownActiveServerAndTransitions();
    void readsQuotedCheckDescriptionWithoutShiftingColumns();
    void readsTheLabStatsPage();
    void findsColumnsByHeaderNameInAnyOrder();
    void toleratesCrlfBlankLinesAndTrailingCommas();
    void toleratesEmptyFields();
    void headerWithoutRowsGivesNoServers();
    void rejectsBrokenInput_data();
    void rejectsBrokenInput();
    void rejectsHugeInput();
    void survivesMutatedInput();
};

void TestHaproxyStat::readsActiveAndBackupServers()
{
    const auto servers = warren::parseHaproxyStatCsv(testutil::readData(u"haproxy-2.6-active-up.csv"_s));
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));
    const HaproxyServer* active = findServer(servers.value(), u"amqp"_s, u"rabbit1"_s);
    QVERIFY(active);
    QVERIFY(active->active());
    QVERIFY(!active->backup);
    QCOMPARE(active->status, u"UP"_s);
    QVERIFY(active->isUp());
    QCOMPARE(active->address, u"10.213.77.11:5672"_s);
    QCOMPARE(active->checkStatus, u"L4OK"_s);
    QCOMPARE(active->currentSessions, qint64(3));
    QCOMPARE(active->lastChangeSeconds, qint64(1804));
    QCOMPARE(active->checkFailures, qint64(0));
    QCOMPARE(active->checkDowns, qint64(0));

    const HaproxyServer* backup = findServer(servers.value(), u"amqp"_s, u"rabbit2"_s);
    QVERIFY(backup);
    QVERIFY(backup->backup);
    QVERIFY(!backup->active());
    QVERIFY(backup->isUp());
    QCOMPARE(backup->currentSessions, qint64(0));
    QCOMPARE(backup->address, u"10.213.77.12:5672"_s);
}

void TestHaproxyStat::skipsFrontendAndBackendRows()
{
    const auto servers = warren::parseHaproxyStatCsv(testutil::readData(u"haproxy-2.6-active-up.csv"_s));
    QVERIFY(servers.ok());
    QCOMPARE(servers->size(), 5);
    for (const HaproxyServer& s : servers.value()) {
        QVERIFY(s.name != u"FRONTEND"_s);
        QVERIFY(s.name != u"BACKEND"_s);
        QVERIFY(s.proxy != u"stats"_s); // the stats frontend has no servers
    }
}

void TestHaproxyStat::readsDownActiveServerAndTransitions()
{
    const auto servers = warren::parseHaproxyStatCsv(testutil::readData(u"haproxy-2.6-active-down.csv"_s));
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));

    const HaproxyServer* down = findServer(servers.value(), u"amqp"_s, u"rabbit1"_s);
    QVERIFY(down);
    QVERIFY(down->active());
    QCOMPARE(down->status, u"DOWN"_s);
    QVERIFY(!down->isUp());
    QCOMPARE(down->checkStatus, u"L4CON"_s);
    QCOMPARE(down->checkFailures, qint64(3));
    QCOMPARE(down->checkDowns, qint64(1));
    QCOMPARE(down->lastChangeSeconds, qint64(4));

    const HaproxyServer* takeover = findServer(servers.value(), u"amqp"_s, u"rabbit2"_s);
    QVERIFY(takeover->backup);
    QVERIFY(takeover->isUp());
    QCOMPARE(takeover->currentSessions, qint64(3));

    // Going down: still UP until `fall` checks failed; coming back: DOWN until `rise` passed.
    const HaproxyServer* falling = findServer(servers.value(), u"management"_s, u"rabbit1"_s);
    QCOMPARE(falling->status, u"UP 1/3"_s);
    QVERIFY(falling->isUp());
    QCOMPARE(falling->checkStatus, u"* L4CON"_s);
    const HaproxyServer* rising = findServer(servers.value(), u"management"_s, u"rabbit2"_s);
    QCOMPARE(rising->status, u"DOWN 1/2"_s);
    QVERIFY(!rising->isUp());
    QVERIFY(rising->backup);
}

void TestHaproxyStat::readsQuotedCheckDescriptionWithoutShiftingColumns()
{
    // HAProxy quotes a field that holds a comma or a quote; addr comes after check_desc.
    const QByteArray csv = "# pxname,svname,status,check_desc,addr,bck,type,\n"
                           "amqp,rabbit1,DOWN,\"Layer4 problem, info: \"\"refused\"\"\",10.213.77.11:5672,0,2,\n";
    const auto servers = warren::parseHaproxyStatCsv(csv);
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));
    QCOMPARE(servers->size(), 1);
    QCOMPARE(servers->first().address, u"10.213.77.11:5672"_s);
    QCOMPARE(servers->first().status, u"DOWN"_s);
}

void TestHaproxyStat::readsTheLabStatsPage()
{
    // Captured from the lab's /stats;csv while rabbit2 was being stopped. The stats page leaves
    // addr empty (the admin socket fills it).
    const auto servers = warren::parseHaproxyStatCsv(testutil::readData(u"haproxy-2.6-lab-backup-failing.csv"_s));
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));
    QCOMPARE(servers->size(), 2);
    const HaproxyServer* active = findServer(servers.value(), u"amqp"_s, u"rabbit1"_s);
    QVERIFY(active);
    QVERIFY(active->active());
    QCOMPARE(active->status, u"UP"_s);
    QCOMPARE(active->checkStatus, u"L4OK"_s);
    QVERIFY(active->address.isEmpty());
    const HaproxyServer* backup = findServer(servers.value(), u"amqp"_s, u"rabbit2"_s);
    QVERIFY(backup);
    QVERIFY(backup->backup);
    QCOMPARE(backup->status, u"UP 1/3"_s);
    QVERIFY(backup->isUp());
    QCOMPARE(backup->checkStatus, u"L4CON"_s);
    QCOMPARE(backup->checkFailures, qint64(5));
    QCOMPARE(backup->checkDowns, qint64(1));
    QCOMPARE(backup->lastChangeSeconds, qint64(28));
}

void TestHaproxyStat::findsColumnsByHeaderNameInAnyOrder()
{
    // An old HAProxy without type, addr and chkdown, and columns in another order.
    const QByteArray csv = "# svname,status,pxname,bck,scur\n"
                           "FRONTEND,OPEN,amqp,,2\n"
                           "rabbit1,UP,amqp,0,2\n"
                           "rabbit2,no check,amqp,1,0\n"
                           "BACKEND,UP,amqp,1,2\n";
    const auto servers = warren::parseHaproxyStatCsv(csv);
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));
    QCOMPARE(servers->size(), 2);
    QCOMPARE(servers->at(0).proxy, u"amqp"_s);
    QCOMPARE(servers->at(0).name, u"rabbit1"_s);
    QCOMPARE(servers->at(0).currentSessions, qint64(2));
    QVERIFY(servers->at(0).address.isEmpty());
    QCOMPARE(servers->at(0).lastChangeSeconds, qint64(-1));
    QCOMPARE(servers->at(0).checkDowns, qint64(-1));
    QVERIFY(servers->at(1).backup);
    QCOMPARE(servers->at(1).status, u"no check"_s);
    QVERIFY(servers->at(1).isUp());
}

void TestHaproxyStat::toleratesCrlfBlankLinesAndTrailingCommas()
{
    QByteArray csv = testutil::readData(u"haproxy-2.6-active-up.csv"_s);
    csv.replace("\n", "\r\n");
    csv.prepend("\r\n\r\n");
    csv.append("\r\n\r\n");
    const auto servers = warren::parseHaproxyStatCsv(csv);
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));
    QCOMPARE(servers->size(), 5);
    const HaproxyServer* active = findServer(servers.value(), u"amqp"_s, u"rabbit1"_s);
    QCOMPARE(active->status, u"UP"_s);
    QCOMPARE(active->address, u"10.213.77.11:5672"_s);
}

void TestHaproxyStat::toleratesEmptyFields()
{
    const QByteArray csv = "# pxname,svname,scur,status,bck,lastchg,check_status,type,addr,\n"
                           "amqp,rabbit1,,MAINT,,,,2,,\n"
                           "amqp,rabbit2,1,UP\n";
    const auto servers = warren::parseHaproxyStatCsv(csv);
    QVERIFY2(servers.ok(), qPrintable(servers.error().toString()));
    QCOMPARE(servers->size(), 2);
    QCOMPARE(servers->at(0).currentSessions, qint64(0));
    QCOMPARE(servers->at(0).lastChangeSeconds, qint64(-1));
    QVERIFY(!servers->at(0).backup);
    QVERIFY(!servers->at(0).isUp());
    QVERIFY(servers->at(0).checkStatus.isEmpty());
    QCOMPARE(servers->at(1).status, u"UP"_s); // a short row: the missing fields are empty
}

void TestHaproxyStat::headerWithoutRowsGivesNoServers()
{
    const auto servers = warren::parseHaproxyStatCsv("# pxname,svname,status,\n\n");
    QVERIFY(servers.ok());
    QVERIFY(servers->isEmpty());
}

void TestHaproxyStat::rejectsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << 1 << 1;
    QTest::newRow("blank") << QByteArray("\r\n\n") << 1 << 1;
    QTest::newRow("runtime api error") << QByteArray("Unknown command: 'show stats'\n") << 1 << 1;
    QTest::newRow("error after blank line") << QByteArray("\nPermission denied\n") << 2 << 1;
    QTest::newRow("json instead of csv") << QByteArray("[{\"objType\":\"Server\"}]") << 1 << 1;
    QTest::newRow("no status column") << QByteArray("# pxname,svname,scur\namqp,rabbit1,0\n") << 1 << 1;
    QTest::newRow("row cut before status") << QByteArray("# pxname,svname,scur,status\namqp,rabbit1\n") << 2 << 1;
    QTest::newRow("quote never closed") << QByteArray("# pxname,svname,status,check_desc\namqp,r1,UP,\"Layer4\n") << 2
                                        << 12;
    QTest::newRow("garbage bytes") << QByteArray("\xff\xfe\x00\x01,\x02", 6) << 1 << 1;
}

void TestHaproxyStat::rejectsBrokenInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto servers = warren::parseHaproxyStatCsv(csv);
    QVERIFY(!servers.ok());
    QVERIFY(!servers.error().message.isEmpty());
    QCOMPARE(servers.error().line, line);
    QCOMPARE(servers.error().column, column);
}

void TestHaproxyStat::rejectsHugeInput()
{
    QByteArray huge("# pxname,svname,status\n");
    huge.append(QByteArray(64 * 1024 * 1024, '\n'));
    const auto servers = warren::parseHaproxyStatCsv(huge);
    QVERIFY(!servers.ok());
    QCOMPARE(servers.error().line, 1);
}

void TestHaproxyStat::survivesMutatedInput()
{
    const QByteArray seed = testutil::readData(u"haproxy-2.6-active-down.csv"_s);
    const QByteArray alphabet(",\"\n\r# -UPDOWN0123456789\xff");
    QRandomGenerator rng(26);
    for (int round = 0; round < 1000; ++round) {
        QByteArray csv = seed;
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits && !csv.isEmpty(); ++e) {
            const int at = int(rng.bounded(int(csv.size())));
            switch (rng.bounded(3)) {
            case 0:
                csv.remove(at, 1 + rng.bounded(64));
                break;
            case 1:
                csv.insert(at, alphabet.at(rng.bounded(int(alphabet.size()))));
                break;
            default:
                csv[at] = char(rng.bounded(256));
                break;
            }
        }
        const auto servers = warren::parseHaproxyStatCsv(csv);
        if (!servers.ok()) {
            QVERIFY(servers.error().line >= 1);
            QVERIFY(!servers.error().message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestHaproxyStat)
#include "tst_haproxystat.moc"
