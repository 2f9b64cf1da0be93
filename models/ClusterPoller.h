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
// cluster is polled less often instead of piling up work).
class ClusterPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPoller)

public:
    static constexpr int DefaultIntervalSeconds = 5;

    explicit ClusterPoller(QObject* parent = nullptr);
    // Cancels a running collection without waiting for it: the worker owns copies of everything
    // it touches, and its late result is dropped.
    ~ClusterPoller() override;

    void setProfile(const ClusterProfile& profile); // stops polling the previous cluster
    const ClusterProfile& profile() const { return m_profile; }
    bool hasProfile() const { return m_hasProfile; }

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }

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

private:
    struct Result
    {
        quint64 generation = 0;
        ClusterSnapshot snapshot;
        UnknownHostKeyList unknownKeys;
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
};

} // namespace warren

Q_DECLARE_METATYPE(warren::ClusterSnapshot)
Q_DECLARE_METATYPE(warren::UnknownHostKeyList)
