#include "QueuePoller.h"

#include "QueueWorkers.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace warren {

QueuePoller::QueuePoller(QObject* parent)
    : Poller(DefaultIntervalSeconds, parent)
{
    qRegisterMetaType<QueueRefresh>();
}

QueuePoller::~QueuePoller() = default;

void QueuePoller::setProfile(const ClusterProfile& profile)
{
    setProfileAndStop(profile);
    m_countersPausedUntil = QDateTime();
    m_last.reset();
    clearPinned();
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
    if (!hasProfile())
        return;
    setActive(true);
    if (!isBusy() && !isWaiting())
        refreshNow();
}

void QueuePoller::stop()
{
    stopPolling();
}

void QueuePoller::submit(const QueueSnapshot& snapshot)
{
    if (isBusy()) {
        // Tests and benches submit one at a time; wait for the previous one rather than drop it.
        waitForRun();
    }
    runOn(snapshot);
}

void QueuePoller::runOn(std::optional<QueueSnapshot> given)
{
    const RunTicket ticket = beginRun();
    const quint64 generation = ticket.generation;
    const ClusterProfile profile = this->profile();
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
    const CancelToken cancel = ticket.cancel;
    const QueueMatrixPtr last = m_last;
    const QueueViewSpec spec = m_proxy ? m_proxy->spec() : QueueViewSpec {};
    const quint64 specGeneration = m_proxy ? m_proxy->specGeneration() : 0;
    const bool hasPinned = m_hasPinned;
    const QueueSnapshot pinned = m_pinned;
    // Everything is captured by value: the worker never touches `this`.
    launch(runQueueWork([=] {
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
}

void QueuePoller::deliver(QueueRefresh& r, bool have)
{
    if (have && isCurrent(r.generation) && r.ok && r.update.after && !r.countersPausedUntil.isValid()
        && m_options.counters == QueueCollector::Counters::Include) {
        // Asked with statistics and answered without: that request timed out. The next ones
        // skip them for a while (the panel says until when).
        if (r.update.after->snapshot.countersSkipped)
            m_countersPausedUntil = QDateTime::currentDateTimeUtc().addSecs(StatisticsPauseSeconds);
        else
            m_countersPausedUntil = QDateTime();
        r.countersPausedUntil = m_countersPausedUntil;
    }
    if (have && isCurrent(r.generation)) {
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
}

void QueuePoller::setCollectorOptions(const QueueCollector::Options& options)
{
    if (options.counters != m_options.counters)
        m_countersPausedUntil = QDateTime();
    m_options = options;
}

} // namespace warren
