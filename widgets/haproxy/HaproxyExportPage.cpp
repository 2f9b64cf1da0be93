#include "HaproxyExportPage.h"

#include "Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace warren {

namespace {

    enum LogChoice { LogDebian, LogNone, LogCustom };

} // namespace

HaproxyExportPage::HaproxyExportPage(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("haproxyOptions"));
    m_form = new QFormLayout(this);
    auto addRow = [this](QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        m_form->addRow(new QLabel(this), w);
        return w;
    };
    m_layoutCombo = new QComboBox(this);
    m_layoutCombo->addItems({ QString(), QString() });
    addRow(m_layoutCombo, "layoutCombo");
    m_activeCombo = new QComboBox(this);
    addRow(m_activeCombo, "activeCombo");
    m_balanceCombo = new QComboBox(this);
    m_balanceCombo->addItem(QStringLiteral("roundrobin"), QStringLiteral("roundrobin"));
    m_balanceCombo->addItem(QStringLiteral("leastconn"), QStringLiteral("leastconn"));
    addRow(m_balanceCombo, "balanceCombo");
    m_heartbeatSpin = new QSpinBox(this);
    m_heartbeatSpin->setRange(0, 86400);
    m_heartbeatSpin->setValue(60);
    addRow(m_heartbeatSpin, "heartbeatSpin");
    m_managementCheck = new QCheckBox(this);
    addRow(m_managementCheck, "managementCheck");
    m_bindEdit = new QLineEdit(this);
    addRow(m_bindEdit, "bindEdit");
    m_interSpin = new QSpinBox(this);
    m_interSpin->setRange(100, 3600000);
    m_interSpin->setSingleStep(500);
    m_interSpin->setValue(2000);
    addRow(m_interSpin, "interSpin");
    m_riseSpin = new QSpinBox(this);
    m_riseSpin->setRange(1, 100);
    m_riseSpin->setValue(2);
    addRow(m_riseSpin, "riseSpin");
    m_fallSpin = new QSpinBox(this);
    m_fallSpin->setRange(1, 100);
    m_fallSpin->setValue(3);
    addRow(m_fallSpin, "fallSpin");
    m_maxconnSpin = new QSpinBox(this);
    m_maxconnSpin->setRange(1, 10000000);
    m_maxconnSpin->setValue(4096);
    addRow(m_maxconnSpin, "maxconnSpin");
    m_userEdit = new QLineEdit(QStringLiteral("haproxy"), this);
    addRow(m_userEdit, "userEdit");
    m_groupEdit = new QLineEdit(QStringLiteral("haproxy"), this);
    addRow(m_groupEdit, "groupEdit");
    m_logCombo = new QComboBox(this);
    m_logCombo->addItems({ QString(), QString(), QString() });
    addRow(m_logCombo, "logCombo");
    m_logEdit = new QLineEdit(this);
    m_logEdit->setText(QStringLiteral("127.0.0.1:514 local0"));
    addRow(m_logEdit, "logEdit");
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("optionsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(Palette::errorText().name()));
    m_form->addRow(m_error);

    for (QComboBox* c : { m_layoutCombo, m_activeCombo, m_balanceCombo, m_logCombo })
        connect(c, &QComboBox::currentIndexChanged, this, &HaproxyExportPage::onEdited);
    for (QSpinBox* s : { m_heartbeatSpin, m_interSpin, m_riseSpin, m_fallSpin, m_maxconnSpin })
        connect(s, &QSpinBox::valueChanged, this, &HaproxyExportPage::onEdited);
    for (QLineEdit* e : { m_bindEdit, m_userEdit, m_groupEdit, m_logEdit })
        connect(e, &QLineEdit::textChanged, this, &HaproxyExportPage::onEdited);
    connect(m_managementCheck, &QCheckBox::toggled, this, &HaproxyExportPage::onEdited);
    onEdited();
}

void HaproxyExportPage::onEdited()
{
    const bool ab = m_layoutCombo->currentIndex() == 0;
    m_activeCombo->setEnabled(ab);
    m_balanceCombo->setEnabled(!ab);
    m_logEdit->setEnabled(m_logCombo->currentIndex() == LogCustom);
    Q_EMIT changed();
}

void HaproxyExportPage::retranslate(const ClusterProfile& p)
{
    setTitle(tr("Export Options"));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
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
}

void HaproxyExportPage::setNodes(const QList<HaproxyExport::Node>& nodes)
{
    const QString previous = m_activeCombo->currentData().toString();
    QSignalBlocker block(m_activeCombo);
    m_activeCombo->clear();
    for (const auto& n : nodes)
        m_activeCombo->addItem(n.address == n.name ? n.name : QStringLiteral("%1 (%2)").arg(n.name, n.address), n.name);
    const int i = m_activeCombo->findData(previous);
    if (i >= 0)
        m_activeCombo->setCurrentIndex(i);
}

void HaproxyExportPage::selectActive(const QString& name)
{
    const int i = m_activeCombo->findData(name);
    if (i >= 0)
        m_activeCombo->setCurrentIndex(i);
}

void HaproxyExportPage::setError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

int HaproxyExportPage::heartbeatSeconds() const
{
    return m_heartbeatSpin->value();
}

HaproxyExportOptions HaproxyExportPage::options() const
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

} // namespace warren
