#include "PlanRunJob.h"

#include "NetworkJobs.h"
#include "ops/OperationLog.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

PlanRunJob::PlanRunJob(ExecutorFactory factory, QString logPath, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_logPath(std::move(logPath))
    , m_watcher(new QFutureWatcher<RunResult>)
{
    connect(m_watcher, &QFutureWatcher<RunResult>::finished, this, [this] { Q_EMIT finished(m_watcher->result()); });
}

PlanRunJob::~PlanRunJob()
{
    m_cancel.cancel();
    if (!m_watcher->isRunning()) {
        delete m_watcher;
        return;
    }
    // Detached: nothing here waits for the worker. Its callbacks are posted to the watcher (alive
    // until the worker ends) and dropped there, since this job is gone.
    connect(m_watcher, &QFutureWatcher<RunResult>::finished, m_watcher, &QObject::deleteLater);
}

void PlanRunJob::cancel()
{
    m_cancel.cancel();
}

void PlanRunJob::run(const Plan& plan, int fromStep)
{
    start([plan, fromStep](PlanRunner& runner) { return runner.run(plan, fromStep); });
}

void PlanRunJob::undo(const Plan& plan, const RunResult& failed)
{
    start([plan, failed](PlanRunner& runner) { return runner.undo(plan, failed); });
}

void PlanRunJob::start(std::function<RunResult(PlanRunner&)> work)
{
    if (isRunning())
        return;
    m_cancel = CancelToken(); // a fresh token: a retry after a cancel runs
    const CancelToken cancel = m_cancel;
    const ExecutorFactory factory = m_factory;
    const QString logPath = m_logPath;
    const QStringList secrets = m_secrets;
    // The callbacks run in the worker: each is posted to the watcher, which lives until the worker
    // ends (even after this job is destroyed), and reaches the job only if it still exists (the
    // QPointer is read on the GUI thread only).
    QPointer<PlanRunJob> self(this);
    QFutureWatcher<RunResult>* watcher = m_watcher;
    auto post = [self, watcher](std::function<void(PlanRunJob*)> f) {
        QMetaObject::invokeMethod(
            watcher,
            [self, f] {
                if (self)
                    f(self.data());
            },
            Qt::QueuedConnection);
    };
    m_watcher->setFuture(QtConcurrent::run(networkJobPool(), [=]() {
        std::unique_ptr<RemoteExecutor> executor = factory(cancel);
        OperationLog log(logPath);
        for (const auto& s : secrets)
            log.addSecret(s);
        PlanRunner runner(*executor, &log, cancel);
        // The user confirmed the destructive steps on the confirm page before any run starts.
        runner.setAllowDestructive(true);
        PlanRunner::Observer obs;
        obs.stepStarted = [post](int step) { post([step](PlanRunJob* j) { Q_EMIT j->stepStarted(step); }); };
        obs.output = [post](int step, const QString& line) {
            post([step, line](PlanRunJob* j) { Q_EMIT j->output(step, line); });
        };
        obs.stepFinished = [post](int step, bool ok, const QString& message) {
            post([step, ok, message](PlanRunJob* j) { Q_EMIT j->stepFinished(step, ok, message); });
        };
        runner.setObserver(obs);
        return work(runner);
    }));
}

} // namespace warren
