#include "MainWindow.h"

#include "ClusterDialog.h"
#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "ClusterHealth.h"
#include "EventLogModel.h"
#include "HaproxyDialog.h"
#include "HaproxyServerModel.h"
#include "HostKeyDialog.h"
#include "Icons.h"
#include "LiveChartsPanel.h"
#include "MessageBanner.h"
#include "ModelRoles.h"
#include "NodeTableModel.h"
#include "OperationLogDialog.h"
#include "OperationWizard.h"
#include "PillLabel.h"
#include "QueuesPanel.h"
#include "StatusItemDelegate.h"
#include "UiLanguage.h"
#include "secrets/SecretStore.h"
#include "status/LiveChecks.h"
#include "util/Translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <iterator>

namespace warren {

namespace {

    const auto GeometryKey = QStringLiteral("ui/mainWindowGeometry");
    const auto StateKey = QStringLiteral("ui/mainWindowState");
    const auto SplitterKey = QStringLiteral("ui/mainSplitter");
    const auto NodeHeaderKey = QStringLiteral("ui/nodeTableHeader");
    const auto IntervalKey = QStringLiteral("poll/intervalSeconds");
    constexpr int PathRole = Qt::UserRole + 1;

    struct PillColors
    {
        QColor background;
        QColor foreground;
    };
    const PillColors GoodPill { QColor(0xdc, 0xf2, 0xe1), QColor(0x1a, 0x6b, 0x34) };
    const PillColors WarningPill { QColor(0xff, 0xed, 0xc2), QColor(0x8a, 0x53, 0x00) };
    const PillColors BadPill { QColor(0xfb, 0xda, 0xda), QColor(0xa3, 0x1b, 0x1b) };
    const PillColors NeutralPill { QColor(0xec, 0xee, 0xf0), QColor(0x57, 0x60, 0x6a) };

    void setTextColor(QWidget* widget, const QColor& color)
    {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, color);
        widget->setPalette(palette);
    }

    QLabel* sectionTitle(QWidget* parent, const QString& objectName)
    {
        auto* label = new QLabel(parent);
        label->setObjectName(objectName);
        QFont f; // only the weight: the family follows the language's font
        f.setBold(true);
        label->setFont(f);
        setTextColor(label, QColor(0x3d, 0x4b, 0x5c));
        label->setContentsMargins(0, 2, 0, 2);
        return label;
    }

    QTableView* makeTable(QWidget* parent, const QString& objectName)
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
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSortIndicatorShown(true);
        return view;
    }

    QSortFilterProxyModel* makeProxy(QAbstractItemModel* source, QObject* parent)
    {
        auto* proxy = new QSortFilterProxyModel(parent);
        proxy->setSourceModel(source);
        proxy->setSortRole(RawValueRole);
        proxy->setDynamicSortFilter(true);
        proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        return proxy;
    }

    QWidget* panel(QWidget* parent, QLabel* title, QWidget* content)
    {
        auto* w = new QWidget(parent);
        auto* layout = new QVBoxLayout(w);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(3);
        layout->addWidget(title);
        layout->addWidget(content, 1);
        return w;
    }

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_poller(new ClusterPoller(this))
    , m_nodeModel(new NodeTableModel(this))
    , m_haproxyModel(new HaproxyServerModel(this))
    , m_nodeProxy(makeProxy(m_nodeModel, this))
    , m_haproxyProxy(makeProxy(m_haproxyModel, this))
    , m_eventModel(new EventLogModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_poller->setIntervalSeconds(QSettings().value(IntervalKey, ClusterPoller::DefaultIntervalSeconds).toInt());

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();

    connect(m_poller, &ClusterPoller::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_poller, &ClusterPoller::stale, this, &MainWindow::showStale);
    connect(m_poller, &ClusterPoller::unknownHostKeys, this, &MainWindow::onUnknownHostKeys);
    connect(m_poller, &ClusterPoller::busyChanged, this, [this] {
        updateOverview();
        updateActions();
    });
    connect(m_poller, &ClusterPoller::pausedChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });

    loadSavedProfiles();
    retranslateUi();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_mainSplitter->setSizes({ 160, 1120 });
    m_nodeTable->horizontalHeader()->restoreState(settings.value(NodeHeaderKey).toByteArray());
    m_nodeTable->setFocus();
}

MainWindow::~MainWindow()
{
    m_poller->stop();
}

