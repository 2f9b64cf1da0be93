#include "OperationWizardPages.h"

#include "Palette.h"

#include "NetworkJobs.h"
#include "OperationWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

namespace {

    // Verdicts and check states by tone; the colours come from the palette (light or dark).
    constexpr Tone OkTone = Tone::Good;
    constexpr Tone WarnTone = Tone::Warning;
    constexpr Tone BadTone = Tone::Bad;
    constexpr Tone InfoTone = Tone::Neutral;

    QColor toneInk(Tone tone)
    {
        return tone == InfoTone ? Palette::headingText() : Palette::pill(tone).text;
    }

    QLabel* wrapLabel(QWidget* parent, const QString& objectName)
    {
        auto* l = new QLabel(parent);
        l->setObjectName(objectName);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    }

    // A verdict line: coloured text on a tinted frame, like the message banner's tones.
    void setVerdict(QLabel* label, const QString& text, Tone tone)
    {
        label->setText(text);
        label->setVisible(!text.isEmpty());
        const Palette::Banner banner = Palette::banner(tone);
        label->setStyleSheet(QStringLiteral(
            "QLabel { color: %1; background: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
                                 .arg(toneInk(tone).name(), banner.background.name(), banner.border.name()));
    }

    QFont monospace()
    {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }

    QString stateText(PreflightItem::State s)
    {
        switch (s) {
        case PreflightItem::State::Ok:
            return OperationWizard::tr("pass", "a preflight check passed");
        case PreflightItem::State::Info:
            return OperationWizard::tr("info", "a preflight fact, not a check");
        case PreflightItem::State::Warning:
            return OperationWizard::tr("warn", "a preflight check warns");
        case PreflightItem::State::Failed:
            break;
        }
        return OperationWizard::tr("fail", "a preflight check failed");
    }

    QStyle::StandardPixmap stateIcon(PreflightItem::State s)
    {
        switch (s) {
        case PreflightItem::State::Ok:
            return QStyle::SP_DialogApplyButton;
        case PreflightItem::State::Info:
            return QStyle::SP_MessageBoxInformation;
        case PreflightItem::State::Warning:
            return QStyle::SP_MessageBoxWarning;
        case PreflightItem::State::Failed:
            break;
        }
        return QStyle::SP_MessageBoxCritical;
    }

    QColor stateColor(PreflightItem::State s)
    {
        switch (s) {
        case PreflightItem::State::Ok:
            return toneInk(OkTone);
        case PreflightItem::State::Info:
            return toneInk(InfoTone);
        case PreflightItem::State::Warning:
            return toneInk(WarnTone);
        case PreflightItem::State::Failed:
            break;
        }
        return toneInk(BadTone);
    }

    QString esc(const QString& s)
    {
        return s.toHtmlEscaped();
    }

} // namespace

// ---------------------------------------------------------------------------------------------
ChoosePage::ChoosePage(OperationWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("choosePage"));
    auto* layout = new QVBoxLayout(this);
    // The description in the page, wrapped: the wizard's header shows two lines of a subtitle at
    // most, and cut the longer descriptions off mid-sentence.
    m_description = wrapLabel(this, QStringLiteral("chooseDescription"));
    layout->addWidget(m_description);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    wizard->spec()->buildForm(this, form, wizard->context());
    layout->addLayout(form);
    m_cluster = wrapLabel(this, QStringLiteral("chooseClusterLabel"));
    m_cluster->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_cluster);
    m_error = wrapLabel(this, QStringLiteral("chooseError"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    retranslate();
}

void ChoosePage::retranslate()
{
    setTitle(OperationWizard::tr("Choose", "wizard page: the operation's arguments"));
    setSubTitle(m_wizard->spec()->title());
    m_description->setText(m_wizard->spec()->description());
    m_cluster->setText(OperationWizard::tr("Cluster: %1 (profile %2)", "RabbitMQ cluster")
                           .arg(m_wizard->context().profile.name, m_wizard->context().profile.filePath));
    m_wizard->spec()->retranslate();
    if (m_error->isVisible())
        setVerdict(m_error, m_wizard->spec()->validate(), BadTone);
}

bool ChoosePage::validatePage()
{
    const QString why = m_wizard->spec()->validate();
    setVerdict(m_error, why, BadTone);
    return why.isEmpty();
}

// ---------------------------------------------------------------------------------------------
PreflightPage::PreflightPage(OperationWizard* wizard)
    : m_wizard(wizard)
    , m_watcher(new QFutureWatcher<Plan>)
{
    setObjectName(QStringLiteral("preflightPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_status = wrapLabel(this, QStringLiteral("preflightStatus"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("preflightBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("preflightAgainButton"));
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    top->addWidget(m_again);
    layout->addLayout(top);
    m_checks = new QTableWidget(this);
    m_checks->setObjectName(QStringLiteral("preflightChecks"));
    m_checks->setColumnCount(3);
    m_checks->setAlternatingRowColors(true);
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setShowGrid(false);
    m_checks->verticalHeader()->hide();
    // The answers carry the reasons (which hashes differ, what does not resolve): wrapped, not elided.
    m_checks->setWordWrap(true);
    m_checks->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_checks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_checks->horizontalHeader()->resizeSection(1, 330);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_checks, 1);
    m_verdict = wrapLabel(this, QStringLiteral("preflightVerdict"));
    layout->addWidget(m_verdict);
    connect(m_again, &QPushButton::clicked, this, &PreflightPage::start);
    retranslate();
    connect(m_watcher, &QFutureWatcher<Plan>::finished, this, [this] {
        if (m_restart) {
            // The user went back and forward again while the old read was still running.
            m_restart = false;
            start();
            return;
        }
        show(m_watcher->result());
    });
}

void PreflightPage::retranslate()
{
    setTitle(OperationWizard::tr("Preflight", "wizard page: checks before anything runs"));
    setSubTitle(OperationWizard::tr("Warren reads each host's state over SSH. Nothing is changed yet."));
    m_again->setText(OperationWizard::tr("Check &Again"));
    m_checks->setHorizontalHeaderLabels({ OperationWizard::tr("Result"), OperationWizard::tr("Check"),
        OperationWizard::tr("Answer", "of a preflight check") });
    if (m_watcher->isRunning())
        m_status->setText(OperationWizard::tr("Reading the facts from the hosts…"));
    else if (m_ready)
        show(m_wizard->plan()); // the checks' own texts come from the plan, in the language it was built in
}

PreflightPage::~PreflightPage()
{
    m_cancel.cancel();
    if (!m_watcher->isRunning()) {
        delete m_watcher;
        return;
    }
    // Detached: the read ends in its worker (bounded by SSH's timeouts, sooner once the cancel is
    // seen) and its plan is dropped with the watcher; closing the wizard never waits for a host.
    connect(m_watcher, &QFutureWatcher<Plan>::finished, m_watcher, &QObject::deleteLater);
}

void PreflightPage::initializePage()
{
    start();
}

void PreflightPage::cleanupPage()
{
    m_cancel.cancel();
}

void PreflightPage::start()
{
    if (m_watcher->isRunning()) {
        m_restart = true;
        return;
    }
    m_ready = false;
    setFinalPage(false);
    m_cancel = CancelToken();
    m_checks->setRowCount(0);
    m_status->setText(OperationWizard::tr("Reading the facts from the hosts…"));
    m_busy->show();
    m_again->setEnabled(false);
    setVerdict(m_verdict, QString(), InfoTone);
    Q_EMIT completeChanged();
    const auto planner = m_wizard->planner();
    const CancelToken cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run(networkJobPool(), [planner, cancel] { return planner(cancel); }));
}

