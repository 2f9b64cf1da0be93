#include "HaproxyDialog.h"

#include "MessageBanner.h"
#include "haproxy/HaproxyConfig.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace warren {

namespace {

    enum LintColumn { ColCode, ColSeverity, ColLine, ColMessage, ColFix, ColCount };
    enum LogChoice { LogDebian, LogNone, LogCustom };

    // `diff -u` colours: added lines green, removed red, hunk headers blue.
    class DiffHighlighter final : public QSyntaxHighlighter
    {
    public:
        using QSyntaxHighlighter::QSyntaxHighlighter;

    protected:
        void highlightBlock(const QString& text) override
        {
            QTextCharFormat f;
            if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
                f.setFontWeight(QFont::Bold);
            } else if (text.startsWith(QLatin1Char('+'))) {
                f.setForeground(QColor(0x1b, 0x5e, 0x20));
                f.setBackground(QColor(0xe6, 0xf4, 0xea));
            } else if (text.startsWith(QLatin1Char('-'))) {
                f.setForeground(QColor(0xb7, 0x1c, 0x1c));
                f.setBackground(QColor(0xfd, 0xe7, 0xe9));
            } else if (text.startsWith(QLatin1String("@@"))) {
                f.setForeground(QColor(0x15, 0x65, 0xc0));
            } else {
                return;
            }
            setFormat(0, int(text.size()), f);
        }
    };

    QPlainTextEdit* codeView(QWidget* parent, const QString& objectName)
    {
        auto* v = new QPlainTextEdit(parent);
        v->setObjectName(objectName);
        v->setReadOnly(true);
        v->setLineWrapMode(QPlainTextEdit::NoWrap);
        v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // A hostile file may have a megabyte on one line: the view shows it, bounded by the parser's limits.
        v->setMaximumBlockCount(HaproxyConfig::kMaxLines + 1);
        return v;
    }

    QString severityText(HaproxyFinding::Severity s)
    {
        switch (s) {
        case HaproxyFinding::Severity::Error:
            return HaproxyDialog::tr("Error", "lint finding severity");
        case HaproxyFinding::Severity::Warning:
            return HaproxyDialog::tr("Warning", "lint finding severity");
        case HaproxyFinding::Severity::Info:
            break;
        }
        return HaproxyDialog::tr("Note", "lint finding severity");
    }

    QIcon severityIcon(const QStyle* style, HaproxyFinding::Severity s)
    {
        switch (s) {
        case HaproxyFinding::Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case HaproxyFinding::Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case HaproxyFinding::Severity::Info:
            break;
        }
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }

    // Text for a view: invalid UTF-8 and NUL bytes must not break the widget, and a hostile file must
    // not make the GUI thread lay out megabytes: long lines are cut (line numbers stay right for the
    // lint table) and the view ends after a bound. The linter in the worker still reads all of it.
    QString viewText(const QByteArray& data)
    {
        constexpr qsizetype kMaxLine = 4000;
        constexpr qsizetype kMaxView = 2 * 1024 * 1024;
        QString s = QString::fromUtf8(data.left(HaproxyConfig::kMaxBytes));
        s.replace(QChar(0), QChar(0xfffd));
        QString out;
        out.reserve(qMin(s.size(), kMaxView) + 200);
        qsizetype start = 0;
        while (start <= s.size()) {
            qsizetype end = s.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = s.size();
            const qsizetype len = end - start;
            out += QStringView(s).mid(start, qMin(len, kMaxLine));
            if (len > kMaxLine)
                out += HaproxyDialog::tr(" … (%n more character(s) not shown)", nullptr, int(len - kMaxLine));
            if (end >= s.size())
                break;
            out += QLatin1Char('\n');
            start = end + 1;
            if (out.size() > kMaxView) {
                out += HaproxyDialog::tr("… (the rest of the file is not shown)");
                break;
            }
        }
        return out;
    }

} // namespace

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
        [this] { m_workbench->analyze(++m_analysisSerial, m_current, m_generated, m_heartbeatSpin->value()); });
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
            m_pushLog->appendPlainText(QStringLiteral("$ haproxy -c (%1)\n%2").arg(place, output));
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
        [this](const QString& step) { m_pushLog->appendPlainText(QStringLiteral("• ") + step); });
    connect(m_workbench, &HaproxyWorkbench::pushFinished, this, &HaproxyDialog::onPushFinished);
    connect(m_workbench, &HaproxyWorkbench::drillStarted, this, [this](const QString& node, const QString& address) {
        m_drillNode = node;
        m_drillStatus->setText(
            tr("Publishing through HAProxy; the fault hits %1 (%2) after a fifth of the messages.").arg(node, address));
    });
    connect(m_workbench, &HaproxyWorkbench::drillProgress, this, [this](const FailoverDrillProgress& p) {
        m_drillProgress->setMaximum(p.total);
        m_drillProgress->setValue(p.confirmed);
        const QString phase = p.phase == FailoverDrillProgress::Phase::Publishing ? tr("publishing")
            : p.phase == FailoverDrillProgress::Phase::FaultInjected
            ? tr("fault injected, publishing through the backup")
            : tr("reading the queue back");
        m_drillStatus->setText(tr("%1: %2 of %3 confirmed, %4 reconnect(s), %5 s")
                                   .arg(phase)
                                   .arg(p.confirmed)
                                   .arg(p.total)
                                   .arg(p.reconnects)
                                   .arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1));
    });
    connect(m_workbench, &HaproxyWorkbench::drillFinished, this, &HaproxyDialog::onDrillFinished);
    regenerate();
    updateButtons();
}

