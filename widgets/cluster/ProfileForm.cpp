#include "ProfileForm.h"

#include "Palette.h"
#include "model/ClusterSnapshot.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace warren {

namespace {

    void styleNote(QLabel* label, const QColor& color)
    {
        label->setWordWrap(true);
        Palette::setTextColor(label, color);
        // A fresh QFont sets only the size: the family keeps following the application font, which
        // changes with the language (CJK).
        QFont f;
        f.setPointSizeF(QApplication::font().pointSizeF() * 0.92);
        label->setFont(f);
    }

} // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileForm"));
    buildUi();
    // A new cluster starts with the lab-like defaults admins expect: port 22, TLS verified, one
    // empty host row to fill in.
    m_sshPortSpin->setValue(22);
    m_verifyTlsCheck->setChecked(true);
    HostProfile first;
    first.roles = { QStringLiteral("rabbitmq") };
    addHostRow(first);
    retranslateUi();
    updateTlsWarning();
    updateHostButtons();
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::buildUi()
{
    // Cluster
    m_clusterGroup = new QGroupBox(this);
    m_clusterGroup->setObjectName(QStringLiteral("clusterGroup"));
    m_nameLabel = new QLabel(m_clusterGroup);
    m_nameEdit = new QLineEdit(m_clusterGroup);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    auto* clusterForm = new QFormLayout(m_clusterGroup);
    clusterForm->addRow(m_nameLabel, m_nameEdit);

    // SSH
    m_sshGroup = new QGroupBox(this);
    m_sshGroup->setObjectName(QStringLiteral("sshGroup"));
    m_sshUserLabel = new QLabel(m_sshGroup);
    m_sshUserEdit = new QLineEdit(m_sshGroup);
    m_sshUserEdit->setObjectName(QStringLiteral("sshUserEdit"));
    m_sshPortLabel = new QLabel(m_sshGroup);
    m_sshPortSpin = new QSpinBox(m_sshGroup);
    m_sshPortSpin->setObjectName(QStringLiteral("sshPortSpin"));
    m_sshPortSpin->setRange(1, 65535);
    m_keyFileLabel = new QLabel(m_sshGroup);
    m_keyFileEdit = new QLineEdit(m_sshGroup);
    m_keyFileEdit->setObjectName(QStringLiteral("keyFileEdit"));
    m_keyFileBrowse = new QPushButton(m_sshGroup);
    m_keyFileBrowse->setObjectName(QStringLiteral("keyFileBrowseButton"));
    m_knownHostsLabel = new QLabel(m_sshGroup);
    m_knownHostsEdit = new QLineEdit(m_sshGroup);
    m_knownHostsEdit->setObjectName(QStringLiteral("knownHostsEdit"));
    m_knownHostsBrowse = new QPushButton(m_sshGroup);
    m_knownHostsBrowse->setObjectName(QStringLiteral("knownHostsBrowseButton"));
    m_sudoCheck = new QCheckBox(m_sshGroup);
    m_sudoCheck->setObjectName(QStringLiteral("sudoCheck"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFileEdit, 1);
    keyRow->addWidget(m_keyFileBrowse);
    auto* knownRow = new QHBoxLayout;
    knownRow->addWidget(m_knownHostsEdit, 1);
    knownRow->addWidget(m_knownHostsBrowse);
    auto* userPortRow = new QHBoxLayout;
    userPortRow->addWidget(m_sshUserEdit, 1);
    userPortRow->addSpacing(8);
    userPortRow->addWidget(m_sshPortLabel);
    userPortRow->addWidget(m_sshPortSpin);
    auto* sshForm = new QFormLayout(m_sshGroup);
    sshForm->addRow(m_sshUserLabel, userPortRow);
    sshForm->addRow(m_keyFileLabel, keyRow);
    sshForm->addRow(m_knownHostsLabel, knownRow);
    sshForm->addRow(m_sudoCheck);

    // Management API
    m_apiGroup = new QGroupBox(this);
    m_apiGroup->setObjectName(QStringLiteral("apiGroup"));
    m_apiUserLabel = new QLabel(m_apiGroup);
    m_apiUserEdit = new QLineEdit(m_apiGroup);
    m_apiUserEdit->setObjectName(QStringLiteral("apiUserEdit"));
    m_apiPasswordLabel = new QLabel(m_apiGroup);
    m_apiPasswordEdit = new QLineEdit(m_apiGroup);
    m_apiPasswordEdit->setObjectName(QStringLiteral("apiPasswordEdit"));
    m_apiPasswordEdit->setEchoMode(QLineEdit::Password);
    m_passwordNote = new QLabel(m_apiGroup);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    styleNote(m_passwordNote, Palette::mutedText());
    m_verifyTlsCheck = new QCheckBox(m_apiGroup);
    m_verifyTlsCheck->setObjectName(QStringLiteral("verifyTlsCheck"));
    m_tlsWarning = new QLabel(m_apiGroup);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarningLabel"));
    styleNote(m_tlsWarning, Palette::warningText());
    auto* apiForm = new QFormLayout(m_apiGroup);
    apiForm->addRow(m_apiUserLabel, m_apiUserEdit);
    apiForm->addRow(m_apiPasswordLabel, m_apiPasswordEdit);
    apiForm->addRow(QString(), m_passwordNote);
    apiForm->addRow(m_verifyTlsCheck);
    apiForm->addRow(m_tlsWarning);

    // HAProxy
    m_haproxyGroup = new QGroupBox(this);
    m_haproxyGroup->setObjectName(QStringLiteral("haproxyGroup"));
    m_haproxyHostLabel = new QLabel(m_haproxyGroup);
    m_haproxyHostEdit = new QLineEdit(m_haproxyGroup);
    m_haproxyHostEdit->setObjectName(QStringLiteral("haproxyHostEdit"));
    m_haproxySocketLabel = new QLabel(m_haproxyGroup);
    m_haproxySocketEdit = new QLineEdit(m_haproxyGroup);
    m_haproxySocketEdit->setObjectName(QStringLiteral("haproxySocketEdit"));
    m_haproxyUrlLabel = new QLabel(m_haproxyGroup);
    m_haproxyUrlEdit = new QLineEdit(m_haproxyGroup);
    m_haproxyUrlEdit->setObjectName(QStringLiteral("haproxyStatsUrlEdit"));
    auto* haproxyForm = new QFormLayout(m_haproxyGroup);
    haproxyForm->addRow(m_haproxyHostLabel, m_haproxyHostEdit);
    haproxyForm->addRow(m_haproxySocketLabel, m_haproxySocketEdit);
    haproxyForm->addRow(m_haproxyUrlLabel, m_haproxyUrlEdit);

    // Hosts
    m_hostsGroup = new QGroupBox(this);
    m_hostsGroup->setObjectName(QStringLiteral("hostsGroup"));
    m_hostsTable = new QTableWidget(0, HostColumnCount, m_hostsGroup);
    m_hostsTable->setObjectName(QStringLiteral("hostsTable"));
    m_hostsTable->verticalHeader()->hide();
    m_hostsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_hostsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostsTable->horizontalHeader()->setStretchLastSection(true);
    m_hostsTable->horizontalHeader()->setHighlightSections(false);
    m_hostsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_hostsTable->setColumnWidth(HostNameColumn, 80);
    m_hostsTable->setColumnWidth(HostAddressColumn, 105);
    m_hostsTable->setColumnWidth(HostNodeColumn, 120);
    m_hostsTable->setColumnWidth(HostApiColumn, 170);
    m_addHostButton = new QPushButton(m_hostsGroup);
    m_addHostButton->setObjectName(QStringLiteral("addHostButton"));
    m_removeHostButton = new QPushButton(m_hostsGroup);
    m_removeHostButton->setObjectName(QStringLiteral("removeHostButton"));
    auto* hostButtons = new QHBoxLayout;
    hostButtons->addWidget(m_addHostButton);
    hostButtons->addWidget(m_removeHostButton);
    hostButtons->addStretch(1);
    auto* hostsLayout = new QVBoxLayout(m_hostsGroup);
    hostsLayout->addWidget(m_hostsTable, 1);
    hostsLayout->addLayout(hostButtons);

    auto* left = new QVBoxLayout;
    left->addWidget(m_clusterGroup);
    left->addWidget(m_sshGroup);
    left->addWidget(m_apiGroup);
    left->addWidget(m_haproxyGroup);
    left->addStretch(1);
    m_right = new QVBoxLayout;
    m_right->addWidget(m_hostsGroup, 3);
    auto* columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 4);
    columns->addLayout(m_right, 6);

    connect(m_keyFileBrowse, &QPushButton::clicked, this, &ProfileForm::browseKeyFile);
    connect(m_knownHostsBrowse, &QPushButton::clicked, this, &ProfileForm::browseKnownHosts);
    connect(m_verifyTlsCheck, &QCheckBox::toggled, this, &ProfileForm::updateTlsWarning);
    connect(m_addHostButton, &QPushButton::clicked, this, [this] {
        HostProfile host;
        host.roles = { QStringLiteral("rabbitmq") };
        addHostRow(host);
        m_hostsTable->setCurrentCell(m_hostsTable->rowCount() - 1, HostNameColumn);
        m_hostsTable->editItem(m_hostsTable->item(m_hostsTable->rowCount() - 1, HostNameColumn));
    });
    connect(m_removeHostButton, &QPushButton::clicked, this, &ProfileForm::removeSelectedHosts);
    connect(m_hostsTable, &QTableWidget::itemSelectionChanged, this, &ProfileForm::updateHostButtons);
}

