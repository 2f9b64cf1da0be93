#pragma once

#include "OperationSpec.h"
#include "PlanRunJob.h"
#include "ops/Plan.h"
#include "ops/PlanRunner.h"

#include <QWizard>

#include <memory>

namespace warren {

class ChoosePage;
class PreflightPage;
class PlanPage;
class ConfirmPage;
class RunPage;
class ResultPage;

// The wizard of one cluster operation over core/ops: choose the arguments → preflight (facts read
// in a worker) → the plan with every command and its undo → confirm (destructive steps named and
// counted; Cancel is the default button) → run (PlanRunner in a worker; live log; cancel between
// steps) → the verified result, or the failed step with the node's verified state and the choices
// left (retry, undo, abort). The operation-specific part is only the OperationSpec's first page.
class OperationWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationWizard)

public:
    enum PageId { ChooseId, PreflightId, PlanId, ConfirmId, RunId, ResultId };

    OperationWizard(std::unique_ptr<OperationSpec> spec, const OperationContext& context, QWidget* parent = nullptr);
    ~OperationWizard() override;

    // Opens the wizard of operation KEY non-modally (deleted on close); nullptr for an unknown key.
    static OperationWizard* open(const QString& key, const OperationContext& context, QWidget* parent);

    // Seams for tests: where plans come from (default: the spec's planner over SSH), the executor
    // runs use (default: SshExecutor over the profile) and the operation log's path.
    void setPlannerOverride(std::function<Plan(CancelToken)> planner) { m_plannerOverride = std::move(planner); }
    void setExecutorFactory(PlanRunJob::ExecutorFactory factory);
    void setLogPath(const QString& path);

    OperationSpec* spec() const { return m_spec.get(); }
    const OperationContext& context() const { return m_context; }
    std::function<Plan(CancelToken)> planner() const;
    bool useSudo() const { return m_context.profile.ssh.sudo; }

    const Plan& plan() const { return m_plan; }
    void setPlan(const Plan& plan) { m_plan = plan; }
    PlanRunJob* job() const { return m_job; }
    const RunResult& lastResult() const { return m_lastResult; }
    void setLastResult(const RunResult& r) { m_lastResult = r; }

    // From the result page: run again from the failed step, or undo the last completed step.
    void retry();
    void undoLast();

public Q_SLOTS:
    void reject() override; // while a run is going on: cancel after the current step instead

protected:
    void changeEvent(QEvent* event) override;

private:
    void onPageChanged(int id);
    void rebuildJob();

    std::unique_ptr<OperationSpec> m_spec;
    OperationContext m_context;
    std::function<Plan(CancelToken)> m_plannerOverride;
    PlanRunJob::ExecutorFactory m_factory;
    QString m_logPath;
    PlanRunJob* m_job = nullptr;
    Plan m_plan;
    RunResult m_lastResult;
    RunPage* m_runPage = nullptr;
};

} // namespace warren
