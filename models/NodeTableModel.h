#pragma once

#include "KeyedTableModel.h"
#include "model/ClusterSnapshot.h"

namespace warren {

// The nodes of one cluster, one row per node. Rows are keyed by node name: a new snapshot with
// the same nodes updates cells in place (dataChanged), so selection, sorting and scrolling
// survive the poller's refreshes.
class NodeTableModel final : public KeyedTableModel<NodeInfo>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTableModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        StateColumn,
        AlarmsColumn,
        RabbitVersionColumn,
        ErlangVersionColumn,
        MemoryColumn,
        DiskColumn,
        FileDescriptorsColumn,
        SocketsColumn,
        ProcessesColumn,
        UptimeColumn,
        PartitionsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit NodeTableModel(QObject* parent = nullptr);
    ~NodeTableModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setNodes(const QList<NodeInfo>& nodes);
    void clear();
    const NodeInfo* node(int row) const;
    int rowOf(const QString& name) const; // -1 when absent

public Q_SLOTS:
    // Header and cell texts are built at request time: tell the views to ask again.
    void retranslate();

private:
    QVariant displayData(const NodeInfo& node, int column) const;
    QVariant rawData(const NodeInfo& node, int column) const;
    QVariant toolTipData(const NodeInfo& node, int column) const;
    QVariant toneData(const NodeInfo& node, int column) const;
    QString rowKey(const NodeInfo& node) const override { return node.name; }
    bool sameRow(const NodeInfo& a, const NodeInfo& b) const override;
};

} // namespace warren