void ProfileForm::addBelowHosts(QWidget* widget, int stretch)
{
    m_right->addWidget(widget, stretch);
}

void ProfileForm::removeSelectedHosts()
{
    QList<int> rows;
    for (const auto& range : m_hostsTable->selectedRanges()) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    if (rows.isEmpty() && m_hostsTable->currentRow() >= 0)
        rows.append(m_hostsTable->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_hostsTable->removeRow(row);
    updateHostButtons();
}

void ProfileForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        m_hostsTable->verticalHeader()->setDefaultSectionSize(m_hostsTable->fontMetrics().height() + 10);
        alignFormLabels();
    }
    QWidget::changeEvent(event);
}

void ProfileForm::alignFormLabels()
{
    // One label column across the Cluster, SSH, API and HAProxy groups reads as one form.
    const QList<QLabel*> labels = { m_nameLabel, m_sshUserLabel, m_keyFileLabel, m_knownHostsLabel, m_apiUserLabel,
        m_apiPasswordLabel, m_haproxyHostLabel, m_haproxySocketLabel, m_haproxyUrlLabel };
    int width = 0;
    for (QLabel* label : labels) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QLabel* label : labels)
        label->setMinimumWidth(width);
}

void ProfileForm::retranslateUi()
{
    m_clusterGroup->setTitle(tr("Cluster", "a RabbitMQ cluster"));
    m_nameLabel->setText(tr("Name:"));
    m_nameEdit->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("prod-eu")));
    m_nameEdit->setToolTip(tr("How Warren lists this cluster"));

    m_sshGroup->setTitle(tr("SSH"));
    m_sshUserLabel->setText(tr("User:"));
    m_sshUserEdit->setPlaceholderText(tr("Login user on every host"));
    m_sshPortLabel->setText(tr("Port:"));
    m_keyFileLabel->setText(tr("Private key:"));
    m_keyFileEdit->setPlaceholderText(tr("Empty: use ssh-agent"));
    m_keyFileBrowse->setText(tr("Browse…"));
    m_keyFileBrowse->setToolTip(tr("Choose the private key file"));
    m_knownHostsLabel->setText(tr("known_hosts file:"));
    m_knownHostsEdit->setPlaceholderText(tr("Empty: %1").arg(QStringLiteral("~/.ssh/known_hosts")));
    m_knownHostsBrowse->setText(tr("Browse…"));
    m_knownHostsBrowse->setToolTip(tr("Choose the known_hosts file Warren checks host keys against"));
    m_sudoCheck->setText(tr("Run privileged commands through sudo -n"));
    m_sudoCheck->setToolTip(
        tr("rabbitmqctl and service commands run as \"sudo -n …\": the user needs passwordless sudo for them"));

    m_apiGroup->setTitle(tr("Management API"));
    m_apiUserLabel->setText(tr("User:"));
    m_apiUserEdit->setPlaceholderText(tr("A user with the monitoring or administrator tag"));
    m_apiPasswordLabel->setText(tr("Password:"));
    m_apiPasswordEdit->setPlaceholderText(tr("Not saved to disk"));
    QString note = tr("The password is %1. It is never written to the profile or the settings.")
                       .arg(secretStore().description());
    if (!m_original.api.passwordFile.isEmpty())
        note += QLatin1Char(' ')
            + tr("When empty, it is read from %1.").arg(QDir::toNativeSeparators(m_original.api.passwordFile));
    m_passwordNote->setText(note);
    m_verifyTlsCheck->setText(tr("Verify TLS certificates"));
    m_verifyTlsCheck->setToolTip(tr("Check the API's certificate against the system's trusted authorities"));
    m_tlsWarning->setText(tr("Certificates are not verified: anyone on the network path can pose as the API and "
                             "read the password."));

    m_haproxyGroup->setTitle(tr("HAProxy"));
    m_haproxyHostLabel->setText(tr("Stats host:"));
    m_haproxyHostEdit->setPlaceholderText(tr("Host name from the list, reached over SSH"));
    m_haproxySocketLabel->setText(tr("Stats socket:"));
    m_haproxySocketEdit->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("/run/haproxy/admin.sock")));
    m_haproxyUrlLabel->setText(tr("Stats URL:"));
    m_haproxyUrlEdit->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("http://10.0.0.5:8404/stats;csv")));
    m_haproxyUrlEdit->setToolTip(tr("HAProxy's CSV stats page; used instead of the socket when set"));

    m_hostsGroup->setTitle(tr("Hosts"));
    m_hostsTable->setHorizontalHeaderLabels({ tr("Name", "host name"), tr("Address"),
        tr("Node name", "RabbitMQ node name, e.g. rabbit@host"), tr("API URL"), tr("Roles", "host roles") });
    m_hostsTable->horizontalHeaderItem(HostNodeColumn)->setToolTip(tr("Empty: rabbit@ followed by the host name"));
    m_hostsTable->horizontalHeaderItem(HostApiColumn)
        ->setToolTip(tr("Management API base URL, e.g. %1").arg(QStringLiteral("http://10.0.0.11:15672")));
    m_hostsTable->horizontalHeaderItem(HostRolesColumn)
        ->setToolTip(tr("Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)"));
    m_addHostButton->setText(tr("Add Host"));
    m_removeHostButton->setText(tr("Remove Host"));

    alignFormLabels();
}