HaproxyDialog::~HaproxyDialog() = default;

void HaproxyDialog::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("haproxyBanner"));

    m_optionsGroup = new QGroupBox(this);
    m_optionsGroup->setObjectName(QStringLiteral("haproxyOptions"));
    m_optionsForm = new QFormLayout(m_optionsGroup);
    auto addRow = [this](QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        m_optionsForm->addRow(new QLabel(m_optionsGroup), w);
        return w;
    };
    m_layoutCombo = new QComboBox(m_optionsGroup);
    m_layoutCombo->addItems({ QString(), QString() });
    addRow(m_layoutCombo, "layoutCombo");
    m_activeCombo = new QComboBox(m_optionsGroup);
    addRow(m_activeCombo, "activeCombo");
    m_balanceCombo = new QComboBox(m_optionsGroup);
    m_balanceCombo->addItem(QStringLiteral("roundrobin"), QStringLiteral("roundrobin"));
    m_balanceCombo->addItem(QStringLiteral("leastconn"), QStringLiteral("leastconn"));
    addRow(m_balanceCombo, "balanceCombo");
    m_heartbeatSpin = new QSpinBox(m_optionsGroup);
    m_heartbeatSpin->setRange(0, 86400);
    m_heartbeatSpin->setValue(60);
    addRow(m_heartbeatSpin, "heartbeatSpin");
    m_managementCheck = new QCheckBox(m_optionsGroup);
    addRow(m_managementCheck, "managementCheck");
    m_bindEdit = new QLineEdit(m_optionsGroup);
    addRow(m_bindEdit, "bindEdit");
    m_interSpin = new QSpinBox(m_optionsGroup);
    m_interSpin->setRange(100, 3600000);
    m_interSpin->setSingleStep(500);
    m_interSpin->setValue(2000);
    addRow(m_interSpin, "interSpin");
    m_riseSpin = new QSpinBox(m_optionsGroup);
    m_riseSpin->setRange(1, 100);
    m_riseSpin->setValue(2);
    addRow(m_riseSpin, "riseSpin");
    m_fallSpin = new QSpinBox(m_optionsGroup);
    m_fallSpin->setRange(1, 100);
    m_fallSpin->setValue(3);
    addRow(m_fallSpin, "fallSpin");
    m_maxconnSpin = new QSpinBox(m_optionsGroup);
    m_maxconnSpin->setRange(1, 10000000);
    m_maxconnSpin->setValue(4096);
    addRow(m_maxconnSpin, "maxconnSpin");
    m_userEdit = new QLineEdit(QStringLiteral("haproxy"), m_optionsGroup);
    addRow(m_userEdit, "userEdit");
    m_groupEdit = new QLineEdit(QStringLiteral("haproxy"), m_optionsGroup);
    addRow(m_groupEdit, "groupEdit");
    m_logCombo = new QComboBox(m_optionsGroup);
    m_logCombo->addItems({ QString(), QString(), QString() });
    addRow(m_logCombo, "logCombo");
    m_logEdit = new QLineEdit(m_optionsGroup);
    m_logEdit->setText(QStringLiteral("127.0.0.1:514 local0"));
    addRow(m_logEdit, "logEdit");
    m_optionsError = new QLabel(m_optionsGroup);
    m_optionsError->setObjectName(QStringLiteral("optionsError"));
    m_optionsError->setWordWrap(true);
    m_optionsError->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_optionsForm->addRow(m_optionsError);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("haproxyTabs"));
    m_preview = codeView(m_tabs, QStringLiteral("previewView"));
    m_tabs->addTab(m_preview, QString());

    m_currentPage = new QWidget(m_tabs);
    m_sourceLabel = new QLabel(m_currentPage);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetchButton = new QPushButton(m_currentPage);
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_openButton = new QPushButton(m_currentPage);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel, 1);
    sourceRow->addWidget(m_fetchButton);
    sourceRow->addWidget(m_openButton);
    m_currentView = codeView(m_currentPage, QStringLiteral("currentView"));
    m_lintSummary = new QLabel(m_currentPage);
    m_lintSummary->setObjectName(QStringLiteral("lintSummary"));
    m_lintTable = new QTableWidget(0, ColCount, m_currentPage);
    m_lintTable->setObjectName(QStringLiteral("lintTable"));
    m_lintTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lintTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lintTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lintTable->setWordWrap(false);
    m_lintTable->setTextElideMode(Qt::ElideRight);
    m_lintTable->verticalHeader()->hide();
    m_lintTable->horizontalHeader()->setSectionResizeMode(ColCode, QHeaderView::ResizeToContents);
    m_lintTable->horizontalHeader()->setSectionResizeMode(ColSeverity, QHeaderView::ResizeToContents);
    m_lintTable->horizontalHeader()->setSectionResizeMode(ColLine, QHeaderView::ResizeToContents);
    m_lintTable->horizontalHeader()->setSectionResizeMode(ColMessage, QHeaderView::Stretch);
    m_lintTable->horizontalHeader()->setSectionResizeMode(ColFix, QHeaderView::Stretch);
    m_lintDetail = new QLabel(m_currentPage);
    m_lintDetail->setObjectName(QStringLiteral("lintDetail"));
    m_lintDetail->setWordWrap(true);
    m_lintDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lintDetail->setTextFormat(Qt::PlainText);
    connect(m_lintTable, &QTableWidget::currentCellChanged, this, &HaproxyDialog::showFinding);
    connect(m_lintTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const auto* item = m_lintTable->item(row, ColLine))
            jumpToLine(item->data(Qt::UserRole).toInt());
    });
    connect(m_lintTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const auto* item = m_lintTable->item(row, ColLine))
            jumpToLine(item->data(Qt::UserRole).toInt());
    });
    auto* lintBox = new QWidget(m_currentPage);
    auto* lintLayout = new QVBoxLayout(lintBox);
    lintLayout->setContentsMargins(0, 0, 0, 0);
    lintLayout->addWidget(m_lintSummary);
    lintLayout->addWidget(m_lintTable, 1);
    lintLayout->addWidget(m_lintDetail);
    auto* currentSplit = new QSplitter(Qt::Vertical, m_currentPage);
    currentSplit->addWidget(m_currentView);
    currentSplit->addWidget(lintBox);
    currentSplit->setSizes({ 330, 300 });
    auto* currentLayout = new QVBoxLayout(m_currentPage);
    currentLayout->addLayout(sourceRow);
    currentLayout->addWidget(currentSplit, 1);
    m_tabs->addTab(m_currentPage, QString());

    m_diffView = codeView(m_tabs, QStringLiteral("diffView"));
    new DiffHighlighter(m_diffView->document());
    m_tabs->addTab(m_diffView, QString());

    m_pushPage = new QWidget(m_tabs);
    m_pushLog = codeView(m_pushPage, QStringLiteral("pushLog"));
    m_pushLog->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_pushResult = new QLabel(m_pushPage);
    m_pushResult->setObjectName(QStringLiteral("pushResult"));
    m_pushResult->setWordWrap(true);
    m_pushResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* pushLayout = new QVBoxLayout(m_pushPage);
    pushLayout->addWidget(m_pushLog, 1);
    pushLayout->addWidget(m_pushResult);
    m_tabs->addTab(m_pushPage, QString());

    m_drillPage = new QWidget(m_tabs);
    m_drillIntro = new QLabel(m_drillPage);
    m_drillIntro->setWordWrap(true);
    m_drillForm = new QFormLayout;
    m_faultCombo = new QComboBox(m_drillPage);
    m_faultCombo->setObjectName(QStringLiteral("faultCombo"));
    m_faultCombo->addItem(QString(), QStringLiteral("kill"));
    m_faultCombo->addItem(QString(), QStringLiteral("stop"));
    m_messagesSpin = new QSpinBox(m_drillPage);
    m_messagesSpin->setObjectName(QStringLiteral("messagesSpin"));
    m_messagesSpin->setRange(DrillLimits::MinMessages, DrillLimits::MaxMessages);
    m_messagesSpin->setValue(DrillLimits::DefaultMessages);
    m_drillTimeSpin = new QSpinBox(m_drillPage);
    m_drillTimeSpin->setObjectName(QStringLiteral("drillTimeSpin"));
    m_drillTimeSpin->setRange(DrillLimits::MinSeconds, DrillLimits::MaxSeconds);
    m_drillTimeSpin->setValue(DrillLimits::DefaultSeconds);
    m_realClusterCheck = new QCheckBox(m_drillPage);
    m_realClusterCheck->setObjectName(QStringLiteral("realClusterCheck"));
    m_drillForm->addRow(new QLabel(m_drillPage), m_faultCombo);
    m_drillForm->addRow(new QLabel(m_drillPage), m_messagesSpin);
    m_drillForm->addRow(new QLabel(m_drillPage), m_drillTimeSpin);
    m_drillForm->addRow(m_realClusterCheck);
    m_drillStart = new QPushButton(m_drillPage);
    m_drillStart->setObjectName(QStringLiteral("drillStartButton"));
    m_drillCancel = new QPushButton(m_drillPage);
    m_drillCancel->setObjectName(QStringLiteral("drillCancelButton"));
    auto* drillButtons = new QHBoxLayout;
    drillButtons->addWidget(m_drillStart);
    drillButtons->addWidget(m_drillCancel);
    drillButtons->addStretch(1);
    m_drillProgress = new QProgressBar(m_drillPage);
    m_drillProgress->setObjectName(QStringLiteral("drillProgress"));
    m_drillProgress->setValue(0);
    m_drillStatus = new QLabel(m_drillPage);
    m_drillStatus->setObjectName(QStringLiteral("drillStatus"));
    m_drillStatus->setWordWrap(true);
    m_drillFigures = new QTableWidget(7, 2, m_drillPage);
    m_drillFigures->setObjectName(QStringLiteral("drillFigures"));
    m_drillFigures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drillFigures->verticalHeader()->hide();
    m_drillFigures->horizontalHeader()->hide();
    m_drillFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_drillFigures->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < 7; ++r) {
        m_drillFigures->setItem(r, 0, new QTableWidgetItem);
        m_drillFigures->setItem(r, 1, new QTableWidgetItem(QStringLiteral("–")));
    }
    auto* drillLayout = new QVBoxLayout(m_drillPage);
    drillLayout->addWidget(m_drillIntro);
    drillLayout->addLayout(m_drillForm);
    drillLayout->addLayout(drillButtons);
    drillLayout->addWidget(m_drillProgress);
    drillLayout->addWidget(m_drillStatus);
    drillLayout->addWidget(m_drillFigures, 1);
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
    split->addWidget(m_optionsGroup);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    m_optionsGroup->setMinimumWidth(340);
    split->setSizes({ 360, 820 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    resize(1180, 760);

    for (QComboBox* c : { m_layoutCombo, m_activeCombo, m_balanceCombo, m_logCombo })
        connect(c, &QComboBox::currentIndexChanged, this, &HaproxyDialog::regenerate);
    for (QSpinBox* s : { m_heartbeatSpin, m_interSpin, m_riseSpin, m_fallSpin, m_maxconnSpin })
        connect(s, &QSpinBox::valueChanged, this, &HaproxyDialog::regenerate);
    for (QLineEdit* e : { m_bindEdit, m_userEdit, m_groupEdit, m_logEdit })
        connect(e, &QLineEdit::textChanged, this, &HaproxyDialog::regenerate);
    connect(m_managementCheck, &QCheckBox::toggled, this, &HaproxyDialog::regenerate);
    connect(m_fetchButton, &QPushButton::clicked, this, &HaproxyDialog::fetchCurrent);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openFile(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveAs(); });
    connect(m_validateButton, &QPushButton::clicked, this, &HaproxyDialog::validate);
    connect(m_pushButton, &QPushButton::clicked, this, &HaproxyDialog::push);
    connect(m_drillStart, &QPushButton::clicked, this, &HaproxyDialog::startDrill);
    connect(m_drillCancel, &QPushButton::clicked, this, &HaproxyDialog::cancelDrill);
    connect(m_realClusterCheck, &QCheckBox::toggled, this, &HaproxyDialog::updateButtons);
}

