#include "OperationWizard.h"

#include "OperationWizardPages.h"
#include "ops/OperationLog.h"
#include "ops/SshExecutor.h"
#include "status/StatusCollector.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPushButton>

namespace warren {

OperationWizard::OperationWizard(std::unique_ptr<OperationSpec> spec, const OperationContext& context, QWidget* parent)
    : QWizard(parent)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_logPath(OperationLog::defaultPath())
{
    setObjectName(QStringLiteral("operationWizard_%1").arg(m_spec->key()));
    setWindowTitle(m_spec->title());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    const ClusterProfile profile = m_context.profile;
    m_factory = [profile](CancelToken cancel) -> std::unique_ptr<RemoteExecutor> {
        return std::make_unique<SshExecutor>(profile, cancel);
    };
    setPage(ChooseId, new ChoosePage(this));
    setPage(PreflightId, new PreflightPage(this));
    setPage(PlanId, new PlanPage(this));
    setPage(ConfirmId, new ConfirmPage(this));
    m_runPage = new RunPage(this);
    setPage(RunId, m_runPage);
    setPage(ResultId, new ResultPage(this));
    setStartId(ChooseId);
    rebuildJob();
    connect(this, &QWizard::currentIdChanged, this, &OperationWizard::onPageChanged);
    resize(900, 660);
}

OperationWizard::~OperationWizard() = default;

OperationWizard* OperationWizard::open(const QString& key, const OperationContext& context, QWidget* parent)
{
    std::unique_ptr<OperationSpec> spec = OperationSpecs::create(key);
    if (!spec)
        return nullptr;
    auto* w = new OperationWizard(std::move(spec), context, parent);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    return w;
}

std::function<Plan(CancelToken)> OperationWizard::planner() const
{
    return m_plannerOverride ? m_plannerOverride : m_spec->planner(m_context.profile);
}

void OperationWizard::setExecutorFactory(PlanRunJob::ExecutorFactory factory)
{
    m_factory = std::move(factory);
    rebuildJob();
}

void OperationWizard::setLogPath(const QString& path)
{
    m_logPath = path;
    rebuildJob();
}

void OperationWizard::rebuildJob()
{
    if (m_job && m_job->isRunning())
        return;
    delete m_job;
    m_job = new PlanRunJob(m_factory, m_logPath, this);
    // The API password must never reach the log, even if a remote program echoes it.
    QString ignored;
    const QString password = StatusCollector(m_context.profile).apiOptions(&ignored).password;
    if (!password.isEmpty())
        m_job->setSecrets({ password });
    m_runPage->connectJob();
}

void OperationWizard::onPageChanged(int id)
{
    // On the confirm page Enter must not run anything: Cancel is the default button there.
    const bool confirm = id == ConfirmId;
    setOption(QWizard::NoDefaultButton, confirm);
    if (auto* cancel = qobject_cast<QPushButton*>(button(QWizard::CancelButton)))
        cancel->setDefault(confirm);
    // While a run is going on the wizard cannot be closed; Cancel stops between steps instead.
    button(QWizard::CancelButton)->setEnabled(true);
}

void OperationWizard::retry()
{
    const RunResult r = m_lastResult;
    back(); // to the run page (going back does not run its initializePage again)
    if (r.outcome == RunResult::Outcome::UndoFailed) {
        RunResult again = r;
        again.completedSteps = r.failedStep + 1;
        m_lastResult = again;
        m_runPage->start(RunPage::Mode::Undo, 0);
    } else {
        m_runPage->start(RunPage::Mode::Run, qMax(0, r.failedStep));
    }
}

void OperationWizard::undoLast()
{
    back();
    m_runPage->start(RunPage::Mode::Undo, 0);
}

void OperationWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(m_spec->title());
        static_cast<ChoosePage*>(page(ChooseId))->retranslate();
        static_cast<PreflightPage*>(page(PreflightId))->retranslate();
        static_cast<PlanPage*>(page(PlanId))->retranslate();
        static_cast<ConfirmPage*>(page(ConfirmId))->retranslate();
        m_runPage->retranslate();
        static_cast<ResultPage*>(page(ResultId))->retranslate();
    }
    QWizard::changeEvent(event);
}

void OperationWizard::reject()
{
    if (m_job->isRunning()) {
        m_runPage->showCancelling();
        return;
    }
    QWizard::reject();
}

} // namespace warren
