#include "ClusterGraphView.h"

#include "ClusterLinkItem.h"
#include "GraphStyle.h"
#include "HaproxyItem.h"
#include "NodeItem.h"
#include "Palette.h"
#include "ServerArrowItem.h"
#include "ops/OperationPlanner.h"
#include "status/HaproxyRouting.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>

namespace warren {

using namespace graph;

namespace {
    constexpr qreal ColumnGap = 190; // between HAProxy and the node column: room for the arrows
    constexpr qreal NodeGap = 34;
    constexpr qreal ZoomStep = 1.2;
    constexpr qreal MaxFitScale = 1.15; // a small cluster is not blown up past readable

    QString serverKey(const QString& proxy, const QString& server)
    {
        return proxy + QLatin1Char('/') + server;
    }
} // namespace

ClusterGraphView::ClusterGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("clusterGraph"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(Palette::graphBackground());
    setFrameShape(QFrame::NoFrame);
    m_partitionLabel = m_scene->addSimpleText(QString());
    m_partitionLabel->setBrush(toneColor(Tone::Bad));
    m_partitionLabel->hide();
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { Q_EMIT nodeSelected(selectedNode()); });
}

ClusterGraphView::~ClusterGraphView()
{
    // The scene's selectionChanged must not reach a half-destroyed view.
    m_scene->disconnect(this);
}

void ClusterGraphView::setProfile(const ClusterProfile& profile)
{
    m_profile = profile;
    clear();
}

void ClusterGraphView::clear()
{
    for (auto* item : std::as_const(m_links))
        delete item;
    for (auto* item : std::as_const(m_arrows))
        delete item;
    for (auto* item : std::as_const(m_nodes))
        delete item;
    delete m_haproxy;
    m_links.clear();
    m_arrows.clear();
    m_nodes.clear();
    m_order.clear();
    m_haproxy = nullptr;
    m_snapshot = {};
    m_stale = false;
    m_userZoomed = false;
    m_partitionLabel->hide();
    resetTransform();
    Q_EMIT nodeSelected(QString());
}