void HaproxyDialog::retranslateUi()
{
    const ClusterProfile& p = m_workbench->profile();
    setWindowTitle(tr("HAProxy Configuration — %1", "window title; %1: cluster name").arg(p.name));
    m_optionsGroup->setTitle(tr("Export Options"));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_optionsForm->labelForField(field)))
            l->setText(text);
    };
    label(m_layoutCombo, tr("Layout:"));
    m_layoutCombo->setItemText(0, tr("Active-backup"));
    m_layoutCombo->setItemData(0, tr("One node takes all clients; the others are backup servers"), Qt::ToolTipRole);
    m_layoutCombo->setItemText(1, tr("Balanced"));
    m_layoutCombo->setItemData(1, tr("Clients are spread over all nodes"), Qt::ToolTipRole);
    label(m_activeCombo, tr("Active node:", "the RabbitMQ node HAProxy sends clients to"));
    label(m_balanceCombo, tr("Balance:"));
    label(m_heartbeatSpin, tr("AMQP heartbeat:"));
    m_heartbeatSpin->setSuffix(tr(" s", "seconds"));
    m_heartbeatSpin->setToolTip(tr("The heartbeat clients negotiate; client/server timeouts are set well above it."));
    label(m_managementCheck, tr("Management UI:"));
    m_managementCheck->setText(tr("Also proxy port 15672"));
    label(m_bindEdit, tr("Bind address:"));
    const HostProfile* lb = p.host(p.haproxy.host);
    m_bindEdit->setPlaceholderText(lb ? tr("%1 (the HAProxy host)").arg(lb->address) : QStringLiteral("0.0.0.0"));
    label(m_interSpin, tr("Check interval:"));
    m_interSpin->setSuffix(tr(" ms", "milliseconds"));
    label(m_riseSpin, tr("Rise (checks to come UP):"));
    label(m_fallSpin, tr("Fall (checks to go DOWN):"));
    label(m_maxconnSpin, tr("Max. connections:"));
    label(m_userEdit, tr("Run as user:"));
    label(m_groupEdit, tr("Run as group:"));
    m_userEdit->setPlaceholderText(tr("(root: not recommended)"));
    label(m_logCombo, tr("Log:"));
    m_logCombo->setItemText(LogDebian, tr("/dev/log local0 (Debian)"));
    m_logCombo->setItemText(LogNone, tr("No logging"));
    m_logCombo->setItemText(LogCustom, tr("Another target…"));
    label(m_logEdit, tr("Log target:"));
    m_logEdit->setToolTip(
        tr("What follows `log` in the global section, e.g. 127.0.0.1:514 local0 or stdout format raw local0"));

    m_tabs->setTabText(m_tabs->indexOf(m_preview), tr("Generated haproxy.cfg"));
    m_tabs->setTabText(m_tabs->indexOf(m_currentPage), tr("Current File and Lint"));
    m_tabs->setTabText(m_tabs->indexOf(m_diffView), tr("Diff", "changes between two files"));
    m_tabs->setTabText(m_tabs->indexOf(m_pushPage), tr("Push Log"));
    m_tabs->setTabText(m_tabs->indexOf(m_drillPage), tr("Failover Drill"));
    m_fetchButton->setText(tr("&Fetch from %1").arg(p.haproxy.host.isEmpty() ? tr("HAProxy Host") : p.haproxy.host));
    m_fetchButton->setToolTip(p.haproxy.configPath.isEmpty() ? tr("The profile does not say where haproxy.cfg is")
                                                             : tr("Read %1 over SSH").arg(m_workbench->remoteName()));
    m_openButton->setText(tr("&Open File…"));
    m_lintTable->setHorizontalHeaderLabels({ tr("Code"), tr("Severity"), tr("Line"), tr("Explanation"), tr("Fix") });
    m_drillIntro->setText(
        tr("Publishes a bounded stream of persistent messages with publisher confirms through HAProxy "
           "to a mirrored queue, kills or stops the active node after a fifth of them, keeps publishing "
           "through the backup, then reads the queue back. The node stays down afterwards."));
    m_faultCombo->setItemText(0, tr("Kill the active node (no shutdown)"));
    m_faultCombo->setItemText(1, tr("Stop the active node (rabbitmqctl stop)"));
    if (auto* l = qobject_cast<QLabel*>(m_drillForm->labelForField(m_faultCombo)))
        l->setText(tr("Fault:"));
    if (auto* l = qobject_cast<QLabel*>(m_drillForm->labelForField(m_messagesSpin)))
        l->setText(tr("Messages:"));
    if (auto* l = qobject_cast<QLabel*>(m_drillForm->labelForField(m_drillTimeSpin)))
        l->setText(tr("Time limit:"));
    m_drillTimeSpin->setSuffix(tr(" s", "seconds"));
    m_realClusterCheck->setText(
        tr("Allow the drill on %1, which is not the lab: it takes a production node down").arg(p.name));
    m_realClusterCheck->setVisible(!DrillSetup::isLab(p));
    m_drillStart->setText(tr("&Start Drill…"));
    m_drillCancel->setText(tr("Cancel Drill"));
    const QStringList figures { tr("Seconds until HAProxy switched"), tr("Confirmed"), tr("Unconfirmed"),
        tr("Lost (confirmed, not in the queue)"), tr("Duplicated"), tr("Published (with retries)"), tr("Reconnects") };
    for (int r = 0; r < figures.size(); ++r)
        m_drillFigures->item(r, 0)->setText(figures[r]);
    m_closeButton->setText(tr("Close"));
    m_saveButton->setText(tr("Save &As…"));
    m_validateButton->setText(tr("&Validate"));
    m_validateButton->setToolTip(
        tr("Check the generated file with haproxy -c (here when installed, else on the HAProxy host)"));
    m_pushButton->setText(tr("&Push…"));
    m_pushButton->setToolTip(tr("Replace haproxy.cfg on the HAProxy host and reload it"));
    if (m_currentSource.isEmpty())
        m_sourceLabel->setText(tr("No current file yet: fetch it from the HAProxy host or open one."));
    else
        m_sourceLabel->setText(tr("Current: %1 (%2 bytes)").arg(m_currentSource).arg(m_current.size()));
    showFindings();
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
    const QString previous = m_activeCombo->currentData().toString();
    QSignalBlocker block(m_activeCombo);
    m_activeCombo->clear();
    for (const auto& n : HaproxyExport::nodes(m_workbench->profile(), m_workbench->snapshot()))
        m_activeCombo->addItem(n.address == n.name ? n.name : QStringLiteral("%1 (%2)").arg(n.name, n.address), n.name);
    const int i = m_activeCombo->findData(previous);
    if (i >= 0)
        m_activeCombo->setCurrentIndex(i);
}