void ProfileForm::setProfile(const ClusterProfile& profile, const QString& password)
{
    m_original = profile;
    m_nameEdit->setText(profile.name);
    m_sshUserEdit->setText(profile.ssh.user);
    m_sshPortSpin->setValue(profile.ssh.port > 0 ? profile.ssh.port : 22);
    m_keyFileEdit->setText(profile.ssh.keyFile);
    m_knownHostsEdit->setText(profile.ssh.knownHosts);
    m_sudoCheck->setChecked(profile.ssh.sudo);
    m_apiUserEdit->setText(profile.api.user);
    m_apiPasswordEdit->setText(password);
    m_verifyTlsCheck->setChecked(profile.api.verifyTls);
    m_haproxyHostEdit->setText(profile.haproxy.host);
    m_haproxySocketEdit->setText(profile.haproxy.statsSocket);
    m_haproxyUrlEdit->setText(profile.haproxy.statsUrl.toString());
    // Long paths show their beginning, like a file chooser would.
    for (QLineEdit* edit : { m_nameEdit, m_sshUserEdit, m_keyFileEdit, m_knownHostsEdit, m_apiUserEdit,
             m_haproxyHostEdit, m_haproxySocketEdit, m_haproxyUrlEdit })
        edit->setCursorPosition(0);
    m_hostsTable->setRowCount(0);
    for (const auto& host : profile.hosts)
        addHostRow(host);
    retranslateUi();
    updateTlsWarning();
    updateHostButtons();
}