void MainWindow::createActions()
{
    m_actionAdd = new QAction(warrenIcon(QStringLiteral("add")), QString(), this);
    m_actionAdd->setObjectName(QStringLiteral("actionAddCluster"));
    m_actionAdd->setShortcut(QKeySequence::New);
    connect(m_actionAdd, &QAction::triggered, this, &MainWindow::addCluster);

    m_actionEdit = new QAction(warrenIcon(QStringLiteral("edit")), QString(), this);
    m_actionEdit->setObjectName(QStringLiteral("actionEditCluster"));
    connect(m_actionEdit, &QAction::triggered, this, &MainWindow::editCluster);

    m_actionRemove = new QAction(warrenIcon(QStringLiteral("remove")), QString(), this);
    m_actionRemove->setObjectName(QStringLiteral("actionRemoveCluster"));
    connect(m_actionRemove, &QAction::triggered, this, &MainWindow::removeCluster);

    m_actionRefresh = new QAction(warrenIcon(QStringLiteral("refresh")), QString(), this);
    m_actionRefresh->setObjectName(QStringLiteral("actionRefresh"));
    m_actionRefresh->setShortcut(QKeySequence::Refresh);
    connect(m_actionRefresh, &QAction::triggered, this, &MainWindow::refreshNow);

    m_actionPause = new QAction(warrenIcon(QStringLiteral("pause")), QString(), this);
    m_actionPause->setObjectName(QStringLiteral("actionPause"));
    m_actionPause->setCheckable(true);
    connect(m_actionPause, &QAction::toggled, this, [this](bool paused) {
        m_poller->setPaused(paused);
        updateQueuePolling();
        updateActions();
        updateStatusBar();
    });

    m_actionHaproxy = new QAction(this);
    m_actionHaproxy->setObjectName(QStringLiteral("actionHaproxyConfig"));
    connect(m_actionHaproxy, &QAction::triggered, this, &MainWindow::showHaproxyDialog);

    m_actionQuit = new QAction(this);
    m_actionQuit->setObjectName(QStringLiteral("actionQuit"));
    m_actionQuit->setShortcut(QKeySequence::Quit);
    m_actionQuit->setMenuRole(QAction::QuitRole);
    connect(m_actionQuit, &QAction::triggered, this, &QWidget::close);

    m_actionAbout = new QAction(this);
    m_actionAbout->setObjectName(QStringLiteral("actionAbout"));
    m_actionAbout->setMenuRole(QAction::AboutRole);
    connect(m_actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    for (const QString& key : OperationSpecs::keys()) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("actionOperation_%1").arg(key));
        action->setData(key);
        connect(action, &QAction::triggered, this, [this, key] { openOperation(key); });
        m_operationActions << action;
    }
    m_actionOperationLog = new QAction(this);
    m_actionOperationLog->setObjectName(QStringLiteral("actionOperationLog"));
    connect(m_actionOperationLog, &QAction::triggered, this, &MainWindow::showOperationLog);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString& language : Translator::languages()) {
        // Each language is named in itself, so it can be found whatever the current language is.
        auto* action = new QAction(Translator::displayName(language), m_languageGroup);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(language));
        action->setData(language);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
}

void MainWindow::createMenus()
{
    m_menuCluster = menuBar()->addMenu(QString());
    m_menuCluster->setObjectName(QStringLiteral("menuCluster"));
    m_menuCluster->addAction(m_actionAdd);
    m_menuCluster->addAction(m_actionEdit);
    m_menuCluster->addAction(m_actionRemove);
    m_menuCluster->addSeparator();
    m_menuCluster->addAction(m_actionRefresh);
    m_menuCluster->addAction(m_actionPause);
    m_menuCluster->addSeparator();
    m_menuCluster->addAction(m_actionHaproxy);
    m_menuCluster->addSeparator();
    m_menuCluster->addAction(m_actionQuit);

    m_menuOperations = menuBar()->addMenu(QString());
    m_menuOperations->setObjectName(QStringLiteral("menuOperations"));
    m_menuOperations->addActions(m_operationActions);
    m_menuOperations->addSeparator();
    m_menuOperations->addAction(m_actionOperationLog);

    m_menuLanguage = menuBar()->addMenu(QString());
    m_menuLanguage->setObjectName(QStringLiteral("menuLanguage"));
    m_menuLanguage->addActions(m_languageGroup->actions());

    m_menuHelp = menuBar()->addMenu(QString());
    m_menuHelp->setObjectName(QStringLiteral("menuHelp"));
    m_menuHelp->addAction(m_actionAbout);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_actionAdd);
    m_toolBar->addAction(m_actionEdit);
    m_toolBar->addAction(m_actionRemove);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actionRefresh);
    m_toolBar->addAction(m_actionPause);
    m_toolBar->addSeparator();

    m_intervalLabel = new QLabel(m_toolBar);
    m_intervalLabel->setObjectName(QStringLiteral("intervalLabel"));
    m_intervalLabel->setContentsMargins(6, 0, 4, 0);
    m_intervalSpin = new QSpinBox(m_toolBar);
    m_intervalSpin->setObjectName(QStringLiteral("intervalSpin"));
    m_intervalSpin->setRange(1, 3600);
    m_intervalSpin->setMinimum(m_poller->minimumIntervalSeconds());
    m_intervalSpin->setValue(m_poller->intervalSeconds());
    connect(m_poller, &ClusterPoller::minimumIntervalChanged, this, [this](int seconds) {
        const QSignalBlocker block(m_intervalSpin); // the user's choice stays in the settings
        m_intervalSpin->setMinimum(seconds);
        m_intervalSpin->setValue(m_poller->intervalSeconds());
        retranslateIntervalTip();
        updateStatusBar();
    });
    m_toolBar->addWidget(m_intervalLabel);
    m_toolBar->addWidget(m_intervalSpin);
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_poller->setIntervalSeconds(seconds);
        QSettings().setValue(IntervalKey, seconds);
        updateStatusBar();
    });
}

