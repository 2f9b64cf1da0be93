#pragma once

#include "OperationLog.h"
#include "Plan.h"
#include "RemoteExecutor.h"
#include "util/Cancel.h"

#include <functional>

namespace warren {

struct RunResult
{
    enum class Outcome {
        Verified, // every step ran and the plan's verification holds
        AlreadyDone, // nothing to do: the goal already held
        Previewed, // dry run: nothing ran
        NotRunnable, // the plan is blocked (does not apply, refused, preflight failed)
        DestructiveRefused,
        PrecheckFailed, // a step's check before it failed: the step did not run
        StepFailed, // a command of the step failed or its verification did not hold
        VerificationFailed, // all steps ran but the final verification does not hold
        Cancelled, // cancelled between steps
        Undone, // undo ran and brought the node back
        UndoFailed,
    };
    Outcome outcome = Outcome::NotRunnable;
    int failedStep = -1; // index of the failed or next step
    int completedSteps = 0; // steps 0 .. completedSteps-1 ran and were verified
    QString message; // translated
    QStringList nodeState; // the subject node's verified state after a failure (translated lines)

    bool ok() const
    {
        return outcome == Outcome::Verified || outcome == Outcome::AlreadyDone || outcome == Outcome::Undone;
    }
    static QString outcomeKey(Outcome o);
};

// Runs a Plan step by step. Blocking: run it in a worker thread (the GUI observes it through the
// callbacks, which are called in that thread) or directly from the CLI. Before each step its
// prechecks run, then its commands, then its verifications; the first failure stops the run and
// the subject node's state is read back. The CancelToken is checked between steps and commands.
// retry: run(plan, result.failedStep); resume after a cancel: run(plan, result.failedStep);
// undo: undo(plan, result).
class PlanRunner final
{
public:
    struct Observer
    {
        std::function<void(int step)> stepStarted; // -1: the final verification
        std::function<void(int step, const QString& line)> output; // commands and their output lines
        std::function<void(int step, bool ok, const QString& message)> stepFinished;
    };

    PlanRunner(RemoteExecutor& executor, OperationLog* log, CancelToken cancel = {});

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    void setAllowDestructive(bool allow) { m_allowDestructive = allow; }

    RunResult run(const Plan& plan, int fromStep = 0);
    RunResult preview(const Plan& plan); // dry run: streams every command, runs none
    // Undoes the last completed step of a failed run (each step's undo brings the node back to a
    // running state from right after that step).
    RunResult undo(const Plan& plan, const RunResult& failed);

private:
    bool runCheck(const Plan& plan, int step, const QString& phase, const Check& check, QString* why);
    RemoteResult exec(const Plan& plan, int step, const QString& phase, const QString& host,
        const RemoteCommand& command, int timeoutMs, const QByteArray& stdinData = {}, bool showOutput = true);
    bool readSecret(const Plan& plan, int step, QByteArray* secret, QString* why);
    OperationLogEntry logEntry(
        const Plan& plan, const QString& host, const QString& phase, const QString& command) const;
    void emitOutput(int step, const QString& text);
    RunResult fail(const Plan& plan, RunResult r);

    RemoteExecutor& m_executor;
    OperationLog* m_log;
    CancelToken m_cancel;
    Observer m_observer;
    bool m_allowDestructive = false;
    QStringList m_secrets; // read during the run: blanked out of every line shown
};

} // namespace warren