void ClusterGraphView::setSnapshot(const ClusterSnapshot& snapshot)
{
    if (!snapshot.hasNodes())
        return; // nothing new to draw: the caller marks the graph stale
    m_snapshot = snapshot;
    bool membershipChanged = false;

    // Nodes: new ones get the next slots (sorted among themselves); known ones keep theirs.
    QStringList fresh;
    for (const NodeInfo& n : snapshot.nodes) {
        if (!m_nodes.contains(n.name))
            fresh.append(n.name);
    }
    fresh.sort();
    for (const QString& name : std::as_const(fresh)) {
        auto* item = new NodeItem(name);
        m_scene->addItem(item);
        m_nodes.insert(name, item);
        m_order.append(name);
        membershipChanged = true;
    }
    // Nodes the cluster no longer lists go away (a node that stopped is still listed).
    for (const QString& name : QStringList(m_order)) {
        if (snapshot.node(name))
            continue;
        for (auto it = m_links.begin(); it != m_links.end();) {
            if ((*it)->first() == m_nodes.value(name) || (*it)->second() == m_nodes.value(name)) {
                delete *it;
                it = m_links.erase(it);
            } else {
                ++it;
            }
        }
        delete m_nodes.take(name);
        m_order.removeAll(name);
        membershipChanged = true;
    }
    for (const NodeInfo& n : snapshot.nodes) {
        m_nodes.value(n.name)->setStore(snapshot.broker.metadata);
        m_nodes.value(n.name)->setNode(n, NodeItem::stateOf(n, snapshot), !snapshot.partitions.isEmpty() && n.running);
        const int position = snapshot.wholeClusterDown ? snapshot.shutdown.position(n.name) : -1;
        m_nodes.value(n.name)->setStartPosition(position, snapshot.shutdown.stoppedLast.contains(n.name));
    }

    // Links: every pair of members (a full mesh: Erlang distribution connects every node to every
    // other).
    for (int i = 0; i < m_order.size(); ++i) {
        for (int j = i + 1; j < m_order.size(); ++j) {
            const QString key = m_order.at(i) + QLatin1Char('|') + m_order.at(j);
            if (!m_links.contains(key)) {
                auto* link = new ClusterLinkItem(m_nodes.value(m_order.at(i)), m_nodes.value(m_order.at(j)));
                m_scene->addItem(link);
                m_links.insert(key, link);
            }
        }
    }
    const auto groupOf = [&](const QString& name) {
        for (int g = 0; g < snapshot.partitions.size(); ++g) {
            if (snapshot.partitions.at(g).contains(name))
                return g;
        }
        return -1;
    };
    for (ClusterLinkItem* link : std::as_const(m_links)) {
        const NodeItem* a = link->first();
        const NodeItem* b = link->second();
        if (a->state() != NodeItem::State::Running || b->state() != NodeItem::State::Running)
            link->setState(ClusterLinkItem::State::NodeDown);
        else if (groupOf(a->name()) != groupOf(b->name()))
            link->setState(ClusterLinkItem::State::Partitioned);
        else
            link->setState(ClusterLinkItem::State::Up);
    }

    // HAProxy.
    if (snapshot.haproxyServers.isEmpty()) {
        if (m_haproxy) {
            delete m_haproxy;
            m_haproxy = nullptr;
            membershipChanged = true;
        }
    } else if (!m_haproxy) {
        m_haproxy = new HaproxyItem;
        m_scene->addItem(m_haproxy);
        membershipChanged = true;
    }
    QStringList seenArrows;
    if (m_haproxy) {
        QList<HaproxyItem::ServerRow> rows;
        // Grouped by proxy, each in `show stat` order.
        for (const QString& proxy : HaproxyRouting::proxies(snapshot.haproxyServers)) {
            for (const HaproxyServer& s : snapshot.haproxyServers) {
                if (s.proxy != proxy)
                    continue;
                HaproxyItem::ServerRow row;
                row.server = s;
                row.node = HaproxyRouting::nodeForServer(m_profile, s);
                row.serving = HaproxyRouting::isServing(snapshot.haproxyServers, s);
                rows.append(row);
            }
        }
        const qreal before = m_haproxy->boundingRect().height();
        QString hostLabel;
        if (const HostProfile* h = m_profile.host(m_profile.haproxy.host))
            hostLabel = h->address.isEmpty() ? h->name : QStringLiteral("%1 (%2)").arg(h->name, h->address);
        m_haproxy->setServers(hostLabel, rows);
        membershipChanged = membershipChanged || before != m_haproxy->boundingRect().height();
        for (const auto& row : std::as_const(rows)) {
            if (row.node.isEmpty() || !m_nodes.contains(row.node))
                continue;
            const QString key = serverKey(row.server.proxy, row.server.name);
            seenArrows.append(key);
            ServerArrowItem* arrow = m_arrows.value(key);
            if (!arrow) {
                arrow = new ServerArrowItem;
                m_scene->addItem(arrow);
                m_arrows.insert(key, arrow);
            }
            arrow->setStyle(row.serving                        ? ServerArrowItem::Style::Serving
                    : HaproxyRouting::takesTraffic(row.server) ? ServerArrowItem::Style::Standby
                                                               : ServerArrowItem::Style::Down);
        }
    }
    for (auto it = m_arrows.begin(); it != m_arrows.end();) {
        if (!seenArrows.contains(it.key())) {
            delete *it;
            it = m_arrows.erase(it);
        } else {
            ++it;
        }
    }

    m_stale = false;
    for (NodeItem* n : std::as_const(m_nodes))
        n->setStale(false);
    if (m_haproxy)
        m_haproxy->setStale(false);
    for (auto* a : std::as_const(m_arrows))
        a->setStale(false);
    for (auto* l : std::as_const(m_links))
        l->setStale(false);

    layoutItems();
    updatePartitionLabel();
    if (membershipChanged && !m_userZoomed)
        fitToView();
}

void ClusterGraphView::layoutItems()
{
    const qreal columnX = m_haproxy ? HaproxyItem::Width + ColumnGap : 0;
    qreal y = 0;
    for (const QString& name : std::as_const(m_order)) {
        NodeItem* item = m_nodes.value(name);
        item->setPos(columnX, y);
        y += item->boundingRect().height() - 4 + NodeGap;
    }
    const qreal columnHeight = qMax(0.0, y - NodeGap);
    if (m_haproxy) {
        const qreal h = m_haproxy->boundingRect().height() - 4;
        m_haproxy->setPos(0, qMax(0.0, (columnHeight - h) / 2));
    }
    updateEdges();
    QRectF bounds = m_scene->itemsBoundingRect();
    m_scene->setSceneRect(bounds.adjusted(-40, -40, 40, 40));
}

void ClusterGraphView::updateEdges()
{
    for (ClusterLinkItem* link : std::as_const(m_links)) {
        const int distance = qAbs(m_order.indexOf(link->first()->name()) - m_order.indexOf(link->second()->name()));
        link->updateGeometry(36 + 44 * (distance - 1));
    }
    if (!m_haproxy)
        return;
    for (const auto& row : m_haproxy->rows()) {
        ServerArrowItem* arrow = m_arrows.value(serverKey(row.server.proxy, row.server.name));
        NodeItem* node = m_nodes.value(row.node);
        if (!arrow || !node)
            continue;
        const QPointF from = m_haproxy->mapToScene(m_haproxy->serverAnchor(row.server.proxy, row.server.name));
        const QRectF r = node->sceneBoundingRect().adjusted(2, 2, -2, -2);
        // Several servers may point at one node: spread the arrow heads along its left edge.
        const qreal offset = row.server.backup ? 14 : -14;
        arrow->setEnds(from + QPointF(4, 0), QPointF(r.left() - 2, r.center().y() + offset));
    }
}