void MainWindow::createCentralWidget()
{
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);

    // Left: the clusters Warren knows.
    m_clustersTitle = sectionTitle(m_mainSplitter, QStringLiteral("clustersTitle"));
    m_clusterList = new QListWidget(m_mainSplitter);
    m_clusterList->setObjectName(QStringLiteral("clusterList"));
    m_clusterList->setIconSize(QSize(18, 18));
    m_clusterList->setSpacing(1);
    auto* left = panel(m_mainSplitter, m_clustersTitle, m_clusterList);
    left->layout()->setContentsMargins(6, 6, 0, 6);
    left->setMinimumWidth(130);
    connect(m_clusterList, &QListWidget::currentItemChanged, this, &MainWindow::onCurrentClusterChanged);
    connect(m_clusterList, &QListWidget::itemDoubleClicked, this, &MainWindow::editCluster);

    // Right: the selected cluster.
    auto* right = new QWidget(m_mainSplitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    rightLayout->setSpacing(6);

    m_banner = new MessageBanner(right);
    rightLayout->addWidget(m_banner);

    m_overview = new QFrame(right);
    m_overview->setObjectName(QStringLiteral("overviewHeader"));
    m_overview->setFrameShape(QFrame::StyledPanel);
    m_overview->setAutoFillBackground(true);
    m_overview->setBackgroundRole(QPalette::Base);
    m_clusterName = new QLabel(m_overview);
    m_clusterName->setObjectName(QStringLiteral("clusterNameLabel"));
    QFont nameFont;
    nameFont.setPointSizeF(QApplication::font().pointSizeF() * 1.45);
    nameFont.setBold(true);
    m_clusterName->setFont(nameFont);
    m_overviewDetails = new QLabel(m_overview);
    m_overviewDetails->setObjectName(QStringLiteral("overviewDetails"));
    setTextColor(m_overviewDetails, QColor(0x57, 0x60, 0x6a));
    m_overviewDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_healthBadge = new PillLabel(m_overview);
    m_healthBadge->setObjectName(QStringLiteral("healthBadge"));
    auto* overviewText = new QVBoxLayout;
    overviewText->setSpacing(2);
    overviewText->addWidget(m_clusterName);
    overviewText->addWidget(m_overviewDetails);
    auto* overviewLayout = new QHBoxLayout(m_overview);
    overviewLayout->setContentsMargins(12, 8, 12, 8);
    overviewLayout->addLayout(overviewText, 1);
    overviewLayout->addWidget(m_healthBadge, 0, Qt::AlignVCenter);
    rightLayout->addWidget(m_overview);

    // The graph is the main view; the tables and the event list are one click away.
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("liveTabs"));
    m_tabs->setDocumentMode(true);
    m_graph = new ClusterGraphPanel(m_tabs);
    connect(m_graph->view(), &ClusterGraphView::haproxyConfigRequested, this, &MainWindow::showHaproxyDialog);
    connect(m_graph->view(), &ClusterGraphView::nodeOperationRequested, this,
        [this](const QString& operation, const QString& node) { openOperation(operation, node); });
    m_tabs->addTab(m_graph, QString());
    m_tablesTab = new QWidget(m_tabs);
    m_tablesTab->setObjectName(QStringLiteral("tablesTab"));
    auto* tablesLayout = new QVBoxLayout(m_tablesTab);
    tablesLayout->setContentsMargins(0, 6, 0, 0);

    auto* content = new QSplitter(Qt::Vertical, m_tablesTab);
    content->setObjectName(QStringLiteral("contentSplitter"));
    content->setChildrenCollapsible(false);

    m_nodesTitle = sectionTitle(content, QStringLiteral("nodesTitle"));
    m_nodeTable = makeTable(content, QStringLiteral("nodeTable"));
    m_nodeTable->setModel(m_nodeProxy);
    m_nodeTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_nodeTable, &QWidget::customContextMenuRequested, this, &MainWindow::showNodeTableMenu);
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
    content->addWidget(panel(content, m_nodesTitle, m_nodeTable));

    auto* bottom = new QSplitter(Qt::Horizontal, content);
    bottom->setObjectName(QStringLiteral("bottomSplitter"));
    bottom->setChildrenCollapsible(false);
    m_haproxyTitle = sectionTitle(bottom, QStringLiteral("haproxyTitle"));
    m_haproxyTable = makeTable(bottom, QStringLiteral("haproxyTable"));
    m_haproxyTable->setModel(m_haproxyProxy);
    m_haproxyTable->sortByColumn(HaproxyServerModel::ProxyColumn, Qt::AscendingOrder);
    bottom->addWidget(panel(bottom, m_haproxyTitle, m_haproxyTable));

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
    bottom->addWidget(panel(bottom, m_sourcesTitle, m_sourcesList));
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({ 700, 340 });

    content->addWidget(bottom);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    content->setSizes({ 420, 260 });
    tablesLayout->addWidget(content, 1);
    m_tabs->addTab(m_tablesTab, QString());

    m_eventTable = makeTable(m_tabs, QStringLiteral("eventTable"));
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSortingEnabled(false); // newest first, as they come
    m_eventTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tabs->addTab(m_eventTable, QString());
    m_charts = new LiveChartsPanel(&m_history, m_tabs);
    m_tabs->addTab(m_charts, QString());
    m_queues = new QueuesPanel(m_tabs);
    m_tabs->addTab(m_queues, QString());
    // Listing every queue costs the broker seconds at 10,000 queues: only while the tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateQueuePolling);
    rightLayout->addWidget(m_tabs, 1);

    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);
}

