#include "QueuePoller.h"

#include "QueueWorkers.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace warren {

QueuePoller::QueuePoller(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<QueueRefresh>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QueuePoller::refreshNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &QueuePoller::onFinished);
}

QueuePoller::~QueuePoller()
{
    m_cancel.cancel();
    // The worker owns copies of all it touches; a late finish must not reach this object.
    m_watcher.disconnect(this);
}

void QueuePoller::setProfile(const ClusterProfile& profile)
{
    stop();
    m_profile = profile;
    m_hasProfile = true;
    m_countersPausedUntil = QDateTime();
    m_last.reset();
    clearPinned();
}

void QueuePoller::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
    if (m_timer.isActive())
        m_timer.start(m_intervalSeconds * 1000);
}

void QueuePoller::setPinned(const QueueSnapshot& snapshot)
{
    m_pinned = snapshot;
    m_hasPinned = true;
}

void QueuePoller::clearPinned()
{
    m_pinned = {};
    m_hasPinned = false;
}

void QueuePoller::start()
{
    if (!m_hasProfile)
        return;
    m_active = true;
    if (!m_running && !m_timer.isActive())
        refreshNow();
}

void QueuePoller::stop()
{
    m_active = false;
    m_refreshQueued = false;
    m_timer.stop();
    ++m_generation;
    m_cancel.cancel();
}

void QueuePoller::refreshNow()
{
    if (!m_hasProfile)
        return;
    if (m_running) {
        m_refreshQueued = true;
        return;
    }
    run(std::nullopt);
}

void QueuePoller::submit(const QueueSnapshot& snapshot)
{
    if (m_running) {
        // Tests and benches submit one at a time; wait for the previous one rather than drop it.
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
    }
    run(snapshot);
}

void QueuePoller::run(std::optional<QueueSnapshot> given)
{
    m_timer.stop();
    m_refreshQueued = false;
    m_running = true;
    m_cancel = CancelToken();
    const quint64 generation = m_generation;
    const ClusterProfile profile = m_profile;
    QueueCollector::Options options = m_options;
    QDateTime pausedUntil;
    if (options.counters == QueueCollector::Counters::Include && m_countersPausedUntil.isValid()) {
        if (QDateTime::currentDateTimeUtc() < m_countersPausedUntil) {
            options.counters = QueueCollector::Counters::Skip;
            pausedUntil = m_countersPausedUntil;
        } else {
            m_countersPausedUntil = QDateTime(); // this one tries with statistics again
        }
    }
    const CancelToken cancel = m_cancel;
    const QueueMatrixPtr last = m_last;
    const QueueViewSpec spec = m_proxy ? m_proxy->spec() : QueueViewSpec {};
    const quint64 specGeneration = m_proxy ? m_proxy->specGeneration() : 0;
    const bool hasPinned = m_hasPinned;
    const QueueSnapshot pinned = m_pinned;
    // Everything is captured by value: the worker never touches `this`.
    m_watcher.setFuture(runQueueWork([=] {
        QueueRefresh r;
        r.generation = generation;
        r.countersPausedUntil = pausedUntil;
        QElapsedTimer clock;
        clock.start();
        QueueSnapshot snapshot;
        if (given) {
            snapshot = *given;
            r.ok = true;
        } else {
            QueueCollector collector(profile, options, cancel);
            snapshot = collector.collect();
            r.ok = collector.ok();
            if (!r.ok)
                r.error = collector.errorSummary();
        }
        r.collectMs = clock.restart();
        if (!r.ok || cancel.isCancelled())
            return r;
        r.update = buildQueueMatrixUpdate(last, snapshot);
        r.mapping = QueueViewProxy::computeMapping(r.update.after, spec, specGeneration);
        r.hasPinned = hasPinned;
        if (hasPinned)
            r.sincePinned = QueueDiff::compute(pinned, snapshot);
        r.buildMs = clock.elapsed();
        return r;
    }));
    Q_EMIT busyChanged(true);
}

void QueuePoller::onFinished()
{
    QFuture<QueueRefresh> future = m_watcher.future();
    const bool have = future.isValid() && future.resultCount() > 0;
    // Taken, not copied: a result left in the future's store would keep this refresh's matrices
    // alive until the next run starts and then free them on the GUI thread.
    QueueRefresh r = have ? future.takeResult() : QueueRefresh();
    m_running = false;
    Q_EMIT busyChanged(false);
    if (have && r.generation == m_generation && r.ok && r.update.after && !r.countersPausedUntil.isValid()
        && m_options.counters == QueueCollector::Counters::Include) {
        // Asked with statistics and answered without: that request timed out. The next ones
        // skip them for a while (the panel says until when).
        if (r.update.after->snapshot.countersSkipped)
            m_countersPausedUntil = QDateTime::currentDateTimeUtc().addSecs(StatisticsPauseSeconds);
        else
            m_countersPausedUntil = QDateTime();
        r.countersPausedUntil = m_countersPausedUntil;
    }
    if (have && r.generation == m_generation) {
        if (r.ok && r.update.after) {
            releaseQueueMatrix(std::move(m_last));
            m_last = r.update.after;
        }
        Q_EMIT refreshed(r);
    }
    // What the slots did not keep (row lists, changes) was allocated by the worker: freed there
    // too, not on the GUI thread (see releaseMapping in QueueViewProxy.cpp).
    if (have)
        startQueueWork([done = std::move(r)]() mutable { done = {}; });
    if (m_running)
        return; // a slot started the next one
    if (m_refreshQueued)
        refreshNow();
    else
        scheduleNext();
}

void QueuePoller::setCollectorOptions(const QueueCollector::Options& options)
{
    if (options.counters != m_options.counters)
        m_countersPausedUntil = QDateTime();
    m_options = options;
}

void QueuePoller::scheduleNext()
{
    if (m_active && !m_running)
        m_timer.start(m_intervalSeconds * 1000);
}

} // namespace warren