void ClusterGraphView::updatePartitionLabel()
{
    const QString text = partitionText();
    m_partitionLabel->setText(text);
    m_partitionLabel->setFont(boldFont());
    m_partitionLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty() && !m_order.isEmpty()) {
        const QPointF topLeft = m_nodes.value(m_order.first())->pos();
        m_partitionLabel->setPos(topLeft.x(), topLeft.y() - QFontMetricsF(boldFont()).height() - 10);
        m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    }
}

QString ClusterGraphView::partitionText() const
{
    if (m_snapshot.partitions.isEmpty())
        return {};
    QStringList groups;
    for (const QStringList& g : m_snapshot.partitions)
        groups.append(tr("[%1]", "a group of nodes in a partition").arg(g.join(QStringLiteral(", "))));
    return tr("Partition: %1", "network partition of the RabbitMQ cluster: the groups that see each other")
        .arg(groups.join(QStringLiteral("  |  ")));
}

void ClusterGraphView::setStale(bool stale)
{
    m_stale = stale;
    for (NodeItem* n : std::as_const(m_nodes))
        n->setStale(stale);
    if (m_haproxy)
        m_haproxy->setStale(stale);
    for (auto* a : std::as_const(m_arrows))
        a->setStale(stale);
    for (auto* l : std::as_const(m_links))
        l->setStale(stale);
}

ServerArrowItem* ClusterGraphView::arrow(const QString& proxy, const QString& server) const
{
    return m_arrows.value(serverKey(proxy, server));
}

ClusterLinkItem* ClusterGraphView::link(const QString& a, const QString& b) const
{
    if (auto* l = m_links.value(a + QLatin1Char('|') + b))
        return l;
    return m_links.value(b + QLatin1Char('|') + a);
}

QString ClusterGraphView::selectedNode() const
{
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem*>(item)->name();
    }
    return {};
}

void ClusterGraphView::selectNode(const QString& name)
{
    m_scene->clearSelection();
    if (NodeItem* item = m_nodes.value(name))
        item->setSelected(true);
}

qreal ClusterGraphView::zoom() const
{
    return transform().m11();
}

void ClusterGraphView::setScale(qreal scale, bool byUser)
{
    scale = qBound(MinScale, scale, MaxScale);
    const qreal factor = scale / zoom();
    if (qFuzzyCompare(factor, 1.0))
        return;
    this->scale(factor, factor);
    m_userZoomed = m_userZoomed || byUser;
    Q_EMIT zoomChanged(zoom());
}

void ClusterGraphView::zoomIn()
{
    setScale(zoom() * ZoomStep, true);
}

void ClusterGraphView::zoomOut()
{
    setScale(zoom() / ZoomStep, true);
}

void ClusterGraphView::resetZoom()
{
    setScale(1.0, true);
}

void ClusterGraphView::fitToView()
{
    const QRectF target = m_scene->sceneRect();
    if (m_scene->itemsBoundingRect().isEmpty() || target.isEmpty())
        return;
    m_userZoomed = false;
    const QRectF view = viewport()->rect();
    // A little under the exact fit, so rounding never brings the scroll bars back.
    const qreal scale = qMin(MaxFitScale, 0.98 * qMin(view.width() / target.width(), view.height() / target.height()));
    setScale(scale, false);
    centerOn(target.center());
}

void ClusterGraphView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setScale(zoom() * std::pow(ZoomStep, steps), true);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ClusterGraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitToView();
}

void ClusterGraphView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        // Texts are built at paint time; sizes follow the font the language brought.
        for (NodeItem* n : std::as_const(m_nodes))
            n->relayout();
        if (m_haproxy)
            m_haproxy->relayout();
        if (!m_order.isEmpty()) {
            layoutItems();
            updatePartitionLabel();
            if (!m_userZoomed)
                fitToView();
        }
        m_scene->update();
    }
    QGraphicsView::changeEvent(event);
}