void MainWindow::createStatusBar()
{
    m_lastUpdated = new QLabel(this);
    m_lastUpdated->setObjectName(QStringLiteral("lastUpdatedLabel"));
    m_staleLabel = new PillLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->hide();
    m_pollingLabel = new QLabel(this);
    m_pollingLabel->setObjectName(QStringLiteral("pollingLabel"));
    statusBar()->addWidget(m_lastUpdated);
    statusBar()->addWidget(m_staleLabel);
    statusBar()->addPermanentWidget(m_pollingLabel);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        // CJK fonts are taller: rows follow the font the language brought.
        for (QTableView* view : { m_nodeTable, m_haproxyTable })
            view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_poller->stop();
    m_queues->setActive(false);
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_mainSplitter->saveState());
    settings.setValue(NodeHeaderKey, m_nodeTable->horizontalHeader()->saveState());
    m_queues->saveLayout();
    event->accept();
}

void MainWindow::retranslateUi()
{
    m_menuCluster->setTitle(tr("&Cluster", "menu: RabbitMQ cluster"));
    m_menuOperations->setTitle(tr("&Operations", "menu: cluster operations"));
    for (QAction* action : std::as_const(m_operationActions)) {
        const auto spec = OperationSpecs::create(action->data().toString());
        action->setText(spec->menuText());
        action->setToolTip(spec->description());
    }
    m_actionOperationLog->setText(tr("Operation &Log…"));
    m_actionOperationLog->setToolTip(tr("Every command the operations ran, with its exit code and output"));
    m_menuLanguage->setTitle(tr("&Language"));
    m_menuHelp->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_actionAdd->setText(tr("&Add Cluster…"));
    m_actionAdd->setToolTip(tr("Add a RabbitMQ cluster to Warren"));
    m_actionEdit->setText(tr("&Edit…"));
    m_actionEdit->setToolTip(tr("Edit the selected cluster's hosts and credentials"));
    m_actionHaproxy->setText(tr("&HAProxy Configuration…", "export, lint, push haproxy.cfg; failover drill"));
    m_actionHaproxy->setToolTip(tr("Export, lint, validate and push haproxy.cfg, and run a failover drill"));
    m_actionRemove->setText(tr("&Remove"));
    m_actionRemove->setToolTip(tr("Remove the selected cluster from Warren (the cluster itself is not touched)"));
    m_actionRefresh->setText(tr("Refresh &Now"));
    m_actionRefresh->setToolTip(tr("Collect the cluster status now"));
    m_actionQuit->setText(tr("&Quit"));
    m_actionQuit->setToolTip(tr("Quit Warren"));
    m_actionAbout->setText(tr("&About Warren"));
    m_actionAbout->setToolTip(tr("Version and license"));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Translator::current());

    m_intervalLabel->setText(tr("Poll every"));
    m_intervalSpin->setSuffix(tr(" s", "seconds, after a number"));
    retranslateIntervalTip();

    m_clustersTitle->setText(tr("Clusters"));
    m_clusterList->setToolTip(tr("Saved clusters; double-click to edit"));
    m_nodesTitle->setText(tr("Nodes", "RabbitMQ nodes"));
    m_haproxyTitle->setText(tr("HAProxy Servers"));
    m_sourcesTitle->setText(tr("Sources", "where the status came from"));
    m_sourcesList->setHeaderLabels({ tr("Source"), tr("Result") });
    m_healthBadge->setToolTip(tr("Overall state: nodes running, alarms, partitions, HAProxy servers, sources"));

    for (int row = 0; row < m_clusterList->count(); ++row) {
        QListWidgetItem* item = m_clusterList->item(row);
        const QString path = item->data(PathRole).toString();
        if (m_loadErrors.contains(path))
            item->setToolTip(
                tr("%1\nCannot be loaded: %2").arg(QDir::toNativeSeparators(path), m_loadErrors.value(path)));
        else
            item->setToolTip(QDir::toNativeSeparators(path));
    }

    m_tabs->setTabText(m_tabs->indexOf(m_graph), tr("Graph", "the cluster drawn as nodes and links"));
    m_tabs->setTabText(m_tabs->indexOf(m_tablesTab), tr("Tables", "nodes and HAProxy servers as tables"));
    m_tabs->setTabText(m_tabs->indexOf(m_eventTable), tr("Events", "changes seen in the cluster"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Charts", "live charts of node figures"));
    m_tabs->setTabText(m_tabs->indexOf(m_queues), tr("Queues", "queues compared across nodes"));
    m_tabs->setTabToolTip(
        m_tabs->indexOf(m_queues), tr("Every queue and its role on each node: home, mirrors in sync or behind"));
    m_tabs->setTabToolTip(
        m_tabs->indexOf(m_charts), tr("Memory, file descriptors, sockets and Erlang processes per node over time"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_graph), tr("Nodes, cluster links and HAProxy as a live graph"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_tablesTab), tr("Nodes, HAProxy servers and sources as tables"));
    m_tabs->setTabToolTip(
        m_tabs->indexOf(m_eventTable), tr("What changed between refreshes while this window was open"));

    m_nodeModel->retranslate();
    m_haproxyModel->retranslate();
    m_eventModel->retranslate();
    updateActions();
    updateOverview();
    updateSourcesList();
    updateStatusBar();
}

void MainWindow::updateActions()
{
    const bool hasCurrent = !m_currentPath.isEmpty();
    const bool loaded = m_profiles.contains(m_currentPath);
    m_actionEdit->setEnabled(loaded);
    for (QAction* action : std::as_const(m_operationActions))
        action->setEnabled(loaded);
    m_actionRemove->setEnabled(hasCurrent);
    m_actionHaproxy->setEnabled(hasCurrent && m_profiles.contains(m_currentPath));
    m_actionRefresh->setEnabled(loaded && m_pollingEnabled);
    m_actionPause->setEnabled(m_pollingEnabled);
    const bool paused = m_poller->isPaused();
    m_actionPause->setText(paused ? tr("Resume &Polling") : tr("&Pause Polling"));
    m_actionPause->setToolTip(paused ? tr("Resume collecting the cluster status")
                                     : tr("Stop collecting the cluster "
                                          "status until resumed"));
    m_actionPause->setIcon(warrenIcon(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    setWindowTitle(loaded ? tr("%1 — Warren", "window title: cluster name").arg(m_profiles.value(m_currentPath).name)
                          : tr("Warren"));
}

void MainWindow::loadSavedProfiles()
{
    for (const QString& path : m_store.paths()) {
        auto parsed = ClusterProfile::load(path);
        if (parsed.ok()) {
            m_profiles.insert(path, parsed.value());
            addProfileItem(path, parsed->name);
        } else {
            m_loadErrors.insert(path, parsed.error().toString());
            addProfileItem(path, QFileInfo(path).completeBaseName());
        }
    }
}

QListWidgetItem* MainWindow::addProfileItem(const QString& path, const QString& label)
{
    for (int row = 0; row < m_clusterList->count(); ++row) {
        QListWidgetItem* item = m_clusterList->item(row);
        if (item->data(PathRole).toString() == path) {
            item->setText(label);
            return item;
        }
    }
    auto* item = new QListWidgetItem(applicationIcon(), label, m_clusterList);
    item->setData(PathRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
    if (m_loadErrors.contains(path))
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    return item;
}

bool MainWindow::openProfile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto parsed = ClusterProfile::load(absolute);
    if (!parsed.ok()) {
        const QString error = parsed.error().toString();
        m_banner->showMessage(
            [absolute, error] { return tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(absolute), error); },
            MessageBanner::Type::Error);
        return false;
    }
    m_loadErrors.remove(absolute);
    m_profiles.insert(absolute, parsed.value());
    addProfileItem(absolute, parsed->name);
    selectProfile(absolute);
    return true;
}

void MainWindow::selectProfile(const QString& path)
{
    for (int row = 0; row < m_clusterList->count(); ++row) {
        if (m_clusterList->item(row)->data(PathRole).toString() == path) {
            if (m_clusterList->currentRow() == row)
                onCurrentClusterChanged(); // reload: the profile may have changed
            else
                m_clusterList->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::setPollingEnabled(bool enabled)
{
    m_pollingEnabled = enabled;
    if (!enabled)
        m_poller->stop();
    else if (m_poller->hasProfile())
        m_poller->start();
    updateQueuePolling();
    updateActions();
}

void MainWindow::updateQueuePolling()
{
    m_queues->setActive(m_pollingEnabled && !m_poller->isPaused() && m_tabs->currentWidget() == m_queues);
}

void MainWindow::onCurrentClusterChanged()
{
    QListWidgetItem* item = m_clusterList->currentItem();
    m_currentPath = item ? item->data(PathRole).toString() : QString();
    m_poller->stop();
    m_nodeModel->clear();
    m_haproxyModel->clear();
    m_eventModel->clear();
    m_graph->clear();
    m_history.clear();
    m_charts->refresh();
    m_snapshot = {};
    m_lastSources = {};
    m_hasSnapshot = false;
    m_staleReason.clear();
    m_unknownKeys.clear();
    m_banner->hideMessage();

    if (m_loadErrors.contains(m_currentPath)) {
        const QString path = m_currentPath;
        const QString error = m_loadErrors.value(path);
        m_banner->showMessage(
            [path, error] { return tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), error); },
            MessageBanner::Type::Error);
    } else if (m_profiles.contains(m_currentPath)) {
        m_poller->setProfile(m_profiles.value(m_currentPath));
        m_graph->setProfile(m_profiles.value(m_currentPath));
        m_queues->setProfile(m_profiles.value(m_currentPath));
        if (m_pollingEnabled)
            m_poller->start();
    } else {
        m_queues->clear();
    }
    updateQueuePolling();
    updateActions();
    updateOverview();
    updateSourcesList();
    updateStatusBar();
}

void MainWindow::retranslateIntervalTip()
{
    const qint64 ms = m_poller->statisticsIntervalMs();
    m_intervalSpin->setToolTip(ms > 0
            ? tr("How often Warren collects the cluster status: not below the broker's statistics interval (%1 s), "
                 "polling faster only repeats its figures")
                  .arg(QLocale().toString(ms / 1000.0, 'g', 3))
            : tr("How often Warren collects the cluster status: not below the broker's statistics interval (%1 s by "
                 "default) until the broker tells its own")
                  .arg(kDefaultStatisticsIntervalMs / 1000));
}

void MainWindow::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_lastSources = snapshot;
    m_eventModel->addSnapshot(snapshot);
    if (snapshot.hasNodes()) {
        m_snapshot = snapshot;
        m_hasSnapshot = true;
        m_staleReason.clear();
        m_nodeModel->setNodes(snapshot.nodes);
        m_haproxyModel->setServers(snapshot.haproxyServers);
        m_graph->setSnapshot(snapshot);
        // Nodes from SSH alone: membership is fresh, the figures are not there.
        if (const QString fallback = apiFallbackReason(snapshot); !fallback.isEmpty()) {
            m_staleReason = fallback;
            m_graph->setStale(fallback);
        }
        m_graph->setNotice(snapshot.wholeClusterDown ? shutdownOrderText(snapshot.shutdown) : QString());
        m_history.add(snapshot);
        m_charts->refresh();
    } else {
        // Keep the last good tables on screen, marked stale, rather than blanking them; what
        // Warren itself reaches is probed every poll, so those marks stay current.
        if (m_hasSnapshot && !snapshot.reach.isEmpty()) {
            applyReach(m_snapshot.nodes, snapshot.reach);
            m_nodeModel->setNodes(m_snapshot.nodes);
            m_graph->setSnapshot(m_snapshot);
        }
        QString reason;
        for (const auto& source : snapshot.sources) {
            if (!source.ok) {
                reason = tr("%1: %2", "source name: error message").arg(source.source, source.error);
                break;
            }
        }
        m_staleReason = reason.isEmpty() ? tr("No source answered") : reason;
        m_graph->setStale(m_staleReason);
    }
    updateOverview();
    updateSourcesList();
    updateStatusBar();
}

void MainWindow::showStale(const QString& reason)
{
    m_staleReason = reason;
    m_graph->setStale(reason);
    updateOverview();
    updateStatusBar();
}

void MainWindow::updateOverview()
{
    const auto it = m_profiles.constFind(m_currentPath);
    if (it == m_profiles.cend()) {
        m_clusterName->setText(tr("No cluster selected"));
        m_overviewDetails->setText(m_clusterList->count() == 0
                ? tr("Add a cluster with Cluster > Add Cluster…, or start Warren with --cluster PROFILE.json.")
                : tr("Select a cluster on the left."));
        m_healthBadge->hide();
        return;
    }
    m_clusterName->setText(it->name);

    QStringList parts;
    if (!m_hasSnapshot) {
        parts << (m_poller->isBusy() ? tr("Connecting…") : tr("No status collected yet"));
    } else {
        if (!m_snapshot.clusterName.isEmpty() && m_snapshot.clusterName != it->name)
            parts << tr("RabbitMQ cluster name %1", "RabbitMQ's own cluster_name setting").arg(m_snapshot.clusterName);
        if (m_snapshot.via == QLatin1String("api"))
            parts << tr("via the management API");
        else if (m_snapshot.via == QLatin1String("ssh"))
            parts << tr("via SSH (rabbitmqctl)");
        if (!m_snapshot.rabbitVersion.isEmpty())
            parts << tr("RabbitMQ %1").arg(m_snapshot.rabbitVersion);
        const ClusterHealth health = ClusterHealth::of(m_snapshot);
        parts << tr("%n node(s), %1 running", "RabbitMQ nodes", health.nodes).arg(health.running);
        if (health.haproxyServers > 0)
            parts << tr("HAProxy: %1 of %n server(s) up", "", health.haproxyServers)
                         .arg(health.haproxyServers - health.haproxyDown);
    }
    m_overviewDetails->setText(parts.join(QStringLiteral("   ·   ")));

    QString text;
    PillColors colors = NeutralPill;
    const ClusterHealth health = ClusterHealth::of(m_lastSources.hasNodes() ? m_lastSources : m_snapshot);
    if (!m_staleReason.isEmpty()) {
        text = tr("Stale", "the data shown is old");
        colors = BadPill;
    } else if (!m_hasSnapshot) {
        text = tr("No data");
        colors = NeutralPill;
    } else {
        switch (health.level) {
        case ClusterHealth::Level::Healthy:
            text = tr("Healthy");
            colors = GoodPill;
            break;
        case ClusterHealth::Level::Degraded:
            text = tr("Degraded");
            colors = WarningPill;
            break;
        case ClusterHealth::Level::Critical:
            text = tr("Critical");
            colors = BadPill;
            break;
        case ClusterHealth::Level::Unknown:
            text = tr("No data");
            colors = NeutralPill;
            break;
        }
    }
    m_healthBadge->setText(text);
    m_healthBadge->setColors(colors.background, colors.foreground);
    m_healthBadge->show();
}

void MainWindow::updateSourcesList()
{
    m_sourcesList->clear();
    if (m_lastSources.sources.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_sourcesList);
        item->setText(
            0, m_profiles.contains(m_currentPath) ? tr("No status collected yet") : tr("No cluster selected"));
        item->setData(0, ToneRole, int(Tone::Muted));
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const auto& source : m_lastSources.sources) {
        auto* item = new QTreeWidgetItem(m_sourcesList);
        item->setText(0, source.source);
        item->setData(0, IndicatorRole, true);
        item->setData(0, ToneRole, int(source.ok ? Tone::Good : Tone::Bad));
        item->setText(1, source.ok ? tr("answered") : source.error);
        item->setToolTip(1, item->text(1));
        item->setData(1, ToneRole, int(source.ok ? Tone::None : Tone::Bad));
    }
}

void MainWindow::updateStatusBar()
{
    if (m_hasSnapshot && m_snapshot.takenAt.isValid())
        m_lastUpdated->setText(
            tr("Last updated %1")
                .arg(m_snapshot.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    else
        m_lastUpdated->setText(tr("Not updated yet"));

    int failed = 0;
    for (const auto& source : m_lastSources.sources)
        failed += source.ok ? 0 : 1;
    if (!m_staleReason.isEmpty()) {
        m_staleLabel->setText(tr("Stale: %1").arg(m_staleReason));
        m_staleLabel->setColors(BadPill.background, BadPill.foreground);
        m_staleLabel->setToolTip(tr("The tables show the last data collected; the sources stopped answering."));
        m_staleLabel->show();
    } else if (failed > 0) {
        m_staleLabel->setText(tr("%n source(s) not answering", "", failed));
        m_staleLabel->setColors(WarningPill.background, WarningPill.foreground);
        m_staleLabel->setToolTip(tr("See Sources for the errors"));
        m_staleLabel->show();
    } else {
        m_staleLabel->hide();
    }

    if (!m_pollingEnabled)
        m_pollingLabel->setText(tr("Polling off"));
    else if (m_poller->isPaused())
        m_pollingLabel->setText(tr("Polling paused"));
    else
        m_pollingLabel->setText(tr("Polling every %n second(s)", "", m_poller->intervalSeconds()));
}

void MainWindow::refreshNow()
{
    if (m_pollingEnabled && m_poller->hasProfile())
        m_poller->refreshNow();
    if (m_pollingEnabled && m_tabs->currentWidget() == m_queues)
        m_queues->refreshNow();
}

void MainWindow::addCluster()
{
    auto* dialog = new ClusterDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ClusterProfile profile = dialog->profile();
        QString error;
        if (!m_store.save(profile, &error)) {
            m_banner->showMessage(
                [error] { return tr("The cluster was not saved: %1").arg(error); }, MessageBanner::Type::Error);
            return;
        }
        m_profiles.insert(profile.filePath, profile);
        addProfileItem(profile.filePath, profile.name);
        selectProfile(profile.filePath);
        const QString name = profile.name;
        m_banner->showMessage([name] { return tr("Cluster %1 added.").arg(name); }, MessageBanner::Type::Positive);
    });
    dialog->open();
}

void MainWindow::editCluster()
{
    const auto it = m_profiles.constFind(m_currentPath);
    if (it == m_profiles.cend())
        return;
    auto* dialog = new ClusterDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(*it);
    const QString path = m_currentPath;
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        ClusterProfile profile = dialog->profile();
        profile.filePath = path;
        QString error;
        if (!m_store.save(profile, &error)) {
            m_banner->showMessage(
                [error] { return tr("The cluster was not saved: %1").arg(error); }, MessageBanner::Type::Error);
            return;
        }
        m_profiles.insert(path, profile);
        addProfileItem(path, profile.name);
        selectProfile(path);
    });
    dialog->open();
}