void PreflightPage::show(const Plan& plan)
{
    m_busy->hide();
    m_again->setEnabled(true);
    if (m_cancel.isCancelled())
        return;
    m_wizard->setPlan(plan);
    m_checks->setRowCount(int(plan.preflight.size()));
    int failed = 0, warned = 0;
    for (int row = 0; row < plan.preflight.size(); ++row) {
        const PreflightItem& p = plan.preflight[row];
        auto* state = new QTableWidgetItem(style()->standardIcon(stateIcon(p.state)), stateText(p.state));
        state->setForeground(stateColor(p.state));
        m_checks->setItem(row, 0, state);
        m_checks->setItem(row, 1, new QTableWidgetItem(p.title));
        m_checks->setItem(row, 2, new QTableWidgetItem(p.detail));
        failed += p.state == PreflightItem::State::Failed;
        warned += p.state == PreflightItem::State::Warning;
    }
    m_status->setText(OperationWizard::tr("%1 — RabbitMQ %2").arg(plan.title, plan.version.display()));
    QStringList lines;
    Tone tone = OkTone;
    if (!plan.notApplicable.isEmpty()) {
        for (const auto& r : plan.notApplicable)
            lines << OperationWizard::tr("This operation does not apply here: %1").arg(r);
        tone = WarnTone;
    } else if (!plan.refusals.isEmpty()) {
        for (const auto& r : plan.refusals)
            lines << OperationWizard::tr("Refused: %1").arg(r);
        tone = BadTone;
    } else if (failed > 0) {
        lines << OperationWizard::tr(
            "%n check(s) failed: fix them and check again; nothing was changed.", nullptr, failed);
        tone = BadTone;
    } else if (!plan.alreadyDone.isEmpty()) {
        lines << OperationWizard::tr("Nothing to do: %1").arg(plan.alreadyDone);
    } else if (warned > 0) {
        lines << OperationWizard::tr(
            "Every required check passed; %n warning(s) to read before going on.", nullptr, warned);
        tone = WarnTone;
    } else {
        lines << OperationWizard::tr("Every check passed.");
    }
    // An operation with several ways to carry it out (fix-address): each, with what it changes and
    // loses or why it does not apply here.
    for (const PlanChoice& c : plan.choices) {
        const QString mark = c.key == plan.chosen ? OperationWizard::tr("chosen", "the fix the user chose") : QString();
        const QString body = c.applicable ? c.consequences : OperationWizard::tr("does not apply: %1").arg(c.whyNot);
        lines << (mark.isEmpty() ? OperationWizard::tr("• %1: %2").arg(c.title, body)
                                 : OperationWizard::tr("• %1 (%2): %3").arg(c.title, mark, body));
    }
    setVerdict(m_verdict, lines.join(QLatin1Char('\n')), tone);
    m_ready = true;
    // Nothing to do is a success: Finish instead of Next (QWizard shows it only for a final page).
    setFinalPage(!plan.alreadyDone.isEmpty() && !plan.blocked());
    Q_EMIT completeChanged();
}

