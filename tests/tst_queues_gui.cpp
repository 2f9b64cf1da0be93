// The Queues tab without a network: the matrix model's row-level updates and change highlights,
// the worker-side filter/sort proxy, the panel's summary, pin/compare, vanished list and export,
// and screenshots of the main window's Queues tab with filters applied, in English and Chinese.
#include "Format.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "QueueChangeListModel.h"
#include "QueueDetailsHtml.h"
#include "QueueMatrixModel.h"
#include "QueueViewProxy.h"
#include "QueueWorkers.h"
#include "QueuesPanel.h"
#include "ShapedTextCache.h"
#include "UiLanguage.h"
#include "parse/ApiParsers.h"
#include "queues/QueueExport.h"
#include "queues/QueueParsers.h"
#include "testutil/SnapshotFixtures.h"
#include "testutil/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>
#include <QTreeView>
#include <QTreeWidget>

#ifdef Q_OS_LINUX
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace warren;

namespace {

const QString R1 = QStringLiteral("rabbit@rabbit1");
const QString R2 = QStringLiteral("rabbit@rabbit2");
const QString R3 = QStringLiteral("rabbit@rabbit3");

QueueInfo classic(const QString& vhost, const QString& name, const QString& home, qint64 ready = 0)
{
    QueueInfo q;
    q.vhost = vhost;
    q.name = name;
    q.type = QueueType::Classic;
    q.homeNode = home;
    q.messagesReady = ready;
    q.messagesUnacknowledged = 0;
    q.consumers = 1;
    q.state = QStringLiteral("running");
    return q;
}

QueueInfo mirrored(const QString& vhost, const QString& name, const QString& home, const QStringList& sync,
    const QStringList& unsync = {})
{
    QueueInfo q = classic(vhost, name, home, 12);
    q.type = QueueType::Mirrored;
    q.policy = QStringLiteral("ha-all");
    q.haPolicy = true;
    q.synchronisedNodes = sync;
    q.unsynchronisedNodes = unsync;
    return q;
}

QueueInfo quorum(const QString& vhost, const QString& name, const QString& leader, const QStringList& sync,
    const QStringList& lagging = {})
{
    QueueInfo q = classic(vhost, name, leader, 3);
    q.type = QueueType::Quorum;
    q.synchronisedNodes = sync;
    q.unsynchronisedNodes = lagging;
    return q;
}

QList<NodeInfo> clusterNodes(bool rabbit3Down = false)
{
    QList<NodeInfo> nodes;
    for (const QString& n : { R1, R2, R3 }) {
        NodeInfo info;
        info.name = n;
        info.running = !(rabbit3Down && n == R3);
        nodes << info;
    }
    return nodes;
}

const QString Fanout = QStringLiteral("scheduler_fanout_5f1d2c8e0a9b4c7d8e6f0a1b2c3d4e5f");
const QString Reply = QStringLiteral("reply_0b9e3c1a7d2f4e6a8c0b1d3f5a7c9e1b");

// Before: healthy, as an OpenStack site's queues look (names as in the 2012 guide's listing).
QueueSnapshot before()
{
    const QString os = QStringLiteral("openstack");
    QList<QueueInfo> qs {
        mirrored(QStringLiteral("/"), QStringLiteral("ha.compute"), R1, { R2, R3 }),
        mirrored(QStringLiteral("/"), QStringLiteral("ha.scheduler"), R2, { R1, R3 }),
        quorum(QStringLiteral("/"), QStringLiteral("qq.alpha"), R1, { R2, R3 }),
        classic(QStringLiteral("/"), QStringLiteral("plain.cert"), R3),
        classic(os, QStringLiteral("amq.gen-K2a9sKq1xV3zD0uYbQ7wJg"), R2),
        mirrored(os, QStringLiteral("compute"), R1, { R2, R3 }),
        mirrored(os, QStringLiteral("compute.node-00001"), R2, { R1 }, { R3 }),
        classic(os, QStringLiteral("compute.节点-01"), R3, 4),
        mirrored(os, QStringLiteral("conductor"), R3, { R1, R2 }),
        quorum(os, QStringLiteral("notifications.info"), R2, { R1, R3 }),
        classic(os, Reply, R1),
        classic(os, Fanout, R3),
        mirrored(os, QStringLiteral("scheduler,with,commas"), R1, { R2, R3 }),
    };
    QueueSnapshot s(qs);
    s.setClusterNodes(clusterNodes());
    s.takenAt = QDateTime(QDate(2026, 11, 26), QTime(7, 0, 0), Qt::UTC);
    s.via = QStringLiteral("api");
    return s;
}

// After rabbit3 went down: its queues' homes moved or are down, its replicas lost sync; a reply
// queue vanished and a new fanout queue appeared.
QueueSnapshot after()
{
    const QString os = QStringLiteral("openstack");
    QList<QueueInfo> qs {
        mirrored(QStringLiteral("/"), QStringLiteral("ha.compute"), R1, { R2 }, { R3 }),
        mirrored(QStringLiteral("/"), QStringLiteral("ha.scheduler"), R2, { R1 }, { R3 }),
        quorum(QStringLiteral("/"), QStringLiteral("qq.alpha"), R1, { R2 }, { R3 }),
        classic(QStringLiteral("/"), QStringLiteral("plain.cert"), R3),
        classic(os, QStringLiteral("amq.gen-K2a9sKq1xV3zD0uYbQ7wJg"), R2),
        mirrored(os, QStringLiteral("compute"), R1, { R2 }, { R3 }),
        mirrored(os, QStringLiteral("compute.node-00001"), R2, { R1 }, { R3 }),
        classic(os, QStringLiteral("compute.节点-01"), R3, 4),
        mirrored(os, QStringLiteral("conductor"), R1, { R2 }, { R3 }), // promoted mirror on rabbit1
        quorum(os, QStringLiteral("conductor_fanout_9a8b7c6d5e4f30211f2e3d4c5b6a7980"), R1, { R2 }, { R3 }),
        quorum(os, QStringLiteral("notifications.info"), R2, { R1 }, { R3 }),
        classic(os, Fanout, R3),
        mirrored(os, QStringLiteral("scheduler,with,commas"), R1, { R2 }, { R3 }),
    };
    qs[3].state = QStringLiteral("down");
    qs[7].state = QStringLiteral("down");
    qs[11].state = QStringLiteral("down");
    QueueSnapshot s(qs);
    s.setClusterNodes(clusterNodes(true));
    s.takenAt = QDateTime(QDate(2026, 11, 26), QTime(7, 0, 15), Qt::UTC);
    s.via = QStringLiteral("api");
    return s;
}

QStringList names(QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, QueueMatrixModel::NameColumn).data().toString();
    return out;
}

int nodeColumn(QAbstractItemModel* model, const QString& node)
{
    for (int c = QueueMatrixModel::FirstNodeColumn; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == node)
            return c;
    }
    return -1;
}

bool savePng(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    return w->grab().save(testutil::artifactsDir() + QLatin1Char('/') + name);
}

} // namespace

class TestQueuesGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_queues_gui"));
        QSettings().clear();
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        UiLanguage::apply(QStringLiteral("en"), false);
    }

    // Each case starts from a first run: the panel remembers choices between sessions.
    void init() { QSettings().clear(); }

    void modelShowsRolesPerNode()
    {
        QueueMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(buildQueueMatrixUpdate(nullptr, before()));
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.columnCount(), QueueMatrixModel::FirstNodeColumn + 3);
        const int row = model.rowOf({ QStringLiteral("openstack"), QStringLiteral("compute.node-00001") });
        QVERIFY(row >= 0);
        auto cell = [&](const QString& node) { return model.index(row, nodeColumn(&model, node)); };
        QCOMPARE(cell(R2).data().toString(), QStringLiteral("home"));
        QCOMPARE(cell(R1).data().toString(), QStringLiteral("mirror in sync"));
        QCOMPARE(cell(R3).data().toString(), QStringLiteral("mirror behind"));
        QCOMPARE(Tone(cell(R3).data(ToneRole).toInt()), Tone::Warning);
        QCOMPARE(Marker(cell(R2).data(MarkerRole).toInt()), Marker::Target);
        QCOMPARE(Marker(cell(R1).data(MarkerRole).toInt()), Marker::Dot);
        QCOMPARE(Marker(cell(R3).data(MarkerRole).toInt()), Marker::HalfDot);
        const int qq = model.rowOf({ QStringLiteral("/"), QStringLiteral("qq.alpha") });
        QCOMPARE(model.index(qq, nodeColumn(&model, R1)).data().toString(), QStringLiteral("leader"));
        QCOMPARE(model.index(qq, nodeColumn(&model, R2)).data().toString(), QStringLiteral("in sync"));
        const int plain = model.rowOf({ QStringLiteral("/"), QStringLiteral("plain.cert") });
        QCOMPARE(model.index(plain, nodeColumn(&model, R1)).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(plain, QueueMatrixModel::TypeColumn).data().toString(), QStringLiteral("classic"));
        // The first refresh shows what is there: nothing is "new", and no change is listed (at
        // 100,000 queues a list of everything "appeared" only costs the GUI thread to free).
        QCOMPARE(model.highlight(row), quint8(0));
        QVERIFY(model.lastChanges().isEmpty());
    }

    void refreshUpdatesRowsInPlaceAndHighlightsChanges()
    {
        QueueMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QueueMatrixUpdate first = buildQueueMatrixUpdate(nullptr, before());
        model.apply(first);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(first.changes.isEmpty());
        const QueueMatrixUpdate second = buildQueueMatrixUpdate(first.after, after());
        QCOMPARE(second.removedRanges.size(), 1);
        QCOMPARE(second.changes, QueueDiff::compute(before(), after()));
        model.apply(second);
        QCOMPARE(model.lastChanges(), second.changes);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!changed.isEmpty()); // 10 of 12 kept rows changed: one signal for the table
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.rowOf({ QStringLiteral("openstack"), Reply }), -1);
        // Kept rows stay where they were; the new queue is appended.
        QCOMPARE(model.index(0, QueueMatrixModel::NameColumn).data().toString(), QStringLiteral("ha.compute"));
        QCOMPARE(model.index(12, QueueMatrixModel::NameColumn).data().toString(),
            QStringLiteral("conductor_fanout_9a8b7c6d5e4f30211f2e3d4c5b6a7980"));

        const int appeared = 12;
        const int conductor = model.rowOf({ QStringLiteral("openstack"), QStringLiteral("conductor") });
        const int compute = model.rowOf({ QStringLiteral("openstack"), QStringLiteral("compute") });
        const int unchanged
            = model.rowOf({ QStringLiteral("openstack"), QStringLiteral("amq.gen-K2a9sKq1xV3zD0uYbQ7wJg") });
        int age = -1;
        QCOMPARE(model.highlight(appeared, &age), quint8(QueueMatrixModel::HighlightAppeared));
        QCOMPARE(age, 0);
        QVERIFY(model.highlight(conductor) & QueueMatrixModel::HighlightHomeMoved);
        QVERIFY(model.highlight(conductor) & QueueMatrixModel::HighlightSyncLost);
        QCOMPARE(model.highlight(compute), quint8(QueueMatrixModel::HighlightSyncLost));
        QCOMPARE(model.highlight(unchanged), quint8(0));
        QCOMPARE(Tone(model.index(compute, 0).data(HighlightToneRole).toInt()), Tone::Warning);
        QCOMPARE(model.index(compute, 0).data(HighlightFadeRole).toDouble(), 1.0);
        // A node that is down shows it in every cell where the queue lived there.
        QCOMPARE(model.index(compute, nodeColumn(&model, R3)).data().toString(),
            QStringLiteral("mirror behind (node down)"));
        const int plain = model.rowOf({ QStringLiteral("/"), QStringLiteral("plain.cert") });
        QCOMPARE(model.index(plain, nodeColumn(&model, R3)).data().toString(), QStringLiteral("home (node down)"));
        QCOMPARE(Tone(model.index(plain, nodeColumn(&model, R3)).data(ToneRole).toInt()), Tone::Bad);
        QCOMPARE(model.vanished().size(), 1);
        QCOMPARE(model.vanished().first().queue.name, Reply);

        // Fading: one poll later the highlight is faint, two polls later it is gone.
        const QueueMatrixUpdate third = buildQueueMatrixUpdate(second.after, after());
        QVERIFY(third.changedRows.isEmpty());
        QVERIFY(third.removedRanges.isEmpty());
        model.apply(third);
        QCOMPARE(model.highlight(compute, &age), quint8(QueueMatrixModel::HighlightSyncLost));
        QCOMPARE(age, 1);
        QVERIFY(model.index(compute, 0).data(HighlightFadeRole).toDouble() < 1.0);
        model.apply(buildQueueMatrixUpdate(third.after, after()));
        QCOMPARE(model.highlight(compute), quint8(0));
        QVERIFY(!model.index(compute, 0).data(HighlightToneRole).isValid());
        QCOMPARE(resets.size(), 0);
    }

    // Hundreds of highlighted rows fade with one signal for the table instead of one per row.
    void manyHighlightsFadeInOneSignal()
    {
        QList<QueueInfo> qs;
        for (int i = 0; i < 1000; ++i)
            qs << classic(QStringLiteral("/"), QStringLiteral("q%1").arg(i), R1);
        auto snapshot = [&](const QList<QueueInfo>& rows) {
            QueueSnapshot s(rows);
            s.setClusterNodes(clusterNodes());
            return s;
        };
        QueueMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto update = buildQueueMatrixUpdate(nullptr, snapshot(qs));
        model.apply(update);
        for (int i = 0; i < 400; ++i)
            qs[i].homeNode = R2;
        update = buildQueueMatrixUpdate(update.after, snapshot(qs));
        model.apply(update);
        const quint8 kinds = model.highlight(7);
        QVERIFY(kinds & QueueMatrixModel::HighlightHomeMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        update = buildQueueMatrixUpdate(update.after, snapshot(qs));
        model.apply(update);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 999);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(HighlightFadeRole));
        int age = 0;
        QCOMPARE(model.highlight(7, &age), kinds);
        QCOMPARE(age, 1);
        QVERIFY(model.index(7, 0).data(HighlightFadeRole).toDouble() < 1.0);
        update = buildQueueMatrixUpdate(update.after, snapshot(qs));
        model.apply(update);
        QCOMPARE(model.highlight(7), quint8(0));
        QCOMPARE(changed.size(), 2);
    }

    void changedNodeSetResets()
    {
        QueueMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto first = buildQueueMatrixUpdate(nullptr, before());
        model.apply(first);
        QueueSnapshot fourNodes = before();
        QList<NodeInfo> nodes = clusterNodes();
        NodeInfo r4;
        r4.name = QStringLiteral("rabbit@rabbit4");
        r4.running = true;
        nodes << r4;
        fourNodes.setClusterNodes(nodes);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.apply(buildQueueMatrixUpdate(first.after, fourNodes));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.columnCount(), QueueMatrixModel::FirstNodeColumn + 4);
    }

    void proxyCombinesFiltersAndSortsInAWorker()
    {
        QueueMatrixModel model;
        QueueViewProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto first = buildQueueMatrixUpdate(nullptr, before());
        model.apply(first);
        QCOMPARE(proxy.rowCount(), 13);
        // Default order: by name.
        QCOMPARE(names(&proxy).first(), QStringLiteral("amq.gen-K2a9sKq1xV3zD0uYbQ7wJg"));

        auto filtered = [&](QueueFilter f) {
            QString error;
            if (!proxy.setFilter(f, &error))
                qWarning("filter: %s", qPrintable(error));
            return QTest::qWaitFor([&] { return !proxy.isRemapping(); }, 5000);
        };
        QueueFilter f;
        f.text = QStringLiteral("_fanout_");
        QVERIFY(filtered(f));
        QCOMPARE(names(&proxy), QStringList { Fanout });
        f.text = QStringLiteral("^amq\\.gen-");
        f.regex = true;
        QVERIFY(filtered(f));
        QCOMPARE(names(&proxy), QStringList { QStringLiteral("amq.gen-K2a9sKq1xV3zD0uYbQ7wJg") });
        f = {};
        f.vhost = QStringLiteral("/");
        f.type = QueueType::Mirrored;
        QVERIFY(filtered(f));
        QCOMPARE(names(&proxy), (QStringList { QStringLiteral("ha.compute"), QStringLiteral("ha.scheduler") }));
        f = {};
        f.node = R3;
        f.type = QueueType::Classic;
        QVERIFY(filtered(f));
        QCOMPARE(
            names(&proxy), (QStringList { QStringLiteral("compute.节点-01"), QStringLiteral("plain.cert"), Fanout }));
        f = {};
        f.problemsOnly = true;
        QVERIFY(filtered(f));
        QCOMPARE(names(&proxy), QStringList { QStringLiteral("compute.node-00001") });
        QueueFilter bad;
        bad.text = QStringLiteral("([");
        bad.regex = true;
        QString error;
        QVERIFY(!proxy.setFilter(bad, &error));
        QVERIFY(error.contains(QStringLiteral("invalid regular expression")));

        // Sorting by a node column orders by role: home, in sync, behind, absent; ties by name.
        QVERIFY(filtered({}));
        const int r3 = nodeColumn(&proxy, R3);
        proxy.sort(r3, Qt::AscendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !proxy.isRemapping(); }, 5000));
        QStringList roles;
        for (int row = 0; row < proxy.rowCount(); ++row)
            roles << proxy.index(row, r3).data().toString();
        QCOMPARE(roles.first(), QStringLiteral("home"));
        QCOMPARE(roles.last(), QStringLiteral("—"));
        QVERIFY(roles.indexOf(QStringLiteral("mirror behind")) > roles.lastIndexOf(QStringLiteral("mirror in sync")));
        proxy.sort(QueueMatrixModel::ReadyColumn, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !proxy.isRemapping(); }, 5000));
        QCOMPARE(proxy.index(0, QueueMatrixModel::ReadyColumn).data().toString(), QStringLiteral("12"));

        // A refresh keeps the selection on its queue while rows come and go.
        proxy.sort(QueueMatrixModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !proxy.isRemapping(); }, 5000));
        const int computeRow = int(names(&proxy).indexOf(QStringLiteral("compute")));
        QPersistentModelIndex selected = proxy.index(computeRow, 0);
        const auto second = buildQueueMatrixUpdate(first.after, after());
        proxy.offerMapping(QueueViewProxy::computeMapping(second.after, proxy.spec(), proxy.specGeneration()));
        model.apply(second);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("compute"));
        QCOMPARE(proxy.rowCount(), 13);
        QVERIFY(names(&proxy).contains(QStringLiteral("conductor_fanout_9a8b7c6d5e4f30211f2e3d4c5b6a7980")));
        QVERIFY(!names(&proxy).contains(Reply));
    }

    // A quorum queue's right-click menu: a member added on the node without one, removed on each
    // member, the leaders rebalanced; each opens the replica doctor with its arguments. Other
    // queues have no menu.
    void quorumQueueMenuOffersTheReplicaDoctor()
    {
        QueuesPanel panel;
        QSignalSpy applied(&panel, &QueuesPanel::refreshApplied);
        QueueSnapshot s({ quorum(QStringLiteral("/"), QStringLiteral("qq.two"), R1, { R2 }),
            classic(QStringLiteral("/"), QStringLiteral("plain"), R3) });
        s.setClusterNodes(clusterNodes());
        panel.showQueues(s);
        QTRY_COMPARE(applied.size(), 1);
        const auto rowOf = [&](const QString& name) {
            for (int r = 0; r < panel.table()->model()->rowCount(); ++r) {
                if (panel.table()->model()->index(r, QueueMatrixModel::NameColumn).data().toString() == name)
                    return r;
            }
            return -1;
        };
        QVERIFY(rowOf(QStringLiteral("qq.two")) >= 0);
        QCOMPARE(panel.createQueueMenu(rowOf(QStringLiteral("plain")), &panel), nullptr);
        std::unique_ptr<QMenu> menu(panel.createQueueMenu(rowOf(QStringLiteral("qq.two")), &panel));
        QVERIFY(menu);
        QStringList names;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator())
                names << a->objectName();
        }
        QCOMPARE(names,
            QStringList({ QStringLiteral("queueReplica_grow_") + R3, QStringLiteral("queueReplica_shrink_") + R1,
                QStringLiteral("queueReplica_shrink_") + R2, QStringLiteral("queueReplica_rebalance_") }));
        QSignalSpy requested(&panel, &QueuesPanel::replicaActionRequested);
        menu->actions().first()->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first(),
            QVariantList({ QStringLiteral("grow"), R3, QStringLiteral("qq.two"), QStringLiteral("/") }));
    }

    void panelSummarisesPinsComparesAndExports()
    {
        QueuesPanel panel;
        panel.resize(1300, 700);
        QSignalSpy applied(&panel, &QueuesPanel::refreshApplied);
        panel.showQueues(before());
        QTRY_COMPARE(applied.size(), 1);
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("queueSummaryLabel"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("13 queue")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("7 fully synchronised")));
        QVERIFY(summary->text().contains(QStringLiteral("1 with a mirror out of sync")));
        QVERIFY(summary->text().contains(QStringLiteral("0 on a node that is down")));

        panel.pin();
        panel.showQueues(after());
        QTRY_COMPARE(applied.size(), 2);
        QVERIFY(summary->text().contains(QStringLiteral("3 on a node that is down")));
        auto* compare = panel.findChild<QTreeView*>(QStringLiteral("queueCompareList"));
        QVERIFY(compare && compare->model());
        QStringList lines;
        for (int i = 0; i < compare->model()->rowCount(); ++i)
            lines << compare->model()->index(i, 0).data().toString() + QStringLiteral(": ")
                    + compare->model()->index(i, 1).data().toString();
        QVERIFY2(lines.contains(QStringLiteral("conductor: home moved from rabbit@rabbit3 to rabbit@rabbit1")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("compute: lost sync on rabbit@rabbit3")));
        QVERIFY(lines.contains(Reply + QStringLiteral(": vanished")));
        QVERIFY(lines.contains(QStringLiteral("conductor_fanout_9a8b7c6d5e4f30211f2e3d4c5b6a7980: appeared")));
        auto* vanished = panel.findChild<QTreeWidget*>(QStringLiteral("queueVanishedList"));
        QCOMPARE(vanished->topLevelItemCount(), 1);
        QCOMPARE(vanished->topLevelItem(0)->text(0), Reply);

        // Filters through the widgets; the summary says how many are shown.
        auto* problems = panel.findChild<QCheckBox*>(QStringLiteral("queueProblemsCheck"));
        problems->setChecked(true);
        QTRY_COMPARE(panel.proxy()->rowCount(), 12);
        auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("queueFilterEdit"));
        edit->setText(QStringLiteral("compute"));
        QTRY_COMPARE(panel.proxy()->rowCount(), 4);
        QVERIFY(summary->text().contains(QStringLiteral("showing 4 of 13")));

        // Details of the selected queue.
        panel.table()->setCurrentIndex(panel.proxy()->index(0, 0));
        auto* details = panel.findChild<QLabel*>(QStringLiteral("queueDetails"));
        QVERIFY(details->text().contains(QStringLiteral("On each node")));

        // Export of exactly the rows shown, in their order, through the core's CSV.
        QTemporaryDir dir;
        QSignalSpy exported(&panel, &QueuesPanel::exportFinished);
        const QString path = dir.filePath(QStringLiteral("queues.csv"));
        panel.exportTo(path, QueuesPanel::ExportFormat::Csv);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = QueueExport::parseCsv(file.readAll());
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.first(), QueueExport::csvColumns());
        QStringList exportedNames;
        for (int i = 1; i < records.size(); ++i)
            exportedNames << records[i].at(1);
        QCOMPARE(exportedNames, names(panel.proxy()));
        const QString jsonPath = dir.filePath(QStringLiteral("queues.json"));
        panel.exportTo(jsonPath, QueuesPanel::ExportFormat::Json);
        QTRY_COMPARE(exported.size(), 2);
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("warren-queues/1"));
        QCOMPARE(root.value(QStringLiteral("queues")).toArray().size(), 4);
    }

    // Placement only: the next refreshes ask without statistics; counters show as unknown, never 0.
    void placementOnlyAsksWithoutStatisticsAndShowsCountersAsUnknown()
    {
        QueuesPanel panel;
        panel.resize(1300, 500);
        auto* check = panel.findChild<QCheckBox*>(QStringLiteral("queuePlacementOnlyCheck"));
        QVERIFY(check);
        QVERIFY(!panel.placementOnly());
        QCOMPARE(panel.poller()->collectorOptions().counters, QueueCollector::Counters::Include);
        check->setChecked(true);
        QVERIFY(panel.placementOnly());
        QCOMPARE(panel.poller()->collectorOptions().counters, QueueCollector::Counters::Skip);

        QueueSnapshot snap = before();
        QList<QueueInfo> rows = snap.queues();
        for (QueueInfo& q : rows)
            q.messagesReady = q.messagesUnacknowledged = q.consumers = -1;
        QueueSnapshot placement = snap.withRows(rows);
        placement.countersSkipped = true;
        QSignalSpy applied(&panel, &QueuesPanel::refreshApplied);
        panel.showQueues(placement);
        QTRY_COMPARE(applied.size(), 1);
        const int row = panel.model()->rowOf({ QStringLiteral("openstack"), QStringLiteral("compute.节点-01") });
        QVERIFY(row >= 0);
        for (int c :
            { QueueMatrixModel::ReadyColumn, QueueMatrixModel::UnackedColumn, QueueMatrixModel::ConsumersColumn }) {
            QCOMPARE(panel.model()->index(row, c).data().toString(), QStringLiteral("—"));
            QCOMPARE(Tone(panel.model()->index(row, c).data(ToneRole).toInt()), Tone::Muted);
        }
        // placement is all there
        QCOMPARE(panel.model()->index(row, nodeColumn(panel.model(), R3)).data().toString(), QStringLiteral("home"));
        auto* status = panel.findChild<QLabel*>(QStringLiteral("queueStatusLabel"));
        QVERIFY2(
            status->text().contains(QStringLiteral("placement only: no message counters")), qPrintable(status->text()));
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            QVERIFY(UiLanguage::apply(language, false));
            QVERIFY(savePng(&panel, QStringLiteral("queues-placement-only-%1.png").arg(language)));
        }
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));

        // Asked with statistics and answered without (the request timed out): the status says why.
        placement.sources = { SourceStatus { QStringLiteral("API on rabbit1"), true,
            QStringLiteral("no message counters: the request with statistics timed out") } };
        check->setChecked(false);
        QCOMPARE(panel.poller()->collectorOptions().counters, QueueCollector::Counters::Include);
        panel.showQueues(placement);
        QTRY_COMPARE(applied.size(), 2);
        QVERIFY2(status->text().contains(QStringLiteral("the request with statistics timed out")),
            qPrintable(status->text()));
        panel.showQueues(before());
        QTRY_COMPARE(applied.size(), 3);
        QCOMPARE(panel.model()->index(row, QueueMatrixModel::ReadyColumn).data().toString(), QStringLiteral("4"));
        QVERIFY(!status->text().contains(QStringLiteral("no message counters")));
    }

    // How the user works with the tab survives a restart: placement only, only problems, regex
    // filtering, the poll interval, column widths, sort order. The name filter is per question.
    void choicesAreRememberedBetweenSessions()
    {
        QHeaderView* header = nullptr;
        {
            QueuesPanel panel;
            panel.resize(1300, 500);
            QVERIFY(!panel.placementOnly());
            QCOMPARE(panel.poller()->intervalSeconds(), QueuePoller::DefaultIntervalSeconds);
            panel.findChild<QCheckBox*>(QStringLiteral("queuePlacementOnlyCheck"))->setChecked(true);
            panel.findChild<QCheckBox*>(QStringLiteral("queueProblemsCheck"))->setChecked(true);
            panel.findChild<QCheckBox*>(QStringLiteral("queueRegexCheck"))->setChecked(true);
            panel.findChild<QSpinBox*>(QStringLiteral("queueIntervalSpin"))->setValue(45);
            QCOMPARE(panel.poller()->intervalSeconds(), 45);
            panel.findChild<QLineEdit*>(QStringLiteral("queueFilterEdit"))->setText(QStringLiteral("^compute"));
            QSignalSpy applied(&panel, &QueuesPanel::refreshApplied);
            panel.showQueues(before());
            QTRY_COMPARE(applied.size(), 1);
            header = panel.table()->horizontalHeader();
            header->resizeSection(QueueMatrixModel::NameColumn, 333);
            header->setSortIndicator(QueueMatrixModel::VhostColumn, Qt::DescendingOrder);
            panel.saveLayout();
        }
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(key.startsWith(QLatin1String("queues/")), qPrintable(key));
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QLatin1String("filterText")));

        QueuesPanel panel;
        panel.resize(1300, 500);
        QVERIFY(panel.placementOnly());
        QCOMPARE(panel.poller()->collectorOptions().counters, QueueCollector::Counters::Skip);
        QVERIFY(panel.findChild<QCheckBox*>(QStringLiteral("queueProblemsCheck"))->isChecked());
        QVERIFY(panel.findChild<QCheckBox*>(QStringLiteral("queueRegexCheck"))->isChecked());
        QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("queueIntervalSpin"))->value(), 45);
        QCOMPARE(panel.poller()->intervalSeconds(), 45);
        QCOMPARE(panel.findChild<QLineEdit*>(QStringLiteral("queueFilterEdit"))->text(), QString());
        QSignalSpy applied(&panel, &QueuesPanel::refreshApplied);
        panel.showQueues(before());
        QTRY_COMPARE(applied.size(), 1);
        header = panel.table()->horizontalHeader();
        QCOMPARE(header->sectionSize(QueueMatrixModel::NameColumn), 333);
        QCOMPARE(header->sortIndicatorSection(), int(QueueMatrixModel::VhostColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(panel.proxy()->spec().sortColumn, int(QueueMatrixModel::VhostColumn));
        QTRY_COMPARE(names(panel.proxy()), QStringList { QStringLiteral("compute.node-00001") }); // only problems

        // What the user does to the widths in this session stays when the node columns change.
        header->resizeSection(QueueMatrixModel::NameColumn, 250);
        QueueSnapshot fourNodes = after();
        QList<NodeInfo> nodes = clusterNodes(true);
        NodeInfo r4;
        r4.name = QStringLiteral("rabbit@rabbit4");
        r4.running = true;
        nodes << r4;
        fourNodes.setClusterNodes(nodes);
        panel.showQueues(fourNodes);
        QTRY_COMPARE(applied.size(), 2);
        QCOMPARE(panel.proxy()->columnCount(), QueueMatrixModel::FirstNodeColumn + 4);
        QCOMPARE(header->sectionSize(QueueMatrixModel::NameColumn), 250);
        QVERIFY(header->sectionSize(QueueMatrixModel::FirstNodeColumn + 3) > 50);
    }

    void mainWindowQueuesTabInBothLanguages()
    {
        MainWindow window;
        window.setPollingEnabled(false);
        QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
        window.resize(1480, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ClusterSnapshot cluster;
        cluster.nodes = { testutil::makeNode(QStringLiteral("rabbit1"), NodeType::Disc, 180 * testutil::MiB),
            testutil::makeNode(QStringLiteral("rabbit2"), NodeType::Disc, 170 * testutil::MiB),
            testutil::makeNode(QStringLiteral("rabbit3"), NodeType::Ram, 160 * testutil::MiB) };
        cluster.nodes[2].running = false;
        cluster.via = QStringLiteral("api");
        cluster.rabbitVersion = QStringLiteral("3.10.8");
        cluster.takenAt = QDateTime::currentDateTimeUtc();
        window.showSnapshot(cluster);

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("liveTabs"));
        QueuesPanel* panel = window.queuesPanel();
        QVERIFY(tabs && panel);
        tabs->setCurrentWidget(panel);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Queues"));
        QVERIFY(!panel->poller()->isActive()); // polling is off in this window
        QSignalSpy applied(panel, &QueuesPanel::refreshApplied);
        panel->showQueues(before());
        QTRY_COMPARE(applied.size(), 1);
        panel->pin();
        panel->showQueues(after());
        QTRY_COMPARE(applied.size(), 2);
        panel->findChild<QCheckBox*>(QStringLiteral("queueProblemsCheck"))->setChecked(true);
        auto* vhost = panel->findChild<QComboBox*>(QStringLiteral("queueVhostCombo"));
        vhost->setCurrentIndex(vhost->findData(QStringLiteral("openstack")));
        Q_EMIT vhost->activated(vhost->currentIndex());
        QTRY_COMPARE(panel->proxy()->rowCount(), 8);
        const int row = int(names(panel->proxy()).indexOf(QStringLiteral("conductor")));
        QVERIFY(row >= 0);
        panel->table()->setCurrentIndex(panel->proxy()->index(row, 0));
        auto* side = panel->findChild<QTabWidget*>(QStringLiteral("queueSideTabs"));

        for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            QVERIFY(UiLanguage::apply(language, false));
            QCoreApplication::processEvents();
            side->setCurrentIndex(0);
            QVERIFY(savePng(&window, QStringLiteral("queues-%1.png").arg(language)));
            side->setCurrentWidget(panel->findChild<QTreeView*>(QStringLiteral("queueCompareList")));
            QVERIFY(savePng(&window, QStringLiteral("queues-pinned-%1.png").arg(language)));
        }
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Queues"));
        qInfo("screenshots in %s", qPrintable(testutil::artifactsDir()));
    }

    // RabbitMQ 4.x (tests/data/4.0): no classic mirroring, so no cell, header, legend, summary or
    // detail says "mirror"; quorum members are leader / follower / follower not online, a leaderless
    // quorum queue's last leader says "no leader", streams have replicas and "missing" ones.
    void matrixOn40SaysLeaderFollowerReplicaNeverMirror()
    {
        const auto parsed = parseApiQueues(testutil::readData(QStringLiteral("4.0/api-queues-4.0-synthetic.json")));
        QVERIFY(parsed.ok());
        const auto nodes = parseApiNodes(testutil::readData(QStringLiteral("4.0/api-nodes-4.0.5-lab.json")));
        QVERIFY(nodes.ok());
        QueueSnapshot snap(parsed.value());
        snap.setClusterNodes(nodes.value());
        QueueMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(buildQueueMatrixUpdate(nullptr, snap));
        QVERIFY(!model.matrix()->classicMirroring);
        const QString r5 = QStringLiteral("rabbit@rabbit5"), r6 = QStringLiteral("rabbit@rabbit6"),
                      r7 = QStringLiteral("rabbit@rabbit7");
        auto cell = [&](const QString& queue, const QString& node) {
            return model.index(model.rowOf({ QStringLiteral("/"), queue }), nodeColumn(&model, node));
        };
        QCOMPARE(cell(QStringLiteral("qq.one-down"), r6).data().toString(), QStringLiteral("leader"));
        QCOMPARE(cell(QStringLiteral("qq.one-down"), r5).data().toString(), QStringLiteral("follower"));
        QCOMPARE(cell(QStringLiteral("qq.one-down"), r7).data().toString(), QStringLiteral("follower not online"));
        QCOMPARE(cell(QStringLiteral("qq.minority"), r7).data().toString(), QStringLiteral("no leader"));
        QCOMPARE(Tone(cell(QStringLiteral("qq.minority"), r7).data(ToneRole).toInt()), Tone::Bad);
        QCOMPARE(cell(QStringLiteral("stream.full"), r5).data().toString(), QStringLiteral("leader"));
        QCOMPARE(cell(QStringLiteral("stream.full"), r6).data().toString(), QStringLiteral("replica"));
        QCOMPARE(cell(QStringLiteral("stream.missing"), r7).data().toString(), QStringLiteral("missing"));
        QCOMPARE(Tone(cell(QStringLiteral("stream.missing"), r7).data(ToneRole).toInt()), Tone::Warning);
        QCOMPARE(cell(QStringLiteral("stream.two"), r5).data().toString(), QStringLiteral("—")); // declared for 2
        QCOMPARE(cell(QStringLiteral("classic.plain"), r7).data().toString(), QStringLiteral("home"));
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                    const QString text = model.index(r, c).data(role).toString();
                    QVERIFY2(!text.contains(QStringLiteral("mirror"), Qt::CaseInsensitive), qPrintable(text));
                }
            }
            const QString html = QueueDetailsHtml::forRow(model, r);
            QVERIFY2(!html.contains(QStringLiteral("mirror"), Qt::CaseInsensitive), qPrintable(html));
        }
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                const QString text = model.headerData(c, Qt::Horizontal, role).toString();
                QVERIFY2(!text.contains(QStringLiteral("mirror"), Qt::CaseInsensitive), qPrintable(text));
            }
        }
        const QString minority
            = QueueDetailsHtml::forRow(model, model.rowOf({ QStringLiteral("/"), QStringLiteral("qq.minority") }));
        QVERIFY2(minority.contains(QStringLiteral("no leader is elected")), qPrintable(minority));
        // the same queues on a 3.10 cluster keep 3.10's wording
        QueueSnapshot old(parsed.value());
        QueueMatrixModel oldModel;
        oldModel.apply(buildQueueMatrixUpdate(nullptr, old));
        QVERIFY(oldModel.matrix()->classicMirroring);
        QCOMPARE(oldModel
                     .index(oldModel.rowOf({ QStringLiteral("/"), QStringLiteral("qq.one-down") }),
                         nodeColumn(&oldModel, r5))
                     .data()
                     .toString(),
            QStringLiteral("in sync"));
    }

    // The Queues tab on queues and nodes captured from the 4.0.5 lab with rabbit7 stopped and the
    // replica of stream st.audit on rabbit6 deleted, in English and Chinese: the README's
    // resources/screenshots/queues-4x-*.png come from here. The panel's summary, filter choices
    // and legend say nothing of mirrors.
    void queuesTabOn40Screenshots()
    {
        MainWindow w;
        w.setPollingEnabled(false);
        QVERIFY(w.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
        w.resize(1480, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto nodes
            = parseApiNodes(testutil::readData(QStringLiteral("4.0/api-nodes-4.0.5-lab-rabbit7-stopped.json")));
        QVERIFY(nodes.ok());
        ClusterSnapshot cluster;
        cluster.clusterName = QStringLiteral("rabbit@rabbit5");
        cluster.nodes = nodes.value();
        cluster.via = QStringLiteral("api");
        cluster.rabbitVersion = QStringLiteral("4.0.5");
        cluster.takenAt = QDateTime::currentDateTimeUtc();
        w.showSnapshot(cluster);
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("liveTabs"));
        QueuesPanel* panel = w.queuesPanel();
        QVERIFY(tabs && panel);
        tabs->setCurrentWidget(panel);
        const auto parsed
            = parseApiQueues(testutil::readData(QStringLiteral("4.0/api-queues-4.0.5-lab-rabbit7-stopped.json")));
        QVERIFY(parsed.ok());
        QueueSnapshot snap(parsed.value());
        snap.setClusterNodes(nodes.value());
        snap.via = QStringLiteral("api");
        snap.takenAt = QDateTime::currentDateTimeUtc();
        QSignalSpy applied(panel, &QueuesPanel::refreshApplied);
        panel->showQueues(snap);
        QTRY_COMPARE(applied.size(), 1);
        const int row = int(names(panel->proxy()).indexOf(QStringLiteral("st.audit")));
        QVERIFY(row >= 0);
        panel->table()->setCurrentIndex(panel->proxy()->index(row, 0));
        auto* type = panel->findChild<QComboBox*>(QStringLiteral("queueTypeCombo"));
        if (type)
            QCOMPARE(type->findData(QStringLiteral("mirrored")), -1);
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            QVERIFY(UiLanguage::apply(language, false));
            QCoreApplication::processEvents();
            for (QLabel* label : panel->findChildren<QLabel*>()) {
                QVERIFY2(
                    !label->text().contains(QStringLiteral("mirror"), Qt::CaseInsensitive), qPrintable(label->text()));
                QVERIFY2(!label->text().contains(QStringLiteral("镜像")), qPrintable(label->text()));
            }
            QVERIFY(savePng(&w, QStringLiteral("queues-4x-%1.png").arg(language)));
        }
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
        qInfo("4.x screenshots in %s", qPrintable(testutil::artifactsDir()));
    }

    // The details pane's HTML from a queue record: every text from the broker is escaped (a queue,
    // vhost, policy or node name can hold markup), labels come in the language shown.
    void detailsHtmlEscapesNamesAndIsTranslated()
    {
        QueueInfo q;
        q.name = QStringLiteral("<script>alert('x')</script> & \"q\"");
        q.vhost = QStringLiteral("v<h>&\"'");
        q.type = QueueType::Mirrored;
        q.state = QStringLiteral("<b>running</b>");
        q.policy = QStringLiteral("ha-<all>");
        q.haPolicy = true;
        q.messagesReady = 1234;
        q.messagesUnacknowledged = 0;
        q.consumers = -1;
        QList<QueueDetailsHtml::Node> nodes;
        nodes << QueueDetailsHtml::Node { QStringLiteral("rabbit@<img src=x>"), false, QueueRole::Home, Tone::Good,
            {} };
        nodes << QueueDetailsHtml::Node { QStringLiteral("rabbit@b&c"), true, QueueRole::Unsynchronised, Tone::Bad,
            {} };
        const QStringList changes { QStringLiteral("moved to <i>rabbit@b</i>") };
        const QString html
            = QueueDetailsHtml::build(q, nodes, QueueProblem::NotSynchronised | QueueProblem::HomeNodeDown, changes);

        for (const char* raw : { "<script>", "</script>", "<img", "<b>running", "<i>rabbit", "ha-<all>", "v<h>" })
            QVERIFY2(!html.contains(QLatin1String(raw)), raw);
        for (const char* escaped : { "&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;q&quot;",
                 "v&lt;h&gt;&amp;&quot;'", "&lt;b&gt;running&lt;/b&gt;", "ha-&lt;all&gt; (HA)",
                 "rabbit@&lt;img src=x&gt;", "rabbit@b&amp;c (down)", "moved to &lt;i&gt;rabbit@b&lt;/i&gt;" })
            QVERIFY2(html.contains(QLatin1String(escaped)), escaped);
        // What the label shows: the names exactly as the broker gave them.
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        QVERIFY(text.contains(q.name));
        QVERIFY(text.contains(q.vhost));
        QVERIFY(text.contains(QStringLiteral("rabbit@<img src=x>")));
        QVERIFY(text.contains(Format::count(1234)));
        QVERIFY(text.contains(QStringLiteral("a replica is not synchronised; its home node is down")));
        QVERIFY(text.contains(QStringLiteral("Last refresh: moved to <i>rabbit@b</i>")));
        QVERIFY(!text.contains(QStringLiteral("no mirror")));
        QVERIFY(!QueueDetailsHtml::placeholder().isEmpty());

        // Both languages: the same record, labels translated, names untouched.
        const QStringList labels { QStringLiteral("Vhost"), QStringLiteral("Policy"), QStringLiteral("Messages ready"),
            QStringLiteral("On each node"), QStringLiteral("Needs attention: %1") };
        QVERIFY(UiLanguage::apply(QStringLiteral("zh_CN"), false));
        const QString zh = QueueDetailsHtml::build(q, nodes, QueueProblem::NotSynchronised, changes);
        const QString zhPlaceholder = QueueDetailsHtml::placeholder();
        QStringList zhLabels;
        zhLabels << QueueDetailsHtml::tr("Vhost", "RabbitMQ virtual host")
                 << QueueDetailsHtml::tr("Policy", "RabbitMQ policy applied to the queue")
                 << QueueDetailsHtml::tr("Messages ready") << QueueDetailsHtml::tr("On each node")
                 << QueueDetailsHtml::tr("Needs attention: %1");
        QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY2(zhLabels[i] != labels[i], qPrintable(labels[i]));
            QVERIFY2(zh.contains(zhLabels[i].arg(QString()).toHtmlEscaped()), qPrintable(zhLabels[i]));
            QVERIFY2(html.contains(labels[i].arg(QString()).toHtmlEscaped()), qPrintable(labels[i]));
        }
        QVERIFY(zh.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;q&quot;")));
        QVERIFY(zhPlaceholder != QueueDetailsHtml::placeholder());
    }

    // The worker's filter + sort (ranks and role bytes) gives exactly the rows and order a plain
    // filter and a stable sort on the queues' own values give, for every column, both orders.
    void workerMappingMatchesAPlainFilterAndSort()
    {
        const QStringList vhosts { QStringLiteral("/"), QStringLiteral("openstack"), QStringLiteral("Zeta") };
        const QStringList states { QStringLiteral("running"), QStringLiteral("flow"), QStringLiteral("down"),
            QString() };
        QList<QueueInfo> qs;
        for (int i = 0; i < 3000; ++i) {
            const QString vhost = vhosts[(i * 7) % 3];
            // Names repeat across vhosts and differ in case, digits and non-ASCII.
            const QString name = QStringList { QStringLiteral("compute.%1"), QStringLiteral("Compute.%1"),
                QStringLiteral("scheduler_fanout_%1"), QStringLiteral("amq.gen-%1"), QStringLiteral("节点-%1") }[i % 5]
                                     .arg(i / 3);
            const QString home = QStringList { R1, R2, R3 }[(i / 5) % 3];
            QueueInfo q = i % 3 == 0 ? mirrored(vhost, name, home, { home == R1 ? R2 : R1 },
                              i % 9 == 0 ? QStringList { R3 } : QStringList {})
                : i % 3 == 1 ? quorum(vhost, name, home, { home == R3 ? R2 : R3 })
                                     : classic(vhost, name, home);
            q.messagesReady = (i * 37) % 11 - 1; // -1: unknown
            q.messagesUnacknowledged = (i * 13) % 5;
            q.consumers = i % 4;
            q.state = states[(i / 7) % states.size()];
            if (q.homeNode == R3 && q.type == QueueType::Mirrored)
                q.unsynchronisedNodes.removeAll(R3);
            qs << q;
        }
        QueueSnapshot snap(qs);
        snap.setClusterNodes(clusterNodes(true));
        const QueueMatrixPtr matrix = buildQueueMatrixUpdate(nullptr, snap).after;
        const auto& rows = matrix->snapshot.queues();
        auto byName = [&](int a, int b) {
            const int c = QString::compare(rows[a].name, rows[b].name);
            return c != 0 ? c < 0 : QString::compare(rows[a].vhost, rows[b].vhost) < 0;
        };
        constexpr int roleOrder[] = { 3, 0, 1, 2 }; // absent last; home, in sync, behind
        auto key = [&](int column, int r) -> QVariant {
            const QueueInfo& q = rows[r];
            switch (column) {
            case QueueMatrixModel::NameColumn:
                return QVariant();
            case QueueMatrixModel::VhostColumn:
                return q.vhost;
            case QueueMatrixModel::TypeColumn:
                return int(q.type);
            case QueueMatrixModel::ReadyColumn:
                return q.messagesReady;
            case QueueMatrixModel::UnackedColumn:
                return q.messagesUnacknowledged;
            case QueueMatrixModel::ConsumersColumn:
                return q.consumers;
            case QueueMatrixModel::StateColumn:
                return q.state;
            }
            return roleOrder[int(roleOn(q, matrix->nodes[column - QueueMatrixModel::FirstNodeColumn]))];
        };
        QList<QueueFilter> filters(6);
        filters[1].text = QStringLiteral("FANOUT");
        filters[2].text = QStringLiteral("^(amq\\.gen|节点)-1");
        filters[2].regex = true;
        filters[3].problemsOnly = true;
        filters[4].node = R3;
        filters[4].type = QueueType::Mirrored;
        filters[5].vhost = QStringLiteral("openstack");
        filters[5].text = QStringLiteral("compute");
        int compared = 0;
        for (QueueFilter filter : filters) {
            QVERIFY(filter.compile());
            QList<int> matching;
            for (int r = 0; r < rows.size(); ++r) {
                if (filter.matches(rows[r], matrix->snapshot))
                    matching << r;
            }
            QVERIFY(!matching.isEmpty());
            for (int column = 0; column < QueueMatrixModel::FirstNodeColumn + 3; ++column) {
                QList<int> expected = matching;
                std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                    const QVariant ka = key(column, a);
                    const QVariant kb = key(column, b);
                    const auto order = QVariant::compare(ka, kb);
                    if (ka.isValid() && order != QPartialOrdering::Equivalent)
                        return order == QPartialOrdering::Less;
                    return byName(a, b);
                });
                for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                    QueueViewSpec spec;
                    spec.filter = filter;
                    spec.sortColumn = column;
                    spec.order = order;
                    const QueueViewMapping mapping = QueueViewProxy::computeMapping(matrix, spec, 1);
                    QList<int> want = expected;
                    if (order == Qt::DescendingOrder)
                        std::reverse(want.begin(), want.end());
                    QVERIFY2(mapping.proxyToSource == want,
                        qPrintable(QStringLiteral("filter %1, column %2, order %3")
                                       .arg(compared / 2 / 10)
                                       .arg(column)
                                       .arg(int(order))));
                    for (int p = 0; p < want.size(); ++p)
                        QCOMPARE(mapping.sourceToProxy.at(want[p]), p);
                    QCOMPARE(int(std::count(mapping.sourceToProxy.cbegin(), mapping.sourceToProxy.cend(), -1)),
                        int(rows.size() - want.size()));
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 6 * 10 * 2);
    }

    // The vanished list follows the model's (newest first, at most MaxVanished) while it is
    // updated in place, including when one refresh removes more queues than the list holds.
    void vanishedListKeepsTheNewestInOrder()
    {
        QueuesPanel panel;
        QSignalSpy applied(&panel, &QueuesPanel::refreshApplied);
        QList<QueueInfo> qs;
        for (int i = 0; i < 1200; ++i)
            qs << classic(QStringLiteral("/"), QStringLiteral("q%1").arg(i, 4, 10, QLatin1Char('0')), R1);
        auto show = [&](int from) {
            QueueSnapshot s(qs.mid(from));
            s.setClusterNodes(clusterNodes());
            s.takenAt = QDateTime::currentDateTimeUtc();
            panel.showQueues(s);
            const qsizetype before = applied.size();
            return QTest::qWaitFor([&] { return applied.size() > before; }, 10000);
        };
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("queueVanishedList"));
        QVERIFY(list);
        auto listed = [&] {
            QStringList names;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                names << list->topLevelItem(i)->text(0);
            return names;
        };
        auto expected = [&] {
            QStringList names;
            for (const auto& v : panel.model()->vanished())
                names << v.queue.name;
            return names;
        };
        QVERIFY(show(0));
        QVERIFY(show(40)); // 40 vanish
        QCOMPARE(listed().size(), 40);
        QCOMPARE(listed(), expected());
        QVERIFY(show(700)); // 660 more: more than the list holds
        QCOMPARE(listed().size(), QueueMatrixModel::MaxVanished);
        QCOMPARE(listed(), expected());
        QVERIFY(show(900)); // 200 more: the oldest 200 go
        QCOMPARE(listed().size(), QueueMatrixModel::MaxVanished);
        QCOMPARE(listed(), expected());
        QCOMPARE(listed().first(), QStringLiteral("q0700"));
    }

    // "Since pin" at scale: the first MaxListed changes, then one row with how many more.
    void changeListShowsTheFirstChangesAndCountsTheRest()
    {
        QueueChangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QueueChange> changes;
        for (int i = 0; i < QueueChangeListModel::MaxListed + 1500; ++i) {
            QueueChange c;
            c.kind = i % 2 ? QueueChange::Kind::SyncLost : QueueChange::Kind::Vanished;
            c.key = { QStringLiteral("/"), QStringLiteral("q%1").arg(i) };
            c.nodes = { R3 };
            changes << c;
        }
        model.setChanges(changes);
        QCOMPARE(model.rowCount(), QueueChangeListModel::MaxListed + 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("q1"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("lost sync on rabbit@rabbit3"));
        QCOMPARE(Tone(model.index(0, 1).data(ToneRole).toInt()), Tone::Warning);
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("q1 in vhost /"));
        const int more = QueueChangeListModel::MaxListed;
        QVERIFY(model.isSpanned(more) && !model.isSpanned(more - 1));
        QCOMPARE(model.index(more, 0).data().toString(),
            QStringLiteral("… and 1500 more (export the view for the full list)"));
        model.setMessage(QStringLiteral("nothing"), Tone::Good);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isSpanned(0));
        QCOMPARE(Tone(model.index(0, 0).data(ToneRole).toInt()), Tone::Good);
        model.setChanges(changes.mid(0, 3));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.isSpanned(2));
    }

    // The Queues tab's heavy work runs in its own pool, below the GUI thread's priority.
    void queueWorkRunsBelowTheGuiThread()
    {
        QCOMPARE(queueWorkerPool()->objectName(), QStringLiteral("queueWorkers"));
#ifdef Q_OS_LINUX
        auto nice = [] {
            errno = 0;
            const int value = getpriority(PRIO_PROCESS, id_t(gettid()));
            return errno == 0 ? value : -100;
        };
        const int gui = nice();
        QVERIFY(gui > -100);
        for (int i = 0; i < 4; ++i) { // whichever pool thread runs it
            QFuture<std::pair<bool, int>> f = runQueueWork(
                [&] { return std::make_pair(queueWorkerPool()->contains(QThread::currentThread()), nice()); });
            QVERIFY(QTest::qWaitFor([&] { return f.isFinished(); }, 5000));
            const auto [inPool, worker] = f.result();
            QVERIFY(inPool);
            QCOMPARE(worker, qMin(19, gui + 5));
        }
        // A task the GUI thread ends up running itself (QFuture::result() takes a task that has
        // not started yet) leaves the GUI thread's priority alone.
        const int threads = queueWorkerPool()->maxThreadCount();
        queueWorkerPool()->setMaxThreadCount(1);
        QFuture<void> blocker = runQueueWork([] { QThread::msleep(200); });
        const int waited = runQueueWork([&] { return nice(); }).result();
        blocker.waitForFinished();
        queueWorkerPool()->setMaxThreadCount(threads);
        QCOMPARE(nice(), gui);
        QVERIFY(waited == gui || waited == qMin(19, gui + 5));
#endif
    }

    // The delegate's cached texts land on the same pixels drawText puts them on.
    void shapedTextDrawsWhereDrawTextDoes()
    {
        QFont cjk(QStringLiteral("Noto Sans CJK SC"));
        for (const QFont& font : { QApplication::font(), cjk }) {
            ShapedTextCache cache;
            const QFontMetrics fm(font);
            int drawn = 0;
            for (int height : { 21, 22, 23, 26 }) {
                for (Qt::Alignment alignment : { Qt::AlignLeft, Qt::AlignRight, Qt::AlignHCenter }) {
                    for (int width : { 60, 120, 400 }) {
                        for (const QString& text :
                            { QStringLiteral("compute.node-000123"), QStringLiteral("12,345"), QStringLiteral("—"),
                                Fanout, QStringLiteral("compute.节点-01"), QStringLiteral("mirror in sync") }) {
                            const QRect rect(3, 2, width, height);
                            QImage expected(width + 10, height + 6, QImage::Format_ARGB32_Premultiplied);
                            expected.fill(Qt::white);
                            QImage actual = expected;
                            {
                                QPainter p(&expected);
                                p.setFont(font);
                                p.drawText(rect, int(alignment) | Qt::AlignVCenter,
                                    fm.elidedText(text, Qt::ElideRight, width));
                            }
                            for (int pass = 0; pass < 2; ++pass) { // shaped, then from the cache
                                actual.fill(Qt::white);
                                QPainter p(&actual);
                                p.setFont(font);
                                cache.draw(&p, rect, alignment, text, font, Qt::ElideRight);
                                p.end();
                                QVERIFY2(actual == expected,
                                    qPrintable(QStringLiteral("%1 in %2x%3, alignment %4, %5, pass %6")
                                                   .arg(text)
                                                   .arg(width)
                                                   .arg(height)
                                                   .arg(int(alignment))
                                                   .arg(font.family())
                                                   .arg(pass)));
                            }
                            ++drawn;
                        }
                    }
                }
            }
            QCOMPARE(drawn, 4 * 3 * 3 * 6);
            QCOMPARE(cache.size(), 3 * 6); // one per text and width; centred ones are not kept
        }
    }

    // Row-level apply at scale: a refresh where a few queues come and go applies without a reset.
    void largeRefreshStaysRowLevel()
    {
        QList<QueueInfo> qs;
        qs.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            const QString name = QStringLiteral("compute.node-%1").arg(i, 6, 10, QLatin1Char('0'));
            qs << (i % 3 == 0 ? mirrored(QStringLiteral("/"), name, R1, { R2, R3 })
                              : classic(QStringLiteral("/"), name, i % 2 ? R2 : R3));
        }
        QueueSnapshot a(qs);
        a.setClusterNodes(clusterNodes());
        qs.remove(500, 3);
        qs[70000].unsynchronisedNodes = { R3 };
        qs[70000].synchronisedNodes = { R2 };
        qs << classic(QStringLiteral("/"), QStringLiteral("reply_new"), R1);
        QueueSnapshot b(qs);
        b.setClusterNodes(clusterNodes());
        QueueMatrixModel model;
        QueueViewProxy proxy;
        proxy.setSourceModel(&model);
        QueueViewSpec spec;
        auto first = buildQueueMatrixUpdate(nullptr, a);
        proxy.offerMapping(QueueViewProxy::computeMapping(first.after, spec, proxy.specGeneration()));
        model.apply(first);
        QCOMPARE(proxy.rowCount(), 100000);
        auto second = buildQueueMatrixUpdate(first.after, b);
        auto mapping = QueueViewProxy::computeMapping(second.after, spec, proxy.specGeneration());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QElapsedTimer t;
        t.start();
        proxy.offerMapping(mapping);
        model.apply(second);
        const qint64 applyMs = t.elapsed();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxy.rowCount(), 99998);
        qInfo("GUI-thread apply of a 100,000-queue refresh (3 vanished, 1 changed, 1 new): %lld ms", applyMs);
    }
};

QTEST_MAIN(TestQueuesGui)
#include "tst_queues_gui.moc"
