// KeyedTableModel, the keyed merge behind NodeTableModel and HaproxyServerModel: rows matched by
// key across updates, each removal, change and insertion announced with the right signals.
#include "HaproxyServerModel.h"
#include "KeyedTableModel.h"
#include "NodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warren;
using namespace Qt::StringLiterals;

namespace {

struct Item
{
    QString key;
    int value = 0;
};

class ItemModel final : public KeyedTableModel<Item>
{
public:
    ItemModel()
        : KeyedTableModel(nullptr)
    {
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const Item& item = rows().at(index.row());
        return index.column() == 0 ? QVariant(item.key) : QVariant(item.value);
    }
    void set(const QList<Item>& items) { setRows(items); }
    void clear() { clearRows(); }

protected:
    QString rowKey(const Item& item) const override { return item.key; }
    bool sameRow(const Item& a, const Item& b) const override { return a.key == b.key && a.value == b.value; }
};

QStringList keys(const ItemModel& model)
{
    QStringList out;
    for (const Item& item : model.rows())
        out << item.key;
    return out;
}

} // namespace

class TestKeyedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsRowsAndAnnouncesEachKindOfChange()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.set({ { u"a"_s, 1 }, { u"b"_s, 2 }, { u"c"_s, 3 }, { u"d"_s, 4 }, { u"e"_s, 5 } });
        QCOMPARE(keys(model), QStringList({ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s }));
        QCOMPARE(inserted.size(), 1); // one insertion for the whole batch
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(changed.size(), 0);
        inserted.clear();

        // Same keys, one value changed: a dataChanged for that row alone, no structural change.
        model.set({ { u"a"_s, 1 }, { u"b"_s, 20 }, { u"c"_s, 3 }, { u"d"_s, 4 }, { u"e"_s, 5 } });
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), 1);
        QCOMPARE(model.rowAt(1)->value, 20);
        changed.clear();

        // Gone: b and d removed one by one (from the bottom), the rest keep their order; a new key
        // is appended; a changed row after the removals is found by its new position.
        model.set({ { u"f"_s, 6 }, { u"e"_s, 50 }, { u"c"_s, 3 }, { u"a"_s, 1 } });
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 3); // d
        QCOMPARE(removed.at(1).at(1).toInt(), 1); // b
        QCOMPARE(keys(model), QStringList({ u"a"_s, u"c"_s, u"e"_s, u"f"_s }));
        QCOMPARE(model.rowOfKey(u"e"_s), 2);
        QCOMPARE(model.rowOfKey(u"f"_s), 3);
        QCOMPARE(model.rowOfKey(u"b"_s), -1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        changed.clear();

        // Most rows changed: one dataChanged over the whole table.
        model.set({ { u"a"_s, 10 }, { u"c"_s, 30 }, { u"e"_s, 500 }, { u"f"_s, 6 } });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(3, 1));

        // A key twice in one update keeps its first row.
        model.set({ { u"x"_s, 1 }, { u"x"_s, 2 } });
        QCOMPARE(keys(model), QStringList({ u"x"_s }));
        QCOMPARE(model.rowAt(0)->value, 1);
        QCOMPARE(model.rowAt(1), nullptr);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.clear(); // already empty: no reset
        QCOMPARE(reset.size(), 1);
    }

    void nodeAndHaproxyModelsKeepTheContract()
    {
        NodeTableModel nodes;
        QAbstractItemModelTester nodeTester(&nodes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NodeInfo a;
        a.name = u"rabbit@a"_s;
        NodeInfo b;
        b.name = u"rabbit@b"_s;
        nodes.setNodes({ a, b });
        QCOMPARE(nodes.rowOf(u"rabbit@b"_s), 1);
        b.running = !b.running;
        nodes.setNodes({ b });
        QCOMPARE(nodes.rowCount(), 1);
        QCOMPARE(nodes.node(0)->running, b.running);
        nodes.retranslate();
        nodes.clear();
        QCOMPARE(nodes.rowCount(), 0);

        HaproxyServerModel servers;
        QAbstractItemModelTester serverTester(&servers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HaproxyServer s1;
        s1.proxy = u"amqp"_s;
        s1.name = u"rabbit1"_s;
        HaproxyServer s2 = s1;
        s2.name = u"rabbit2"_s;
        servers.setServers({ s1, s2, s1 });
        QCOMPARE(servers.rowCount(), 2);
        QCOMPARE(servers.rowOf(u"amqp"_s, u"rabbit2"_s), 1);
        s2.status = u"DOWN"_s;
        servers.setServers({ s2 });
        QCOMPARE(servers.rowOf(u"amqp"_s, u"rabbit2"_s), 0);
        QCOMPARE(servers.server(0)->status, u"DOWN"_s);
        servers.retranslate();
        servers.clear();
        QCOMPARE(servers.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
