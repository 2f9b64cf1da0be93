#include "HaproxyPushPage.h"

#include "CodeView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warren {

HaproxyPushPage::HaproxyPushPage(QWidget* parent)
    : QWidget(parent)
{
    m_log = haproxyCodeView(this, QStringLiteral("pushLog"));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("pushResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result);
}

void HaproxyPushPage::askToPush(QWidget* window, const QString& host, const QString& remoteName,
    const QString& configPath, const QString& diff, bool haveCurrent)
{
    auto* box = new QDialog(window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("pushConfirmDialog"));
    box->setWindowTitle(tr("Push haproxy.cfg to %1").arg(host));
    auto* text = new QLabel(box);
    text->setWordWrap(true);
    text->setText(
        tr("This replaces %1 with the generated file. The current file is backed up first (%2.warren-backup-…); "
           "the new one is checked with haproxy -c before and after it is in place. HAProxy then reloads "
           "hitlessly: established AMQP connections stay on the old process until they end. Warren reads the "
           "stats socket until the servers are as the file says; on any failure the backup is put back and "
           "HAProxy reloads again.")
            .arg(remoteName, configPath));
    auto* view = haproxyCodeView(box, QStringLiteral("pushConfirmDiff"));
    new DiffHighlighter(view->document());
    view->setPlainText(!diff.isEmpty() ? diff
            : !haveCurrent             ? tr("(The current file was not read yet: fetch it to see the changes.)")
                                       : tr("(No changes: the file on the host is the same.)"));
    auto* buttons = new QDialogButtonBox(box);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    QPushButton* go = buttons->addButton(tr("Back Up, Write and Reload"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("pushConfirmButton"));
    go->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, box, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
    connect(box, &QDialog::accepted, this, &HaproxyPushPage::confirmed);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    box->resize(800, 520);
    box->open();
}

void HaproxyPushPage::appendLog(const QString& line)
{
    m_log->appendPlainText(line);
}

void HaproxyPushPage::begin(const QString& remoteName)
{
    m_log->appendPlainText(tr("Pushing to %1 …").arg(remoteName));
    m_result->clear();
}

void HaproxyPushPage::showValidation(const QString& place, const QString& output)
{
    m_log->appendPlainText(QStringLiteral("$ haproxy -c (%1)\n%2").arg(place, output));
}

QString HaproxyPushPage::showReport(const HaproxyPushReport& report)
{
    QStringList servers;
    for (const auto& s : report.servers)
        servers << QStringLiteral("%1/%2 %3 %4 %5")
                       .arg(s.proxy, s.name, s.address, s.backup ? tr("backup") : tr("active"), s.status);
    if (report.ok) {
        m_result->setText(tr("Pushed and verified: HAProxy runs the new file.") + QLatin1Char('\n')
            + servers.join(QLatin1Char('\n')));
        return tr("Pushed and verified. Backup: %1").arg(report.backupPath);
    }
    const QString what = report.restored ? tr("Push failed; the previous file was restored: %1").arg(report.error)
                                         : tr("Push failed: %1").arg(report.error);
    m_result->setText(what + QLatin1Char('\n') + servers.join(QLatin1Char('\n')));
    return what;
}

} // namespace warren
