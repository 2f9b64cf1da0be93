// AppSettings: every key has its default before anything is stored, round-trips its type, and is
// stored under the key string earlier versions used (so users' settings survive the move).
#include "AppSettings.h"
#include "ClusterPoller.h"
#include "QueueMatrixModel.h"
#include "QueuePoller.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace warren;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsApplyWhenNothingIsStored();
    void valuesRoundTrip();
    void keysAreTheOnesEarlierVersionsWrote();
    void cleanupTestCase();
};

void TestAppSettings::initTestCase()
{
    // Never the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QSettings().clear();
}

void TestAppSettings::cleanupTestCase()
{
    QSettings().clear();
}

void TestAppSettings::defaultsApplyWhenNothingIsStored()
{
    QSettings().clear();
    QCOMPARE(AppSettings::pollIntervalSeconds(), ClusterPoller::DefaultIntervalSeconds);
    QCOMPARE(AppSettings::queuesIntervalSeconds(), QueuePoller::DefaultIntervalSeconds);
    QCOMPARE(AppSettings::queuesSortColumn(), int(QueueMatrixModel::NameColumn));
    QCOMPARE(AppSettings::queuesSortOrder(), int(Qt::AscendingOrder));
    QVERIFY(!AppSettings::queuesRegexFilter());
    QVERIFY(!AppSettings::queuesProblemsOnly());
    QVERIFY(!AppSettings::queuesPlacementOnly());
    QVERIFY(AppSettings::queuesColumnWidths().isEmpty());
    QVERIFY(AppSettings::language().isEmpty());
    QVERIFY(AppSettings::profilePaths().isEmpty());
    QVERIFY(AppSettings::mainWindowGeometry().isEmpty());
    QVERIFY(AppSettings::mainWindowState().isEmpty());
    QVERIFY(AppSettings::mainSplitter().isEmpty());
    QVERIFY(AppSettings::nodeTableHeader().isEmpty());
    QVERIFY(AppSettings::queuesSplitter().isEmpty());
}

void TestAppSettings::valuesRoundTrip()
{
    AppSettings::setPollIntervalSeconds(12);
    QCOMPARE(AppSettings::pollIntervalSeconds(), 12);
    AppSettings::setQueuesIntervalSeconds(60);
    QCOMPARE(AppSettings::queuesIntervalSeconds(), 60);
    AppSettings::setQueuesColumnWidths({ 120, 80, 44 });
    QCOMPARE(AppSettings::queuesColumnWidths(), QList<int>({ 120, 80, 44 }));
    AppSettings::setQueuesSortColumn(2);
    QCOMPARE(AppSettings::queuesSortColumn(), 2);
    AppSettings::setQueuesSortOrder(int(Qt::DescendingOrder));
    QCOMPARE(AppSettings::queuesSortOrder(), int(Qt::DescendingOrder));
    AppSettings::setQueuesRegexFilter(true);
    AppSettings::setQueuesProblemsOnly(true);
    AppSettings::setQueuesPlacementOnly(true);
    QVERIFY(
        AppSettings::queuesRegexFilter() && AppSettings::queuesProblemsOnly() && AppSettings::queuesPlacementOnly());
    AppSettings::setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
    const QStringList paths { QStringLiteral("/etc/warren/a.json"), QStringLiteral("/tmp/b c.json") };
    AppSettings::setProfilePaths(paths);
    QCOMPARE(AppSettings::profilePaths(), paths);
    const QByteArray blob("\x00\x01state\xff", 9);
    AppSettings::setMainWindowGeometry(blob);
    AppSettings::setMainWindowState(blob);
    AppSettings::setMainSplitter(blob);
    AppSettings::setNodeTableHeader(blob);
    AppSettings::setQueuesSplitter(blob);
    for (const QByteArray& b : { AppSettings::mainWindowGeometry(), AppSettings::mainWindowState(),
             AppSettings::mainSplitter(), AppSettings::nodeTableHeader(), AppSettings::queuesSplitter() })
        QCOMPARE(b, blob);
}

void TestAppSettings::keysAreTheOnesEarlierVersionsWrote()
{
    QSettings().clear();
    // As a settings file of an earlier version holds them.
    {
        QSettings s;
        s.setValue(QStringLiteral("poll/intervalSeconds"), 9);
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        s.setValue(QStringLiteral("clusters/profiles"), QStringList { QStringLiteral("/x/p.json") });
        s.setValue(QStringLiteral("ui/mainWindowGeometry"), QByteArray("g"));
        s.setValue(QStringLiteral("ui/mainWindowState"), QByteArray("s"));
        s.setValue(QStringLiteral("ui/mainSplitter"), QByteArray("m"));
        s.setValue(QStringLiteral("ui/nodeTableHeader"), QByteArray("h"));
        s.setValue(QStringLiteral("queues/intervalSeconds"), 30);
        s.setValue(QStringLiteral("queues/regexFilter"), true);
        s.setValue(QStringLiteral("queues/problemsOnly"), true);
        s.setValue(QStringLiteral("queues/placementOnly"), true);
        s.setValue(QStringLiteral("queues/columnWidths"), QVariantList { 100, 50 });
        s.setValue(QStringLiteral("queues/sortColumn"), 1);
        s.setValue(QStringLiteral("queues/sortOrder"), 1);
        s.setValue(QStringLiteral("queues/splitter"), QByteArray("q"));
    }
    QCOMPARE(AppSettings::pollIntervalSeconds(), 9);
    QCOMPARE(AppSettings::language(), QStringLiteral("en"));
    QCOMPARE(AppSettings::profilePaths(), QStringList { QStringLiteral("/x/p.json") });
    QCOMPARE(AppSettings::mainWindowGeometry(), QByteArray("g"));
    QCOMPARE(AppSettings::mainWindowState(), QByteArray("s"));
    QCOMPARE(AppSettings::mainSplitter(), QByteArray("m"));
    QCOMPARE(AppSettings::nodeTableHeader(), QByteArray("h"));
    QCOMPARE(AppSettings::queuesIntervalSeconds(), 30);
    QVERIFY(
        AppSettings::queuesRegexFilter() && AppSettings::queuesProblemsOnly() && AppSettings::queuesPlacementOnly());
    QCOMPARE(AppSettings::queuesColumnWidths(), QList<int>({ 100, 50 }));
    QCOMPARE(AppSettings::queuesSortColumn(), 1);
    QCOMPARE(AppSettings::queuesSortOrder(), 1);
    QCOMPARE(AppSettings::queuesSplitter(), QByteArray("q"));
    // Nothing else: the class adds no keys of its own.
    QCOMPARE(QSettings().allKeys().size(), 15);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
