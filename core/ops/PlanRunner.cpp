#include "PlanRunner.h"

#include "OpsText.h"

#include <QElapsedTimer>
#include <QThread>

namespace warren {

QString RunResult::outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Verified:
        return QStringLiteral("verified");
    case Outcome::AlreadyDone:
        return QStringLiteral("already-done");
    case Outcome::Previewed:
        return QStringLiteral("previewed");
    case Outcome::NotRunnable:
        return QStringLiteral("not-runnable");
    case Outcome::DestructiveRefused:
        return QStringLiteral("destructive-refused");
    case Outcome::PrecheckFailed:
        return QStringLiteral("precheck-failed");
    case Outcome::StepFailed:
        return QStringLiteral("step-failed");
    case Outcome::VerificationFailed:
        return QStringLiteral("verification-failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Undone:
        return QStringLiteral("undone");
    case Outcome::UndoFailed:
        break;
    }
    return QStringLiteral("undo-failed");
}

PlanRunner::PlanRunner(RemoteExecutor& executor, OperationLog* log, CancelToken cancel)
    : m_executor(executor)
    , m_log(log)
    , m_cancel(std::move(cancel))
{
}

void PlanRunner::emitOutput(int step, const QString& text)
{
    if (!m_observer.output)
        return;
    QString shown = text;
    for (const auto& s : m_secrets)
        shown.replace(s, QStringLiteral("***"));
    for (const auto& line : shown.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            m_observer.output(step, line);
    }
}

RemoteResult PlanRunner::exec(const Plan& plan, int step, const QString& phase, const QString& host,
    const RemoteCommand& command, int timeoutMs, const QByteArray& stdinData, bool showOutput)
{
    const QString shown = m_executor.display(command);
    emitOutput(step, QStringLiteral("%1$ %2").arg(host, shown));
    OperationLogEntry e = logEntry(plan, host, phase, shown);
    if (m_log)
        e.id = m_log->begin(e);
    RemoteResult r = m_executor.run(host, command, timeoutMs, stdinData.isEmpty() ? command.input : stdinData);
    const QString trimmed = OperationLog::trimOutput(r.out, r.err);
    if (showOutput)
        emitOutput(step, trimmed);
    if (!r.transportError.isEmpty())
        emitOutput(step, r.transportError);
    if (m_log) {
        e.time = QDateTime::currentDateTimeUtc();
        e.exitCode = r.exitCode;
        e.output = trimmed;
        e.error = r.transportError;
        m_log->append(e);
    }
    return r;
}

OperationLogEntry PlanRunner::logEntry(
    const Plan& plan, const QString& host, const QString& phase, const QString& command) const
{
    OperationLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.cluster = plan.cluster;
    e.operation = plan.operation;
    e.host = host;
    e.step = phase;
    e.command = command;
    return e;
}

bool PlanRunner::readSecret(const Plan& plan, int step, QByteArray* secret, QString* why)
{
    const Step& s = plan.steps[step];
    const QString shown = m_executor.display(s.secretSource);
    emitOutput(step, QStringLiteral("%1$ %2").arg(s.secretHost, shown));
    emitOutput(step, Ops::tr("(a secret: its output is never shown or logged)"));
    OperationLogEntry e = logEntry(plan, s.secretHost, QStringLiteral("secret:") + s.id, shown);
    if (m_log)
        e.id = m_log->begin(e);
    const RemoteResult r = m_executor.run(s.secretHost, s.secretSource, s.timeoutMs);
    if (m_log) {
        e.time = QDateTime::currentDateTimeUtc();
        e.exitCode = r.exitCode;
        e.output = Ops::tr("(secret, not logged)");
        e.error = r.transportError;
        m_log->append(e);
    }
    if (!r.ok() || r.out.isEmpty()) {
        *why = r.transportError.isEmpty()
            ? Ops::tr("reading the secret on %1 failed with exit code %2").arg(s.secretHost).arg(r.exitCode)
            : r.transportError;
        return false;
    }
    *secret = r.out;
    const QString value = QString::fromUtf8(r.out).trimmed();
    if (value.size() >= 6 && !m_secrets.contains(value))
        m_secrets << value;
    if (m_log)
        m_log->addSecret(value);
    return true;
}

