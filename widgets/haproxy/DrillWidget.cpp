#include "DrillWidget.h"

#include "drill/DrillSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warren {

DrillWidget::DrillWidget(HaproxyWorkbench* workbench, QWidget* parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_faultCombo = new QComboBox(this);
    m_faultCombo->setObjectName(QStringLiteral("faultCombo"));
    m_faultCombo->addItem(QString(), QStringLiteral("kill"));
    m_faultCombo->addItem(QString(), QStringLiteral("stop"));
    m_messagesSpin = new QSpinBox(this);
    m_messagesSpin->setObjectName(QStringLiteral("messagesSpin"));
    m_messagesSpin->setRange(DrillLimits::MinMessages, DrillLimits::MaxMessages);
    m_messagesSpin->setValue(DrillLimits::DefaultMessages);
    m_drillTimeSpin = new QSpinBox(this);
    m_drillTimeSpin->setObjectName(QStringLiteral("drillTimeSpin"));
    m_drillTimeSpin->setRange(DrillLimits::MinSeconds, DrillLimits::MaxSeconds);
    m_drillTimeSpin->setValue(DrillLimits::DefaultSeconds);
    m_realClusterCheck = new QCheckBox(this);
    m_realClusterCheck->setObjectName(QStringLiteral("realClusterCheck"));
    m_form->addRow(new QLabel(this), m_faultCombo);
    m_form->addRow(new QLabel(this), m_messagesSpin);
    m_form->addRow(new QLabel(this), m_drillTimeSpin);
    m_form->addRow(m_realClusterCheck);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("drillStartButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("drillCancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("drillProgress"));
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_status->setWordWrap(true);
    m_figures = new QTableWidget(7, 2, this);
    m_figures->setObjectName(QStringLiteral("drillFigures"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < 7; ++r) {
        m_figures->setItem(r, 0, new QTableWidgetItem);
        m_figures->setItem(r, 1, new QTableWidgetItem(QStringLiteral("–")));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_figures, 1);

    connect(m_start, &QPushButton::clicked, this, &DrillWidget::startDrill);
    connect(m_cancel, &QPushButton::clicked, this, &DrillWidget::cancelDrill);
    connect(m_realClusterCheck, &QCheckBox::toggled, this, &DrillWidget::stateChanged);
    connect(m_workbench, &HaproxyWorkbench::drillStarted, this, [this](const QString& node, const QString& address) {
        m_node = node;
        m_status->setText(
            tr("Publishing through HAProxy; the fault hits %1 (%2) after a fifth of the messages.").arg(node, address));
    });
    connect(m_workbench, &HaproxyWorkbench::drillProgress, this, [this](const FailoverDrillProgress& p) {
        m_progress->setMaximum(p.total);
        m_progress->setValue(p.confirmed);
        const QString phase = p.phase == FailoverDrillProgress::Phase::Publishing ? tr("publishing")
            : p.phase == FailoverDrillProgress::Phase::FaultInjected
            ? tr("fault injected, publishing through the backup")
            : tr("reading the queue back");
        m_status->setText(tr("%1: %2 of %3 confirmed, %4 reconnect(s), %5 s")
                              .arg(phase)
                              .arg(p.confirmed)
                              .arg(p.total)
                              .arg(p.reconnects)
                              .arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1));
    });
    connect(m_workbench, &HaproxyWorkbench::drillFinished, this, &DrillWidget::onFinished);
}

