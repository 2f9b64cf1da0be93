#include "ClusterPoller.h"
#include "NetworkJobs.h"

#include <QtConcurrent/QtConcurrentRun>

namespace warren {

namespace {
    // A collection is "hanging" when it takes this many intervals (with a floor for short intervals:
    // SSH and HTTP timeouts are 10 s each).
    constexpr int WatchdogIntervals = 3;
    constexpr int WatchdogFloorMs = 30000;
} // namespace

ClusterPoller::ClusterPoller(QObject* parent)
    : Poller(DefaultIntervalSeconds, parent)
{
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<UnknownHostKeyList>();
    m_clock.start();
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &ClusterPoller::onWatchdog);
}

// Poller's destructor cancels the running collection and disconnects its watcher: the pool
// thread finishes on its own with its copies.
ClusterPoller::~ClusterPoller() = default;

void ClusterPoller::setProfile(const ClusterProfile& profile)
{
    m_watchdog.stop();
    setProfileAndStop(profile);
    m_lastSnapshotAt = {};
    m_previous = {};
    m_membership.clear();
    m_safetyAt = m_crossCheckAt = m_leadersAt = m_statisticsAt = m_brokerFactsAt = -1;
    m_settleUntil = -1;
    const int oldMinimum = minimumIntervalSeconds();
    m_statisticsIntervalMs = -1;
    if (minimumIntervalSeconds() != oldMinimum)
        Q_EMIT minimumIntervalChanged(minimumIntervalSeconds());
}

int ClusterPoller::minimumIntervalSeconds() const
{
    // Until the broker has said, assume its default.
    const qint64 ms = m_statisticsIntervalMs > 0 ? m_statisticsIntervalMs : kDefaultStatisticsIntervalMs;
    return int((ms + 999) / 1000);
}

void ClusterPoller::setCheckCadence(int safetySeconds, int crossCheckSeconds, int leaderSeconds)
{
    m_safetySeconds = qMax(0, safetySeconds);
    m_crossCheckSeconds = qMax(0, crossCheckSeconds);
    m_leaderSeconds = qMax(0, leaderSeconds);
}

void ClusterPoller::start()
{
    if (!hasProfile())
        return;
    setActive(true);
    if (!m_paused)
        refreshNow(); // a cancelled run from before stop() may still be unwinding: then after it
}

void ClusterPoller::stop()
{
    m_watchdog.stop();
    stopPolling();
}

void ClusterPoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        stopTimer();
    else if (isActive() && !isBusy())
        refreshNow();
    Q_EMIT pausedChanged(paused);
}

void ClusterPoller::run()
{
    const RunTicket ticket = beginRun();

    const qint64 now = m_clock.elapsed();
    const auto due = [now](qint64& last, int seconds) {
        if (last >= 0 && now - last < qint64(seconds) * 1000)
            return false;
        last = now; // asked for now: a failing check waits its turn too, it is not retried every poll
        return true;
    };
    // A node changed state a moment ago: what depends on where queues lead is read again on
    // every poll until it has settled (see SettleSeconds).
    const bool settling = m_settleUntil >= 0 && now < m_settleUntil;
    const bool leadersCheap = m_previous.leadersCostMs < SettleLeadersMaxCostMs;
    StatusCollector::Checks checks;
    checks.stopSafety = due(m_safetyAt, m_safetySeconds) || settling;
    checks.crossCheck = due(m_crossCheckAt, m_crossCheckSeconds);
    checks.queueLeaders = due(m_leadersAt, m_leaderSeconds) || (settling && leadersCheap);
    checks.brokerFacts = due(m_brokerFactsAt, m_brokerFactsSeconds);
    // Asked once per cluster; retried each minute while no node has answered it.
    checks.statisticsInterval = due(m_statisticsAt, m_statisticsIntervalMs > 0 ? 3600 : 60);
    checks.previousMembership = m_membership;

    const quint64 generation = ticket.generation;
    const ClusterProfile profile = this->profile();
    const CancelToken cancel = ticket.cancel;
    const ClusterSnapshot previous = m_previous;
    // Everything the worker needs is captured by value: it must never touch `this`.
    launch(QtConcurrent::run(networkJobPool(), [generation, profile, cancel, checks, previous] {
        Result result;
        result.generation = generation;
        StatusCollector collector(profile, cancel);
        result.snapshot = collector.collect(checks);
        result.unknownKeys = collector.unknownHostKeys();
        result.membership = collector.membership();
        if (result.snapshot.hasNodes())
            carryForward(result.snapshot, previous, collector.refreshed());
        return result;
    }));
    m_runClock.start();
    m_watchdog.start(qMax(WatchdogFloorMs, WatchdogIntervals * intervalSeconds() * 1000));
}

void ClusterPoller::deliver(Result& result, bool have)
{
    if (have && isCurrent(result.generation)) {
        if (result.snapshot.hasNodes())
            m_previous = result.snapshot;
        if (!result.membership.isEmpty()) {
            if (!m_membership.isEmpty() && result.membership != m_membership) {
                // This poll already read them (StatusCollector does on a change); the next ones
                // too, while leaders move.
                m_settleUntil = m_clock.elapsed() + qint64(SettleSeconds) * 1000;
            }
            m_membership = result.membership;
        }
        if (result.snapshot.statisticsIntervalMs > 0
            && result.snapshot.statisticsIntervalMs != m_statisticsIntervalMs) {
            const int oldMinimum = minimumIntervalSeconds();
            m_statisticsIntervalMs = result.snapshot.statisticsIntervalMs;
            if (minimumIntervalSeconds() != oldMinimum)
                Q_EMIT minimumIntervalChanged(minimumIntervalSeconds());
        }
        m_lastSnapshotAt = result.snapshot.takenAt.isValid() ? result.snapshot.takenAt : QDateTime::currentDateTime();
        Q_EMIT snapshotReady(result.snapshot);
        if (!result.unknownKeys.isEmpty())
            Q_EMIT unknownHostKeys(result.unknownKeys);
        if (!result.snapshot.hasNodes()) {
            QString reason;
            for (const auto& source : result.snapshot.sources) {
                if (!source.ok) {
                    reason = tr("%1: %2", "source name: error message").arg(source.source, source.error);
                    break;
                }
            }
            Q_EMIT stale(reason.isEmpty() ? tr("No source answered") : reason);
        }
    }
}

void ClusterPoller::onWatchdog()
{
    if (isBusy())
        Q_EMIT stale(tr("No answer for %n second(s)", "", int(m_runClock.elapsed() / 1000)));
}

} // namespace warren