bool PlanRunner::runCheck(const Plan& plan, int step, const QString& phase, const Check& check, QString* why)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const RemoteResult r
            = exec(plan, step, phase, check.host, check.command, check.timeoutMs, {}, !check.summarized);
        bool ok = false;
        QString reason;
        if (!r.transportError.isEmpty()) {
            reason = r.transportError;
        } else {
            switch (check.expect) {
            case Check::Expect::ExitZero:
                ok = r.exitCode == 0;
                reason = Ops::tr("exit code %1").arg(r.exitCode);
                break;
            case Check::Expect::ExitNonZero:
                ok = r.exitCode != 0;
                reason = Ops::tr("exit code %1").arg(r.exitCode);
                break;
            case Check::Expect::Predicate:
                ok = check.predicate && check.predicate(r, &reason);
                break;
            }
            if (check.summarized)
                emitOutput(step, QStringLiteral("→ ") + reason);
        }
        if (ok)
            return true;
        if (timer.elapsed() >= check.waitMs || m_cancel.isCancelled()) {
            *why = Ops::tr("%1: %2").arg(check.description, reason);
            return false;
        }
        // Poll again; sliced so a cancel is seen quickly.
        for (int i = 0; i < 10 && !m_cancel.isCancelled(); ++i)
            QThread::msleep(100);
    }
}

RunResult PlanRunner::fail(const Plan& plan, RunResult r)
{
    if (plan.stateProbe && !m_cancel.isCancelled())
        r.nodeState = plan.stateProbe(m_executor);
    if (m_observer.stepFinished)
        m_observer.stepFinished(r.failedStep, false, r.message);
    return r;
}

RunResult PlanRunner::preview(const Plan& plan)
{
    RunResult r;
    r.outcome = RunResult::Outcome::Previewed;
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (m_observer.stepStarted)
            m_observer.stepStarted(i);
        for (const auto& c : plan.steps[i].commands)
            emitOutput(i, QStringLiteral("%1$ %2").arg(plan.steps[i].host, m_executor.display(c)));
        if (m_observer.stepFinished)
            m_observer.stepFinished(i, true, Ops::tr("not run (dry run)"));
    }
    r.message = Ops::tr("dry run: nothing was executed");
    return r;
}