bool PreflightPage::isComplete() const
{
    if (!m_ready)
        return false;
    const Plan& plan = m_wizard->plan();
    return plan.runnable() || (!plan.alreadyDone.isEmpty() && !plan.blocked());
}

int PreflightPage::nextId() const
{
    if (m_ready && !m_wizard->plan().runnable())
        return -1; // nothing to run: Finish (already done) or only Cancel
    return OperationWizard::PlanId;
}

// ---------------------------------------------------------------------------------------------
PlanPage::PlanPage(OperationWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("planPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_version = wrapLabel(this, QStringLiteral("planVersion"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("planCopyButton"));
    top->addWidget(m_version, 1);
    top->addWidget(m_copy);
    layout->addLayout(top);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_wizard->plan().toText(m_wizard->useSudo())); });
    retranslate();
}

void PlanPage::retranslate()
{
    setTitle(OperationWizard::tr("Plan", "wizard page: the steps that will run"));
    setSubTitle(OperationWizard::tr(
        "Every command exactly as it will run, the checks around it, and what undoing each step means."));
    m_copy->setText(OperationWizard::tr("&Copy Plan"));
    m_copy->setToolTip(OperationWizard::tr("Copy the whole plan as text, commands included"));
    if (m_shown)
        initializePage();
}

void PlanPage::initializePage()
{
    m_shown = true;
    const Plan& plan = m_wizard->plan();
    m_version->setText(OperationWizard::tr("%1 — RabbitMQ %2, %n step(s)", nullptr, int(plan.steps.size()))
                           .arg(plan.title, plan.version.display()));
    m_view->setHtml(planHtml(plan, m_wizard->useSudo()));
}