void HaproxyDialog::setSnapshot(const ClusterSnapshot& snapshot)
{
    m_workbench->setSnapshot(snapshot);
    fillNodes();
    // Without a choice yet, the node HAProxy sends clients to now is the active one.
    if (const auto active = DrillSetup::activeHost(m_workbench->profile(), snapshot.haproxyServers)) {
        const int i = m_activeCombo->findData(active->name);
        if (i >= 0)
            m_activeCombo->setCurrentIndex(i);
    }
    regenerate();
}

HaproxyExportOptions HaproxyDialog::options() const
{
    HaproxyExportOptions o;
    o.layout = m_layoutCombo->currentIndex() == 1 ? HaproxyExportOptions::Layout::Balanced
                                                  : HaproxyExportOptions::Layout::ActiveBackup;
    o.active = m_activeCombo->currentData().toString();
    o.balance = m_balanceCombo->currentData().toString();
    o.heartbeatSeconds = m_heartbeatSpin->value();
    o.management = m_managementCheck->isChecked();
    o.bindAddress = m_bindEdit->text().trimmed();
    o.checkInterMs = m_interSpin->value();
    o.checkRise = m_riseSpin->value();
    o.checkFall = m_fallSpin->value();
    o.maxconn = m_maxconnSpin->value();
    o.user = m_userEdit->text().trimmed();
    o.group = m_groupEdit->text().trimmed();
    switch (m_logCombo->currentIndex()) {
    case LogNone:
        o.logTarget.clear();
        break;
    case LogCustom:
        o.logTarget = m_logEdit->text().trimmed();
        break;
    default:
        o.logTarget = HaproxyExportOptions::defaultLogTarget();
    }
    const QString version = QCoreApplication::applicationVersion();
    o.generator = version.isEmpty() ? QStringLiteral("Warren") : QStringLiteral("Warren %1").arg(version);
    return o;
}

