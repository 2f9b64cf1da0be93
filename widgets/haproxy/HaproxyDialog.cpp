#include "HaproxyDialog.h"

#include "CodeView.h"
#include "DrillWidget.h"
#include "HaproxyExportPage.h"
#include "HaproxyLintPage.h"
#include "HaproxyPushPage.h"
#include "MessageBanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace warren {

HaproxyDialog::HaproxyDialog(const ClusterProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_workbench(new HaproxyWorkbench(this))
    , m_analysisTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("haproxyDialog"));
    m_workbench->setProfile(profile);
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(150);
    connect(m_analysisTimer, &QTimer::timeout, this,
        [this] { m_workbench->analyze(++m_analysisSerial, m_current, m_generated, m_exportPage->heartbeatSeconds()); });
    buildUi();
    fillNodes();
    retranslateUi();

    connect(m_workbench, &HaproxyWorkbench::currentLoaded, this, &HaproxyDialog::setCurrent);
    connect(m_workbench, &HaproxyWorkbench::currentFailed, this, [this](const QString& error) {
        m_banner->showMessage(error, MessageBanner::Type::Error);
        updateButtons();
    });
    connect(m_workbench, &HaproxyWorkbench::analysisReady, this, &HaproxyDialog::showAnalysis);
    connect(
        m_workbench, &HaproxyWorkbench::validated, this, [this](bool ok, const QString& where, const QString& output) {
            const QString place = where == QLatin1String("local") ? tr("this machine") : where;
            m_pushPage->showValidation(place, output);
            if (ok)
                m_banner->showMessage(
                    tr("The generated file is valid (haproxy -c on %1).").arg(place), MessageBanner::Type::Positive);
            else
                m_banner->showMessage(tr("HAProxy on %1 refuses the generated file: %2")
                                          .arg(place, output.section(QLatin1Char('\n'), 0, 0)),
                    MessageBanner::Type::Error);
            updateButtons();
        });
    connect(m_workbench, &HaproxyWorkbench::pushStep, this,
        [this](const QString& step) { m_pushPage->appendLog(QStringLiteral("• ") + step); });
    connect(m_workbench, &HaproxyWorkbench::pushFinished, this, &HaproxyDialog::onPushFinished);
    regenerate();
    updateButtons();
}

HaproxyDialog::~HaproxyDialog() = default;

void HaproxyDialog::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("haproxyBanner"));

    m_exportPage = new HaproxyExportPage(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("haproxyTabs"));
    m_preview = haproxyCodeView(m_tabs, QStringLiteral("previewView"));
    m_tabs->addTab(m_preview, QString());
    m_lintPage = new HaproxyLintPage(m_tabs);
    m_tabs->addTab(m_lintPage, QString());
    m_diffView = haproxyCodeView(m_tabs, QStringLiteral("diffView"));
    new DiffHighlighter(m_diffView->document());
    m_tabs->addTab(m_diffView, QString());
    m_pushPage = new HaproxyPushPage(m_tabs);
    m_tabs->addTab(m_pushPage, QString());
    m_drillPage = new DrillWidget(m_workbench, m_tabs);
    m_tabs->addTab(m_drillPage, QString());

    // Buttons with Warren's own texts: Qt's translations of the standard ones are optional on Debian.
    m_buttons = new QDialogButtonBox(this);
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveAsButton"));
    m_validateButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_validateButton->setObjectName(QStringLiteral("validateButton"));
    m_pushButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_exportPage);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    m_exportPage->setMinimumWidth(340);
    split->setSizes({ 360, 820 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    resize(1180, 760);

    connect(m_exportPage, &HaproxyExportPage::changed, this, &HaproxyDialog::regenerate);
    connect(m_lintPage, &HaproxyLintPage::fetchRequested, this, &HaproxyDialog::fetchCurrent);
    connect(m_lintPage, &HaproxyLintPage::openRequested, this, [this] { openFile(); });
    connect(m_pushPage, &HaproxyPushPage::confirmed, this, [this] { startPush(m_confirming); });
    connect(m_drillPage, &DrillWidget::started, this, [this] { m_tabs->setCurrentWidget(m_drillPage); });
    connect(m_drillPage, &DrillWidget::message, m_banner,
        [this](const QString& text, MessageBanner::Type type) { m_banner->showMessage(text, type); });
    connect(m_drillPage, &DrillWidget::stateChanged, this, &HaproxyDialog::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveAs(); });
    connect(m_validateButton, &QPushButton::clicked, this, &HaproxyDialog::validate);
    connect(m_pushButton, &QPushButton::clicked, this, &HaproxyDialog::push);
}

