#pragma once

#include "ModelRoles.h"
#include "queues/QueueDiff.h"

#include <QAbstractTableModel>

namespace warren {

// The Queues tab's "since pin" list: one row per change (queue, what changed), the first
// MaxListed of them and then a row that says how many more; or one message row instead. Rows are
// described when a view asks for them, so a new list of 100,000 changes costs the GUI thread a
// model reset, not thousands of tree items built and deleted on every refresh.
class QueueChangeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueChangeListModel)

public:
    static constexpr int MaxListed = 1000;

    explicit QueueChangeListModel(QObject* parent = nullptr);
    ~QueueChangeListModel() override;

    void setChanges(QList<QueueChange> changes);
    void setMessage(const QString& text, Tone tone); // one row, no changes
    const QList<QueueChange>& changes() const { return m_changes; }
    // Rows whose text spans both columns: the message, the "… and N more" row.
    bool isSpanned(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Tone changeTone(QueueChange::Kind kind);

public Q_SLOTS:
    void retranslate();

private:
    int listed() const { return int(qMin<qsizetype>(m_changes.size(), MaxListed)); }

    QList<QueueChange> m_changes;
    QString m_message;
    Tone m_messageTone = Tone::Muted;
};

} // namespace warren
