#pragma once

#include "QueuePoller.h"
#include "profile/ClusterProfile.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace warren {

class QueueFilterBar;
class QueueSincePinView;
class QueueVanishedList;

// The Queues tab: the queue/node matrix of the selected cluster with combined filters, a summary
// line, change highlights, vanished queues, a pinned snapshot to compare against, details of the
// selected queue and export of the filtered view. Its QueuePoller polls only while the tab is
// shown (setActive); fetching, parsing, diffing, filtering, sorting and exporting run in workers.
class QueuesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuesPanel)

public:
    enum class ExportFormat { Csv, Json };

    explicit QueuesPanel(QWidget* parent = nullptr);
    ~QueuesPanel() override;

    void setProfile(const ClusterProfile& profile);
    void clear();
    // Polls while active (the tab is visible and polling is on).
    void setActive(bool active);

    QueuePoller* poller() const { return m_poller; }
    QueueMatrixModel* model() const { return m_model; }
    QueueViewProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // Timings of the last refresh: worker (fetch + parse, diff + matrix + mapping) and GUI thread.
    qint64 lastCollectMs() const { return m_lastCollectMs; }
    qint64 lastBuildMs() const { return m_lastBuildMs; }
    qint64 lastApplyMs() const { return m_lastApplyMs; }

    // Shows a snapshot collected elsewhere through the same worker path as a poll.
    void showQueues(const QueueSnapshot& snapshot);
    // Writes the rows the table shows, in its order, through QueueExport (in a worker).
    void exportTo(const QString& path, ExportFormat format);
    void pin();
    void unpin();
    void refreshNow();
    // Lists the queues without statistics from the next refresh on: placement and sync state,
    // no message counters (shown as unknown), several times cheaper for the broker.
    void setPlacementOnly(bool on);
    bool placementOnly() const;
    // Column widths, sort order and the table/side split, for the next session (the check boxes
    // and the interval are saved as they change).
    void saveLayout() const;

    // The right-click menu of a quorum queue's row (a row of table(); nullptr for other queues):
    // add a member on a node that has none, remove the member on a node, rebalance the leaders.
    // Each action emits replicaActionRequested. The caller owns the menu.
    QMenu* createQueueMenu(int viewRow, QWidget* parent);

Q_SIGNALS:
    void refreshApplied(); // a refresh reached the table (tests, benches)
    // action: grow, shrink or rebalance; node: a RabbitMQ node name (empty for rebalance); queue
    // and vhost: the queue (empty for rebalance: every quorum queue).
    void replicaActionRequested(const QString& action, const QString& node, const QString& queue, const QString& vhost);
    void exportFinished(const QString& path, const QString& error); // error empty on success

protected:
    void changeEvent(QEvent* event) override;

private:
    void onRefreshed(const warren::QueueRefresh& refresh);
    void applyFilter();
    void fitColumns();
    void updateFilterChoices();
    void updateSummary();
    void updateDetails();
    void updateCompareList();
    void updateVanishedList(int added = -1); // added: newly vanished at the top of the model's list
    void updateStatus();
    void chooseExport(ExportFormat format);
    void retranslateUi();
    void restoreSettings();

    QueuePoller* m_poller;
    QueueMatrixModel* m_model;
    QueueViewProxy* m_proxy;
    bool m_active = false;
    bool m_hasProfile = false;

    QueueFilterBar* m_filterBar = nullptr;
    QCheckBox* m_regexCheck = nullptr; // the filter bar's, remembered between sessions
    QCheckBox* m_problemsCheck = nullptr;
    QCheckBox* m_placementCheck = nullptr;
    QLabel* m_intervalLabel = nullptr;
    QSpinBox* m_intervalSpin = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QToolButton* m_pinButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportJson = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_side = nullptr;
    QLabel* m_details = nullptr;
    QWidget* m_detailsPage = nullptr;
    QueueSincePinView* m_compareList = nullptr;
    QueueVanishedList* m_vanishedList = nullptr;
    QLabel* m_status = nullptr;

    QString m_filterError;
    QString m_lastError;
    QString m_exportMessage;
    QList<QueueChange> m_sincePinned;
    QDateTime m_pinnedAt;
    QDateTime m_countersPausedUntil; // from the last refresh: statistics skipped until then
    qint64 m_lastCollectMs = -1;
    int m_fittedColumns = -1;
    QList<int> m_savedWidths; // of the fixed columns, from the last session
    qint64 m_lastApplyMs = -1;
    qint64 m_lastBuildMs = -1;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportPath;
};

} // namespace warren