void HaproxyDialog::retranslateUi()
{
    const ClusterProfile& p = m_workbench->profile();
    setWindowTitle(tr("HAProxy Configuration — %1", "window title; %1: cluster name").arg(p.name));
    m_exportPage->retranslate(p);
    m_tabs->setTabText(m_tabs->indexOf(m_preview), tr("Generated haproxy.cfg"));
    m_tabs->setTabText(m_tabs->indexOf(m_lintPage), tr("Current File and Lint"));
    m_tabs->setTabText(m_tabs->indexOf(m_diffView), tr("Diff", "changes between two files"));
    m_tabs->setTabText(m_tabs->indexOf(m_pushPage), tr("Push Log"));
    m_tabs->setTabText(m_tabs->indexOf(m_drillPage), tr("Failover Drill"));
    m_lintPage->retranslate(p, m_workbench->remoteName());
    m_drillPage->retranslate();
    m_closeButton->setText(tr("Close"));
    m_saveButton->setText(tr("Save &As…"));
    m_validateButton->setText(tr("&Validate"));
    m_validateButton->setToolTip(
        tr("Check the generated file with haproxy -c (here when installed, else on the HAProxy host)"));
    m_pushButton->setText(tr("&Push…"));
    m_pushButton->setToolTip(tr("Replace haproxy.cfg on the HAProxy host and reload it"));
}

void HaproxyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        regenerate();
    }
    QDialog::changeEvent(event);
}

void HaproxyDialog::fillNodes()
{
    m_exportPage->setNodes(HaproxyExport::nodes(m_workbench->profile(), m_workbench->snapshot()));
}

void HaproxyDialog::setSnapshot(const ClusterSnapshot& snapshot)
{
    m_workbench->setSnapshot(snapshot);
    fillNodes();
    // Without a choice yet, the node HAProxy sends clients to now is the active one.
    if (const auto active = DrillSetup::activeHost(m_workbench->profile(), snapshot.haproxyServers))
        m_exportPage->selectActive(active->name);
    regenerate();
}

HaproxyExportOptions HaproxyDialog::options() const
{
    return m_exportPage->options();
}

void HaproxyDialog::regenerate()
{
    const auto text = m_workbench->generate(options());
    if (!text.ok()) {
        m_exportPage->setError(text.error().toString());
        m_generated.clear();
    } else {
        m_exportPage->setError(QString());
        m_generated = text.value();
    }
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setPlainText(m_generated);
    m_preview->verticalScrollBar()->setValue(scroll);
    scheduleAnalysis();
    updateButtons();
}

void HaproxyDialog::scheduleAnalysis()
{
    if (m_current.isEmpty() && m_currentSource.isEmpty())
        return;
    m_analysisTimer->start();
    // Pending until the timer fires and the worker answers.
    m_shownSerial = -1;
}

void HaproxyDialog::setCurrent(const QByteArray& text, const QString& source)
{
    m_current = text;
    m_currentSource = source;
    m_lintPage->setCurrent(text, source);
    m_banner->hideMessage();
    scheduleAnalysis();
    updateButtons();
}

void HaproxyDialog::showAnalysis(const HaproxyAnalysis& analysis)
{
    if (analysis.serial != m_analysisSerial)
        return; // a newer one is on its way
    m_shownSerial = analysis.serial;
    const int scroll = m_diffView->verticalScrollBar()->value();
    m_diffView->setPlainText(
        analysis.diff.isEmpty() ? tr("The current file and the generated one are the same.") : analysis.diff);
    m_diffView->verticalScrollBar()->setValue(scroll);
    m_lintPage->setFindings(analysis.findings);
    updateButtons();
}

QTableWidget* HaproxyDialog::lintTable() const
{
    return m_lintPage->lintTable();
}

int HaproxyDialog::currentLine() const
{
    return m_lintPage->currentLine();
}

QString HaproxyDialog::diffText() const
{
    return m_diffView->toPlainText();
}

QString HaproxyDialog::currentText() const
{
    return m_lintPage->currentText();
}