void HaproxyDialog::regenerate()
{
    const bool ab = m_layoutCombo->currentIndex() == 0;
    m_activeCombo->setEnabled(ab);
    m_balanceCombo->setEnabled(!ab);
    m_logEdit->setEnabled(m_logCombo->currentIndex() == LogCustom);
    const auto text = m_workbench->generate(options());
    if (!text.ok()) {
        m_optionsError->setText(text.error().toString());
        m_optionsError->show();
        m_generated.clear();
    } else {
        m_optionsError->hide();
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
    m_currentView->setPlainText(viewText(text));
    m_sourceLabel->setText(tr("Current: %1 (%2 bytes)").arg(source).arg(text.size()));
    m_banner->hideMessage();
    scheduleAnalysis();
    updateButtons();
}

void HaproxyDialog::showAnalysis(const HaproxyAnalysis& analysis)
{
    if (analysis.serial != m_analysisSerial)
        return; // a newer one is on its way
    m_shownSerial = analysis.serial;
    m_findings = analysis.findings;
    const int scroll = m_diffView->verticalScrollBar()->value();
    m_diffView->setPlainText(
        analysis.diff.isEmpty() ? tr("The current file and the generated one are the same.") : analysis.diff);
    m_diffView->verticalScrollBar()->setValue(scroll);
    showFindings();
    updateButtons();
}

void HaproxyDialog::showFinding(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_lintDetail->clear();
        return;
    }
    const HaproxyFinding& f = m_findings[row];
    m_lintDetail->setText(tr("%1, line %2: %3\nFix: %4").arg(f.code).arg(f.line).arg(f.message, f.fix));
}

