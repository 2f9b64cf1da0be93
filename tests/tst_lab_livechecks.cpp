// The live view's slower checks against the real lab, in the GUI path (MainWindow with the real
// ClusterPoller, offscreen): safe to stop, queue leaders, the statistics interval floor, a cut
// link, the management API taken away from one node and from all, and a full stop with the start
// order. Ground truth: labctl, rabbitmqctl and rabbitmq-queues on the lab hosts.
#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "ClusterPoller.h"
#include "MainWindow.h"
#include "NodeDetailsPanel.h"
#include "NodeItem.h"
#include "UiLanguage.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace warren;

namespace {

const QStringList Nodes = { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3") };

struct Live
{
    MainWindow window;
    ClusterGraphView* view = nullptr;
    ClusterGraphPanel* panel = nullptr;

    bool open()
    {
        // Every poll runs every check: the test must not wait out the production cadence.
        window.poller()->setCheckCadence(0, 0, 0);
        window.resize(1500, 1000);
        if (!window.openProfile(testutil::labProfile()))
            return false;
        window.show();
        view = window.findChild<ClusterGraphView*>(QStringLiteral("clusterGraph"));
        panel = window.findChild<ClusterGraphPanel*>(QStringLiteral("graphPanel"));
        return view && panel && QTest::qWaitForWindowExposed(&window);
    }
    const NodeItem* item(const QString& name) const { return view->nodeItem(name); }
    // Every node's verdict is in and says what the CLI's own check says (the lab may hold other
    // tests' queues, so "safe" is not assumed), no marks, not stale.
    bool settled(const QHash<QString, bool>& critical) const
    {
        for (const QString& n : Nodes) {
            const NodeItem* i = item(n);
            if (!i || !i->markTexts().isEmpty())
                return false;
            const auto want = critical.value(n) ? StopSafety::Verdict::NotSafe : StopSafety::Verdict::Safe;
            if (i->node().safety.verdict != want)
                return false;
        }
        return !panel->isStale();
    }
    // What the graph shows, for a failure message.
    QByteArray dump() const
    {
        QStringList out;
        for (const QString& n : Nodes) {
            if (const NodeItem* i = item(n))
                out << QStringLiteral("%1: %2 safety=%3 (%4) marks=[%5] leaders=%6 api=%7 unreachable=%8")
                           .arg(n, i->stateText(), i->safetyText(), i->node().safety.reason, i->markTexts().join(QLatin1Char(',')))
                           .arg(i->node().queueLeaders)
                           .arg(i->node().apiError, i->node().unreachableFromWarren);
        }
        out << QStringLiteral("stale: ") + panel->staleText() << QStringLiteral("notice: ") + panel->noticeText();
        return out.join(QLatin1Char('\n')).toUtf8();
    }
};

// Queues per node leading them, from rabbitmqctl: `leader` for quorum queues, the pid's node for
// classic ones.
QHash<QString, int> leadersFromRabbitmqctl()
{
    QHash<QString, int> counts;
    const auto vhosts = testutil::labExec(QStringLiteral("rabbit1"),
        { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("list_vhosts"), QStringLiteral("--no-table-headers") });
    QString lines;
    for (const QString& vhost : QString::fromUtf8(vhosts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines += QString::fromUtf8(testutil::labExec(QStringLiteral("rabbit1"),
            { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("-p"), vhost.trimmed(),
                QStringLiteral("--no-table-headers"), QStringLiteral("type"), QStringLiteral("pid"), QStringLiteral("leader") }).out);
    }
    static const QRegularExpression pidNode(QStringLiteral("^<([^.]+)\\."));
    for (const QString& line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 2)
            continue;
        QString node = f.value(2).trimmed();
        if (node.isEmpty())
            node = pidNode.match(f.at(1)).captured(1);
        ++counts[node];
    }
    return counts;
}

bool quorumCritical(const QString& host)
{
    return testutil::labExec(host, { QStringLiteral("rabbitmq-queues"), QStringLiteral("check_if_node_is_quorum_critical") }).exitCode != 0;
}

bool mirrorSyncCritical(const QString& host)
{
    return testutil::labExec(host, { QStringLiteral("rabbitmq-queues"), QStringLiteral("check_if_node_is_mirror_sync_critical") }).exitCode != 0;
}

// Ground truth for "safe to stop", node by node, from the CLI on each host.
QHash<QString, bool> criticalNodes()
{
    QHash<QString, bool> out;
    for (const QString& n : Nodes) {
        const QString host = n.section(QLatin1Char('@'), 1);
        out.insert(n, quorumCritical(host) || mirrorSyncCritical(host));
    }
    return out;
}

void saveBoth(MainWindow& window, const QString& name)
{
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        UiLanguage::apply(language, false);
        QCoreApplication::processEvents();
        window.grab().save(testutil::artifactsDir() + QStringLiteral("/%1-%2.png").arg(name, language));
    }
    UiLanguage::apply(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
}

} // namespace

class TestLabLiveChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lab_livechecks"));
        QSettings().clear();
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
        QVERIFY2(testutil::labctl({ QStringLiteral("status") }).ok(), "the lab is not fully up");
    }

    void healthyLabIsSafeToStopWithLeadersAndAgreement()
    {
        QElapsedTimer clock;
        clock.start();
        Live live;
        QVERIFY(live.open());
        const auto critical = criticalNodes();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(critical), live.dump().constData(), 60000);
        const auto truth = leadersFromRabbitmqctl();
        QTRY_VERIFY_WITH_TIMEOUT(live.item(Nodes[0])->node().queueLeaders >= 0, 15000);
        for (const QString& n : Nodes)
            QCOMPARE(live.item(n)->node().queueLeaders, truth.value(n));
        // The lab's collect_statistics_interval is the default: polling never faster than 5 s.
        QTRY_COMPARE_WITH_TIMEOUT(live.window.poller()->statisticsIntervalMs(), qint64(5000), 15000);
        auto* spin = live.window.findChild<QSpinBox*>(QStringLiteral("intervalSpin"));
        QCOMPARE(spin->minimum(), 5);
        live.window.poller()->setIntervalSeconds(2);
        QCOMPARE(live.window.poller()->intervalSeconds(), 5);
        live.view->selectNode(Nodes[1]);
        QCOMPARE(live.panel->details()->value(QStringLiteral("detailSourcesAgree")), QStringLiteral("agree"));
        if (!critical.value(Nodes[1]))
            QCOMPARE(live.panel->details()->value(QStringLiteral("detailSafeToStop")), QStringLiteral("safe to stop"));
        else
            QVERIFY(live.panel->details()->value(QStringLiteral("detailSafeToStop")).startsWith(QStringLiteral("not safe to stop: ")));
        saveBoth(live.window, QStringLiteral("lab-livechecks-healthy"));
        qInfo("healthy checks shown in %lld ms", clock.elapsed());
    }

    void cutLinkIsUnreachableFromWarrenNotPartitioned()
    {
        Live live;
        QVERIFY(live.open());
        const auto critical = criticalNodes();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(critical), live.dump().constData(), 60000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(testutil::labctl({ QStringLiteral("cut"), QStringLiteral("rabbit3") }).ok());
        auto restore = qScopeGuard([] { testutil::labctl({ QStringLiteral("restore"), QStringLiteral("rabbit3") }); });
        // Under net_ticktime (60 s) the cluster has not noticed: rabbit3 still runs for it, and
        // there is no partition. What is true is that Warren cannot reach it.
        const NodeItem* r3 = live.item(Nodes[2]);
        QTRY_VERIFY_WITH_TIMEOUT(r3->markTexts().contains(QStringLiteral("unreachable from Warren")), 30000);
        const qint64 shownAfter = clock.elapsed();
        QCOMPARE(r3->state(), NodeItem::State::Running);
        QVERIFY(!r3->alarmTexts().contains(QStringLiteral("partitioned")));
        QVERIFY(live.view->partitionText().isEmpty());
        const auto truth = testutil::labExec(QStringLiteral("rabbit1"),
            { QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status"), QStringLiteral("--formatter"), QStringLiteral("json") });
        QVERIFY(truth.ok());
        QVERIFY(truth.out.contains("\"partitions\":{}"));
        QVERIFY(truth.out.contains("\"running_nodes\":[") && truth.out.contains("rabbit@rabbit3"));
        live.view->selectNode(Nodes[2]);
        QVERIFY(live.panel->details()->value(QStringLiteral("detailReachable")).startsWith(QStringLiteral("no: ")));
        live.window.grab().save(testutil::artifactsDir() + QStringLiteral("/lab-livechecks-cut-en.png"));
        QVERIFY(testutil::labctl({ QStringLiteral("restore"), QStringLiteral("rabbit3") }).ok());
        restore.dismiss();
        const qint64 cutFor = clock.elapsed();
        QVERIFY2(cutFor < 55000, "the cut lasted long enough for the cluster to notice: heal the lab");
        QTRY_VERIFY_WITH_TIMEOUT(r3->markTexts().isEmpty(), 30000);
        qInfo("unreachable shown %lld ms after the cut; cut for %lld ms; cleared %lld ms after restore", shownAfter, cutFor,
            clock.elapsed() - cutFor);
    }

    void apiStoppedOnOneNodeThenAllFallsBackAndRecovers()
    {
        Live live;
        QVERIFY(live.open());
        const auto critical = criticalNodes();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(critical), live.dump().constData(), 60000);
        QElapsedTimer clock;
        clock.start();
        auto restart = qScopeGuard([] { testutil::labctl({ QStringLiteral("api-start"), QStringLiteral("all") }); });
        QVERIFY(testutil::labctl({ QStringLiteral("api-stop"), QStringLiteral("rabbit1") }).ok());
        // One API down: the others answer, so the view stays fresh; rabbit1 is marked.
        const NodeItem* r1 = live.item(Nodes[0]);
        QTRY_VERIFY_WITH_TIMEOUT(r1->markTexts().contains(QStringLiteral("API not answering")), 30000);
        QVERIFY(!live.panel->isStale());
        QCOMPARE(r1->state(), NodeItem::State::Running);
        qInfo("one API down shown after %lld ms", clock.elapsed());

        clock.restart();
        QVERIFY(testutil::labctl({ QStringLiteral("api-stop"), QStringLiteral("all") }).ok());
        // Every API down: stale with the reason, membership from SSH cluster_status.
        QTRY_VERIFY_WITH_TIMEOUT(live.panel->isStale(), 30000);
        QVERIFY2(live.panel->staleText().contains(QStringLiteral("connection refused")), qPrintable(live.panel->staleText()));
        QVERIFY(live.panel->staleText().contains(QStringLiteral("SSH")));
        QCOMPARE(live.view->nodeNames().size(), 3);
        for (const QString& n : Nodes)
            QCOMPARE(live.item(n)->state(), NodeItem::State::Running);
        live.window.grab().save(testutil::artifactsDir() + QStringLiteral("/lab-livechecks-api-down-en.png"));
        qInfo("all APIs down shown stale after %lld ms", clock.elapsed());

        clock.restart();
        QVERIFY(testutil::labctl({ QStringLiteral("api-start"), QStringLiteral("all") }).ok());
        restart.dismiss();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(critical), live.dump().constData(), 60000);
        qInfo("recovered %lld ms after api-start returned", clock.elapsed());
    }

    void fullStopNamesTheNodeToStartFirst()
    {
        Live live;
        QVERIFY(live.open());
        const auto critical = criticalNodes();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(critical), live.dump().constData(), 60000);
        QElapsedTimer clock;
        clock.start();
        auto startAll = qScopeGuard([] {
            for (const QString& h : { QStringLiteral("rabbit1"), QStringLiteral("rabbit2"), QStringLiteral("rabbit3") })
                testutil::labctl({ QStringLiteral("start"), h });
        });
        QVERIFY(testutil::labctl({ QStringLiteral("stop"), QStringLiteral("rabbit3") }).ok());
        // With rabbit3 gone, each quorum queue keeps 2 of 3 members: the other two became critical.
        QVERIFY(quorumCritical(QStringLiteral("rabbit1")));
        QTRY_VERIFY_WITH_TIMEOUT(live.item(Nodes[0])->node().safety.verdict == StopSafety::Verdict::NotSafe
                && live.item(Nodes[1])->node().safety.verdict == StopSafety::Verdict::NotSafe,
            30000);
        QVERIFY2(live.item(Nodes[0])->safetyText().startsWith(QStringLiteral("not safe: ")), qPrintable(live.item(Nodes[0])->safetyText()));
        // The lab's two quorum queues (qq.alpha, qq.beta), and any other test's.
        QVERIFY(live.item(Nodes[0])->node().safety.quorumQueuesAtRisk >= 2);
        live.view->selectNode(Nodes[0]);
        saveBoth(live.window, QStringLiteral("lab-livechecks-notsafe"));
        qInfo("not safe shown %lld ms after rabbit3 stopped", clock.elapsed());

        QVERIFY(testutil::labctl({ QStringLiteral("stop"), QStringLiteral("rabbit2") }).ok());
        QVERIFY(testutil::labctl({ QStringLiteral("stop"), QStringLiteral("rabbit1") }).ok());
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(live.panel->noticeText().contains(QStringLiteral("rabbit@rabbit1 stopped last")), 30000);
        qInfo("start order shown %lld ms after the last stop: %s", clock.elapsed(), qPrintable(live.panel->noticeText()));
        QVERIFY(live.panel->noticeText().contains(QStringLiteral("Start order: rabbit@rabbit1, rabbit@rabbit2, rabbit@rabbit3")));
        QCOMPARE(live.item(Nodes[0])->markTexts().value(0), QStringLiteral("stopped last: start first"));
        for (const QString& n : Nodes)
            QCOMPARE(live.item(n)->state(), NodeItem::State::Stopped);
        live.window.grab().save(testutil::artifactsDir() + QStringLiteral("/lab-livechecks-down-en.png"));

        // In the order Warren gave: each start returns once the node is back in the cluster.
        clock.restart();
        for (const QString& h : { QStringLiteral("rabbit1"), QStringLiteral("rabbit2"), QStringLiteral("rabbit3") })
            QVERIFY(testutil::labctl({ QStringLiteral("start"), h }).ok());
        startAll.dismiss();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(critical), live.dump().constData(), 40000);
        QVERIFY(live.panel->noticeText().isEmpty());
        qInfo("started in that order and back to safe in %lld ms", clock.elapsed());
    }
};

QTEST_MAIN(TestLabLiveChecks)
#include "tst_lab_livechecks.moc"