QString PlanPage::planHtml(const Plan& plan, bool useSudo)
{
    const QString mono = monospace().family();
    const QString code = Palette::codeBackground().name();
    // The template's colour tokens (%M muted, %B bad, %H heading) filled before any argument, so a
    // user-supplied text is never scanned for them.
    const auto styled = [](QString tmpl) {
        return tmpl.replace(QLatin1String("%M"), Palette::mutedText().name())
            .replace(QLatin1String("%B"), Palette::pill(Tone::Bad).text.name())
            .replace(QLatin1String("%H"), Palette::headingText().name());
    };
    const QString pre
        = QStringLiteral("<pre style=\"font-family:'%1'; margin:2px 0 2px 18px; background:%3;\">%2</pre>");
    auto commands = [&](const QList<RemoteCommand>& list) {
        QStringList lines;
        for (const auto& c : list)
            lines << QStringLiteral("$ ") + esc(c.display(useSudo));
        return lines.isEmpty() ? QString() : pre.arg(mono, lines.join(QLatin1Char('\n')), code);
    };
    auto check = [&](const QString& label, const Check& c) {
        return styled(QStringLiteral("<div style=\"margin-left:18px; color:%M;\">%1</div>"))
                   .arg(esc(label.arg(c.description, c.host)))
            + pre.arg(mono, QStringLiteral("$ ") + esc(c.command.display(useSudo)), code);
    };
    QString html;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const Step& s = plan.steps[i];
        html += styled(
            QStringLiteral("<p style=\"margin-top:10px;\"><b>%1. %2</b> <span style=\"color:%M;\">[%3]</span></p>"))
                    .arg(i + 1)
                    .arg(esc(s.description), esc(s.host));
        if (s.destructive)
            html += styled(QStringLiteral("<div style=\"margin-left:18px; color:%B;\"><b>%1</b></div>"))
                        .arg(esc(OperationWizard::tr("Destructive: %1").arg(s.destroys)));
        for (const auto& c : s.prechecks)
            html += check(OperationWizard::tr("Check before: %1 (on %2)"), c);
        if (s.secretStdinCommand >= 0)
            html += styled(QStringLiteral("<div style=\"margin-left:18px; color:%M;\">%1</div>"))
                        .arg(esc(OperationWizard::tr(
                            "Reads a secret on %1 (never shown or logged) and passes it on standard input: %2")
                                     .arg(s.secretHost, s.secretSource.display(useSudo))));
        html += commands(s.commands);
        for (const auto& c : s.verifications)
            html += check(OperationWizard::tr("Verify: %1 (on %2)"), c);
        if (!s.undoDescription.isEmpty())
            html += styled(QStringLiteral("<div style=\"margin-left:18px; color:%H;\"><i>%1</i></div>"))
                        .arg(esc(OperationWizard::tr("Undo: %1").arg(s.undoDescription)));
        html += commands(s.undoCommands);
    }
    if (!plan.verification.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:10px;\"><b>%1</b></p>")
                    .arg(esc(OperationWizard::tr("Verification after the last step")));
        for (const auto& c : plan.verification)
            html += check(QStringLiteral("%1 (%2)"), c);
    }
    return html;
}

// ---------------------------------------------------------------------------------------------
ConfirmPage::ConfirmPage(OperationWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("confirmPage"));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    m_summary = wrapLabel(this, QStringLiteral("confirmSummary"));
    m_destroys = wrapLabel(this, QStringLiteral("confirmDestroys"));
    m_check = new QCheckBox(this);
    m_check->setObjectName(QStringLiteral("confirmCheck"));
    m_typeLabel = wrapLabel(this, QStringLiteral("confirmTypeLabel"));
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("confirmTypedEdit"));
    layout->addWidget(m_summary);
    layout->addWidget(m_destroys);
    layout->addSpacing(8);
    layout->addWidget(m_check);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_typed);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_typed, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void ConfirmPage::retranslate()
{
    setTitle(OperationWizard::tr("Confirm", "wizard page: last look before running"));
    setButtonText(QWizard::CommitButton, OperationWizard::tr("&Run", "run the plan"));
    if (m_shown)
        updateTexts();
}

