#pragma once

#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace warren {

// What ClusterPoller and QueuePoller share: one cluster's profile, an interval timer, at most
// one run at a time on a pool thread (a refresh asked for meanwhile runs when it ends; the next
// poll is scheduled when a run ends, so a slow cluster is polled less often instead of piling up
// work), a generation counter that drops the results of runs from before stop() or a new
// profile, and a cancel token handed to each run. The GUI thread never waits for the network.
class PollerBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollerBase)

public:
    ~PollerBase() override;

    bool hasProfile() const { return m_hasProfile; }
    const ClusterProfile& profile() const { return m_profile; }

    void setIntervalSeconds(int seconds); // a waiting poll is rescheduled with it
    virtual int intervalSeconds() const { return m_intervalSeconds; } // the one used
    int requestedIntervalSeconds() const { return m_intervalSeconds; }

    bool isActive() const { return m_active; } // started and not stopped
    bool isBusy() const { return m_running; } // a run is in flight

public Q_SLOTS:
    // Runs at once, or right after the run in flight.
    void refreshNow();

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    PollerBase(int intervalSeconds, QObject* parent);

    // Starts a run (refreshNow() checked there is a profile and no run in flight): beginRun(),
    // then the worker through Poller::launch().
    virtual void run() = 0;
    // Whether the timer may schedule the next poll (besides being active and idle).
    virtual bool mayPoll() const { return true; }

    // Stops, then takes the profile.
    void setProfileAndStop(const ClusterProfile& profile);
    void setActive(bool active) { m_active = active; }
    bool isWaiting() const { return m_timer.isActive(); } // the next poll is scheduled
    void stopTimer() { m_timer.stop(); }
    // No more polls; the run in flight is cancelled and its result will be dropped.
    void stopPolling();

    struct RunTicket
    {
        quint64 generation;
        CancelToken cancel;
    };
    RunTicket beginRun();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void cancelRun() const { m_cancel.cancel(); }
    // The run ended, its result was handed over: the queued refresh or the next poll.
    void runEnded();
    void scheduleNext();

    bool m_running = false; // from launch() until the result is handed over

private:
    ClusterProfile m_profile;
    bool m_hasProfile = false;
    int m_intervalSeconds;
    bool m_active = false;
    bool m_refreshQueued = false;
    quint64 m_generation = 0; // bumped by stop()/setProfile(): results of older runs are dropped
    CancelToken m_cancel;
    QTimer m_timer;
};

// The worker half: a run's future of Result (which carries the generation it was started in)
// and its hand-back on the GUI thread.
template <typename Result> class Poller : public PollerBase
{
public:
    ~Poller() override
    {
        cancelRun();
        // The worker owns copies of all it touches; a late finish must not reach this object.
        m_watcher.disconnect(this);
    }

protected:
    Poller(int intervalSeconds, QObject* parent)
        : PollerBase(intervalSeconds, parent)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { finish(); });
    }

    void launch(const QFuture<Result>& future)
    {
        m_watcher.setFuture(future);
        Q_EMIT busyChanged(true);
    }
    // The run's result (have: false when the worker gave none) after busyChanged(false); check
    // isCurrent(result.generation) before using it. A slot may start the next run from here.
    virtual void deliver(Result& result, bool have) = 0;
    // Before anything is emitted for the finished run.
    virtual void runFinishing() { }
    // Tests and benches: waits for the run in flight and hands its result over.
    void waitForRun()
    {
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
    }

private:
    void finish()
    {
        runFinishing();
        // Taken, not copied, and before anything is emitted: a slot may start the next run,
        // which gives the watcher a new future; a result left in the future's store would stay
        // alive until then.
        QFuture<Result> future = m_watcher.future();
        const bool have = future.isValid() && future.resultCount() > 0;
        Result result = have ? future.takeResult() : Result();
        m_running = false;
        Q_EMIT busyChanged(false);
        deliver(result, have);
        runEnded();
    }

    QFutureWatcher<Result> m_watcher;
};

} // namespace warren
