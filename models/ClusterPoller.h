#pragma once

#include "Poller.h"
#include "model/ClusterSnapshot.h"
#include "status/StatusCollector.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace warren {

using UnknownHostKeyList = QList<StatusCollector::UnknownHostKey>;

namespace detail {
    // What one collection hands back to ClusterPoller.
    struct ClusterPollResult
    {
        quint64 generation = 0;
        ClusterSnapshot snapshot;
        UnknownHostKeyList unknownKeys;
        QString membership;
    };
} // namespace detail

// Polls one cluster: every interval it runs StatusCollector::collect() on a pool thread and
// reports the snapshot on the GUI thread. The GUI thread never waits for SSH or HTTP; at most one
// collection runs at a time (the next one is scheduled when the previous one ends, so a slow
// cluster is polled less often instead of piling up work). The slower checks (safe to stop, the
// API vs cluster_status cross-check, queue leaders, the broker's statistics interval) run in the
// same worker at their own cadence; between them the last results are carried forward.
class ClusterPoller final : public Poller<detail::ClusterPollResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPoller)

public:
    static constexpr int DefaultIntervalSeconds = 5;
    static constexpr int DefaultSafetySeconds = 30; // safe-to-stop probes of every node
    static constexpr int DefaultCrossCheckSeconds = 60; // SSH cluster_status (and on any change)
    static constexpr int DefaultLeaderSeconds = 60; // the queue leader count (O(queues))
    // Version, metadata store, feature flags, deprecated features: on connect, every minute, and
    // whenever membership or running state changes.
    static constexpr int DefaultBrokerFactsSeconds = 60;
    // After a node stops, starts, joins or leaves, safe-to-stop and the queue leader counts are
    // read on every poll for this long (leaders move in the seconds after, and the API reports
    // them a statistics round or two late), then at their own cadence again. Leader counts that
    // cost more than SettleLeadersMaxCostMs to read (very many queues) are read once, not on
    // every poll.
    static constexpr int SettleSeconds = 30;
    static constexpr int SettleLeadersMaxCostMs = 2000;

    explicit ClusterPoller(QObject* parent = nullptr);
    // Cancels a running collection without waiting for it: the worker owns copies of everything
    // it touches, and its late result is dropped.
    ~ClusterPoller() override;

    void setProfile(const ClusterProfile& profile); // stops polling the previous cluster

    // setIntervalSeconds(): the interval asked for (requestedIntervalSeconds()); the one used is
    // never below the broker's statistics interval (collect_statistics_interval, 5 s by default):
    // polling faster only repeats its figures.
    int intervalSeconds() const override { return qMax(requestedIntervalSeconds(), minimumIntervalSeconds()); }
    int minimumIntervalSeconds() const;
    qint64 statisticsIntervalMs() const { return m_statisticsIntervalMs; } // -1 until known

    void setCheckCadence(int safetySeconds, int crossCheckSeconds, int leaderSeconds);
    void setBrokerFactsSeconds(int seconds) { m_brokerFactsSeconds = qMax(0, seconds); }

    bool isPaused() const { return m_paused; }
    QDateTime lastSnapshotAt() const { return m_lastSnapshotAt; }

public Q_SLOTS:
    void start();
    void stop();
    void setPaused(bool paused);
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    // refreshNow() also works while paused.

Q_SIGNALS:
    void snapshotReady(const warren::ClusterSnapshot& snapshot);
    void unknownHostKeys(const warren::UnknownHostKeyList& keys);
    // No fresh node data: every source failed, or a collection has taken far longer than usual.
    void stale(const QString& reason);
    void pausedChanged(bool paused);
    void minimumIntervalChanged(int seconds);

private:
    using Result = detail::ClusterPollResult;

    void run() override; // one collection
    bool mayPoll() const override { return !m_paused; }
    void runFinishing() override { m_watchdog.stop(); }
    void deliver(Result& result, bool have) override;
    void onWatchdog();

    bool m_paused = false;
    QTimer m_watchdog;
    QElapsedTimer m_runClock;
    QDateTime m_lastSnapshotAt;

    int m_safetySeconds = DefaultSafetySeconds;
    int m_crossCheckSeconds = DefaultCrossCheckSeconds;
    int m_leaderSeconds = DefaultLeaderSeconds;
    int m_brokerFactsSeconds = DefaultBrokerFactsSeconds;
    QElapsedTimer m_clock;
    qint64 m_safetyAt = -1; // m_clock times the checks were last asked for; -1 never
    qint64 m_crossCheckAt = -1;
    qint64 m_leadersAt = -1;
    qint64 m_statisticsAt = -1;
    qint64 m_brokerFactsAt = -1;
    qint64 m_statisticsIntervalMs = -1;
    qint64 m_settleUntil = -1; // m_clock time until which the slow checks run on every poll
    ClusterSnapshot m_previous; // last snapshot with nodes: what the slow checks carry from
    QString m_membership;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::ClusterSnapshot)
Q_DECLARE_METATYPE(warren::UnknownHostKeyList)
