#include "ClusterPoller.h"

#include <QtConcurrent/QtConcurrentRun>

namespace warren {

namespace {
    // A collection is "hanging" when it takes this many intervals (with a floor for short intervals:
    // SSH and HTTP timeouts are 10 s each).
    constexpr int WatchdogIntervals = 3;
    constexpr int WatchdogFloorMs = 30000;
} // namespace

ClusterPoller::ClusterPoller(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<UnknownHostKeyList>();
    m_clock.start();
    m_timer.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClusterPoller::collect);
    connect(&m_watchdog, &QTimer::timeout, this, &ClusterPoller::onWatchdog);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ClusterPoller::onFinished);
}

ClusterPoller::~ClusterPoller()
{
    m_cancel.cancel();
    // The watcher is a member: disconnecting keeps a late finish from reaching a half-destroyed
    // object; the pool thread finishes on its own with its copies.
    m_watcher.disconnect(this);
}

void ClusterPoller::setProfile(const ClusterProfile& profile)
{
    stop();
    m_profile = profile;
    m_hasProfile = true;
    m_lastSnapshotAt = {};
    m_previous = {};
    m_membership.clear();
    m_safetyAt = m_crossCheckAt = m_leadersAt = m_statisticsAt = -1;
    const int oldMinimum = minimumIntervalSeconds();
    m_statisticsIntervalMs = -1;
    if (minimumIntervalSeconds() != oldMinimum)
        Q_EMIT minimumIntervalChanged(minimumIntervalSeconds());
}

void ClusterPoller::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
    if (m_timer.isActive())
        m_timer.start(intervalSeconds() * 1000);
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

bool ClusterPoller::isBusy() const
{
    return m_running;
}

void ClusterPoller::start()
{
    if (!m_hasProfile)
        return;
    m_active = true;
    if (!m_paused)
        collect();
}

void ClusterPoller::stop()
{
    m_active = false;
    m_refreshQueued = false;
    m_timer.stop();
    m_watchdog.stop();
    ++m_generation;
    m_cancel.cancel();
}

void ClusterPoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else if (m_active && !isBusy())
        collect();
    Q_EMIT pausedChanged(paused);
}

void ClusterPoller::refreshNow()
{
    if (!m_hasProfile)
        return;
    if (isBusy()) {
        m_refreshQueued = true;
        return;
    }
    collect();
}

void ClusterPoller::collect()
{
    if (!m_hasProfile)
        return;
    if (isBusy()) {
        // A cancelled run from before stop() may still be unwinding; start when it is done.
        m_refreshQueued = true;
        return;
    }
    m_timer.stop();
    m_refreshQueued = false;
    m_running = true;
    m_cancel = CancelToken();

    const qint64 now = m_clock.elapsed();
    const auto due = [now](qint64& last, int seconds) {
        if (last >= 0 && now - last < qint64(seconds) * 1000)
            return false;
        last = now; // asked for now: a failing check waits its turn too, it is not retried every poll
        return true;
    };
    StatusCollector::Checks checks;
    checks.stopSafety = due(m_safetyAt, m_safetySeconds);
    checks.crossCheck = due(m_crossCheckAt, m_crossCheckSeconds);
    checks.queueLeaders = due(m_leadersAt, m_leaderSeconds);
    // Asked once per cluster; retried each minute while no node has answered it.
    checks.statisticsInterval = due(m_statisticsAt, m_statisticsIntervalMs > 0 ? 3600 : 60);
    checks.previousMembership = m_membership;

    const quint64 generation = m_generation;
    const ClusterProfile profile = m_profile;
    const CancelToken cancel = m_cancel;
    const ClusterSnapshot previous = m_previous;
    // Everything the worker needs is captured by value: it must never touch `this`.
    m_watcher.setFuture(QtConcurrent::run([generation, profile, cancel, checks, previous] {
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
    Q_EMIT busyChanged(true);
}

void ClusterPoller::onFinished()
{
    m_watchdog.stop();
    // Take the result before anything is emitted: a slot may call refreshNow(), which gives the
    // watcher a new future.
    const QFuture<Result> future = m_watcher.future();
    const bool haveResult = future.resultCount() > 0;
    const Result result = haveResult ? future.result() : Result();
    m_running = false;
    Q_EMIT busyChanged(false);

    if (haveResult && result.generation == m_generation) {
        if (result.snapshot.hasNodes())
            m_previous = result.snapshot;
        if (!result.membership.isEmpty())
            m_membership = result.membership;
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
    if (m_running)
        return; // a slot already started the next collection
    if (m_refreshQueued)
        collect();
    else
        scheduleNext();
}

void ClusterPoller::scheduleNext()
{
    if (m_active && !m_paused && !isBusy())
        m_timer.start(intervalSeconds() * 1000);
}

void ClusterPoller::onWatchdog()
{
    if (isBusy())
        Q_EMIT stale(tr("No answer for %n second(s)", "", int(m_runClock.elapsed() / 1000)));
}

} // namespace warren
