#pragma once

#include "status/SnapshotDiff.h"

#include <QAbstractTableModel>
#include <QList>

namespace warren {

// What changed in the cluster while the window was open, newest first. Fed snapshots; the diffing
// itself is core's SnapshotDiff. Bounded: the oldest events fall off past MaxEvents.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { TimeColumn, EventColumn, ColumnCount };
    Q_ENUM(Column)
    static constexpr int MaxEvents = 2000;

    explicit EventLogModel(QObject* parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Returns the events this snapshot added.
    QList<ClusterEvent> addSnapshot(const ClusterSnapshot& snapshot);
    void addEvents(const QList<ClusterEvent>& events);
    void clear(); // also forgets the previous snapshot (another cluster was selected)
    const ClusterEvent& event(int row) const { return m_events.at(row); }
    QStringList texts() const; // newest first, in the current language

public Q_SLOTS:
    void retranslate();

private:
    QList<ClusterEvent> m_events; // newest first
    SnapshotDiff m_diff;
};

} // namespace warren
