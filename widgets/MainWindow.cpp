#include "MainWindow.h"

#include "AppSettings.h"
#include "ClusterDialog.h"
#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "ClusterListPanel.h"
#include "EventLogModel.h"
#include "HaproxyDialog.h"
#include "HostKeyDialog.h"
#include "Icons.h"
#include "LiveChartsPanel.h"
#include "MessageBanner.h"
#include "OperationLogDialog.h"
#include "OperationWizard.h"
#include "OverviewHeader.h"
#include "Palette.h"
#include "PillLabel.h"
#include "ProfileRemoval.h"
#include "QueuesPanel.h"
#include "TablesTab.h"
#include "UiLanguage.h"
#include "ViewHelpers.h"
#include "secrets/SecretStore.h"
#include "status/LiveChecks.h"
#include "util/Translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace warren {

namespace {

    void setPill(PillLabel* label, Tone tone)
    {
        const Palette::Pill colors = Palette::pill(tone);
        label->setColors(colors.background, colors.text);
    }

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_poller(new ClusterPoller(this))
    , m_eventModel(new EventLogModel(this))
    , m_removal(new ProfileRemoval(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_poller->setIntervalSeconds(AppSettings::pollIntervalSeconds());

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

    connect(m_removal, &ProfileRemoval::confirmed, this, &MainWindow::removeConfirmed);

    m_clusters->loadSaved();
    retranslateUi();
    updateActions();

    if (!restoreGeometry(AppSettings::mainWindowGeometry()))
        resize(1280, 780);
    restoreState(AppSettings::mainWindowState());
    if (!m_mainSplitter->restoreState(AppSettings::mainSplitter()))
        m_mainSplitter->setSizes({ 160, 1120 });
    m_tablesTab->restoreHeaderState(AppSettings::nodeTableHeader());
    m_tablesTab->nodeTable()->setFocus();
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
        AppSettings::setPollIntervalSeconds(seconds);
        updateStatusBar();
    });
}

void MainWindow::createCentralWidget()
{
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);

    // Left: the clusters Warren knows.
    m_clusters = new ClusterListPanel(m_mainSplitter);
    m_clusters->setObjectName(QStringLiteral("clusterListPanel"));
    connect(m_clusters, &ClusterListPanel::currentChanged, this, &MainWindow::onCurrentClusterChanged);
    connect(m_clusters, &ClusterListPanel::editRequested, this, &MainWindow::editCluster);

    // Right: the selected cluster.
    auto* right = new QWidget(m_mainSplitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    rightLayout->setSpacing(6);

    m_banner = new MessageBanner(right);
    rightLayout->addWidget(m_banner);

    m_overview = new OverviewHeader(right);
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
    m_tablesTab = new TablesTab(m_tabs);
    m_tablesTab->setOperationActions(m_operationActions);
    connect(m_tablesTab, &TablesTab::operationRequested, this,
        [this](const QString& operation, const QString& node) { openOperation(operation, node); });
    m_tabs->addTab(m_tablesTab, QString());

    m_eventTable = makeStatusTable(m_tabs, QStringLiteral("eventTable"));
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSortingEnabled(false); // newest first, as they come
    m_eventTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tabs->addTab(m_eventTable, QString());
    m_charts = new LiveChartsPanel(&m_history, m_tabs);
    m_tabs->addTab(m_charts, QString());
    m_queues = new QueuesPanel(m_tabs);
    connect(m_queues, &QueuesPanel::replicaActionRequested, this,
        [this](const QString& action, const QString& node, const QString& queue, const QString& vhost) {
            openOperation(QStringLiteral("replicas"), node, { action, queue, vhost });
        });
    m_tabs->addTab(m_queues, QString());
    // Listing every queue costs the broker seconds at 10,000 queues: only while the tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateQueuePolling);
    rightLayout->addWidget(m_tabs, 1);

    m_mainSplitter->addWidget(m_clusters);
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
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_poller->stop();
    m_queues->setActive(false);
    AppSettings::setMainWindowGeometry(saveGeometry());
    AppSettings::setMainWindowState(saveState());
    AppSettings::setMainSplitter(m_mainSplitter->saveState());
    AppSettings::setNodeTableHeader(m_tablesTab->saveHeaderState());
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

    m_eventModel->retranslate();
    updateActions();
    updateOverview();
    updateStatusBar();
}