void HaproxyDialog::showFindings()
{
    m_lintTable->setRowCount(int(m_findings.size()));
    int counts[3] = { 0, 0, 0 };
    for (int r = 0; r < m_findings.size(); ++r) {
        const HaproxyFinding& f = m_findings[r];
        ++counts[int(f.severity)];
        auto* code = new QTableWidgetItem(f.code);
        auto* severity = new QTableWidgetItem(severityIcon(style(), f.severity), severityText(f.severity));
        severity->setData(Qt::UserRole, HaproxyFinding::severityKey(f.severity));
        auto* line = new QTableWidgetItem(f.line > 0 ? QString::number(f.line) : QStringLiteral("–"));
        line->setData(Qt::UserRole, f.line);
        auto* message = new QTableWidgetItem(f.message);
        message->setToolTip(f.message);
        auto* fix = new QTableWidgetItem(f.fix);
        fix->setToolTip(f.fix);
        m_lintTable->setItem(r, ColCode, code);
        m_lintTable->setItem(r, ColSeverity, severity);
        m_lintTable->setItem(r, ColLine, line);
        m_lintTable->setItem(r, ColMessage, message);
        m_lintTable->setItem(r, ColFix, fix);
    }
    if (!m_findings.isEmpty() && m_lintTable->currentRow() < 0)
        m_lintTable->setCurrentCell(0, ColMessage);
    showFinding(m_lintTable->currentRow()); // also when the row stayed but its text changed
    if (m_currentSource.isEmpty())
        m_lintSummary->clear();
    else
        m_lintSummary->setText(
            tr("Lint of the current file: %1 error(s), %2 warning(s), %3 note(s). Click a row to see its line.")
                .arg(counts[int(HaproxyFinding::Severity::Error)])
                .arg(counts[int(HaproxyFinding::Severity::Warning)])
                .arg(counts[int(HaproxyFinding::Severity::Info)]));
}