void HaproxyDialog::updateButtons()
{
    const bool haveFile = !m_generated.isEmpty();
    const bool pushing = m_workbench->isPushing();
    const bool drilling = m_workbench->isDrilling();
    const bool hostKnown = HaproxyPush(m_workbench->profile()).profileProblem().isEmpty();
    m_saveButton->setEnabled(haveFile);
    m_validateButton->setEnabled(haveFile && !m_workbench->isValidating());
    m_pushButton->setEnabled(haveFile && hostKnown && !pushing && !drilling);
    m_lintPage->setButtonsEnabled(hostKnown && !m_workbench->isFetching(), !m_workbench->isFetching());
    m_drillPage->updateButtons(hostKnown, pushing);
}

void HaproxyDialog::fetchCurrent()
{
    m_workbench->fetchCurrent();
    m_lintPage->setReading(m_workbench->remoteName());
    updateButtons();
}

void HaproxyDialog::openFile(const QString& path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Open haproxy.cfg"), QString(),
                             tr("HAProxy configuration (*.cfg);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    m_workbench->openFile(file);
    updateButtons();
}

void HaproxyDialog::saveAs(const QString& path)
{
    const QString file = path.isEmpty() ? QFileDialog::getSaveFileName(this, tr("Save haproxy.cfg"),
                             QStringLiteral("haproxy.cfg"), tr("HAProxy configuration (*.cfg);;All files (*)"))
                                        : path;
    if (file.isEmpty() || m_generated.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_generated.toUtf8()) < 0 || !out.commit()) {
        m_banner->showMessage(tr("Cannot save %1: %2").arg(file, out.errorString()), MessageBanner::Type::Error);
        return;
    }
    m_banner->showMessage(tr("Saved %1.").arg(file), MessageBanner::Type::Positive, MessageBanner::DefaultAutoHideMs);
}

void HaproxyDialog::validate()
{
    if (m_generated.isEmpty())
        return;
    m_workbench->validate(m_generated.toUtf8());
    updateButtons();
}

void HaproxyDialog::push()
{
    if (m_generated.isEmpty() || m_workbench->isPushing())
        return;
    const QString diff = diffText();
    const bool changes = !diff.isEmpty() && !m_current.isEmpty() && diff.startsWith(QLatin1String("---"));
    // What the confirmation shows is what gets pushed: the window is blocked while it is open.
    m_confirming = m_generated.toUtf8();
    const ClusterProfile& p = m_workbench->profile();
    m_pushPage->askToPush(this, p.haproxy.host, m_workbench->remoteName(), p.haproxy.configPath,
        changes ? diff : QString(), !m_current.isEmpty());
}

void HaproxyDialog::startPush(const QByteArray& config)
{
    if (config.isEmpty() || m_workbench->isPushing())
        return;
    m_tabs->setCurrentWidget(m_pushPage);
    m_pushPage->begin(m_workbench->remoteName());
    m_workbench->push(config);
    updateButtons();
}

void HaproxyDialog::onPushFinished(const HaproxyPushReport& report)
{
    const QString line = m_pushPage->showReport(report);
    m_banner->showMessage(line, report.ok ? MessageBanner::Type::Positive : MessageBanner::Type::Error);
    // The host now has what was pushed.
    if (report.ok)
        setCurrent(m_confirming.isEmpty() ? m_generated.toUtf8() : m_confirming, m_workbench->remoteName());
    updateButtons();
}

void HaproxyDialog::startDrill()
{
    m_drillPage->startDrill();
}

void HaproxyDialog::cancelDrill()
{
    m_drillPage->cancelDrill();
}

void HaproxyDialog::done(int result)
{
    if (m_workbench->isPushing() || m_workbench->isDrilling())
        sayWhatGoesOn();
    QDialog::done(result);
}

// Closing the window waits for nothing: the workbench's jobs outlive it. The user learns what
// still runs in a note over the main window (not this one, which is going away).
void HaproxyDialog::sayWhatGoesOn()
{
    QStringList lines;
    if (m_workbench->isPushing())
        lines << tr("The push to %1 goes on and is logged in the operation log; Warren restores the backup if it "
                    "fails.")
                     .arg(m_workbench->remoteName());
    if (m_workbench->isDrilling()) {
        m_workbench->cancelDrill();
        lines << tr("The failover drill is cancelled: in the background, Warren reads back the messages sent so far, "
                    "deletes the drill's queue and stops its clients; the outcome is logged in the operation log. A "
                    "node the drill already took down stays down: start it again.");
    }
    auto* box = new QMessageBox(QMessageBox::Information, tr("Still Running"), lines.join(QStringLiteral("\n\n")),
        QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("haproxyStillRunning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->button(QMessageBox::Ok)->setText(tr("OK"));
    box->show();
}

} // namespace warren