QMenu* ClusterGraphView::createNodeMenu(const QString& node, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("nodeContextMenu"));
    menu->setToolTipsVisible(true);
    QAction* details = menu->addAction(tr("Show &Details", "of a RabbitMQ node"));
    details->setObjectName(QStringLiteral("actionNodeDetails"));
    connect(details, &QAction::triggered, this, [this, node] { selectNode(node); });
    QAction* copy = menu->addAction(tr("&Copy Node Name", "RabbitMQ node"));
    copy->setObjectName(QStringLiteral("actionCopyNodeName"));
    connect(copy, &QAction::triggered, this, [node] { QGuiApplication::clipboard()->setText(node); });
    menu->addSeparator();
    // The operations with a wizard: MainWindow opens it for this node. Only what exists is
    // offered: a greyed-out entry that never works only teaches people to ignore the menu.
    const auto operation = [&](const QString& text, const QString& objectName, const QString& key) {
        QAction* a = menu->addAction(text);
        a->setObjectName(objectName);
        connect(a, &QAction::triggered, this, [this, key, node] { Q_EMIT nodeOperationRequested(key, node); });
        return a;
    };
    QAction* convert = operation(tr("Change Node Type (disc/ram)…", "RabbitMQ node type"),
        QStringLiteral("actionChangeNodeType"), QStringLiteral("convert"));
    // On 4.x a disc node has no other type to become (ram nodes: deprecated, none under Khepri);
    // a ram node left from 3.x can still be made a disc node.
    for (const auto& n : m_snapshot.nodes) {
        if (n.name != node || n.type == NodeType::Ram)
            continue;
        if (const QString why = OperationPlanner::ramRefusal(RabbitVersion::parse(n.rabbitVersion)); !why.isEmpty()) {
            convert->setEnabled(false);
            convert->setToolTip(why);
        }
    }
    // Taking the node out of service and back: what its state allows.
    const NodeInfo* info = nullptr;
    for (const auto& n : m_snapshot.nodes) {
        if (n.name == node)
            info = &n;
    }
    const bool running = !info || info->running;
    operation(info && (info->underMaintenance || !info->running)
            ? tr("Exit Maintenance…", "bring a RabbitMQ node back into service")
            : tr("Enter Maintenance…", "take a RabbitMQ node out of service without dropping clients"),
        QStringLiteral("actionMaintenance"), QStringLiteral("maintenance"));
    if (running)
        operation(tr("Stop Node…", "RabbitMQ node"), QStringLiteral("actionStopNode"), QStringLiteral("stop"));
    else
        operation(tr("Start Node…", "RabbitMQ node"), QStringLiteral("actionStartNode"), QStringLiteral("start"));
    operation(tr("Restart Node…", "RabbitMQ node"), QStringLiteral("actionRestartNode"), QStringLiteral("restart"));
    menu->addSeparator();
    operation(tr("Sync Erlang Cookie to This Node…", "cookie: the Erlang shared secret"),
        QStringLiteral("actionSyncCookie"), QStringLiteral("sync-cookie"));
    operation(tr("Fix Address or Hostname Change…", "a RabbitMQ host's IP address or hostname"),
        QStringLiteral("actionFixAddress"), QStringLiteral("fix-address"));
    operation(
        tr("Remove Node from Cluster…", "RabbitMQ node"), QStringLiteral("actionRemoveNode"), QStringLiteral("forget"));
    return menu;
}

QMenu* ClusterGraphView::createServerMenu(const QString& proxy, const QString& server, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("serverContextMenu"));
    menu->setToolTipsVisible(true);
    QAction* copy = menu->addAction(tr("&Copy Server Name", "HAProxy server"));
    connect(copy, &QAction::triggered, this,
        [proxy, server] { QGuiApplication::clipboard()->setText(proxy + QLatin1Char('/') + server); });
    menu->addSeparator();
    menu->addActions(createHaproxyMenu(menu)->actions());
    return menu;
}

QMenu* ClusterGraphView::createHaproxyMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("haproxyContextMenu"));
    QAction* config = menu->addAction(tr("HAProxy &Configuration…", "export, lint, push haproxy.cfg; failover drill"));
    config->setObjectName(QStringLiteral("actionHaproxyConfig"));
    connect(config, &QAction::triggered, this, &ClusterGraphView::haproxyConfigRequested);
    return menu;
}

void ClusterGraphView::contextMenuEvent(QContextMenuEvent* event)
{
    QGraphicsItem* item = itemAt(event->pos());
    while (item && item->type() != NodeItem::Type && item->type() != HaproxyItem::Type)
        item = item->parentItem();
    QMenu* menu = nullptr;
    if (item && item->type() == NodeItem::Type) {
        const QString name = static_cast<NodeItem*>(item)->name();
        selectNode(name);
        menu = createNodeMenu(name, this);
    } else if (item && item->type() == HaproxyItem::Type) {
        auto* haproxy = static_cast<HaproxyItem*>(item);
        const int row = haproxy->rowAt(haproxy->mapFromScene(mapToScene(event->pos())));
        if (row >= 0) {
            const HaproxyServer& s = haproxy->rows().at(row).server;
            menu = createServerMenu(s.proxy, s.name, this);
        } else {
            menu = createHaproxyMenu(this);
        }
    }
    if (!menu) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace warren
