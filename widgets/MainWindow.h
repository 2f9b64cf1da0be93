#pragma once

#include "ClusterPoller.h"
#include "MetricHistory.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace warren {

class ClusterDialog;
class ClusterGraphPanel;
class ClusterListPanel;
class EventLogModel;
class HaproxyDialog;
class LiveChartsPanel;
class MessageBanner;
class OverviewHeader;
class PillLabel;
class ProfileRemoval;
class QueuesPanel;
class TablesTab;

// The cluster overview. It composes the parts and keeps the state they share: the cluster list
// on the left (ClusterListPanel), for the selected cluster a header with the verdict
// (OverviewHeader) and the tabs (graph, TablesTab, events, charts, queues); removing a cluster
// with its secrets is ProfileRemoval's. A ClusterPoller feeds it; tests feed showSnapshot().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a profile file and selects it (warren --cluster FILE). Errors go to the banner.
    bool openProfile(const QString& path);
    // Off: selecting a cluster does not start polling (tests, screenshots).
    void setPollingEnabled(bool enabled);
    ClusterPoller* poller() const { return m_poller; }
    QueuesPanel* queuesPanel() const { return m_queues; }
    QString currentProfilePath() const { return m_currentPath; }

public Q_SLOTS:
    void showSnapshot(const warren::ClusterSnapshot& snapshot);
    void showStale(const QString& reason);
    void refreshNow();
    void addCluster();
    void editCluster();
    void removeCluster();
    void setLanguage(const QString& language);
    // Opens the wizard of an operation ("join", "convert", ...), prefilled with NODE (may be empty).
    // replica: the replica doctor's action, queue and vhost (the Queues tab's quorum queue menu).
    void openOperation(const QString& operation, const QString& node = {}, const QStringList& replica = {});
    void showOperationLog();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void retranslateIntervalTip();
    void onCurrentClusterChanged();
    void saveFromDialog(ClusterDialog* dialog);
    void removeConfirmed(const QString& path);
    bool hasCurrentProfile() const;
    ClusterProfile currentProfile() const;
    void updateActions();
    void updateOverview();
    void updateStatusBar();
    void onUnknownHostKeys(const warren::UnknownHostKeyList& keys);
    void reviewNextHostKey();
    void showAbout();
    void showHaproxyDialog();
    void updateQueuePolling();

    QString m_currentPath;
    bool m_pollingEnabled = true;

    ClusterSnapshot m_snapshot; // the last snapshot with node data
    ClusterSnapshot m_lastSources; // the last snapshot, for its sources
    bool m_hasSnapshot = false;
    QString m_staleReason;
    UnknownHostKeyList m_unknownKeys;
    bool m_reviewingKey = false;

    ClusterPoller* m_poller;
    EventLogModel* m_eventModel;
    ProfileRemoval* m_removal;
    MetricHistory m_history; // for the charts, while the window is open

    QAction* m_actionAdd = nullptr;
    QAction* m_actionEdit = nullptr;
    QAction* m_actionRemove = nullptr;
    QAction* m_actionRefresh = nullptr;
    QAction* m_actionPause = nullptr;
    QAction* m_actionHaproxy = nullptr;
    QAction* m_actionQuit = nullptr;
    QAction* m_actionAbout = nullptr;
    QList<QAction*> m_operationActions; // one per OperationSpecs::keys(), data = key
    QAction* m_actionOperationLog = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QMenu* m_menuCluster = nullptr;
    QMenu* m_menuOperations = nullptr;
    QMenu* m_menuLanguage = nullptr;
    QMenu* m_menuHelp = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_intervalLabel = nullptr;
    QSpinBox* m_intervalSpin = nullptr;

    QSplitter* m_mainSplitter = nullptr;
    ClusterListPanel* m_clusters = nullptr;
    MessageBanner* m_banner = nullptr;
    OverviewHeader* m_overview = nullptr;
    QTabWidget* m_tabs = nullptr;
    ClusterGraphPanel* m_graph = nullptr;
    TablesTab* m_tablesTab = nullptr;
    QTableView* m_eventTable = nullptr;
    LiveChartsPanel* m_charts = nullptr;
    QPointer<HaproxyDialog> m_haproxyDialog;
    QueuesPanel* m_queues = nullptr;
    QLabel* m_lastUpdated = nullptr;
    PillLabel* m_staleLabel = nullptr;
    QLabel* m_pollingLabel = nullptr;
};

} // namespace warren
