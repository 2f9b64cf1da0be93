// The live view against the real lab through ClusterPoller: the graph shows the lab's three
// nodes and HAProxy; killing rabbit1 shows it down, HAProxy failing over to rabbit2 and the
// event list saying so; starting it again brings the graph back. Ground truth: labctl.
#include "ClusterGraphView.h"
#include "ClusterLinkItem.h"
#include "ClusterPoller.h"
#include "EventLogModel.h"
#include "HaproxyItem.h"
#include "MainWindow.h"
#include "NodeItem.h"
#include "testutil/LabGui.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>

using namespace warren;

namespace {

const QString Proxy = QStringLiteral("amqp");
const QString Rabbit1 = QStringLiteral("rabbit@rabbit1");

const HaproxyItem::ServerRow* row(ClusterGraphView* view, const QString& server)
{
    if (!view->haproxyItem())
        return nullptr;
    for (const auto& r : view->haproxyItem()->rows()) {
        if (r.server.proxy == Proxy && r.server.name == server)
            return &r;
    }
    return nullptr;
}

bool isNormal(ClusterGraphView* view)
{
    if (view->nodeNames().size() != 3)
        return false;
    for (const QString& name : view->nodeNames()) {
        if (view->nodeItem(name)->state() != NodeItem::State::Running)
            return false;
    }
    const auto* r1 = row(view, QStringLiteral("rabbit1"));
    const auto* r2 = row(view, QStringLiteral("rabbit2"));
    return r1 && r2 && r1->server.status == QLatin1String("UP") && r1->serving && !r2->serving
        && r2->server.status == QLatin1String("UP");
}

QStringList eventTexts(MainWindow& window)
{
    QStringList out;
    auto* table = window.findChild<QTableView*>(QStringLiteral("eventTable"));
    for (int i = 0; table && i < table->model()->rowCount(); ++i)
        out << table->model()->index(i, EventLogModel::EventColumn).data().toString();
    return out;
}

} // namespace

class TestLabLiveView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        const QString notReady = testutil::prepareLabGui(QStringLiteral("tst_lab_liveview"));
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void graphFollowsAKilledAndRestartedNode()
    {
        testutil::LabWindow live;
        QVERIFY(live.open());
        MainWindow& window = live.window;
        ClusterGraphView* view = live.view;

        // The lab's shape: rabbit1, rabbit2 disc, rabbit3 ram; HAProxy on rabbit1, rabbit2 backup.
        QTRY_VERIFY_WITH_TIMEOUT(isNormal(view), 30000);
        QCOMPARE(view->nodeItem(Rabbit1)->typeBadgeText(), QStringLiteral("disc"));
        QCOMPARE(view->nodeItem(QStringLiteral("rabbit@rabbit2"))->typeBadgeText(), QStringLiteral("disc"));
        QCOMPARE(view->nodeItem(QStringLiteral("rabbit@rabbit3"))->typeBadgeText(), QStringLiteral("ram"));
        QVERIFY(!row(view, QStringLiteral("rabbit1"))->server.backup);
        QVERIFY(row(view, QStringLiteral("rabbit2"))->server.backup);
        QCOMPARE(row(view, QStringLiteral("rabbit1"))->node, Rabbit1);
        // The README's live view screenshots (resources/screenshots/liveview-*.png) come from here.
        QVERIFY(live.saveBothLanguages(QStringLiteral("lab-liveview")));
        const QPointF rabbit1Pos = view->nodeItem(Rabbit1)->pos();

        const auto killed = testutil::labctl({ QStringLiteral("kill"), QStringLiteral("rabbit1") });
        QVERIFY2(killed.ok(), killed.err.constData());
        auto restart = qScopeGuard([] { testutil::labctl({ QStringLiteral("start"), QStringLiteral("rabbit1") }); });
        QElapsedTimer clock;
        clock.start();
        const auto failedOver = [&] {
            const auto* r1 = row(view, QStringLiteral("rabbit1"));
            const auto* r2 = row(view, QStringLiteral("rabbit2"));
            const QStringList events = eventTexts(window);
            return view->nodeItem(Rabbit1) && view->nodeItem(Rabbit1)->state() == NodeItem::State::Stopped && r1
                && r1->server.status.startsWith(QLatin1String("DOWN")) && !r1->serving && r2 && r2->serving
                && events.contains(QStringLiteral("rabbit@rabbit1 stopped"))
                && events.contains(QStringLiteral("HAProxy amqp now serving from rabbit2 (backup)"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(failedOver(), 15000);
        qInfo("failover shown after %lld ms", clock.elapsed());
        // Where queues lead moved off rabbit1: with the production cadence (leaders every 60 s),
        // the graph's counts follow the kill within the settle window, as rabbitmqctl on rabbit2
        // counts them (compared until they agree: leaders are elected in the seconds after).
        const QStringList survivors { QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3") };
        QHash<QString, int> truth;
        QStringList shown;
        bool agree = false;
        while (!agree && clock.elapsed() < ClusterPoller::SettleSeconds * 1000) {
            truth = testutil::labQueueLeaders(QStringLiteral("rabbit2"));
            agree = true;
            shown.clear();
            for (const QString& n : survivors) {
                const int count = view->nodeItem(n)->node().queueLeaders;
                shown << QStringLiteral("%1 %2 (rabbitmqctl %3)").arg(n).arg(count).arg(truth.value(n));
                agree = agree && count == truth.value(n);
            }
            if (!agree)
                QTest::qWait(1000);
        }
        qInfo("leader counts after the kill: %s, %s after %lld ms", qPrintable(shown.join(QStringLiteral(", "))),
            agree ? "agreeing" : "NOT agreeing", clock.elapsed());
        QVERIFY2(agree, qPrintable(shown.join(QStringLiteral(", "))));
        QCOMPARE(view->link(Rabbit1, QStringLiteral("rabbit@rabbit2"))->state(), ClusterLinkItem::State::NodeDown);
        QCOMPARE(view->nodeItem(Rabbit1)->pos(), rabbit1Pos);
        QVERIFY(live.saveBothLanguages(QStringLiteral("lab-liveview-failover")));

        const auto started = testutil::labctl({ QStringLiteral("start"), QStringLiteral("rabbit1") });
        QVERIFY2(started.ok(), started.err.constData());
        restart.dismiss();
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(isNormal(view), 30000);
        qInfo("back to normal %lld ms after labctl start returned", clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(eventTexts(window).contains(QStringLiteral("rabbit@rabbit1 started")), 5000);
        QVERIFY(eventTexts(window).contains(QStringLiteral("HAProxy amqp now serving from rabbit1 (active)")));
        QCOMPARE(view->nodeItem(Rabbit1)->pos(), rabbit1Pos);
    }
};

QTEST_MAIN(TestLabLiveView)
#include "tst_lab_liveview.moc"