void HaproxyDialog::jumpToLine(int line)
{
    if (line <= 0)
        return;
    const QTextBlock block = m_currentView->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    m_currentView->setTextCursor(cursor);
    m_currentView->centerCursor();
}

int HaproxyDialog::currentLine() const
{
    return m_currentView->textCursor().blockNumber() + 1;
}

QString HaproxyDialog::diffText() const
{
    return m_diffView->toPlainText();
}

QString HaproxyDialog::currentText() const
{
    return m_currentView->toPlainText();
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
    m_fetchButton->setEnabled(hostKnown && !m_workbench->isFetching());
    m_openButton->setEnabled(!m_workbench->isFetching());
    const bool allowed = DrillSetup::isLab(m_workbench->profile()) || m_realClusterCheck->isChecked();
    m_drillStart->setEnabled(allowed && hostKnown && !drilling && !pushing);
    m_drillCancel->setEnabled(drilling);
    m_faultCombo->setEnabled(!drilling);
    m_messagesSpin->setEnabled(!drilling);
    m_drillTimeSpin->setEnabled(!drilling);
}

void HaproxyDialog::fetchCurrent()
{
    m_workbench->fetchCurrent();
    m_sourceLabel->setText(tr("Reading %1…").arg(m_workbench->remoteName()));
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

bool HaproxyDialog::confirmPush()
{
    QDialog box(this);
    box.setObjectName(QStringLiteral("pushConfirmDialog"));
    box.setWindowTitle(tr("Push haproxy.cfg to %1").arg(m_workbench->profile().haproxy.host));
    auto* text = new QLabel(&box);
    text->setWordWrap(true);
    const bool changes = !diffText().isEmpty() && !m_current.isEmpty() && diffText().startsWith(QLatin1String("---"));
    text->setText(
        tr("This replaces %1 with the generated file. The current file is backed up first (%2.warren-backup-…); "
           "the new one is checked with haproxy -c before and after it is in place. HAProxy then reloads "
           "hitlessly: established AMQP connections stay on the old process until they end. Warren reads the "
           "stats socket until the servers are as the file says; on any failure the backup is put back and "
           "HAProxy reloads again.")
            .arg(m_workbench->remoteName(), m_workbench->profile().haproxy.configPath));
    auto* diff = codeView(&box, QStringLiteral("pushConfirmDiff"));
    new DiffHighlighter(diff->document());
    diff->setPlainText(changes    ? diffText()
            : m_current.isEmpty() ? tr("(The current file was not read yet: fetch it to see the changes.)")
                                  : tr("(No changes: the file on the host is the same.)"));
    auto* buttons = new QDialogButtonBox(&box);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    QPushButton* go = buttons->addButton(tr("Back Up, Write and Reload"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("pushConfirmButton"));
    go->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, &box, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    auto* layout = new QVBoxLayout(&box);
    layout->addWidget(text);
    layout->addWidget(diff, 1);
    layout->addWidget(buttons);
    box.resize(800, 520);
    return box.exec() == QDialog::Accepted;
}

void HaproxyDialog::push()
{
    if (m_generated.isEmpty() || m_workbench->isPushing() || !confirmPush())
        return;
    m_tabs->setCurrentWidget(m_pushPage);
    m_pushLog->appendPlainText(tr("Pushing to %1 …").arg(m_workbench->remoteName()));
    m_pushResult->clear();
    m_workbench->push(m_generated.toUtf8());
    updateButtons();
}

void HaproxyDialog::onPushFinished(const HaproxyPushReport& report)
{
    QStringList servers;
    for (const auto& s : report.servers)
        servers << QStringLiteral("%1/%2 %3 %4 %5")
                       .arg(s.proxy, s.name, s.address, s.backup ? tr("backup") : tr("active"), s.status);
    if (report.ok) {
        m_pushResult->setText(tr("Pushed and verified: HAProxy runs the new file.") + QLatin1Char('\n')
            + servers.join(QLatin1Char('\n')));
        m_banner->showMessage(
            tr("Pushed and verified. Backup: %1").arg(report.backupPath), MessageBanner::Type::Positive);
        // The host now has what was generated.
        setCurrent(m_generated.toUtf8(), m_workbench->remoteName());
    } else {
        const QString what = report.restored ? tr("Push failed; the previous file was restored: %1").arg(report.error)
                                             : tr("Push failed: %1").arg(report.error);
        m_pushResult->setText(what + QLatin1Char('\n') + servers.join(QLatin1Char('\n')));
        m_banner->showMessage(what, MessageBanner::Type::Error);
    }
    updateButtons();
}

bool HaproxyDialog::confirmDrill(DrillFault fault)
{
    const ClusterProfile& p = m_workbench->profile();
    QString text = fault == DrillFault::Kill ? tr("Kill the node HAProxy sends clients to now, on cluster %1, while %2 "
                                                  "messages are published through HAProxy?")
                                             : tr("Stop the node HAProxy sends clients to now, on cluster %1, while %2 "
                                                  "messages are published through HAProxy?");
    text = text.arg(p.name).arg(m_messagesSpin->value());
    text += QStringLiteral("\n\n")
        + tr("The node stays down afterwards; start it again when you have read the figures.");
    if (!DrillSetup::isLab(p))
        text += QStringLiteral("\n\n")
            + tr("%1 is not the lab: clients of this cluster lose their connections and reconnect.").arg(p.name);
    QMessageBox box(QMessageBox::Warning, tr("Failover Drill"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("drillConfirmDialog"));
    QPushButton* go = box.addButton(
        fault == DrillFault::Kill ? tr("Kill and Measure") : tr("Stop and Measure"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("drillConfirmButton"));
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

void HaproxyDialog::startDrill()
{
    if (m_workbench->isDrilling())
        return;
    if (!DrillSetup::isLab(m_workbench->profile()) && !m_realClusterCheck->isChecked()) {
        m_banner->showMessage(
            tr("The drill runs on the lab only, unless you allow it on this cluster."), MessageBanner::Type::Warning);
        return;
    }
    DrillFault fault = DrillFault::Kill;
    DrillSetup::faultFromKey(m_faultCombo->currentData().toString(), &fault);
    if (!confirmDrill(fault))
        return;
    m_tabs->setCurrentWidget(m_drillPage);
    m_drillNode.clear();
    m_drillProgress->setMaximum(m_messagesSpin->value());
    m_drillProgress->setValue(0);
    m_drillStatus->setText(tr("Asking HAProxy which node is active…"));
    for (int r = 0; r < m_drillFigures->rowCount(); ++r)
        m_drillFigures->item(r, 1)->setText(QStringLiteral("–"));
    m_workbench->startDrill(fault, m_messagesSpin->value(), m_drillTimeSpin->value());
    updateButtons();
}

void HaproxyDialog::cancelDrill()
{
    m_workbench->cancelDrill();
    m_drillStatus->setText(tr("Cancelling: the messages sent so far are read back and the drill's queue is deleted…"));
}

void HaproxyDialog::onDrillFinished(const FailoverDrillReport& rep, const QString& node)
{
    const QStringList values { rep.switchSeconds < 0 ? QStringLiteral("–") : QString::number(rep.switchSeconds, 'f', 1),
        QString::number(rep.confirmed), QString::number(rep.unconfirmed), QString::number(rep.lost),
        QString::number(rep.duplicated), QString::number(rep.published), QString::number(rep.reconnects) };
    for (int r = 0; r < values.size(); ++r)
        m_drillFigures->item(r, 1)->setText(values[r]);
    QString status = rep.ok ? tr("Drill finished.") : tr("Drill failed: %1").arg(rep.error);
    if (!node.isEmpty())
        status += QLatin1Char(' ') + tr("%1 is down now; start it again when you are done.").arg(node);
    m_drillStatus->setText(status);
    m_banner->showMessage(status, rep.ok ? MessageBanner::Type::Positive : MessageBanner::Type::Error);
    updateButtons();
}

} // namespace warren
