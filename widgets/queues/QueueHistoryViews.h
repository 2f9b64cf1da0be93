#pragma once

#include "QueueMatrixModel.h"

#include <QDateTime>
#include <QTreeView>
#include <QTreeWidget>

namespace warren {

class QueueChangeListModel;

// The Queues tab's "Since pin" list: what changed since the pinned snapshot, or a sentence when
// nothing is pinned or nothing changed. The changes can be many thousands: a view on a model,
// not tree items.
class QueueSincePinView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueSincePinView)

public:
    explicit QueueSincePinView(QWidget* parent = nullptr);
    ~QueueSincePinView() override;

    // pinnedAt: when the pinned snapshot was taken; changes: since then (empty: none).
    void showChanges(bool hasPinned, const QDateTime& pinnedAt, const QList<QueueChange>& changes);
    void retranslateUi();

private:
    QueueChangeListModel* m_model;
};

// The Queues tab's "Vanished" list: the queues that disappeared while the tab was open, newest
// first (QueueMatrixModel keeps up to MaxVanished).
class QueueVanishedList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueVanishedList)

public:
    explicit QueueVanishedList(QWidget* parent = nullptr);
    ~QueueVanishedList() override;

    // added: how many at the top of `vanished` are new since the last call (-1: rebuild all).
    void showVanished(const QList<QueueMatrixModel::VanishedQueue>& vanished, int added = -1);
    void retranslateUi();
};

} // namespace warren
