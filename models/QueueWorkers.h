#pragma once

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

class QThreadPool;

namespace warren {

// The threads for the Queues tab's heavy work: refreshes (fetch, parse, diff, matrix, view
// mapping), filter and sort remaps, export, freeing old matrices. A pool of its own: the global
// pool's two threads (one per core here) can both be held for seconds by the cluster poller's
// SSH and HTTP calls, and a filter change would wait behind them. Its threads run below the GUI
// thread's priority (Linux: nice +5 for each thread), so when a 100,000-queue refresh and the GUI
// thread want the same core, the GUI thread gets it and the refresh finishes a little later.
QThreadPool* queueWorkerPool();

// Lowers the calling thread's priority, once per thread; every task of queueWorkerPool() calls it.
void lowerQueueWorkerPriority();

// QtConcurrent::run on queueWorkerPool().
template <typename Function> auto runQueueWork(Function&& function)
{
    return QtConcurrent::run(queueWorkerPool(), [f = std::forward<Function>(function)]() mutable {
        lowerQueueWorkerPriority();
        return f();
    });
}

// Fire and forget on queueWorkerPool() (freeing large structures off the GUI thread).
void startQueueWork(std::function<void()> work);

} // namespace warren
