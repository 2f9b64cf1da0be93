#pragma once

#include "ops/Plan.h"
#include "ops/PlanRunner.h"
#include "ops/RemoteExecutor.h"
#include "util/Cancel.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace warren {

// Runs a Plan (or the undo of a failed run) with core's PlanRunner in a worker thread and turns
// the runner's callbacks into signals on the GUI thread. The executor is made in the worker (an
// SSH session belongs to one thread). cancel() stops between steps, as the runner does.
class PlanRunJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRunJob)

public:
    using ExecutorFactory = std::function<std::unique_ptr<RemoteExecutor>(CancelToken)>;

    PlanRunJob(ExecutorFactory factory, QString logPath, QObject* parent = nullptr);
    // Cancels and returns at once: a running step finishes in its worker (bounded by the
    // command's timeout and SSH's liveness check), its result goes to the operation log, and the
    // worker's watcher deletes itself then. Quitting Warren mid-run never freezes the window.
    ~PlanRunJob() override;

    // Values the log must never contain (the API password), replaced by "***".
    void setSecrets(const QStringList& secrets) { m_secrets = secrets; }
    void run(const Plan& plan, int fromStep);
    void undo(const Plan& plan, const RunResult& failed);
    void cancel();
    bool isRunning() const { return m_watcher->isRunning(); }
    bool isCancelling() const { return m_cancel.isCancelled() && isRunning(); }

Q_SIGNALS:
    void stepStarted(int step); // -1: the final verification
    void output(int step, const QString& line);
    void stepFinished(int step, bool ok, const QString& message);
    void finished(const warren::RunResult& result);

private:
    void start(std::function<RunResult(PlanRunner&)> work);

    ExecutorFactory m_factory;
    QString m_logPath;
    QStringList m_secrets;
    CancelToken m_cancel;
    QFutureWatcher<RunResult>* m_watcher; // owned; outlives this object while a run is under way
};

} // namespace warren
