#include "EventLogModel.h"

#include "ModelRoles.h"

namespace warren {

EventLogModel::EventLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

EventLogModel::~EventLogModel() = default;

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent& e = m_events.at(index.row());
    const QDateTime local = e.at.toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                        : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return e.text();
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : e.text();
    case RawValueRole:
        return index.column() == TimeColumn ? QVariant(e.at.toMSecsSinceEpoch()) : QVariant(e.text());
    case KeyRole:
        return e.kindKey();
    case IndicatorRole:
        return index.column() == EventColumn;
    case ToneRole:
        if (index.column() != EventColumn)
            return int(Tone::Muted);
        switch (e.severity) {
        case ClusterEvent::Severity::Info:
            return int(Tone::Neutral);
        case ClusterEvent::Severity::Good:
            return int(Tone::Good);
        case ClusterEvent::Severity::Warning:
            return int(Tone::Warning);
        case ClusterEvent::Severity::Critical:
            return int(Tone::Bad);
        }
        return {};
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time", "when an event happened");
    case EventColumn:
        return tr("Event", "a change seen in the cluster");
    default:
        return {};
    }
}

QList<ClusterEvent> EventLogModel::addSnapshot(const ClusterSnapshot& snapshot)
{
    const QList<ClusterEvent> events = m_diff.feed(snapshot);
    addEvents(events);
    return events;
}

void EventLogModel::addEvents(const QList<ClusterEvent>& events)
{
    if (events.isEmpty())
        return;
    const int n = int(events.size());
    beginInsertRows({}, 0, n - 1);
    // Within one snapshot the events keep their reading order at the top of the list.
    for (int i = n - 1; i >= 0; --i)
        m_events.prepend(events.at(i));
    endInsertRows();
    if (m_events.size() > MaxEvents) {
        beginRemoveRows({}, MaxEvents, int(m_events.size()) - 1);
        m_events.resize(MaxEvents);
        endRemoveRows();
    }
}

void EventLogModel::clear()
{
    m_diff.reset();
    if (m_events.isEmpty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

QStringList EventLogModel::texts() const
{
    QStringList out;
    for (const ClusterEvent& e : m_events)
        out.append(e.text());
    return out;
}

void EventLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

} // namespace warren