void ConfirmPage::initializePage()
{
    m_shown = true;
    m_check->setChecked(false);
    m_typed->clear();
    updateTexts();
}

void ConfirmPage::updateTexts()
{
    const Plan& plan = m_wizard->plan();
    QStringList hosts;
    for (const auto& s : plan.steps) {
        if (!hosts.contains(s.host))
            hosts << s.host;
    }
    const QStringList destructive = plan.destructiveSummary();
    setSubTitle(plan.title);
    m_summary->setText(OperationWizard::tr("%n step(s) will run on %1.", nullptr, int(plan.steps.size()))
                           .arg(hosts.join(QStringLiteral(", ")))
        + QLatin1Char(' ')
        + (destructive.isEmpty() ? OperationWizard::tr("None of them destroys data.")
                                 : OperationWizard::tr("%n destructive step(s), deleting what no undo brings back:",
                                     nullptr, int(destructive.size()))));
    m_destroys->setVisible(!destructive.isEmpty());
    QString list;
    for (const auto& d : destructive)
        list += QStringLiteral("<li>%1</li>").arg(esc(d));
    m_destroys->setText(QStringLiteral("<ul style=\"margin:0;\">%1</ul>").arg(list));
    setVerdict(m_destroys, m_destroys->text(), BadTone);
    m_destroys->setVisible(!destructive.isEmpty());
    m_check->setText(destructive.isEmpty()
            ? OperationWizard::tr("I have read the plan: run it")
            : OperationWizard::tr("I understand what the destructive steps delete: run the plan"));
    m_typeLabel->setVisible(!destructive.isEmpty());
    m_typed->setVisible(!destructive.isEmpty());
    m_typeLabel->setText(OperationWizard::tr("Type <b>%1</b> to confirm:", "the host name the destructive steps run on")
                             .arg(esc(plan.subjectHost)));
    m_typed->setPlaceholderText(plan.subjectHost);
}

bool ConfirmPage::isComplete() const
{
    if (!m_check->isChecked())
        return false;
    const Plan& plan = m_wizard->plan();
    return !plan.hasDestructiveSteps() || m_typed->text().trimmed() == plan.subjectHost;
}

// ---------------------------------------------------------------------------------------------
RunPage::RunPage(OperationWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("runPage"));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_status = wrapLabel(this, QStringLiteral("runStatus"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("runCancelButton"));
    top->addWidget(m_status, 1);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    layout->addWidget(m_progress);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_steps->setColumnCount(2);
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_steps->header()->resizeSection(0, 460);
    m_steps->setMaximumHeight(150);
    layout->addWidget(m_steps);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setFont(monospace());
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000);
    layout->addWidget(m_log, 1);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::showCancelling);
    retranslate();
}

void RunPage::retranslate()
{
    setTitle(OperationWizard::tr("Run", "wizard page: the plan running"));
    setSubTitle(OperationWizard::tr(
        "Each step runs after its checks and is verified before the next one; every command is logged."));
    setButtonText(QWizard::CommitButton, OperationWizard::tr("Show &Result"));
    m_cancel->setText(m_cancel->isEnabled() || m_finished ? OperationWizard::tr("&Stop After This Step")
                                                          : OperationWizard::tr("Stopping after this step…"));
    m_cancel->setToolTip(
        OperationWizard::tr("A step that has started always finishes; the run stops before the next one"));
    m_steps->setHeaderLabels({ OperationWizard::tr("Step"), OperationWizard::tr("State", "of a step") });
    for (int i = 0; i < m_states.size(); ++i)
        showStepState(i);
}

