#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace warren {

// The main window's common building blocks: a bold section title, a status table with the
// StatusItemDelegate, a sorting proxy over the raw-value role, and a titled panel.
QLabel* sectionTitle(QWidget* parent, const QString& objectName);
QTableView* makeStatusTable(QWidget* parent, const QString& objectName);
QSortFilterProxyModel* makeSortProxy(QAbstractItemModel* source, QObject* parent);
QWidget* titledPanel(QWidget* parent, QLabel* title, QWidget* content);
// Rows follow the font the language brought (CJK fonts are taller).
void fitRowHeight(QTableView* view);

} // namespace warren
