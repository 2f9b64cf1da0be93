#include "ViewHelpers.h"

#include "ModelRoles.h"
#include "Palette.h"
#include "StatusItemDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace warren {

QLabel* sectionTitle(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont f; // only the weight: the family follows the language's font
    f.setBold(true);
    label->setFont(f);
    Palette::setTextColor(label, Palette::headingText());
    label->setContentsMargins(0, 2, 0, 2);
    return label;
}

void fitRowHeight(QTableView* view)
{
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
}

QTableView* makeStatusTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setItemDelegate(new StatusItemDelegate(view));
    view->verticalHeader()->hide();
    fitRowHeight(view);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    return view;
}

QSortFilterProxyModel* makeSortProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(RawValueRole);
    proxy->setDynamicSortFilter(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QWidget* titledPanel(QWidget* parent, QLabel* title, QWidget* content)
{
    auto* w = new QWidget(parent);
    auto* layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return w;
}

} // namespace warren