void RunPage::connectJob()
{
    PlanRunJob* job = m_wizard->job();
    connect(job, &PlanRunJob::stepStarted, this, [this](int step) {
        if (step < 0) {
            m_status->setText(OperationWizard::tr("Verifying the result…"));
            m_log->appendPlainText(QStringLiteral("==> ") + OperationWizard::tr("verifying the result"));
            return;
        }
        m_status->setText(OperationWizard::tr("Step %1 of %2: %3")
                              .arg(step + 1)
                              .arg(m_wizard->plan().steps.size())
                              .arg(m_wizard->plan().steps.value(step).description));
        setStepState(step, StepState::Running);
        m_log->appendPlainText(
            QStringLiteral("==> %1. %2").arg(step + 1).arg(m_wizard->plan().steps.value(step).description));
    });
    connect(job, &PlanRunJob::output, this,
        [this](int, const QString& line) { m_log->appendPlainText(QStringLiteral("    ") + line); });
    connect(job, &PlanRunJob::stepFinished, this, [this](int step, bool ok, const QString& message) {
        if (step >= 0) {
            setStepState(step, ok ? StepState::Done : StepState::Failed);
            if (ok)
                m_progress->setValue(qMax(m_progress->value(), step + 1));
        }
        m_log->appendPlainText(QStringLiteral("    ")
            + (ok ? OperationWizard::tr("ok: %1") : OperationWizard::tr("FAILED: %1")).arg(message));
    });
    connect(job, &PlanRunJob::finished, this, [this](const RunResult& r) {
        m_wizard->setLastResult(r);
        m_finished = true;
        m_cancel->setEnabled(false);
        m_status->setText(r.ok() ? OperationWizard::tr("Finished: %1").arg(r.message)
                                 : OperationWizard::tr("Stopped: %1").arg(r.message));
        if (r.outcome == RunResult::Outcome::Verified)
            m_progress->setValue(m_progress->maximum());
        Q_EMIT completeChanged();
    });
}

void RunPage::initializePage()
{
    const Plan& plan = m_wizard->plan();
    m_steps->clear();
    m_states.clear();
    for (int i = 0; i < plan.steps.size(); ++i) {
        auto* item
            = new QTreeWidgetItem(m_steps, { QStringLiteral("%1. %2").arg(i + 1).arg(plan.steps[i].description) });
        item->setToolTip(0, item->text(0));
        m_states << StepState::Waiting;
        showStepState(i);
    }
    m_progress->setRange(0, int(plan.steps.size()));
    m_progress->setValue(0);
    m_log->clear();
    start(Mode::Run, 0);
}

void RunPage::start(Mode mode, int fromStep)
{
    m_finished = false;
    m_cancel->setEnabled(true);
    m_cancel->setText(OperationWizard::tr("&Stop After This Step"));
    Q_EMIT completeChanged();
    const Plan& plan = m_wizard->plan();
    if (mode == Mode::Undo) {
        m_log->appendPlainText(QStringLiteral("==> ") + OperationWizard::tr("undo"));
        m_wizard->job()->undo(plan, m_wizard->lastResult());
    } else {
        if (fromStep > 0)
            m_log->appendPlainText(
                QStringLiteral("==> ") + OperationWizard::tr("retry from step %1").arg(fromStep + 1));
        m_wizard->job()->run(plan, fromStep);
    }
    m_status->setText(OperationWizard::tr("Starting…"));
}

void RunPage::showCancelling()
{
    if (!m_wizard->job()->isRunning())
        return;
    m_wizard->job()->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(OperationWizard::tr("Stopping after this step…"));
}

bool RunPage::isComplete() const
{
    return m_finished;
}

void RunPage::setStepState(int step, StepState state)
{
    if (step < 0 || step >= m_states.size())
        return;
    m_states[step] = state;
    showStepState(step);
    m_steps->scrollToItem(m_steps->topLevelItem(step));
}

void RunPage::showStepState(int step)
{
    QTreeWidgetItem* item = m_steps->topLevelItem(step);
    if (!item)
        return;
    const StepState state = m_states.value(step);
    item->setText(1,
        state == StepState::Waiting       ? OperationWizard::tr("waiting")
            : state == StepState::Running ? OperationWizard::tr("running…")
            : state == StepState::Done    ? OperationWizard::tr("done")
                                          : OperationWizard::tr("failed"));
    item->setForeground(1, toneInk(state == StepState::Failed ? BadTone : InfoTone));
}

