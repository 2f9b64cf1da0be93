// The live view's slower checks against the real lab, in the GUI path (MainWindow with the real
// ClusterPoller, offscreen): safe to stop, queue leaders and the statistics interval floor on the
// healthy lab; a cut link (rabbit3 unreachable from Warren, the cluster not yet partitioned); the
// management API taken away from one node and then from all (stale with the reason, SSH fallback,
// recovery). Each case restores the lab itself, even when it fails. Ground truth: labctl,
// rabbitmqctl and rabbitmq-queues on the lab hosts. (A killed node is tst_lab_liveview's; the
// start order after a full stop is tst_livechecks' on recorded files: both too slow to repeat.)
#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "ClusterPoller.h"
#include "MainWindow.h"
#include "NodeDetailsPanel.h"
#include "NodeItem.h"
#include "testutil/LabGui.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

using namespace warren;

namespace {

const QStringList Nodes
    = { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3") };

struct Live : testutil::LabWindow
{
    const NodeItem* item(const QString& name) const { return view->nodeItem(name); }
    // Every node's verdict is in and says what the CLI's own check says (the lab may hold other
    // tests' queues, so "safe" is not assumed), no marks, not stale.
    bool settled(const QHash<QString, bool>& critical) const
    {
        for (const QString& n : Nodes) {
            const NodeItem* i = item(n);
            if (!i || !i->markTexts().isEmpty() || i->state() != NodeItem::State::Running)
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
                           .arg(n, i->stateText(), i->safetyText(), i->node().safety.reason,
                               i->markTexts().join(QLatin1Char(',')))
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
    return testutil::labQueueLeaders(QStringLiteral("rabbit1"));
}

bool quorumCritical(const QString& host)
{
    return testutil::labExec(
               host, { QStringLiteral("rabbitmq-queues"), QStringLiteral("check_if_node_is_quorum_critical") })
               .exitCode
        != 0;
}

bool mirrorSyncCritical(const QString& host)
{
    return testutil::labExec(
               host, { QStringLiteral("rabbitmq-queues"), QStringLiteral("check_if_node_is_mirror_sync_critical") })
               .exitCode
        != 0;
}

// Ground truth for "safe to stop", node by node, from the CLI on each host (in parallel: each
// CLI start costs a second of CPU).
QHash<QString, bool> criticalNodes()
{
    const QList<bool> critical = QtConcurrent::blockingMapped<QList<bool>>(Nodes, [](const QString& n) {
        const QString host = n.section(QLatin1Char('@'), 1);
        return quorumCritical(host) || mirrorSyncCritical(host);
    });
    QHash<QString, bool> out;
    for (qsizetype i = 0; i < Nodes.size(); ++i)
        out.insert(Nodes.at(i), critical.at(i));
    return out;
}

// Whether the cluster itself sees rabbit3 running and no partition. Asked with eval: during a cut
// `rabbitmqctl cluster_status` (like /api/nodes) waits for the cut node until net_ticktime.
QByteArray clusterView()
{
    const auto r = testutil::labExec(QStringLiteral("rabbit1"),
        { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("eval"),
            QStringLiteral("{lists:sort(rabbit_nodes:all_running()), rabbit_node_monitor:partitions()}.") },
        20000);
    return r.ok() ? r.out.trimmed() : QByteArray("error: ") + r.err.trimmed();
}

} // namespace

class TestLabLiveChecks final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Live> m_live;
    QHash<QString, bool> m_critical;
    QElapsedTimer m_wall;

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        m_wall.start();
        const QString notReady = testutil::prepareLabGui(QStringLiteral("tst_lab_livechecks"));
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        m_live = std::make_unique<Live>();
        // Every poll runs every check: the test must not wait out the production cadence.
        m_live->window.poller()->setCheckCadence(0, 0, 0);
        QVERIFY(m_live->open(testutil::labProfile(), QSize(1500, 1000)));
        m_critical = criticalNodes();
    }

    void cleanupTestCase()
    {
        m_live.reset();
        qInfo("tst_lab_livechecks wall time: %.1f s", m_wall.elapsed() / 1000.0);
    }

    void healthyLabIsSafeToStopWithLeadersAndAgreement()
    {
        QElapsedTimer clock;
        clock.start();
        Live& live = *m_live;
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(m_critical), live.dump().constData(), 30000);
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
        if (!m_critical.value(Nodes[1]))
            QCOMPARE(live.panel->details()->value(QStringLiteral("detailSafeToStop")), QStringLiteral("safe to stop"));
        else
            QVERIFY(live.panel->details()
                        ->value(QStringLiteral("detailSafeToStop"))
                        .startsWith(QStringLiteral("not safe to stop: ")));
        QVERIFY(live.saveBothLanguages(QStringLiteral("lab-livechecks-healthy")));
        qInfo("healthy checks shown in %lld ms", clock.elapsed());
    }

