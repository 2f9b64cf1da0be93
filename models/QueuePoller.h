#pragma once

#include "Poller.h"
#include "QueueMatrixModel.h"
#include "QueueViewProxy.h"
#include "queues/QueueCollector.h"

#include <QDateTime>
#include <QPointer>

namespace warren {

// One queue refresh, everything computed in the worker: the model update, the view mapping for
// the filter and sort that were current when the refresh started, and the comparison with a
// pinned snapshot.
struct QueueRefresh
{
    quint64 generation = 0;
    bool ok = false;
    QString error; // translated, when !ok
    QueueMatrixUpdate update;
    QueueViewMapping mapping;
    bool hasPinned = false;
    QList<QueueChange> sincePinned;
    // Set when this refresh asked without statistics because one with them timed out before
    // (see QueuePoller::StatisticsPauseSeconds): until when.
    QDateTime countersPausedUntil;
    qint64 collectMs = 0; // fetch + parse (+ index)
    qint64 buildMs = 0; // diff + matrix + filter/sort
};

// Polls one cluster's queues at its own interval (they cost the broker far more than the node
// status: seconds at 10,000 queues) on a pool thread. At most one refresh runs at a time; the
// next one is scheduled when it ends. stop() cancels the running one (its result is dropped).
class QueuePoller final : public Poller<QueueRefresh>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePoller)

public:
    static constexpr int DefaultIntervalSeconds = 15;
    // After a refresh whose request with statistics timed out (RabbitMQ 3.10 formats every queue's
    // statistics before it sends a byte: 145 s at 100,000 queues on the lab), the following ones
    // ask without statistics for this long, then try once more: each timed-out request goes on
    // costing the broker its full price after Warren gave up on it.
    static constexpr int StatisticsPauseSeconds = 600;

    explicit QueuePoller(QObject* parent = nullptr);
    ~QueuePoller() override;

    void setProfile(const ClusterProfile& profile); // stops; forgets the previous refresh
    // The refresh builds its mapping for this proxy's current filter and sort.
    void setViewProxy(QueueViewProxy* proxy) { m_proxy = proxy; }
    void setCollectorOptions(const QueueCollector::Options& options); // a new choice ends a pause
    QDateTime countersPausedUntil() const { return m_countersPausedUntil; } // UTC; invalid: not paused
    const QueueCollector::Options& collectorOptions() const { return m_options; }

    // The snapshot later refreshes are compared with ("what changed since before the upgrade").
    void setPinned(const QueueSnapshot& snapshot);
    void clearPinned();
    bool hasPinned() const { return m_hasPinned; }
    const QueueSnapshot& pinned() const { return m_pinned; }

    // Runs the worker half of a refresh on a snapshot collected elsewhere (tests, screenshots,
    // benches without a cluster): the result arrives through refreshed() like a poll's.
    void submit(const QueueSnapshot& snapshot);

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void refreshed(const warren::QueueRefresh& refresh);

private:
    void run() override { runOn(std::nullopt); }
    void runOn(std::optional<QueueSnapshot> given); // given: a snapshot instead of collecting one
    void deliver(QueueRefresh& r, bool have) override;

    QueueCollector::Options m_options;
    QDateTime m_countersPausedUntil; // UTC; invalid: not paused
    QPointer<QueueViewProxy> m_proxy;
    QueueMatrixPtr m_last; // what the last refresh produced: the next one is diffed against it
    QueueSnapshot m_pinned;
    bool m_hasPinned = false;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::QueueRefresh)
