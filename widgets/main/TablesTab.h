#pragma once

#include "model/ClusterSnapshot.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace warren {

class HaproxyServerModel;
class NodeTableModel;

// The "Tables" tab: the nodes table (its column order remembered), HAProxy's servers and which
// sources answered the last collection. Right-click on a node offers the operations.
class TablesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablesTab)

public:
    explicit TablesTab(QWidget* parent = nullptr);
    ~TablesTab() override;

    void clear();
    void setNodes(const QList<NodeInfo>& nodes);
    void setServers(const QList<HaproxyServer>& servers);
    // The sources of the last collection; none yet: a muted line saying why.
    void setSources(const QList<SourceStatus>& sources, bool hasCluster);
    // The operations the node menu offers (the main window's actions; data() is the key).
    void setOperationActions(const QList<QAction*>& actions) { m_operationActions = actions; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);
    QTableView* nodeTable() const { return m_nodeTable; }

Q_SIGNALS:
    void operationRequested(const QString& operation, const QString& node);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showNodeMenu(const QPoint& pos);

    NodeTableModel* m_nodeModel;
    HaproxyServerModel* m_haproxyModel;
    QSortFilterProxyModel* m_nodeProxy;
    QSortFilterProxyModel* m_haproxyProxy;
    QList<SourceStatus> m_sources;
    bool m_hasCluster = false;
    QList<QAction*> m_operationActions;

    QLabel* m_nodesTitle;
    QTableView* m_nodeTable;
    QLabel* m_haproxyTitle;
    QTableView* m_haproxyTable;
    QLabel* m_sourcesTitle;
    QTreeWidget* m_sourcesList;
};

} // namespace warren
