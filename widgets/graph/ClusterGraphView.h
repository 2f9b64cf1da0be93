#pragma once

#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"

#include <QGraphicsView>
#include <QHash>
#include <QStringList>

class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QMenu;

namespace warren {

class ClusterLinkItem;
class HaproxyItem;
class NodeItem;
class ServerArrowItem;

// The live node graph: HAProxy on the left with an arrow from each server to its node, the nodes
// in a column, cluster links as arcs on their right. Items are keyed (node name, proxy/server)
// and updated in place, and positions follow from the order nodes were first seen, so a refresh
// never moves anything unless the membership changes. Ctrl+wheel zooms, dragging pans.
class ClusterGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterGraphView)

public:
    static constexpr qreal MinScale = 0.2;
    static constexpr qreal MaxScale = 4.0;

    explicit ClusterGraphView(QWidget* parent = nullptr);
    ~ClusterGraphView() override;

    void setProfile(const ClusterProfile& profile); // also clears the graph
    void setSnapshot(const ClusterSnapshot& snapshot);
    void setStale(bool stale);
    void clear();

    NodeItem* nodeItem(const QString& name) const { return m_nodes.value(name); }
    QStringList nodeNames() const { return m_order; }
    HaproxyItem* haproxyItem() const { return m_haproxy; }
    ServerArrowItem* arrow(const QString& proxy, const QString& server) const;
    ClusterLinkItem* link(const QString& a, const QString& b) const;
    QString partitionText() const;
    QString selectedNode() const;
    void selectNode(const QString& name);
    qreal zoom() const;

    // The right-click menu for a node: details, copy, and the operation wizards (through
    // nodeOperationRequested); what has no wizard yet is a disabled placeholder. The caller owns it.
    QMenu* createNodeMenu(const QString& node, QWidget* parent);
    QMenu* createServerMenu(const QString& proxy, const QString& server, QWidget* parent);
    QMenu* createHaproxyMenu(QWidget* parent); // the HAProxy item outside a server row

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();

Q_SIGNALS:
    void nodeSelected(const QString& name); // empty: nothing selected
    // An operation wizard asked for from the node's menu: "convert", "sync-cookie", "forget".
    void nodeOperationRequested(const QString& operation, const QString& node);
    void zoomChanged(qreal scale);
    void haproxyConfigRequested(); // "HAProxy Configuration…" on the HAProxy item

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layoutItems();
    void updateEdges();
    void updatePartitionLabel();
    void setScale(qreal scale, bool byUser);

    QGraphicsScene* m_scene;
    ClusterProfile m_profile;
    ClusterSnapshot m_snapshot;
    QHash<QString, NodeItem*> m_nodes;
    QStringList m_order; // first-seen order: the layout slot of each node
    HaproxyItem* m_haproxy = nullptr;
    QHash<QString, ServerArrowItem*> m_arrows; // "proxy/server"
    QHash<QString, ClusterLinkItem*> m_links; // "a|b", a < b in m_order
    QGraphicsSimpleTextItem* m_partitionLabel = nullptr;
    bool m_stale = false;
    bool m_userZoomed = false;
};

} // namespace warren
