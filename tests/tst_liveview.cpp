// The live view without a network: the node graph, its details panel and menus, the event list
// and the stale state, fed snapshots built here; screenshots in English and Chinese.
#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "ClusterLinkItem.h"
#include "ClusterPoller.h"
#include "EventLogModel.h"
#include "HaproxyItem.h"
#include "LiveChartsPanel.h"
#include "MainWindow.h"
#include "MetricHistory.h"
#include "NodeDetailsPanel.h"
#include "NodeItem.h"
#include "ServerArrowItem.h"
#include "UiLanguage.h"
#include "status/LiveChecks.h"
#include "testutil/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

#include "testutil/SnapshotFixtures.h"

using namespace warren;

namespace {

using testutil::GiB;
using testutil::makeNode;
using testutil::makeServer;
using testutil::MiB;

ClusterSnapshot fixture(int second = 7)
{
    ClusterSnapshot s;
    s.clusterName = QStringLiteral("warren-lab");
    s.takenAt = QDateTime(QDate(2024, 5, 14), QTime(9, 41, second));
    s.via = QStringLiteral("api");
    s.rabbitVersion = QStringLiteral("3.10.8");
    s.nodes = { makeNode(QStringLiteral("rabbit1"), NodeType::Disc, 143 * MiB),
        makeNode(QStringLiteral("rabbit2"), NodeType::Disc, 131 * MiB),
        makeNode(QStringLiteral("rabbit3"), NodeType::Ram, 126 * MiB) };
    s.haproxyServers = { makeServer(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11:5672"), false, 12),
        makeServer(QStringLiteral("rabbit2"), QStringLiteral("10.213.77.12:5672"), true, 0) };
    s.sources = { { QStringLiteral("API on rabbit1"), true, {} }, { QStringLiteral("HAProxy stats"), true, {} } };
    return s;
}

// rabbit1 killed: HAProxy has marked it DOWN and moved to the backup.
ClusterSnapshot failedOver(int second = 12)
{
    ClusterSnapshot s = fixture(second);
    s.nodes[0].running = false;
    for (auto* v : { &s.nodes[0].memUsed, &s.nodes[0].fdUsed, &s.nodes[0].socketsUsed, &s.nodes[0].procUsed,
             &s.nodes[0].uptimeMs, &s.nodes[0].diskFree })
        *v = -1;
    s.haproxyServers[0].status = QStringLiteral("DOWN");
    s.haproxyServers[0].checkStatus = QStringLiteral("L4CON");
    s.haproxyServers[0].currentSessions = 0;
    s.haproxyServers[0].lastChangeSeconds = 4;
    s.haproxyServers[1].currentSessions = 12;
    s.sources = { { QStringLiteral("API on rabbit1"), false, QStringLiteral("connection refused") },
        { QStringLiteral("API on rabbit2"), true, {} }, { QStringLiteral("HAProxy stats"), true, {} } };
    return s;
}

ClusterProfile fixtureProfile()
{
    auto parsed = ClusterProfile::load(testutil::dataFile(QStringLiteral("profile-gui.json")));
    if (!parsed.ok())
        qFatal("fixture profile does not load: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

bool savePng(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    return w->grab().save(testutil::artifactsDir() + QLatin1Char('/') + name);
}

} // namespace

class TestLiveView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_liveview"));
        QSettings().clear();
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        UiLanguage::apply(QStringLiteral("en"), false);
    }

    void graphShowsNodesWithBadgesAndHaproxy()
    {
        ClusterGraphView view;
        view.setProfile(fixtureProfile());
        view.setSnapshot(fixture());
        QCOMPARE(view.nodeNames(),
            (QStringList { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"),
                QStringLiteral("rabbit@rabbit3") }));
        QCOMPARE(view.nodeItem(QStringLiteral("rabbit@rabbit1"))->typeBadgeText(), QStringLiteral("disc"));
        QCOMPARE(view.nodeItem(QStringLiteral("rabbit@rabbit2"))->typeBadgeText(), QStringLiteral("disc"));
        QCOMPARE(view.nodeItem(QStringLiteral("rabbit@rabbit3"))->typeBadgeText(), QStringLiteral("ram"));
        for (const QString& name : view.nodeNames())
            QCOMPARE(view.nodeItem(name)->stateText(), QStringLiteral("running"));

        HaproxyItem* haproxy = view.haproxyItem();
        QVERIFY(haproxy);
        QCOMPARE(haproxy->rows().size(), 2);
        QCOMPARE(haproxy->rows()[0].server.name, QStringLiteral("rabbit1"));
        QVERIFY(haproxy->rows()[0].serving);
        QVERIFY(!haproxy->rows()[1].serving);
        QCOMPARE(haproxy->rows()[1].node, QStringLiteral("rabbit@rabbit2"));
        QCOMPARE(view.arrow(QStringLiteral("rabbitmq_amqp"), QStringLiteral("rabbit1"))->style(),
            ServerArrowItem::Style::Serving);
        QCOMPARE(view.arrow(QStringLiteral("rabbitmq_amqp"), QStringLiteral("rabbit2"))->style(),
            ServerArrowItem::Style::Standby);
        // A full mesh of cluster links, all up.
        for (const auto& [a, b] : { std::pair { 1, 2 }, std::pair { 1, 3 }, std::pair { 2, 3 } }) {
            auto* link = view.link(QStringLiteral("rabbit@rabbit%1").arg(a), QStringLiteral("rabbit@rabbit%1").arg(b));
            QVERIFY(link);
            QCOMPARE(link->state(), ClusterLinkItem::State::Up);
        }
        QVERIFY(view.partitionText().isEmpty());
    }

    void serverPointingNowhereIsFlagged()
    {
        ClusterGraphView view;
        view.setProfile(fixtureProfile());
        auto s = fixture();
        s.haproxyServers.append(makeServer(QStringLiteral("old-rabbit"), QStringLiteral("10.213.77.99:5672"), true, 0));
        view.setSnapshot(s);
        QCOMPARE(view.haproxyItem()->rows().size(), 3);
        QVERIFY(view.haproxyItem()->rows()[2].node.isEmpty());
        QVERIFY(!view.arrow(QStringLiteral("rabbitmq_amqp"), QStringLiteral("old-rabbit")));
    }

    void refreshesKeepPositionsAndSelection()
    {
        ClusterGraphView view;
        view.resize(900, 600);
        view.setProfile(fixtureProfile());
        view.setSnapshot(fixture());
        QHash<QString, QPointF> before;
        for (const QString& name : view.nodeNames())
            before.insert(name, view.nodeItem(name)->pos());
        const QPointF haproxyBefore = view.haproxyItem()->pos();
        NodeItem* item3 = view.nodeItem(QStringLiteral("rabbit@rabbit3"));
        view.selectNode(QStringLiteral("rabbit@rabbit3"));

        // Ten refreshes with changing figures and states, the nodes listed in another order.
        for (int i = 0; i < 10; ++i) {
            ClusterSnapshot s = (i % 2) ? failedOver(10 + i) : fixture(10 + i);
            std::reverse(s.nodes.begin(), s.nodes.end());
            s.nodes[0].memUsed += i * MiB;
            view.setSnapshot(s);
        }
        QCOMPARE(view.nodeItem(QStringLiteral("rabbit@rabbit3")), item3); // the same item, updated in place
        for (const QString& name : view.nodeNames())
            QCOMPARE(view.nodeItem(name)->pos(), before.value(name));
        QCOMPARE(view.haproxyItem()->pos(), haproxyBefore);
        QCOMPARE(view.selectedNode(), QStringLiteral("rabbit@rabbit3"));
    }

    void nodeDownBreaksLinksAndBackupServes()
    {
        ClusterGraphView view;
        view.setProfile(fixtureProfile());
        view.setSnapshot(fixture());
        view.setSnapshot(failedOver());
        NodeItem* r1 = view.nodeItem(QStringLiteral("rabbit@rabbit1"));
        QCOMPARE(r1->state(), NodeItem::State::Stopped);
        QCOMPARE(r1->stateText(), QStringLiteral("stopped"));
        QCOMPARE(view.link(QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"))->state(),
            ClusterLinkItem::State::NodeDown);
        QCOMPARE(view.link(QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3"))->state(),
            ClusterLinkItem::State::Up);
        const auto rows = view.haproxyItem()->rows();
        QCOMPARE(rows[0].server.status, QStringLiteral("DOWN"));
        QVERIFY(!rows[0].serving);
        QVERIFY(rows[1].serving);
        QCOMPARE(view.arrow(QStringLiteral("rabbitmq_amqp"), QStringLiteral("rabbit1"))->style(),
            ServerArrowItem::Style::Down);
        QCOMPARE(view.arrow(QStringLiteral("rabbitmq_amqp"), QStringLiteral("rabbit2"))->style(),
            ServerArrowItem::Style::Serving);
    }

    void partitionIsDrawnAndNamed()
    {
        ClusterGraphView view;
        view.setProfile(fixtureProfile());
        auto s = fixture();
        s.nodes[0].partitions = { QStringLiteral("rabbit@rabbit3") };
        s.nodes[1].partitions = { QStringLiteral("rabbit@rabbit3") };
        s.nodes[2].partitions = { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2") };
        s.partitions = partitionGroups(s.nodes);
        view.setSnapshot(s);
        QCOMPARE(
            view.partitionText(), QStringLiteral("Partition: [rabbit@rabbit1, rabbit@rabbit2]  |  [rabbit@rabbit3]"));
        QCOMPARE(view.link(QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit3"))->state(),
            ClusterLinkItem::State::Partitioned);
        QCOMPARE(view.link(QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"))->state(),
            ClusterLinkItem::State::Up);
        QVERIFY(view.nodeItem(QStringLiteral("rabbit@rabbit3"))->alarmTexts().contains(QStringLiteral("partitioned")));

        // A peer that a running node cannot reach and that no source reports running: unreachable.
        s.nodes[2].running = false;
        view.setSnapshot(s);
        QCOMPARE(view.nodeItem(QStringLiteral("rabbit@rabbit3"))->stateText(), QStringLiteral("unreachable"));
    }

    void alarmsShowOnTheCard()
    {
        ClusterGraphView view;
        view.setProfile(fixtureProfile());
        auto s = fixture();
        s.nodes[1].memoryAlarm = true;
        s.nodes[1].diskAlarm = true;
        view.setSnapshot(s);
        QCOMPARE(view.nodeItem(QStringLiteral("rabbit@rabbit2"))->alarmTexts(),
            (QStringList { QStringLiteral("memory alarm"), QStringLiteral("disk alarm") }));
        QVERIFY(view.nodeItem(QStringLiteral("rabbit@rabbit1"))->alarmTexts().isEmpty());
    }

    void zoomButtonsAndFitWork()
    {
        ClusterGraphPanel panel;
        panel.resize(1100, 650);
        panel.setProfile(fixtureProfile());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSnapshot(fixture());
        ClusterGraphView* view = panel.view();
        const qreal fitted = view->zoom();
        QVERIFY2(fitted > 0.2 && fitted <= 1.15, qPrintable(QString::number(fitted)));
        // Fitted: every item is inside the viewport.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(view->scene()->itemsBoundingRect()));

        panel.findChild<QToolButton*>(QStringLiteral("zoomInButton"))->click();
        QVERIFY(view->zoom() > fitted * 1.1);
        panel.findChild<QToolButton*>(QStringLiteral("zoomOutButton"))->click();
        panel.findChild<QToolButton*>(QStringLiteral("zoomOutButton"))->click();
        QVERIFY(view->zoom() < fitted);
        // A user's zoom survives refreshes; Fit goes back.
        const qreal userZoom = view->zoom();
        panel.setSnapshot(fixture(20));
        QCOMPARE(view->zoom(), userZoom);
        panel.findChild<QToolButton*>(QStringLiteral("fitToViewButton"))->click();
        QVERIFY(qAbs(view->zoom() - fitted) < 0.01);
        for (int i = 0; i < 30; ++i)
            view->zoomIn();
        QCOMPARE(view->zoom(), ClusterGraphView::MaxScale);
    }

    void selectingANodeFillsTheDetails()
    {
        ClusterGraphPanel panel;
        panel.setProfile(fixtureProfile());
        panel.setSnapshot(fixture());
        NodeDetailsPanel* details = panel.details();
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("nodeDetailsPlaceholder"))->isVisibleTo(&panel));
        panel.view()->selectNode(QStringLiteral("rabbit@rabbit3"));
        QCOMPARE(details->value(QStringLiteral("detailNode")), QStringLiteral("rabbit@rabbit3"));
        QCOMPARE(details->value(QStringLiteral("detailType")), QStringLiteral("ram"));
        QCOMPARE(details->value(QStringLiteral("detailFileDescriptors")), QStringLiteral("38 / 1.05M"));
        QCOMPARE(details->value(QStringLiteral("detailProcesses")), QStringLiteral("421 / 1.05M"));
        QVERIFY2(details->value(QStringLiteral("detailMemory")).contains(QStringLiteral("high watermark")),
            qPrintable(details->value(QStringLiteral("detailMemory"))));
        QVERIFY(details->value(QStringLiteral("detailDisk")).contains(QStringLiteral("limit")));
        // A refresh updates the details of the node still selected.
        auto s = fixture(30);
        s.nodes[2].fdUsed = 99;
        panel.setSnapshot(s);
        QCOMPARE(details->value(QStringLiteral("detailFileDescriptors")), QStringLiteral("99 / 1.05M"));
    }

    void cardsAndDetailsSaySafeToStopLeadersAndDisagreements()
    {
        auto s = fixture();
        s.nodes[0].safety.verdict = StopSafety::Verdict::Safe;
        s.nodes[0].queueLeaders = 4;
        s.nodes[1].safety.verdict = StopSafety::Verdict::NotSafe;
        s.nodes[1].safety.quorumQueuesAtRisk = 2;
        s.nodes[1].safety.reason
            = QStringLiteral("There are quorum queues that would lose their quorum if the target node is shut down");
        s.nodes[1].queueLeaders = 2;
        s.nodes[1].disagreement = { QStringLiteral("running, disc"), QStringLiteral("not running, disc") };
        s.nodes[2].unreachableFromWarren = QStringLiteral("neither its API nor SSH answer: timeout; timeout");
        s.nodes[2].queueLeaders = 0;
        ClusterGraphPanel panel;
        panel.setProfile(fixtureProfile());
        panel.setSnapshot(s);
        ClusterGraphView* view = panel.view();
        const NodeItem* r1 = view->nodeItem(QStringLiteral("rabbit@rabbit1"));
        const NodeItem* r2 = view->nodeItem(QStringLiteral("rabbit@rabbit2"));
        const NodeItem* r3 = view->nodeItem(QStringLiteral("rabbit@rabbit3"));
        QCOMPARE(r1->safetyText(), QStringLiteral("safe to stop"));
        QCOMPARE(r1->leadersText(), QStringLiteral("4"));
        QVERIFY(r1->markTexts().isEmpty());
        QCOMPARE(r2->safetyText(), QStringLiteral("not safe: 2 quorum"));
        QCOMPARE(r2->markTexts(), QStringList { QStringLiteral("API and cluster_status disagree") });
        // The cluster says it runs; Warren cannot reach it: both are said, neither hidden.
        QCOMPARE(r3->state(), NodeItem::State::Running);
        QCOMPARE(r3->markTexts(), QStringList { QStringLiteral("unreachable from Warren") });

        NodeDetailsPanel* details = panel.details();
        view->selectNode(QStringLiteral("rabbit@rabbit2"));
        // "queue(s)" until the English plural forms are loaded, "queues" after.
        const QString safety = details->value(QStringLiteral("detailSafeToStop"));
        QVERIFY2(safety.startsWith(QStringLiteral("not safe to stop: 2 quorum queue")), qPrintable(safety));
        QVERIFY(
            safety.endsWith(QStringLiteral(" would lose their majority (There are quorum queues that would lose their "
                                           "quorum if the target node is shut down)")));
        QCOMPARE(details->value(QStringLiteral("detailQueueLeaders")), QStringLiteral("2"));
        QCOMPARE(details->value(QStringLiteral("detailSourcesAgree")),
            QStringLiteral("they disagree: the API says running, disc; cluster_status says not running, disc"));
        view->selectNode(QStringLiteral("rabbit@rabbit3"));
        QVERIFY(details->value(QStringLiteral("detailReachable"))
                    .startsWith(QStringLiteral("no: neither its API nor SSH")));
        QCOMPARE(details->value(QStringLiteral("detailSourcesAgree")), QStringLiteral("agree"));
        panel.resize(1200, 900);
        panel.show();
        view->fitToView();
        QVERIFY(savePng(&panel, QStringLiteral("liveview-marks-en.png")));
        QVERIFY(UiLanguage::apply(QStringLiteral("zh_CN"), false));
        QVERIFY(savePng(&panel, QStringLiteral("liveview-marks-zh_CN.png")));
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
        QCoreApplication::processEvents();
        view->selectNode(QStringLiteral("rabbit@rabbit1"));
        QCOMPARE(details->value(QStringLiteral("detailSafeToStop")), QStringLiteral("safe to stop"));
        QCOMPARE(details->value(QStringLiteral("detailReachable")), QStringLiteral("yes"));
    }

    // Long reasons (what ClusterReach writes) stay readable at the panel's narrowest: every value
    // is inside the panel and tall enough for its wrapped lines, in both languages.
    void detailsShowLongReachabilityInFull()
    {
        auto s = fixture();
        s.nodes[1].apiError
            = QStringLiteral("port 15672: Connection refused by 10.213.77.12 while Warren polled the node");
        s.nodes[2].unreachableFromWarren
            = QStringLiteral("neither its API nor SSH accept a connection: Connection timed out; Connection timed out");
        ClusterGraphPanel panel;
        panel.setProfile(fixtureProfile());
        panel.setSnapshot(s);
        panel.resize(900, 700);
        panel.show();
        NodeDetailsPanel* details = panel.details();
        auto* splitter = panel.findChild<QSplitter*>(QStringLiteral("graphSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({ 900, details->minimumWidth() });
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            QVERIFY(UiLanguage::apply(language, false));
            for (const QString& node : { QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3") }) {
                panel.view()->selectNode(node);
                QCoreApplication::processEvents();
                QVERIFY(savePng(details,
                    QStringLiteral("node-details-%1-%2.png").arg(node.section(QLatin1Char('@'), 1), language)));
                for (const QLabel* label : details->findChildren<QLabel*>()) {
                    if (!label->isVisible())
                        continue;
                    const QRect r(label->mapTo(details, QPoint(0, 0)), label->size());
                    QVERIFY2(r.right() < details->width(), qPrintable(label->text()));
                    if (label->wordWrap())
                        QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
                    else
                        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
                }
            }
        }
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    }

    void wholeClusterDownSaysWhichNodeStartsFirst()
    {
        auto s = fixture();
        for (NodeInfo& n : s.nodes) {
            n.running = false;
            n.memUsed = n.uptimeMs = n.diskFree = -1;
        }
        s.via = QStringLiteral("ssh");
        s.wholeClusterDown = true;
        QMap<QString, QStringList> files;
        files.insert(
            QStringLiteral("rabbit@rabbit1"), { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2") });
        files.insert(QStringLiteral("rabbit@rabbit2"), { QStringLiteral("rabbit@rabbit2") });
        files.insert(QStringLiteral("rabbit@rabbit3"),
            { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3") });
        s.shutdown = shutdownOrderFrom(files);
        MainWindow window;
        window.setPollingEnabled(false);
        QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
        window.showSnapshot(fixture());
        window.showSnapshot(s);
        auto* panel = window.findChild<ClusterGraphPanel*>(QStringLiteral("graphPanel"));
        QVERIFY(panel);
        QCOMPARE(panel->noticeText(),
            QStringLiteral(
                "The whole cluster is down. rabbit@rabbit2 stopped last: start it first. Start order: rabbit@rabbit2, "
                "rabbit@rabbit1, rabbit@rabbit3."));
        QVERIFY(!panel->isStale());
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("graphStaleText"))
                    ->text()
                    .contains(QStringLiteral("start it first")));
        ClusterGraphView* view = panel->view();
        QCOMPARE(view->nodeItem(QStringLiteral("rabbit@rabbit2"))->markTexts().value(0),
            QStringLiteral("stopped last: start first"));
        QCOMPARE(view->nodeItem(QStringLiteral("rabbit@rabbit3"))->markTexts().value(0), QStringLiteral("start #3"));
        view->selectNode(QStringLiteral("rabbit@rabbit1"));
        QCOMPARE(panel->details()->value(QStringLiteral("detailStartOrder")), QStringLiteral("2 of 3"));
        // Back up: the notice goes.
        window.showSnapshot(fixture(40));
        QVERIFY(panel->noticeText().isEmpty());
    }

    void sshFallbackIsStaleWithTheApiError()
    {
        MainWindow window;
        window.setPollingEnabled(false);
        QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
        window.showSnapshot(fixture());
        auto s = fixture(20);
        s.via = QStringLiteral("ssh");
        s.sources = { { QStringLiteral("API on rabbit1"), false, QStringLiteral("connection refused") },
            { QStringLiteral("SSH on rabbit1"), true, {} } };
        window.showSnapshot(s);
        auto* panel = window.findChild<ClusterGraphPanel*>(QStringLiteral("graphPanel"));
        QVERIFY(panel->isStale());
        QVERIFY2(panel->staleText().contains(QStringLiteral("API on rabbit1: connection refused")),
            qPrintable(panel->staleText()));
        window.showSnapshot(fixture(30));
        QVERIFY(!panel->isStale());
    }

    void intervalNeverBelowTheStatisticsInterval()
    {
        ClusterPoller poller;
        poller.setIntervalSeconds(1);
        QCOMPARE(poller.requestedIntervalSeconds(), 1);
        QCOMPARE(poller.minimumIntervalSeconds(), 5); // the broker's default until it says
        QCOMPARE(poller.intervalSeconds(), 5);
        poller.setIntervalSeconds(30);
        QCOMPARE(poller.intervalSeconds(), 30);
        MainWindow window;
        auto* spin = window.findChild<QSpinBox*>(QStringLiteral("intervalSpin"));
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 5);
        QVERIFY(spin->toolTip().contains(QStringLiteral("statistics interval")));
    }

    void contextMenuOpensWizardsAndOffersNothingThatDoesNothing()
    {
        ClusterGraphView view;
        view.setProfile(fixtureProfile());
        view.setSnapshot(fixture());
        std::unique_ptr<QMenu> menu(view.createNodeMenu(QStringLiteral("rabbit@rabbit2"), nullptr));
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("actionNodeDetails"))->isEnabled());
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("actionCopyNodeName"))->isEnabled());
        // No greyed-out promise of an operation that does not exist.
        std::unique_ptr<QMenu> serverMenu(
            view.createServerMenu(QStringLiteral("amqp"), QStringLiteral("rabbit1"), nullptr));
        for (QMenu* m : { menu.get(), serverMenu.get() }) {
            for (QAction* a : m->actions())
                QVERIFY2(a->isSeparator() || a->isEnabled(), qPrintable(a->text()));
        }
        // The operations with a wizard ask for it, for this node.
        QSignalSpy wanted(&view, &ClusterGraphView::nodeOperationRequested);
        for (const char* name :
            { "actionChangeNodeType", "actionSyncCookie", "actionFixAddress", "actionRemoveNode" }) {
            QAction* a = menu->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(a && a->isEnabled(), name);
            a->trigger();
        }
        QCOMPARE(wanted.size(), 4);
        QCOMPARE(wanted.at(0), (QVariantList { QStringLiteral("convert"), QStringLiteral("rabbit@rabbit2") }));
        QCOMPARE(wanted.at(2).at(0).toString(), QStringLiteral("fix-address"));
        QCOMPARE(wanted.at(3).at(0).toString(), QStringLiteral("forget"));
        menu->findChild<QAction*>(QStringLiteral("actionNodeDetails"))->trigger();
        QCOMPARE(view.selectedNode(), QStringLiteral("rabbit@rabbit2"));
        // A running node: maintenance (enter), stop and restart; no start.
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("actionStartNode")));
        QVERIFY(
            menu->findChild<QAction*>(QStringLiteral("actionMaintenance"))->text().startsWith(QStringLiteral("Enter")));
        for (const char* name : { "actionMaintenance", "actionStopNode", "actionRestartNode" })
            menu->findChild<QAction*>(QString::fromLatin1(name))->trigger();
        QCOMPARE(wanted.size(), 7);
        QCOMPARE(wanted.at(4).at(0).toString(), QStringLiteral("maintenance"));
        QCOMPARE(wanted.at(5).at(0).toString(), QStringLiteral("stop"));
        QCOMPARE(wanted.at(6).at(0).toString(), QStringLiteral("restart"));
        // A node in maintenance is offered the way back.
        ClusterSnapshot drained = fixture();
        for (auto& n : drained.nodes) {
            if (n.name == QStringLiteral("rabbit@rabbit2"))
                n.underMaintenance = true;
        }
        view.setSnapshot(drained);
        std::unique_ptr<QMenu> back(view.createNodeMenu(QStringLiteral("rabbit@rabbit2"), nullptr));
        QVERIFY(
            back->findChild<QAction*>(QStringLiteral("actionMaintenance"))->text().startsWith(QStringLiteral("Exit")));
    }

    void staleGreysTheGraphWithABanner()
    {
        ClusterGraphPanel panel;
        panel.setProfile(fixtureProfile());
        panel.setSnapshot(fixture());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("graphStaleBanner"))->isVisible());
        panel.setStale(QStringLiteral("API on rabbit1: connection timed out"));
        QVERIFY(panel.findChild<QWidget*>(QStringLiteral("graphStaleBanner"))->isVisible());
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("graphStaleText"))->text(),
            QStringLiteral("Stale since 09:41:07 — API on rabbit1: connection timed out"));
        for (const QString& name : panel.view()->nodeNames())
            QVERIFY(panel.view()->nodeItem(name)->isStale());
        QVERIFY(panel.view()->haproxyItem()->isStale());
        // The next good snapshot clears it.
        panel.setSnapshot(fixture(12));
        QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("graphStaleBanner"))->isVisible());
        QVERIFY(!panel.view()->nodeItem(QStringLiteral("rabbit@rabbit1"))->isStale());
        QCOMPARE(
            panel.findChild<QLabel*>(QStringLiteral("graphUpdatedLabel"))->text(), QStringLiteral("Updated 09:41:12"));
    }

    void eventModelKeepsTheContract()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSnapshot(fixture());
        QCOMPARE(model.rowCount(), 1);
        model.addSnapshot(failedOver());
        QVERIFY(model.rowCount() > 3);
        // Newest first; within one refresh, reading order.
        QCOMPARE(model.index(0, EventLogModel::EventColumn).data().toString(),
            QStringLiteral("API on rabbit1 stopped answering: connection refused"));
        QVERIFY(model.index(model.rowCount() - 1, EventLogModel::EventColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Watching warren-lab: 3 node")));
        QCOMPARE(model.index(0, EventLogModel::TimeColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2024-05-14 09:41:12"));
        for (int i = 0; i < EventLogModel::MaxEvents; ++i)
            model.addSnapshot((i % 2) ? failedOver(i % 60) : fixture(i % 60));
        QCOMPARE(model.rowCount(), EventLogModel::MaxEvents);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void metricHistoryIsBoundedAndSkipsDownNodes()
    {
        MetricHistory history;
        ClusterSnapshot s = fixture();
        const QDateTime t0 = s.takenAt;
        for (int i = 0; i < MetricHistory::MaxSamples + 50; ++i) {
            s.takenAt = t0.addSecs(i);
            history.add(s);
        }
        QCOMPARE(history.samples(QStringLiteral("rabbit@rabbit1")).size(), MetricHistory::MaxSamples);
        // Older than an hour: dropped even below the sample cap.
        s.takenAt = t0.addSecs(MetricHistory::MaxSamples + 50 + 1800);
        history.add(s);
        QVERIFY(history.samples(QStringLiteral("rabbit@rabbit1")).size() < MetricHistory::MaxSamples / 2 + 60);
        history.add(s); // the same snapshot twice adds nothing
        const int count = history.sampleCount();
        history.add(s);
        QCOMPARE(history.sampleCount(), count);
        ClusterSnapshot down = failedOver();
        down.takenAt = s.takenAt.addSecs(5);
        history.add(down);
        QVERIFY(history.samples(QStringLiteral("rabbit@rabbit1")).last().memUsed < 0);
        QVERIFY(history.samples(QStringLiteral("rabbit@rabbit2")).last().memUsed > 0);
        history.add(ClusterSnapshot()); // no node data: ignored
        QCOMPARE(history.nodes().size(), 3);
    }

    void chartsDrawOneLinePerNodeInTheChosenWindow()
    {
        MetricHistory history;
        for (int i = 0; i < 120; ++i) {
            ClusterSnapshot s = (i >= 60 && i < 70) ? failedOver() : fixture();
            s.takenAt = QDateTime::currentDateTime().addSecs(-600 + i * 5);
            s.nodes[0].memUsed += qint64(i) * 2 * MiB;
            s.nodes[1].fdUsed += i % 7;
            s.rates.publish = 40 + (i % 10);
            s.rates.deliver = 38 + (i % 9);
            s.rates.ack = 37 + (i % 8);
            s.rates.ready = 100 + i;
            s.rates.unacked = i % 5;
            history.add(s);
        }
        LiveChartsPanel panel(&history);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        QCOMPARE(panel.graphCount(LiveChartsPanel::FdChart), 3);
        QCOMPARE(panel.graphCount(LiveChartsPanel::MemoryChart), 6); // used + watermark per node
        QCOMPARE(panel.graphCount(LiveChartsPanel::RatesChart), 3);
        QCOMPARE(panel.graphCount(LiveChartsPanel::MessagesChart), 2);
        QCOMPARE(panel.windowMinutes(), 15);
        panel.setWindowMinutes(5);
        QCOMPARE(panel.windowMinutes(), 5);
        const QCPRange range = panel.plot(LiveChartsPanel::FdChart)->xAxis->range();
        QVERIFY(qAbs(range.size() - 300) < 1);
        QVERIFY(savePng(&panel, QStringLiteral("charts-panel-en.png")));
    }

    void mainWindowShowsGraphAndEventsInBothLanguages()
    {
        MainWindow window;
        window.setPollingEnabled(false);
        QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
        window.resize(1400, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSnapshot(fixture());
        window.showSnapshot(failedOver());

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("liveTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("graphPanel"));
        auto* graph = window.findChild<ClusterGraphView*>(QStringLiteral("clusterGraph"));
        QVERIFY(graph);
        QCOMPARE(graph->nodeNames().size(), 3);
        QCOMPARE(graph->nodeItem(QStringLiteral("rabbit@rabbit1"))->state(), NodeItem::State::Stopped);
        auto* events = window.findChild<QTableView*>(QStringLiteral("eventTable"));
        QVERIFY(events);
        QStringList texts;
        for (int row = 0; row < events->model()->rowCount(); ++row)
            texts << events->model()->index(row, EventLogModel::EventColumn).data().toString();
        QVERIFY2(texts.contains(QStringLiteral("rabbit@rabbit1 stopped")), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(QStringLiteral("HAProxy rabbitmq_amqp now serving from rabbit2 (backup)")));
        graph->selectNode(QStringLiteral("rabbit@rabbit2"));

        for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            QVERIFY(UiLanguage::apply(language, false));
            QCoreApplication::processEvents();
            tabs->setCurrentIndex(0);
            QVERIFY(savePng(&window, QStringLiteral("liveview-graph-%1.png").arg(language)));
            tabs->setCurrentWidget(events);
            QVERIFY(savePng(&window, QStringLiteral("liveview-events-%1.png").arg(language)));
            tabs->setCurrentWidget(window.findChild<LiveChartsPanel*>(QStringLiteral("chartsPanel")));
            QVERIFY(savePng(&window, QStringLiteral("liveview-charts-%1.png").arg(language)));
            tabs->setCurrentIndex(0);
            window.showStale(QStringLiteral("API on rabbit2: connection timed out"));
            QVERIFY(savePng(&window, QStringLiteral("liveview-stale-%1.png").arg(language)));
            window.showSnapshot(failedOver(40));
        }
        // Retranslated at run time: the event texts follow the language back to English.
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Graph"));
        QCOMPARE(graph->nodeItem(QStringLiteral("rabbit@rabbit3"))->typeBadgeText(), QStringLiteral("ram"));
        qInfo("screenshots in %s", qPrintable(testutil::artifactsDir()));
    }
};

QTEST_MAIN(TestLiveView)
#include "tst_liveview.moc"