// ---------------------------------------------------------------------------------------------
ResultPage::ResultPage(OperationWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("resultPage"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_verdict = wrapLabel(this, QStringLiteral("resultVerdict"));
    m_details = wrapLabel(this, QStringLiteral("resultDetails"));
    m_details->setFont(monospace());
    m_choicesTitle = wrapLabel(this, QStringLiteral("resultChoicesTitle"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("resultRetryButton"));
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("resultUndoButton"));
    m_abort = wrapLabel(this, QStringLiteral("resultAbortLabel"));
    layout->addWidget(m_verdict);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(m_choicesTitle);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_abort);
    layout->addStretch(1);
    connect(m_retry, &QPushButton::clicked, wizard, &OperationWizard::retry);
    connect(m_undo, &QPushButton::clicked, wizard, &OperationWizard::undoLast);
    retranslate();
}

void ResultPage::retranslate()
{
    setTitle(OperationWizard::tr("Result", "wizard page: the verified outcome"));
    setSubTitle(OperationWizard::tr("What the hosts report now, read back after the run."));
    if (m_shown)
        initializePage();
}

void ResultPage::initializePage()
{
    m_shown = true;
    const RunResult& r = m_wizard->lastResult();
    const Plan& plan = m_wizard->plan();
    const bool ok = r.ok();
    QString verdict;
    switch (r.outcome) {
    case RunResult::Outcome::Verified:
        verdict = OperationWizard::tr("Done and verified: %1").arg(plan.title);
        break;
    case RunResult::Outcome::Undone:
        verdict = OperationWizard::tr("Undone: %1").arg(r.message);
        break;
    case RunResult::Outcome::Cancelled:
        verdict = OperationWizard::tr("Stopped before step %1: %2").arg(r.failedStep + 1).arg(r.message);
        break;
    default:
        verdict = ok ? r.message : OperationWizard::tr("Failed: %1").arg(r.message);
        break;
    }
    setVerdict(m_verdict, verdict, ok ? OkTone : (r.outcome == RunResult::Outcome::Cancelled ? WarnTone : BadTone));

    QStringList details;
    if (ok && r.outcome == RunResult::Outcome::Verified) {
        for (const auto& c : plan.verification)
            details << QStringLiteral("✓ ") + c.description;
    }
    if (!r.nodeState.isEmpty()) {
        details << OperationWizard::tr("Verified state now:", "of the node, read back after the failure");
        for (const auto& line : r.nodeState)
            details << QStringLiteral("  ") + line;
    }
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());

    const bool failedRun = !ok && r.failedStep >= 0 && r.outcome != RunResult::Outcome::UndoFailed;
    const bool canUndo = !ok && r.completedSteps > 0 && r.completedSteps <= plan.steps.size()
        && !plan.steps[r.completedSteps - 1].undoCommands.isEmpty();
    m_choicesTitle->setVisible(!ok);
    m_choicesTitle->setText(OperationWizard::tr("What is left to do:"));
    m_retry->setVisible(failedRun || r.outcome == RunResult::Outcome::UndoFailed);
    m_retry->setText(r.outcome == RunResult::Outcome::UndoFailed ? OperationWizard::tr("Retry the &Undo")
            : r.outcome == RunResult::Outcome::Cancelled
            ? OperationWizard::tr("&Resume from Step %1").arg(r.failedStep + 1)
            : OperationWizard::tr("&Retry Step %1").arg(r.failedStep + 1));
    m_undo->setVisible(canUndo && r.outcome != RunResult::Outcome::UndoFailed);
    if (canUndo) {
        const Step& last = plan.steps[r.completedSteps - 1];
        m_undo->setText(OperationWizard::tr("&Undo Step %1").arg(r.completedSteps));
        m_undo->setToolTip(last.undoDescription);
    }
    m_abort->setVisible(!ok);
    m_abort->setText(OperationWizard::tr(
        "Or abort: close the wizard and leave the node as it is now (every command is in the operation log)."));
}

} // namespace warren
