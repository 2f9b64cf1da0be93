#pragma once

#include "ops/Plan.h"
#include "ops/PlanRunner.h"
#include "util/Cancel.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace warren {

class OperationWizard;

// The arguments of the operation (the OperationSpec's form).
class ChoosePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoosePage)
public:
    explicit ChoosePage(OperationWizard* wizard);
    bool validatePage() override;
    void retranslate();

private:
    OperationWizard* m_wizard;
    QLabel* m_description = nullptr;
    QLabel* m_cluster;
    QLabel* m_error;
};

// Reads the facts and builds the plan in a worker; shows each preflight check with its answer,
// and says plainly when the operation does not apply, is refused or has nothing to do.
class PreflightPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightPage)
public:
    explicit PreflightPage(OperationWizard* wizard);
    ~PreflightPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;
    bool isBusy() const { return m_watcher->isRunning(); }
    void retranslate();

private:
    void start();
    void show(const Plan& plan);

    OperationWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busy;
    QTableWidget* m_checks;
    QLabel* m_verdict;
    QPushButton* m_again;
    CancelToken m_cancel;
    // Owned; outlives the page while a read is under way (the page never waits for the hosts).
    QFutureWatcher<Plan>* m_watcher;
    bool m_ready = false;
    bool m_restart = false; // start again when the running read ends
};

// Every step with its exact commands, checks and undo, copyable.
class PlanPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)
public:
    explicit PlanPage(OperationWizard* wizard);
    void initializePage() override;
    static QString planHtml(const Plan& plan, bool useSudo);
    void retranslate();

private:
    OperationWizard* m_wizard;
    bool m_shown = false;
    QLabel* m_version;
    QTextBrowser* m_view;
    QPushButton* m_copy;
};

// Names and counts the destructive steps and what they destroy; runs only after an explicit
// tick and, for destructive plans, the subject host's name typed. Cancel is the default button.
class ConfirmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPage)
public:
    explicit ConfirmPage(OperationWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    void retranslate();

private:
    void updateTexts();

    OperationWizard* m_wizard;
    bool m_shown = false;
    QLabel* m_summary;
    QLabel* m_destroys;
    QCheckBox* m_check;
    QLabel* m_typeLabel;
    QLineEdit* m_typed;
};

// Progress, each step's state and the live log of a run (or an undo).
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)
public:
    enum class Mode { Run, Undo };
    explicit RunPage(OperationWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    void start(Mode mode, int fromStep);
    void connectJob();
    void showCancelling();
    void retranslate();

private:
    enum class StepState { Waiting, Running, Done, Failed };
    void setStepState(int step, StepState state);
    void showStepState(int step);

    QList<StepState> m_states;
    OperationWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTreeWidget* m_steps;
    QPlainTextEdit* m_log;
    QPushButton* m_cancel;
    bool m_finished = false;
};

// The verified result, or the failed step, the node's verified state and the choices left.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)
public:
    explicit ResultPage(OperationWizard* wizard);
    void initializePage() override;
    void retranslate();

private:
    OperationWizard* m_wizard;
    bool m_shown = false;
    QLabel* m_verdict;
    QLabel* m_details;
    QLabel* m_choicesTitle;
    QPushButton* m_retry;
    QPushButton* m_undo;
    QLabel* m_abort;
};

} // namespace warren
