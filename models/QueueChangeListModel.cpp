#include "QueueChangeListModel.h"

#include "QueueMatrixModel.h"

#include <utility>

namespace warren {

QueueChangeListModel::QueueChangeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QueueChangeListModel::~QueueChangeListModel()
{
    releaseQueueChanges(std::move(m_changes));
}

void QueueChangeListModel::setChanges(QList<QueueChange> changes)
{
    beginResetModel();
    releaseQueueChanges(std::exchange(m_changes, std::move(changes)));
    m_message.clear();
    endResetModel();
}

void QueueChangeListModel::setMessage(const QString& text, Tone tone)
{
    beginResetModel();
    releaseQueueChanges(std::move(m_changes));
    m_changes.clear();
    m_message = text;
    m_messageTone = tone;
    endResetModel();
}

bool QueueChangeListModel::isSpanned(int row) const
{
    return !m_message.isEmpty() ? row == 0 : (row == listed() && m_changes.size() > MaxListed);
}

int QueueChangeListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    if (!m_message.isEmpty())
        return 1;
    return listed() + (m_changes.size() > MaxListed ? 1 : 0);
}

int QueueChangeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

Tone QueueChangeListModel::changeTone(QueueChange::Kind kind)
{
    switch (kind) {
    case QueueChange::Kind::SyncLost:
    case QueueChange::Kind::Vanished:
        return Tone::Warning;
    case QueueChange::Kind::SyncRegained:
        return Tone::Good;
    case QueueChange::Kind::HomeMoved:
        return Tone::Accent;
    case QueueChange::Kind::Appeared:
        break;
    }
    return Tone::Neutral;
}

QVariant QueueChangeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= 2)
        return {};
    const int row = index.row();
    const int column = index.column();
    if (!m_message.isEmpty() || row >= listed()) {
        if (column != 0)
            return {};
        if (role == Qt::DisplayRole)
            return !m_message.isEmpty()
                ? m_message
                : tr("… and %n more (export the view for the full list)", "", int(m_changes.size() - MaxListed));
        if (role == ToneRole)
            return int(!m_message.isEmpty() ? m_messageTone : Tone::Muted);
        return {};
    }
    const QueueChange& c = m_changes.at(row);
    if (column == 0) {
        if (role == Qt::DisplayRole)
            return c.key.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 in vhost %2").arg(c.key.name, c.key.vhost);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return QueueMatrixModel::changeText(c);
    case ToneRole:
        return int(changeTone(c.kind));
    case IndicatorRole:
        return true;
    }
    return {};
}

QVariant QueueChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Queue") : tr("Change");
}

void QueueChangeListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 1));
}

} // namespace warren
