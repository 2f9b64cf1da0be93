#include "HaproxyLintPage.h"

#include "CodeView.h"
#include "haproxy/HaproxyConfig.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace warren {

namespace {

    enum LintColumn { ColCode, ColSeverity, ColLine, ColMessage, ColFix, ColCount };

    QString severityText(HaproxyFinding::Severity s)
    {
        switch (s) {
        case HaproxyFinding::Severity::Error:
            return HaproxyLintPage::tr("Error", "lint finding severity");
        case HaproxyFinding::Severity::Warning:
            return HaproxyLintPage::tr("Warning", "lint finding severity");
        case HaproxyFinding::Severity::Info:
            break;
        }
        return HaproxyLintPage::tr("Note", "lint finding severity");
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
                out += HaproxyLintPage::tr(" … (%n more character(s) not shown)", nullptr, int(len - kMaxLine));
            if (end >= s.size())
                break;
            out += QLatin1Char('\n');
            start = end + 1;
            if (out.size() > kMaxView) {
                out += HaproxyLintPage::tr("… (the rest of the file is not shown)");
                break;
            }
        }
        return out;
    }

} // namespace

HaproxyLintPage::HaproxyLintPage(QWidget* parent)
    : QWidget(parent)
{
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetchButton = new QPushButton(this);
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel, 1);
    sourceRow->addWidget(m_fetchButton);
    sourceRow->addWidget(m_openButton);
    m_currentView = haproxyCodeView(this, QStringLiteral("currentView"));
    m_lintSummary = new QLabel(this);
    m_lintSummary->setObjectName(QStringLiteral("lintSummary"));
    m_lintTable = new QTableWidget(0, ColCount, this);
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
    m_lintDetail = new QLabel(this);
    m_lintDetail->setObjectName(QStringLiteral("lintDetail"));
    m_lintDetail->setWordWrap(true);
    m_lintDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lintDetail->setTextFormat(Qt::PlainText);
    connect(m_lintTable, &QTableWidget::currentCellChanged, this, &HaproxyLintPage::showFinding);
    connect(m_lintTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const auto* item = m_lintTable->item(row, ColLine))
            jumpToLine(item->data(Qt::UserRole).toInt());
    });
    connect(m_lintTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const auto* item = m_lintTable->item(row, ColLine))
            jumpToLine(item->data(Qt::UserRole).toInt());
    });
    auto* lintBox = new QWidget(this);
    auto* lintLayout = new QVBoxLayout(lintBox);
    lintLayout->setContentsMargins(0, 0, 0, 0);
    lintLayout->addWidget(m_lintSummary);
    lintLayout->addWidget(m_lintTable, 1);
    lintLayout->addWidget(m_lintDetail);
    auto* currentSplit = new QSplitter(Qt::Vertical, this);
    currentSplit->addWidget(m_currentView);
    currentSplit->addWidget(lintBox);
    currentSplit->setSizes({ 330, 300 });
    auto* currentLayout = new QVBoxLayout(this);
    currentLayout->addLayout(sourceRow);
    currentLayout->addWidget(currentSplit, 1);

    connect(m_fetchButton, &QPushButton::clicked, this, &HaproxyLintPage::fetchRequested);
    connect(m_openButton, &QPushButton::clicked, this, &HaproxyLintPage::openRequested);
}

void HaproxyLintPage::retranslate(const ClusterProfile& p, const QString& remoteName)
{
    m_fetchButton->setText(tr("&Fetch from %1").arg(p.haproxy.host.isEmpty() ? tr("HAProxy Host") : p.haproxy.host));
    m_fetchButton->setToolTip(p.haproxy.configPath.isEmpty() ? tr("The profile does not say where haproxy.cfg is")
                                                             : tr("Read %1 over SSH").arg(remoteName));
    m_openButton->setText(tr("&Open File…"));
    m_lintTable->setHorizontalHeaderLabels({ tr("Code"), tr("Severity"), tr("Line"), tr("Explanation"), tr("Fix") });
    showSource();
    showFindings();
}

void HaproxyLintPage::showSource()
{
    if (m_source.isEmpty())
        m_sourceLabel->setText(tr("No current file yet: fetch it from the HAProxy host or open one."));
    else
        m_sourceLabel->setText(tr("Current: %1 (%2 bytes)").arg(m_source).arg(m_size));
}

void HaproxyLintPage::setCurrent(const QByteArray& text, const QString& source)
{
    m_source = source;
    m_size = text.size();
    m_currentView->setPlainText(viewText(text));
    showSource();
}

void HaproxyLintPage::setReading(const QString& source)
{
    m_sourceLabel->setText(tr("Reading %1…").arg(source));
}

void HaproxyLintPage::setButtonsEnabled(bool fetch, bool open)
{
    m_fetchButton->setEnabled(fetch);
    m_openButton->setEnabled(open);
}

void HaproxyLintPage::setFindings(const QList<HaproxyFinding>& findings)
{
    m_findings = findings;
    showFindings();
}

void HaproxyLintPage::showFinding(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_lintDetail->clear();
        return;
    }
    const HaproxyFinding& f = m_findings[row];
    m_lintDetail->setText(tr("%1, line %2: %3\nFix: %4").arg(f.code).arg(f.line).arg(f.message, f.fix));
}

void HaproxyLintPage::showFindings()
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
    if (m_source.isEmpty())
        m_lintSummary->clear();
    else
        m_lintSummary->setText(
            tr("Lint of the current file: %1 error(s), %2 warning(s), %3 note(s). Click a row to see its line.")
                .arg(counts[int(HaproxyFinding::Severity::Error)])
                .arg(counts[int(HaproxyFinding::Severity::Warning)])
                .arg(counts[int(HaproxyFinding::Severity::Info)]));
}

void HaproxyLintPage::jumpToLine(int line)
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

int HaproxyLintPage::currentLine() const
{
    return m_currentView->textCursor().blockNumber() + 1;
}

QString HaproxyLintPage::currentText() const
{
    return m_currentView->toPlainText();
}

} // namespace warren
