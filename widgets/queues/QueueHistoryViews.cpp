#include "QueueHistoryViews.h"

#include "ModelRoles.h"
#include "QueueChangeListModel.h"
#include "StatusItemDelegate.h"

#include <QHeaderView>
#include <QLocale>

namespace warren {

namespace {
    void setUpList(QTreeView* list, const QString& name)
    {
        list->setObjectName(name);
        list->setRootIsDecorated(false);
        list->setAlternatingRowColors(true);
        list->setUniformRowHeights(true);
        list->setItemDelegate(new StatusItemDelegate(list));
        list->header()->setStretchLastSection(true);
        list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
} // namespace

QueueSincePinView::QueueSincePinView(QWidget* parent)
    : QTreeView(parent)
    , m_model(new QueueChangeListModel(this))
{
    setModel(m_model);
    setUpList(this, QStringLiteral("queueCompareList"));
}

QueueSincePinView::~QueueSincePinView() = default;

void QueueSincePinView::showChanges(bool hasPinned, const QDateTime& pinnedAt, const QList<QueueChange>& changes)
{
    if (!hasPinned) {
        m_model->setMessage(
            tr("Pin a snapshot to compare the queues against it later (e.g. before an upgrade)."), Tone::Muted);
    } else if (changes.isEmpty()) {
        m_model->setMessage(tr("No change since the pinned snapshot of %1")
                                .arg(QLocale().toString(pinnedAt.toLocalTime(), QLocale::ShortFormat)),
            Tone::Good);
    } else {
        m_model->setChanges(changes);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) { // the one message or "more" row
        if (m_model->isSpanned(row))
            setFirstColumnSpanned(row, {}, true);
    }
}

void QueueSincePinView::retranslateUi()
{
    m_model->retranslate();
}

QueueVanishedList::QueueVanishedList(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setUpList(this, QStringLiteral("queueVanishedList"));
}

QueueVanishedList::~QueueVanishedList() = default;

void QueueVanishedList::showVanished(const QList<QueueMatrixModel::VanishedQueue>& vanished, int added)
{
    if (vanished.isEmpty()) {
        clear();
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, tr("No queue has vanished while this tab was open."));
        item->setData(0, ToneRole, int(Tone::Muted));
        item->setFirstColumnSpanned(true);
        return;
    }
    // After a refresh only the newly vanished queues are added at the top (the list holds up to
    // QueueMatrixModel::MaxVanished); everything is rebuilt on a language change.
    const bool incremental = added >= 0 && added < vanished.size() && topLevelItemCount() + added >= vanished.size()
        && !topLevelItem(0)->isFirstColumnSpanned();
    if (!incremental) {
        clear();
        added = int(vanished.size());
    }
    QList<QTreeWidgetItem*> items;
    items.reserve(qMin(added, int(vanished.size())));
    QDateTime formattedAt; // the queues that vanished in one refresh share their time
    QString time;
    for (int i = 0; i < added && i < vanished.size(); ++i) {
        const auto& v = vanished[i];
        if (i == 0 || v.seenGoneAt != formattedAt) {
            formattedAt = v.seenGoneAt;
            time = QLocale().toString(v.seenGoneAt.toLocalTime().time(), QLocale::ShortFormat);
        }
        auto* item = new QTreeWidgetItem;
        item->setText(0, v.queue.name);
        item->setToolTip(0, tr("%1 in vhost %2").arg(v.queue.name, v.queue.vhost));
        item->setText(1, time);
        item->setData(0, ToneRole, int(Tone::Warning));
        items << item;
    }
    insertTopLevelItems(0, items);
    // The oldest beyond the list's length go in one removal, not one signal per row.
    const int excess = topLevelItemCount() - int(vanished.size());
    if (excess > 0)
        model()->removeRows(int(vanished.size()), excess);
}

void QueueVanishedList::retranslateUi()
{
    setHeaderLabels({ tr("Queue"), tr("Gone at", "time a queue was seen gone") });
}

} // namespace warren