void MainWindow::removeCluster()
{
    QListWidgetItem* item = m_clusterList->currentItem();
    if (!item)
        return;
    const QString path = item->data(PathRole).toString();
    const bool ownFile = QFileInfo(path).absolutePath() == QFileInfo(ProfileStore::directory()).absoluteFilePath();

    QMessageBox box(QMessageBox::Question, tr("Remove Cluster"),
        tr("Remove %1 from Warren? The RabbitMQ cluster itself is not changed.").arg(item->text()),
        QMessageBox::NoButton, this);
    box.setInformativeText(ownFile ? tr("The profile file %1 is deleted.").arg(QDir::toNativeSeparators(path))
                                   : tr("The profile file %1 is kept.").arg(QDir::toNativeSeparators(path)));
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;

    if (m_currentPath == path)
        m_poller->stop();
    if (const auto it = m_profiles.constFind(path); it != m_profiles.cend())
        secretStore().remove(it->secretKey());
    m_store.remove(path);
    if (ownFile)
        QFile::remove(path);
    m_profiles.remove(path);
    m_loadErrors.remove(path);
    delete item;
    onCurrentClusterChanged();
}

void MainWindow::setLanguage(const QString& language)
{
    if (!UiLanguage::apply(language)) {
        m_banner->showMessage([language] { return tr("The translation for %1 could not be loaded.").arg(language); },
            MessageBanner::Type::Warning);
    }
    // Translator::apply() sends LanguageChange to every window; the checks follow the outcome.
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Translator::current());
}

