#include "TablesTab.h"

#include "HaproxyServerModel.h"
#include "ModelRoles.h"
#include "NodeTableModel.h"
#include "StatusItemDelegate.h"
#include "ViewHelpers.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <iterator>

namespace warren {

TablesTab::TablesTab(QWidget* parent)
    : QWidget(parent)
    , m_nodeModel(new NodeTableModel(this))
    , m_haproxyModel(new HaproxyServerModel(this))
    , m_nodeProxy(makeSortProxy(m_nodeModel, this))
    , m_haproxyProxy(makeSortProxy(m_haproxyModel, this))
{
    setObjectName(QStringLiteral("tablesTab"));
    auto* tablesLayout = new QVBoxLayout(this);
    tablesLayout->setContentsMargins(0, 6, 0, 0);

    auto* content = new QSplitter(Qt::Vertical, this);
    content->setObjectName(QStringLiteral("contentSplitter"));
    content->setChildrenCollapsible(false);

    m_nodesTitle = sectionTitle(content, QStringLiteral("nodesTitle"));
    m_nodeTable = makeStatusTable(content, QStringLiteral("nodeTable"));
    m_nodeTable->setModel(m_nodeProxy);
    m_nodeTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_nodeTable, &QWidget::customContextMenuRequested, this, &TablesTab::showNodeMenu);
    m_nodeTable->sortByColumn(NodeTableModel::NameColumn, Qt::AscendingOrder);
    // What needs attention first; the versions (also in the header above) last. Users can drag
    // columns; the order is remembered.
    {
        QHeaderView* header = m_nodeTable->horizontalHeader();
        const int order[] = { NodeTableModel::NameColumn, NodeTableModel::TypeColumn, NodeTableModel::StateColumn,
            NodeTableModel::AlarmsColumn, NodeTableModel::PartitionsColumn, NodeTableModel::MemoryColumn,
            NodeTableModel::DiskColumn, NodeTableModel::FileDescriptorsColumn, NodeTableModel::SocketsColumn,
            NodeTableModel::ProcessesColumn, NodeTableModel::UptimeColumn, NodeTableModel::RabbitVersionColumn,
            NodeTableModel::ErlangVersionColumn };
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
        header->setSectionsMovable(true);
    }
    content->addWidget(titledPanel(content, m_nodesTitle, m_nodeTable));

    auto* bottom = new QSplitter(Qt::Horizontal, content);
    bottom->setObjectName(QStringLiteral("bottomSplitter"));
    bottom->setChildrenCollapsible(false);
    m_haproxyTitle = sectionTitle(bottom, QStringLiteral("haproxyTitle"));
    m_haproxyTable = makeStatusTable(bottom, QStringLiteral("haproxyTable"));
    m_haproxyTable->setModel(m_haproxyProxy);
    m_haproxyTable->sortByColumn(HaproxyServerModel::ProxyColumn, Qt::AscendingOrder);
    bottom->addWidget(titledPanel(bottom, m_haproxyTitle, m_haproxyTable));

    m_sourcesTitle = sectionTitle(bottom, QStringLiteral("sourcesTitle"));
    m_sourcesList = new QTreeWidget(bottom);
    m_sourcesList->setObjectName(QStringLiteral("sourcesList"));
    m_sourcesList->setColumnCount(2);
    m_sourcesList->setRootIsDecorated(false);
    m_sourcesList->setAlternatingRowColors(true);
    m_sourcesList->setUniformRowHeights(true);
    m_sourcesList->setItemDelegate(new StatusItemDelegate(m_sourcesList));
    m_sourcesList->header()->setStretchLastSection(true);
    m_sourcesList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sourcesList->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    bottom->addWidget(titledPanel(bottom, m_sourcesTitle, m_sourcesList));
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({ 700, 340 });

    content->addWidget(bottom);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    content->setSizes({ 420, 260 });
    tablesLayout->addWidget(content, 1);
    retranslateUi();
}

TablesTab::~TablesTab() = default;

void TablesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        fitRowHeight(m_nodeTable);
        fitRowHeight(m_haproxyTable);
    }
    QWidget::changeEvent(event);
}

void TablesTab::retranslateUi()
{
    m_nodesTitle->setText(tr("Nodes", "RabbitMQ nodes"));
    m_haproxyTitle->setText(tr("HAProxy Servers"));
    m_sourcesTitle->setText(tr("Sources", "where the status came from"));
    m_sourcesList->setHeaderLabels({ tr("Source"), tr("Result") });
    m_nodeModel->retranslate();
    m_haproxyModel->retranslate();
    setSources(m_sources, m_hasCluster);
}

void TablesTab::clear()
{
    m_nodeModel->clear();
    m_haproxyModel->clear();
}

void TablesTab::setNodes(const QList<NodeInfo>& nodes)
{
    m_nodeModel->setNodes(nodes);
}

void TablesTab::setServers(const QList<HaproxyServer>& servers)
{
    m_haproxyModel->setServers(servers);
}

void TablesTab::setSources(const QList<SourceStatus>& sources, bool hasCluster)
{
    m_sources = sources;
    m_hasCluster = hasCluster;
    m_sourcesList->clear();
    if (sources.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_sourcesList);
        item->setText(0, hasCluster ? tr("No status collected yet") : tr("No cluster selected"));
        item->setData(0, ToneRole, int(Tone::Muted));
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const auto& source : sources) {
        auto* item = new QTreeWidgetItem(m_sourcesList);
        item->setText(0, source.source);
        item->setData(0, IndicatorRole, true);
        item->setData(0, ToneRole, int(source.ok ? Tone::Good : Tone::Bad));
        item->setText(1, source.ok ? tr("answered") : source.error);
        item->setToolTip(1, item->text(1));
        item->setData(1, ToneRole, int(source.ok ? Tone::None : Tone::Bad));
    }
}

QByteArray TablesTab::saveHeaderState() const
{
    return m_nodeTable->horizontalHeader()->saveState();
}

void TablesTab::restoreHeaderState(const QByteArray& state)
{
    m_nodeTable->horizontalHeader()->restoreState(state);
}

void TablesTab::showNodeMenu(const QPoint& pos)
{
    const QModelIndex index = m_nodeTable->indexAt(pos);
    if (!index.isValid())
        return;
    const QString node = index.siblingAtColumn(NodeTableModel::NameColumn).data(Qt::DisplayRole).toString();
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("nodeTableMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* global : std::as_const(m_operationActions)) {
        const QString key = global->data().toString();
        QAction* a = menu->addAction(global->text());
        a->setObjectName(global->objectName());
        connect(a, &QAction::triggered, this, [this, key, node] { Q_EMIT operationRequested(key, node); });
    }
    menu->popup(m_nodeTable->viewport()->mapToGlobal(pos));
}

} // namespace warren