void MainWindow::updateActions()
{
    const bool hasCurrent = !m_currentPath.isEmpty();
    const bool loaded = hasCurrentProfile();
    m_actionEdit->setEnabled(loaded);
    for (QAction* action : std::as_const(m_operationActions))
        action->setEnabled(loaded);
    m_actionRemove->setEnabled(hasCurrent);
    m_actionHaproxy->setEnabled(hasCurrent && loaded);
    m_actionRefresh->setEnabled(loaded && m_pollingEnabled);
    m_actionPause->setEnabled(m_pollingEnabled);
    const bool paused = m_poller->isPaused();
    m_actionPause->setText(paused ? tr("Resume &Polling") : tr("&Pause Polling"));
    m_actionPause->setToolTip(paused ? tr("Resume collecting the cluster status")
                                     : tr("Stop collecting the cluster "
                                          "status until resumed"));
    m_actionPause->setIcon(warrenIcon(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    setWindowTitle(loaded ? tr("%1 — Warren", "window title: cluster name").arg(currentProfile().name) : tr("Warren"));
}

bool MainWindow::hasCurrentProfile() const
{
    return m_clusters->isLoaded(m_currentPath);
}

ClusterProfile MainWindow::currentProfile() const
{
    return m_clusters->profile(m_currentPath);
}

bool MainWindow::openProfile(const QString& path)
{
    const QString error = m_clusters->open(path);
    if (!error.isEmpty()) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        m_banner->showMessage(
            [absolute, error] { return tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(absolute), error); },
            MessageBanner::Type::Error);
        return false;
    }
    return true;
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
    m_currentPath = m_clusters->currentPath();
    m_poller->stop();
    m_tablesTab->clear();
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

    if (const QString error = m_clusters->loadError(m_currentPath); !error.isEmpty()) {
        const QString path = m_currentPath;
        m_banner->showMessage(
            [path, error] { return tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), error); },
            MessageBanner::Type::Error);
    } else if (hasCurrentProfile()) {
        const ClusterProfile profile = currentProfile();
        m_poller->setProfile(profile);
        m_graph->setProfile(profile);
        m_queues->setProfile(profile);
        if (m_pollingEnabled)
            m_poller->start();
    } else {
        m_queues->clear();
    }
    updateQueuePolling();
    updateActions();
    updateOverview();
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
        m_tablesTab->setNodes(snapshot.nodes);
        m_tablesTab->setServers(snapshot.haproxyServers);
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
            m_tablesTab->setNodes(m_snapshot.nodes);
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
    OverviewHeader::State state;
    state.hasCluster = hasCurrentProfile();
    state.anyClusters = !m_clusters->isEmpty();
    state.name = currentProfile().name;
    state.hasSnapshot = m_hasSnapshot;
    state.busy = m_poller->isBusy();
    state.snapshot = m_snapshot;
    state.lastSources = m_lastSources;
    state.staleReason = m_staleReason;
    m_overview->setState(state);
    m_tablesTab->setSources(m_lastSources.sources, state.hasCluster);
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
        setPill(m_staleLabel, Tone::Bad);
        m_staleLabel->setToolTip(tr("The tables show the last data collected; the sources stopped answering."));
        m_staleLabel->show();
    } else if (failed > 0) {
        m_staleLabel->setText(tr("%n source(s) not answering", "", failed));
        setPill(m_staleLabel, Tone::Warning);
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
}

void MainWindow::editCluster()
{
    if (!hasCurrentProfile())
        return;
    auto* dialog = new ClusterDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ClusterProfile profile = currentProfile();
    dialog->setProfile(profile, secretStore().lookup(profile.secretKey()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
}

void MainWindow::saveFromDialog(ClusterDialog* dialog)
{
    ClusterProfile profile = dialog->profile();
    QString error;
    if (!m_clusters->save(profile, &error)) {
        m_banner->showMessage(
            [error] { return tr("The cluster was not saved: %1").arg(error); }, MessageBanner::Type::Error);
        return;
    }
    // The password lives in the session's secret store only, under the saved profile's key; a
    // renamed profile or user leaves no password behind under the old key.
    const ClusterProfile original = dialog->originalProfile();
    if (dialog->isEditing() && original.secretKey() != profile.secretKey())
        secretStore().remove(original.secretKey());
    if (!dialog->password().isEmpty())
        secretStore().store(profile.secretKey(), dialog->password());
    m_clusters->select(profile.filePath); // (re)starts the poller, which reads the password
    if (dialog->isEditing())
        return;
    const QString name = profile.name;
    m_banner->showMessage([name] { return tr("Cluster %1 added.").arg(name); }, MessageBanner::Type::Positive);
}

void MainWindow::removeCluster()
{
    if (m_currentPath.isEmpty())
        return;
    m_removal->ask(m_currentPath, m_clusters->currentLabel());
}

void MainWindow::removeConfirmed(const QString& path)
{
    if (m_currentPath == path)
        m_poller->stop();
    const bool loaded = m_clusters->isLoaded(path);
    const ClusterProfile profile = m_clusters->profile(path);
    ProfileRemoval::removeSavedData(m_clusters->store(), path, loaded ? &profile : nullptr);
    m_clusters->forget(path);
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
    if (m_unknownKeys.isEmpty() || !hasCurrentProfile())
        return;
    const ClusterProfile profile = currentProfile();
    const auto key = m_unknownKeys.first();
    const HostProfile* host = profile.host(key.host);
    if (!host)
        return;
    m_banner->hideMessage();
    m_reviewingKey = true;
    auto* dialog = new HostKeyDialog(profile, *host, key.key, this);
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
    // Opened, not exec()'d: no nested event loop while the poller's results keep arriving.
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Warren"));
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Warren %1</h3><p>Administers RabbitMQ clusters behind HAProxy: status, nodes, "
                    "HAProxy servers.</p><p>Passwords stay in memory; host keys are checked like OpenSSH does.</p>")
                     .arg(QApplication::applicationVersion().toHtmlEscaped()));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}

void MainWindow::showHaproxyDialog()
{
    if (!hasCurrentProfile())
        return;
    const ClusterProfile profile = currentProfile();
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

void MainWindow::openOperation(const QString& operation, const QString& node, const QStringList& replica)
{
    if (!hasCurrentProfile()) {
        m_banner->showMessage(tr("Choose a cluster first: the operations run on the selected cluster's hosts."),
            MessageBanner::Type::Warning);
        return;
    }
    OperationContext context;
    context.profile = currentProfile();
    context.snapshot = m_snapshot;
    context.node = node;
    if (replica.size() == 3) {
        context.action = replica[0];
        context.queue = replica[1];
        context.vhost = replica[2];
    }
    OperationWizard::open(operation, context, this);
}

void MainWindow::showOperationLog()
{
    auto* dialog = new OperationLogDialog(OperationLog::defaultPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace warren