void MainWindow::onUnknownHostKeys(const UnknownHostKeyList& keys)
{
    QStringList before;
    for (const auto& k : std::as_const(m_unknownKeys))
        before << k.host;
    QStringList hosts;
    for (const auto& k : keys)
        hosts << k.host;
    m_unknownKeys = keys;
    if (m_reviewingKey || (hosts == before && m_banner->isVisible()))
        return;
    m_banner->showMessage(
        [hosts] {
            return tr(
                "SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.")
                .arg(hosts.join(tr(", ", "separator between list items")));
        },
        MessageBanner::Type::Warning);
    m_banner->setAction([] { return tr("Review Host Key…"); }, [this] { reviewNextHostKey(); });
}

void MainWindow::reviewNextHostKey()
{
    const auto profileIt = m_profiles.constFind(m_currentPath);
    if (m_unknownKeys.isEmpty() || profileIt == m_profiles.cend())
        return;
    const auto key = m_unknownKeys.first();
    const HostProfile* host = profileIt->host(key.host);
    if (!host)
        return;
    m_banner->hideMessage();
    m_reviewingKey = true;
    auto* dialog = new HostKeyDialog(*profileIt, *host, key.key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString hostName = key.host;
    connect(dialog, &QDialog::finished, this, [this, hostName](int result) {
        m_reviewingKey = false;
        if (result == QDialog::Accepted) {
            m_unknownKeys.removeIf([&](const auto& k) { return k.host == hostName; });
            m_banner->showMessage([hostName] { return tr("The host key of %1 was saved.").arg(hostName); },
                MessageBanner::Type::Positive);
            refreshNow();
        }
        if (!m_unknownKeys.isEmpty()) {
            const auto keys = m_unknownKeys;
            m_unknownKeys.clear();
            onUnknownHostKeys(keys);
        }
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Warren"));
    box.setIconPixmap(applicationIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Warren %1</h3><p>Administers RabbitMQ clusters behind HAProxy: status, nodes, "
                   "HAProxy servers.</p><p>Passwords stay in memory; host keys are checked like OpenSSH does.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::showHaproxyDialog()
{
    if (!m_profiles.contains(m_currentPath))
        return;
    const ClusterProfile& profile = m_profiles.value(m_currentPath);
    if (m_haproxyDialog && m_haproxyDialog->workbench()->profile().filePath != profile.filePath) {
        m_haproxyDialog->close();
        m_haproxyDialog = nullptr;
    }
    if (!m_haproxyDialog) {
        m_haproxyDialog = new HaproxyDialog(profile, this);
        m_haproxyDialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_hasSnapshot)
            m_haproxyDialog->setSnapshot(m_snapshot);
    }
    m_haproxyDialog->show();
    m_haproxyDialog->raise();
    m_haproxyDialog->activateWindow();
}

void MainWindow::openOperation(const QString& operation, const QString& node)
{
    if (!m_profiles.contains(m_currentPath)) {
        m_banner->showMessage(tr("Choose a cluster first: the operations run on the selected cluster's hosts."),
            MessageBanner::Type::Warning);
        return;
    }
    OperationContext context;
    context.profile = m_profiles.value(m_currentPath);
    context.snapshot = m_snapshot;
    context.node = node;
    OperationWizard::open(operation, context, this);
}

void MainWindow::showOperationLog()
{
    auto* dialog = new OperationLogDialog(OperationLog::defaultPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showNodeTableMenu(const QPoint& pos)
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
        connect(a, &QAction::triggered, this, [this, key, node] { openOperation(key, node); });
    }
    menu->popup(m_nodeTable->viewport()->mapToGlobal(pos));
}

} // namespace warren