void ProfileForm::addHostRow(const HostProfile& host)
{
    const int row = m_hostsTable->rowCount();
    m_hostsTable->insertRow(row);
    m_hostsTable->setItem(row, HostNameColumn, new QTableWidgetItem(host.name));
    m_hostsTable->setItem(row, HostAddressColumn, new QTableWidgetItem(host.address));
    m_hostsTable->setItem(row, HostNodeColumn, new QTableWidgetItem(host.node));
    m_hostsTable->setItem(row, HostApiColumn, new QTableWidgetItem(host.apiUrl.toString()));
    m_hostsTable->setItem(row, HostRolesColumn, new QTableWidgetItem(host.roles.join(QStringLiteral(", "))));
}

ClusterProfile ProfileForm::profile() const
{
    ClusterProfile p = m_original; // keeps what the dialog does not show (spare hosts, timeouts, file path)
    p.name = m_nameEdit->text().trimmed();
    p.ssh.user = m_sshUserEdit->text().trimmed();
    p.ssh.port = m_sshPortSpin->value();
    p.ssh.keyFile = m_keyFileEdit->text().trimmed();
    p.ssh.knownHosts = m_knownHostsEdit->text().trimmed();
    p.ssh.sudo = m_sudoCheck->isChecked();
    p.api.user = m_apiUserEdit->text().trimmed();
    p.api.verifyTls = m_verifyTlsCheck->isChecked();
    p.haproxy.host = m_haproxyHostEdit->text().trimmed();
    p.haproxy.statsSocket = m_haproxySocketEdit->text().trimmed();
    const QString statsUrl = m_haproxyUrlEdit->text().trimmed();
    p.haproxy.statsUrl = statsUrl.isEmpty() ? QUrl() : QUrl(statsUrl);

    p.hosts.clear();
    for (int row = 0; row < m_hostsTable->rowCount(); ++row) {
        auto cell = [&](int column) {
            const auto* item = m_hostsTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        HostProfile h;
        h.name = cell(HostNameColumn);
        h.address = cell(HostAddressColumn);
        h.node = cell(HostNodeColumn);
        const QString api = cell(HostApiColumn);
        if (!api.isEmpty())
            h.apiUrl = QUrl(api);
        h.roles = cell(HostRolesColumn).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        if (h.name.isEmpty() && h.address.isEmpty() && h.node.isEmpty() && api.isEmpty())
            continue; // an untouched new row
        if (const HostProfile* before = m_original.host(h.name))
            h.sshPort = before->sshPort;
        if (h.node.isEmpty() && h.isRabbit() && !h.name.isEmpty())
            h.node = normalizeNodeName(h.name);
        p.hosts.append(h);
    }
    return p;
}

QString ProfileForm::password() const
{
    return m_apiPasswordEdit->text();
}

QString ProfileForm::validate() const
{
    const ClusterProfile p = profile();
    if (p.name.isEmpty())
        return tr("Enter a name for the cluster.");
    if (p.hosts.isEmpty())
        return tr("Add at least one host.");
    QSet<QString> names;
    for (int i = 0; i < p.hosts.size(); ++i) {
        const auto& h = p.hosts.at(i);
        if (h.name.isEmpty() || h.address.isEmpty())
            return tr("Host %1 in the list needs a name and an address.").arg(i + 1);
        if (names.contains(h.name))
            return tr("The host name %1 appears twice.").arg(h.name);
        names.insert(h.name);
        if (!h.apiUrl.isEmpty()
            && (!h.apiUrl.isValid()
                || (h.apiUrl.scheme() != QLatin1String("http") && h.apiUrl.scheme() != QLatin1String("https"))))
            return tr("The API URL of %1 must start with http:// or https://.").arg(h.name);
    }
    if (!p.haproxy.host.isEmpty() && !names.contains(p.haproxy.host))
        return tr("The HAProxy stats host %1 is not in the host list.").arg(p.haproxy.host);
    if (!p.haproxy.statsUrl.isEmpty() && !p.haproxy.statsUrl.isValid())
        return tr("The HAProxy stats URL is not a valid URL.");
    // The core's parser is the authority on what a profile may contain.
    const auto parsed = ClusterProfile::fromJson(QJsonDocument(p.toJson()).toJson());
    if (!parsed.ok())
        return parsed.error().message;
    return {};
}

void ProfileForm::updateTlsWarning()
{
    m_tlsWarning->setVisible(!m_verifyTlsCheck->isChecked());
}

void ProfileForm::updateHostButtons()
{
    m_removeHostButton->setEnabled(m_hostsTable->currentRow() >= 0 || !m_hostsTable->selectedRanges().isEmpty());
}

void ProfileForm::browseKeyFile()
{
    const QString start
        = m_keyFileEdit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_keyFileEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose Private Key"), start);
    if (!file.isEmpty())
        m_keyFileEdit->setText(file);
}

void ProfileForm::browseKnownHosts()
{
    const QString start
        = m_knownHostsEdit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_knownHostsEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose known_hosts File"), start);
    if (!file.isEmpty())
        m_knownHostsEdit->setText(file);
}

} // namespace warren