    void cutLinkIsUnreachableFromWarrenNotPartitioned()
    {
        Live& live = *m_live;
        // The healthy lab's picture before the case changes anything.
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(m_critical), live.dump().constData(), 30000);
        QElapsedTimer clock;
        clock.start();
        auto restore = qScopeGuard([] { testutil::labctl({ QStringLiteral("restore"), QStringLiteral("rabbit3") }); });
        QVERIFY(testutil::labctl({ QStringLiteral("cut"), QStringLiteral("rabbit3") }).ok());
        // Under net_ticktime (60 s) the cluster has not noticed: for it rabbit3 still runs and
        // there is no partition, and its cluster-wide answers wait for rabbit3. What is true for
        // Warren: it cannot reach rabbit3, and the others' APIs do not answer.
        const NodeItem* r3 = live.item(Nodes[2]);
        QTRY_VERIFY2_WITH_TIMEOUT(
            r3->markTexts().contains(QStringLiteral("unreachable from Warren")), live.dump().constData(), 25000);
        const qint64 shownAfter = clock.elapsed();
        QCOMPARE(r3->state(), NodeItem::State::Running);
        QVERIFY(!r3->alarmTexts().contains(QStringLiteral("partitioned")));
        QVERIFY(live.view->partitionText().isEmpty());
        QVERIFY2(live.panel->staleText().contains(QStringLiteral("rabbit3")), qPrintable(live.panel->staleText()));
        for (const QString& n : { Nodes[0], Nodes[1] })
            QVERIFY2(live.item(n)->markTexts().isEmpty(), live.dump().constData());
        const QByteArray truth = clusterView();
        QCOMPARE(truth, QByteArray("{[rabbit@rabbit1,rabbit@rabbit2,rabbit@rabbit3],[]}"));
        live.view->selectNode(Nodes[2]);
        QVERIFY(live.panel->details()->value(QStringLiteral("detailReachable")).startsWith(QStringLiteral("no: ")));
        QVERIFY(live.window.grab().save(testutil::artifactsDir() + QStringLiteral("/lab-livechecks-cut-en.png")));
        QVERIFY(testutil::labctl({ QStringLiteral("restore"), QStringLiteral("rabbit3") }).ok());
        restore.dismiss();
        const qint64 cutFor = clock.elapsed();
        QVERIFY2(cutFor < 40000,
            "the cut lasted long enough for the cluster to notice: heal the lab (labctl stop/start rabbit3)");
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(m_critical), live.dump().constData(), 25000);
        qInfo("cut: unreachable shown %lld ms after the cut; cut for %lld ms; all clear %lld ms after restore",
            shownAfter, cutFor, clock.elapsed() - cutFor);
    }

    void apiStoppedOnOneNodeThenAllFallsBackAndRecovers()
    {
        Live& live = *m_live;
        // The healthy lab's picture before the case changes anything.
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(m_critical), live.dump().constData(), 30000);
        QElapsedTimer clock;
        clock.start();
        auto restart = qScopeGuard([] { testutil::labctl({ QStringLiteral("api-start"), QStringLiteral("all") }); });
        QVERIFY(testutil::labctl({ QStringLiteral("api-stop"), QStringLiteral("rabbit1") }).ok());
        // One API down: the others answer, so the view stays fresh; rabbit1 is marked.
        const NodeItem* r1 = live.item(Nodes[0]);
        QTRY_VERIFY2_WITH_TIMEOUT(
            r1->markTexts().contains(QStringLiteral("API not answering")), live.dump().constData(), 15000);
        QVERIFY(!live.panel->isStale());
        QCOMPARE(r1->state(), NodeItem::State::Running);
        qInfo("api: one API down shown after %lld ms", clock.elapsed());

        clock.restart();
        QVERIFY(testutil::labctl({ QStringLiteral("api-stop"), QStringLiteral("all") }).ok());
        const qint64 stopped = clock.elapsed();
        // Every API down: stale with the reason, membership from SSH cluster_status.
        QTRY_VERIFY2_WITH_TIMEOUT(
            live.panel->staleText().contains(QStringLiteral("SSH")), live.dump().constData(), 20000);
        QVERIFY2(live.panel->staleText().contains(QStringLiteral("connection refused")),
            qPrintable(live.panel->staleText()));
        QCOMPARE(live.view->nodeNames().size(), 3);
        for (const QString& n : Nodes) {
            QCOMPARE(live.item(n)->state(), NodeItem::State::Running);
            QVERIFY(live.item(n)->markTexts().contains(QStringLiteral("API not answering")));
        }
        QVERIFY(live.window.grab().save(testutil::artifactsDir() + QStringLiteral("/lab-livechecks-api-down-en.png")));
        qInfo("api: all APIs down shown stale, from SSH, %lld ms after api-stop returned", clock.elapsed() - stopped);

        clock.restart();
        QVERIFY(testutil::labctl({ QStringLiteral("api-start"), QStringLiteral("all") }).ok());
        restart.dismiss();
        QTRY_VERIFY2_WITH_TIMEOUT(live.settled(m_critical), live.dump().constData(), 30000);
        qInfo("api: recovered %lld ms after api-start returned", clock.elapsed());
    }
};

QTEST_MAIN(TestLabLiveChecks)
#include "tst_lab_livechecks.moc"
