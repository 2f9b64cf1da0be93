#pragma once

#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"
#include "status/StatusCollector.h"
#include "util/Cancel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

namespace warren {

using UnknownHostKeyList = QList<StatusCollector::UnknownHostKey>;

// Polls one cluster: every interval it runs StatusCollector::collect() on a pool thread and
// reports the snapshot on the GUI thread. The GUI thread never waits for SSH or HTTP; at most one
// collection runs at a time (the next one is scheduled when the previous one ends, so a slow
// cluster is polled less often instead of piling up work). The slower checks (safe to stop, the
// API vs cluster_status cross-check, queue leaders, the broker's statistics interval) run in the
// same worker at their own cadence; between them the last results are carried forward.
class ClusterPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPoller)

public:
    static constexpr int DefaultIntervalSeconds = 5;
    static constexpr int DefaultSafetySeconds = 30; // safe-to-stop probes of every node
    static constexpr int DefaultCrossCheckSeconds = 60; // SSH cluster_status (and on any change)
    static constexpr int DefaultLeaderSeconds = 60; // the queue leader count (O(queues))

    explicit ClusterPoller(QObject* parent = nullptr);
    // Cancels a running collection without waiting for it: the worker owns copies of everything
    // it touches, and its late result is dropped.
    ~ClusterPoller() override;

    void setProfile(const ClusterProfile& profile); // stops polling the previous cluster
    const ClusterProfile& profile() const { return m_profile; }
    bool hasProfile() const { return m_hasProfile; }

    // The interval asked for; the one used is never below the broker's statistics interval
    // (collect_statistics_interval, 5 s by default): polling faster only repeats its figures.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return qMax(m_intervalSeconds, minimumIntervalSeconds()); }
    int requestedIntervalSeconds() const { return m_intervalSeconds; }
    int minimumIntervalSeconds() const;
    qint64 statisticsIntervalMs() const { return m_statisticsIntervalMs; } // -1 until known

    void setCheckCadence(int safetySeconds, int crossCheckSeconds, int leaderSeconds);

    bool isActive() const { return m_active; } // started and not stopped
    bool isPaused() const { return m_paused; }
    bool isBusy() const; // a collection is running
    QDateTime lastSnapshotAt() const { return m_lastSnapshotAt; }

public Q_SLOTS:
    void start();
    void stop();
    void setPaused(bool paused);
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    void refreshNow(); // also works while paused

Q_SIGNALS:
    void snapshotReady(const warren::ClusterSnapshot& snapshot);
    void unknownHostKeys(const warren::UnknownHostKeyList& keys);
    // No fresh node data: every source failed, or a collection has taken far longer than usual.
    void stale(const QString& reason);
    void busyChanged(bool busy);
    void pausedChanged(bool paused);
    void minimumIntervalChanged(int seconds);

private:
    struct Result
    {
        quint64 generation = 0;
        ClusterSnapshot snapshot;
        UnknownHostKeyList unknownKeys;
        QString membership;
    };

    void collect();
    void onFinished();
    void onWatchdog();
    void scheduleNext();

    ClusterProfile m_profile;
    bool m_hasProfile = false;
    int m_intervalSeconds = DefaultIntervalSeconds;
    bool m_active = false;
    bool m_paused = false;
    bool m_refreshQueued = false;
    bool m_running = false; // from setFuture() until the finished signal is handled here
    quint64 m_generation = 0; // bumped by stop()/setProfile(): results of older runs are dropped
    CancelToken m_cancel;
    QFutureWatcher<Result> m_watcher;
    QTimer m_timer;
    QTimer m_watchdog;
    QElapsedTimer m_runClock;
    QDateTime m_lastSnapshotAt;

    int m_safetySeconds = DefaultSafetySeconds;
    int m_crossCheckSeconds = DefaultCrossCheckSeconds;
    int m_leaderSeconds = DefaultLeaderSeconds;
    QElapsedTimer m_clock;
    qint64 m_safetyAt = -1; // m_clock times the checks were last asked for; -1 never
    qint64 m_crossCheckAt = -1;
    qint64 m_leadersAt = -1;
    qint64 m_statisticsAt = -1;
    qint64 m_statisticsIntervalMs = -1;
    ClusterSnapshot m_previous; // last snapshot with nodes: what the slow checks carry from
    QString m_membership;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::ClusterSnapshot)
Q_DECLARE_METATYPE(warren::UnknownHostKeyList)