void DrillWidget::retranslate()
{
    const ClusterProfile& p = m_workbench->profile();
    m_intro->setText(tr("Publishes a bounded stream of persistent messages with publisher confirms through HAProxy "
                        "to a mirrored queue, kills or stops the active node after a fifth of them, keeps publishing "
                        "through the backup, then reads the queue back. The node stays down afterwards."));
    m_faultCombo->setItemText(0, tr("Kill the active node (no shutdown)"));
    m_faultCombo->setItemText(1, tr("Stop the active node (rabbitmqctl stop)"));
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(m_faultCombo)))
        l->setText(tr("Fault:"));
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(m_messagesSpin)))
        l->setText(tr("Messages:"));
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(m_drillTimeSpin)))
        l->setText(tr("Time limit:"));
    m_drillTimeSpin->setSuffix(tr(" s", "seconds"));
    m_realClusterCheck->setText(
        tr("Allow the drill on %1, which is not the lab: it takes a production node down").arg(p.name));
    m_realClusterCheck->setVisible(!DrillSetup::isLab(p));
    m_start->setText(tr("&Start Drill…"));
    m_cancel->setText(tr("Cancel Drill"));
    const QStringList figures { tr("Seconds until HAProxy switched"), tr("Confirmed"), tr("Unconfirmed"),
        tr("Lost (confirmed, not in the queue)"), tr("Duplicated"), tr("Published (with retries)"), tr("Reconnects") };
    for (int r = 0; r < figures.size(); ++r)
        m_figures->item(r, 0)->setText(figures[r]);
}

void DrillWidget::updateButtons(bool hostKnown, bool pushing)
{
    const bool drilling = m_workbench->isDrilling();
    const bool allowed = DrillSetup::isLab(m_workbench->profile()) || m_realClusterCheck->isChecked();
    m_start->setEnabled(allowed && hostKnown && !drilling && !pushing);
    m_cancel->setEnabled(drilling);
    m_faultCombo->setEnabled(!drilling);
    m_messagesSpin->setEnabled(!drilling);
    m_drillTimeSpin->setEnabled(!drilling);
}

void DrillWidget::startDrill()
{
    if (m_workbench->isDrilling())
        return;
    if (!DrillSetup::isLab(m_workbench->profile()) && !m_realClusterCheck->isChecked()) {
        Q_EMIT message(
            tr("The drill runs on the lab only, unless you allow it on this cluster."), MessageBanner::Type::Warning);
        return;
    }
    DrillFault fault = DrillFault::Kill;
    DrillSetup::faultFromKey(m_faultCombo->currentData().toString(), &fault);
    askToStart(fault);
}

void DrillWidget::askToStart(DrillFault fault)
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
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Failover Drill"), text, QMessageBox::NoButton, window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("drillConfirmDialog"));
    QPushButton* go = box->addButton(
        fault == DrillFault::Kill ? tr("Kill and Measure") : tr("Stop and Measure"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("drillConfirmButton"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, fault](QAbstractButton* clicked) {
        if (clicked == go)
            begin(fault);
    });
    box->open();
}

void DrillWidget::begin(DrillFault fault)
{
    if (m_workbench->isDrilling())
        return;
    m_node.clear();
    m_progress->setMaximum(m_messagesSpin->value());
    m_progress->setValue(0);
    m_status->setText(tr("Asking HAProxy which node is active…"));
    for (int r = 0; r < m_figures->rowCount(); ++r)
        m_figures->item(r, 1)->setText(QStringLiteral("–"));
    m_workbench->startDrill(fault, m_messagesSpin->value(), m_drillTimeSpin->value());
    Q_EMIT started();
    Q_EMIT stateChanged();
}

void DrillWidget::cancelDrill()
{
    m_workbench->cancelDrill();
    m_status->setText(tr("Cancelling: the messages sent so far are read back and the drill's queue is deleted…"));
}

void DrillWidget::onFinished(const FailoverDrillReport& rep, const QString& node)
{
    const QStringList values { rep.switchSeconds < 0 ? QStringLiteral("–") : QString::number(rep.switchSeconds, 'f', 1),
        QString::number(rep.confirmed), QString::number(rep.unconfirmed), QString::number(rep.lost),
        QString::number(rep.duplicated), QString::number(rep.published), QString::number(rep.reconnects) };
    for (int r = 0; r < values.size(); ++r)
        m_figures->item(r, 1)->setText(values[r]);
    QString status = rep.ok ? tr("Drill finished.") : tr("Drill failed: %1").arg(rep.error);
    if (!node.isEmpty())
        status += QLatin1Char(' ') + tr("%1 is down now; start it again when you are done.").arg(node);
    m_status->setText(status);
    Q_EMIT message(status, rep.ok ? MessageBanner::Type::Positive : MessageBanner::Type::Error);
    Q_EMIT stateChanged();
}

} // namespace warren
