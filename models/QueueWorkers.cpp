#include "QueueWorkers.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>
#endif

namespace warren {

namespace {
    constexpr int NiceIncrement = 5;
} // namespace

QThreadPool* queueWorkerPool()
{
    // A refresh (possibly waiting on the network), a remap and a release or export at once.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("queueWorkers"));
        p->setMaxThreadCount(qMax(3, QThread::idealThreadCount()));
        p->setExpiryTimeout(60000);
        return p;
    }();
    return pool;
}

void lowerQueueWorkerPriority()
{
    thread_local bool lowered = false;
    // QFuture::result() and waitForFinished() may run a task that has not started yet in the
    // waiting thread itself (the GUI thread, in tests and benches): only the pool's own threads
    // are lowered, never the thread that waits.
    if (lowered || !queueWorkerPool()->contains(QThread::currentThread()))
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux a thread id names one thread for setpriority(2); raising one's own nice value
    // needs no privilege.
    const id_t tid = id_t(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, qMin(19, current + NiceIncrement));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

void startQueueWork(std::function<void()> work)
{
    queueWorkerPool()->start([w = std::move(work)]() mutable {
        lowerQueueWorkerPriority();
        w();
        w = nullptr; // what the closure owned is freed here, on this thread
    });
}

} // namespace warren