RunResult PlanRunner::run(const Plan& plan, int fromStep)
{
    RunResult r;
    r.completedSteps = fromStep;
    if (!plan.alreadyDone.isEmpty()) {
        r.outcome = RunResult::Outcome::AlreadyDone;
        r.message = plan.alreadyDone;
        return r;
    }
    if (plan.blocked()) {
        r.outcome = RunResult::Outcome::NotRunnable;
        QStringList why = plan.notApplicable + plan.allRefusals();
        if (plan.needsChoice()) {
            QStringList keys;
            for (const auto& c : plan.choices) {
                if (c.applicable)
                    keys << c.key;
            }
            why << Ops::tr("choose one of the fixes first: %1").arg(keys.join(QStringLiteral(", ")));
        }
        for (const auto& p : plan.preflight) {
            if (p.state == PreflightItem::State::Failed)
                why << QStringLiteral("%1: %2").arg(p.title, p.detail);
        }
        r.message = why.join(QStringLiteral("; "));
        return r;
    }
    if (plan.hasDestructiveSteps() && !m_allowDestructive) {
        r.outcome = RunResult::Outcome::DestructiveRefused;
        r.message = plan.destructiveSummary().join(QStringLiteral("; "));
        return r;
    }
    for (int i = qMax(0, fromStep); i < plan.steps.size(); ++i) {
        const Step& s = plan.steps[i];
        r.failedStep = i;
        if (m_cancel.isCancelled()) {
            r.outcome = RunResult::Outcome::Cancelled;
            r.message = Ops::tr("cancelled before step %1 (%2)").arg(i + 1).arg(s.id);
            return fail(plan, r);
        }
        if (m_observer.stepStarted)
            m_observer.stepStarted(i);
        QString why;
        for (const auto& c : s.prechecks) {
            if (!runCheck(plan, i, QStringLiteral("precheck:") + s.id, c, &why)) {
                r.outcome = RunResult::Outcome::PrecheckFailed;
                r.message = Ops::tr("step %1 (%2) not started, check failed: %3").arg(i + 1).arg(s.id, why);
                return fail(plan, r);
            }
        }
        QByteArray secret;
        if (s.secretStdinCommand >= 0 && !readSecret(plan, i, &secret, &why)) {
            r.outcome = RunResult::Outcome::StepFailed;
            r.message = Ops::tr("step %1 (%2) failed: %3").arg(i + 1).arg(s.id, why);
            return fail(plan, r);
        }
        for (int k = 0; k < s.commands.size(); ++k) {
            const RemoteCommand& c = s.commands[k];
            const QByteArray input = k == s.secretStdinCommand ? secret
                : k == s.stdinCommand                          ? s.stdinData
                                                               : QByteArray();
            const RemoteResult out = exec(plan, i, s.id, s.host, c, s.timeoutMs, input);
            if (!out.ok()) {
                secret.fill('\0');
                r.outcome = RunResult::Outcome::StepFailed;
                r.message = out.transportError.isEmpty()
                    ? Ops::tr("step %1 (%2) failed: %3 exited with %4")
                          .arg(i + 1)
                          .arg(s.id, m_executor.display(c))
                          .arg(out.exitCode)
                    : Ops::tr("step %1 (%2) failed: %3").arg(i + 1).arg(s.id, out.transportError);
                return fail(plan, r);
            }
            if (s.outputCheck && !s.outputCheck(out, &why)) {
                secret.fill('\0');
                r.outcome = RunResult::Outcome::StepFailed;
                r.message = Ops::tr("step %1 (%2) failed: %3").arg(i + 1).arg(s.id, why);
                return fail(plan, r);
            }
        }
        secret.fill('\0');
        for (const auto& c : s.verifications) {
            if (!runCheck(plan, i, QStringLiteral("verify:") + s.id, c, &why)) {
                r.outcome = RunResult::Outcome::StepFailed;
                r.message = Ops::tr("step %1 (%2) ran but is not verified: %3").arg(i + 1).arg(s.id, why);
                return fail(plan, r);
            }
        }
        r.completedSteps = i + 1;
        if (m_observer.stepFinished)
            m_observer.stepFinished(i, true, Ops::tr("done"));
    }
    r.failedStep = -1;
    if (m_observer.stepStarted)
        m_observer.stepStarted(-1);
    for (const auto& c : plan.verification) {
        QString why;
        if (!runCheck(plan, -1, QStringLiteral("verify"), c, &why)) {
            r.outcome = RunResult::Outcome::VerificationFailed;
            r.message = Ops::tr("every step ran but the result is not verified: %1").arg(why);
            return fail(plan, r);
        }
    }
    r.outcome = RunResult::Outcome::Verified;
    r.message = Ops::tr("verified");
    if (m_observer.stepFinished)
        m_observer.stepFinished(-1, true, r.message);
    return r;
}

RunResult PlanRunner::undo(const Plan& plan, const RunResult& failed)
{
    RunResult r;
    const int last = failed.completedSteps - 1;
    if (last < 0 || last >= plan.steps.size()) {
        r.outcome = RunResult::Outcome::Undone;
        r.message = Ops::tr("nothing to undo: no step had completed");
        return r;
    }
    const Step& s = plan.steps[last];
    r.failedStep = last;
    if (m_observer.stepStarted)
        m_observer.stepStarted(last);
    for (const auto& c : s.undoCommands) {
        const RemoteResult out = exec(plan, last, QStringLiteral("undo:") + s.id, s.host, c, s.timeoutMs);
        if (!out.ok()) {
            r.outcome = RunResult::Outcome::UndoFailed;
            r.message = Ops::tr("undo of step %1 (%2) failed: %3")
                            .arg(last + 1)
                            .arg(s.id,
                                out.transportError.isEmpty() ? Ops::tr("exit code %1").arg(out.exitCode)
                                                             : out.transportError);
            return fail(plan, r);
        }
    }
    r.outcome = RunResult::Outcome::Undone;
    r.message = Ops::tr("undone: %1").arg(s.undoDescription);
    if (plan.stateProbe)
        r.nodeState = plan.stateProbe(m_executor);
    if (m_observer.stepFinished)
        m_observer.stepFinished(last, true, r.message);
    return r;
}

} // namespace warren
