#include "ClusterDialog.h"

#include "HostKeyDialog.h"
#include "MessageBanner.h"
#include "ModelRoles.h"
#include "StatusItemDelegate.h"
#include "model/ClusterSnapshot.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

namespace {

    QTableWidgetItem* textItem(const QString& text)
    {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(text);
        return item;
    }

    QString hostsLabel(const HostTestResult& r)
    {
        return r.address.isEmpty() || r.address == r.host ? r.host : QStringLiteral("%1 (%2)").arg(r.host, r.address);
    }

    void styleNote(QLabel* label, const QString& color)
    {
        label->setWordWrap(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(color));
        label->setPalette(palette);
        // A fresh QFont sets only the size: the family keeps following the application font, which
        // changes with the language (CJK).
        QFont f;
        f.setPointSizeF(QApplication::font().pointSizeF() * 0.92);
        label->setFont(f);
    }

} // namespace

ClusterDialog::ClusterDialog(QWidget* parent)
    : QDialog(parent)
    , m_testWatcher(new QFutureWatcher<HostTestResult>(this))
{
    setObjectName(QStringLiteral("clusterDialog"));
    buildUi();

    connect(m_testWatcher, &QFutureWatcherBase::resultReadyAt, this, &ClusterDialog::onTestResultReady);
    connect(m_testWatcher, &QFutureWatcherBase::finished, this, &ClusterDialog::onTestFinished);

    // A new cluster starts with the lab-like defaults admins expect: port 22, TLS verified, one
    // empty host row to fill in.
    m_sshPortSpin->setValue(22);
    m_verifyTlsCheck->setChecked(true);
    HostProfile first;
    first.roles = { QStringLiteral("rabbitmq") };
    addHostRow(first);

    retranslateUi();
    updateTlsWarning();
    updateTestButtons();
}

ClusterDialog::~ClusterDialog()
{
    // The test worker holds copies; it only needs to be told to stop.
    m_testCancel.cancel();
    m_testWatcher->disconnect(this);
}

void ClusterDialog::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("clusterDialogBanner"));

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
    styleNote(m_passwordNote, QStringLiteral("#57606a"));
    m_verifyTlsCheck = new QCheckBox(m_apiGroup);
    m_verifyTlsCheck->setObjectName(QStringLiteral("verifyTlsCheck"));
    m_tlsWarning = new QLabel(m_apiGroup);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarningLabel"));
    styleNote(m_tlsWarning, QStringLiteral("#9a5b00"));
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

    // Connection test
    m_testGroup = new QGroupBox(this);
    m_testGroup->setObjectName(QStringLiteral("testGroup"));
    m_testButton = new QPushButton(m_testGroup);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_cancelTestButton = new QPushButton(m_testGroup);
    m_cancelTestButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_testStatus = new QLabel(m_testGroup);
    m_testStatus->setObjectName(QStringLiteral("testStatusLabel"));
    m_testStatus->setWordWrap(true);
    m_testResults = new QTableWidget(0, ResultColumnCount, m_testGroup);
    m_testResults->setObjectName(QStringLiteral("testResults"));
    m_testResults->verticalHeader()->hide();
    m_testResults->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_testResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_testResults->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_testResults->horizontalHeader()->setSectionResizeMode(ResultSshColumn, QHeaderView::Stretch);
    m_testResults->horizontalHeader()->setSectionResizeMode(ResultApiColumn, QHeaderView::Stretch);
    m_testResults->horizontalHeader()->setHighlightSections(false);
    m_testResults->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_testResults->setColumnWidth(ResultHostColumn, 150);
    m_testResults->setWordWrap(false);
    m_testResults->setItemDelegate(new StatusItemDelegate(m_testResults));
    auto* testButtons = new QHBoxLayout;
    testButtons->addWidget(m_testButton);
    testButtons->addWidget(m_cancelTestButton);
    testButtons->addWidget(m_testStatus, 1);
    auto* testLayout = new QVBoxLayout(m_testGroup);
    testLayout->addLayout(testButtons);
    testLayout->addWidget(m_testResults, 1);

    // Bottom buttons: our own, so every text is Warren's (and translated with it).
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* left = new QVBoxLayout;
    left->addWidget(m_clusterGroup);
    left->addWidget(m_sshGroup);
    left->addWidget(m_apiGroup);
    left->addWidget(m_haproxyGroup);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_hostsGroup, 3);
    right->addWidget(m_testGroup, 2);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 6);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    connect(m_keyFileBrowse, &QPushButton::clicked, this, &ClusterDialog::browseKeyFile);
    connect(m_knownHostsBrowse, &QPushButton::clicked, this, &ClusterDialog::browseKnownHosts);
    connect(m_verifyTlsCheck, &QCheckBox::toggled, this, &ClusterDialog::updateTlsWarning);
    connect(m_addHostButton, &QPushButton::clicked, this, [this] {
        HostProfile host;
        host.roles = { QStringLiteral("rabbitmq") };
        addHostRow(host);
        m_hostsTable->setCurrentCell(m_hostsTable->rowCount() - 1, HostNameColumn);
        m_hostsTable->editItem(m_hostsTable->item(m_hostsTable->rowCount() - 1, HostNameColumn));
    });
    connect(m_removeHostButton, &QPushButton::clicked, this, [this] {
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
        updateTestButtons();
    });
    connect(m_hostsTable, &QTableWidget::itemSelectionChanged, this, &ClusterDialog::updateTestButtons);
    connect(m_testButton, &QPushButton::clicked, this, &ClusterDialog::startTest);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &ClusterDialog::cancelTest);
    connect(m_saveButton, &QPushButton::clicked, this, &ClusterDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &ClusterDialog::reject);

    resize(1120, 700);
}

void ClusterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        for (QTableWidget* table : { m_hostsTable, m_testResults })
            table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
        alignFormLabels();
    }
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        resize(size().expandedTo(minimumSizeHint()));
}

void ClusterDialog::alignFormLabels()
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

void ClusterDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit Cluster %1").arg(m_original.name) : tr("Add Cluster"));
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

    m_testGroup->setTitle(tr("Connection Test"));
    m_testButton->setText(tr("Test Connection"));
    m_testButton->setToolTip(tr("Log in over SSH and to the management API on every host"));
    m_cancelTestButton->setText(tr("Cancel Test"));
    m_testResults->setHorizontalHeaderLabels({ tr("Host"), tr("SSH"), tr("API") });
    m_testStatus->setText(testStatusText());
    for (int row = 0; row < m_results.size() && row < m_testResults->rowCount(); ++row)
        setResultRow(row, m_results.at(row));

    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));
    alignFormLabels();
}

void ClusterDialog::setProfile(const ClusterProfile& profile)
{
    m_original = profile;
    m_editing = true;
    m_nameEdit->setText(profile.name);
    m_sshUserEdit->setText(profile.ssh.user);
    m_sshPortSpin->setValue(profile.ssh.port > 0 ? profile.ssh.port : 22);
    m_keyFileEdit->setText(profile.ssh.keyFile);
    m_knownHostsEdit->setText(profile.ssh.knownHosts);
    m_sudoCheck->setChecked(profile.ssh.sudo);
    m_apiUserEdit->setText(profile.api.user);
    m_apiPasswordEdit->setText(secretStore().lookup(profile.secretKey()));
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
    m_results.clear();
    m_testResults->setRowCount(0);
    m_testState = TestState::Idle;
    retranslateUi();
    updateTlsWarning();
    updateTestButtons();
}

void ClusterDialog::addHostRow(const HostProfile& host)
{
    const int row = m_hostsTable->rowCount();
    m_hostsTable->insertRow(row);
    m_hostsTable->setItem(row, HostNameColumn, new QTableWidgetItem(host.name));
    m_hostsTable->setItem(row, HostAddressColumn, new QTableWidgetItem(host.address));
    m_hostsTable->setItem(row, HostNodeColumn, new QTableWidgetItem(host.node));
    m_hostsTable->setItem(row, HostApiColumn, new QTableWidgetItem(host.apiUrl.toString()));
    m_hostsTable->setItem(row, HostRolesColumn, new QTableWidgetItem(host.roles.join(QStringLiteral(", "))));
}

ClusterProfile ClusterDialog::profile() const
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

QString ClusterDialog::password() const
{
    return m_apiPasswordEdit->text();
}

QString ClusterDialog::validate() const
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

void ClusterDialog::updateTlsWarning()
{
    m_tlsWarning->setVisible(!m_verifyTlsCheck->isChecked());
}

void ClusterDialog::updateTestButtons()
{
    const bool running = m_testState == TestState::Running || m_testState == TestState::Cancelling;
    m_testButton->setEnabled(!running);
    m_cancelTestButton->setEnabled(m_testState == TestState::Running);
    m_removeHostButton->setEnabled(m_hostsTable->currentRow() >= 0 || !m_hostsTable->selectedRanges().isEmpty());
}

void ClusterDialog::browseKeyFile()
{
    const QString start
        = m_keyFileEdit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_keyFileEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose Private Key"), start);
    if (!file.isEmpty())
        m_keyFileEdit->setText(file);
}

void ClusterDialog::browseKnownHosts()
{
    const QString start
        = m_knownHostsEdit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_knownHostsEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose known_hosts File"), start);
    if (!file.isEmpty())
        m_knownHostsEdit->setText(file);
}

bool ClusterDialog::isTesting() const
{
    return m_testWatcher->isRunning();
}

void ClusterDialog::rememberSecret(const QString& key)
{
    if (!m_previousSecrets.contains(key))
        m_previousSecrets.insert(key, secretStore().lookup(key));
}

void ClusterDialog::restoreSecrets()
{
    for (auto it = m_previousSecrets.cbegin(); it != m_previousSecrets.cend(); ++it) {
        if (it.value().isEmpty())
            secretStore().remove(it.key());
        else
            secretStore().store(it.key(), it.value());
    }
    m_previousSecrets.clear();
}

void ClusterDialog::startTest()
{
    if (isTesting())
        return;
    const ClusterProfile p = profile();
    if (p.hosts.isEmpty()) {
        m_banner->showMessage([] { return tr("Add at least one host."); }, MessageBanner::Type::Warning);
        return;
    }
    m_banner->hideMessage();
    // The worker reads the password where the collector will: the secret store (memory).
    if (!password().isEmpty()) {
        rememberSecret(p.secretKey());
        secretStore().store(p.secretKey(), password());
    }

    m_testedProfile = p;
    m_results.clear();
    m_pendingHostKeys.clear();
    QList<HostProfile> hosts = p.hosts;
    hosts.append(p.spare);
    m_testTotal = int(hosts.size());
    m_testResults->setRowCount(0);
    for (const auto& h : std::as_const(hosts)) {
        HostTestResult pending;
        pending.host = h.name;
        pending.address = h.address;
        const int row = m_testResults->rowCount();
        m_testResults->insertRow(row);
        m_testResults->setItem(row, ResultHostColumn, textItem(hostsLabel(pending)));
        auto* ssh = textItem(tr("testing…"));
        ssh->setData(ToneRole, int(Tone::Muted));
        m_testResults->setItem(row, ResultSshColumn, ssh);
        auto* api = textItem(tr("testing…"));
        api->setData(ToneRole, int(Tone::Muted));
        m_testResults->setItem(row, ResultApiColumn, api);
    }

    m_testCancel = CancelToken();
    m_testState = TestState::Running;
    const CancelToken cancel = m_testCancel;
    // testConnections() host by host, so each result shows up as soon as it is known.
    m_testWatcher->setFuture(QtConcurrent::run([p, hosts, cancel](QPromise<HostTestResult>& promise) {
        for (const auto& h : hosts) {
            if (cancel.isCancelled() || promise.isCanceled())
                return;
            promise.addResult(testHostConnection(p, h, cancel));
        }
    }));
    m_testStatus->setText(testStatusText());
    updateTestButtons();
}

void ClusterDialog::cancelTest()
{
    if (!isTesting())
        return;
    m_testCancel.cancel();
    m_testState = TestState::Cancelling;
    m_testStatus->setText(testStatusText());
    updateTestButtons();
}

void ClusterDialog::onTestResultReady(int index)
{
    const HostTestResult result = m_testWatcher->resultAt(index);
    while (m_results.size() <= index)
        m_results.append(HostTestResult());
    m_results[index] = result;
    setResultRow(index, result);
    if (result.hostKey.state == HostKeyInfo::State::Unknown && !result.hostKey.fingerprint.isEmpty())
        m_pendingHostKeys.append(result);
    m_testStatus->setText(testStatusText());
}

void ClusterDialog::onTestFinished()
{
    m_testState = m_testState == TestState::Cancelling ? TestState::Cancelled : TestState::Done;
    // Hosts the cancelled test never reached.
    for (int row = int(m_results.size()); row < m_testResults->rowCount(); ++row) {
        for (int column : { ResultSshColumn, ResultApiColumn }) {
            auto* item = textItem(tr("not tested"));
            item->setData(ToneRole, int(Tone::Muted));
            m_testResults->setItem(row, column, item);
        }
    }
    m_testStatus->setText(testStatusText());
    updateTestButtons();
    if (m_testState == TestState::Done)
        promptNextHostKey();
}

void ClusterDialog::promptNextHostKey()
{
    if (m_pendingHostKeys.isEmpty()) {
        if (m_retestAfterKeys) {
            m_retestAfterKeys = false;
            startTest();
        }
        return;
    }
    const HostTestResult result = m_pendingHostKeys.takeFirst();
    const HostProfile* host = m_testedProfile.host(result.host);
    if (!host) {
        promptNextHostKey();
        return;
    }
    auto* dialog = new HostKeyDialog(m_testedProfile, *host, result.hostKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int code) {
        if (code == QDialog::Accepted)
            m_retestAfterKeys = true;
        promptNextHostKey();
    });
    dialog->open();
}

void ClusterDialog::showTestResults(const QList<HostTestResult>& results)
{
    m_results = results;
    m_testTotal = int(results.size());
    m_testState = TestState::Done;
    m_testResults->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row)
        setResultRow(row, results.at(row));
    m_testStatus->setText(testStatusText());
    updateTestButtons();
}

void ClusterDialog::setResultRow(int row, const HostTestResult& r)
{
    if (row >= m_testResults->rowCount())
        m_testResults->setRowCount(row + 1);
    m_testResults->setItem(row, ResultHostColumn, textItem(hostsLabel(r)));

    auto* ssh = textItem(r.sshMessage.isEmpty() ? (r.sshOk ? tr("OK") : tr("failed")) : r.sshMessage);
    Tone sshTone = r.sshOk ? Tone::Good : Tone::Bad;
    if (r.hostKey.state == HostKeyInfo::State::Unknown)
        sshTone = Tone::Warning;
    ssh->setData(ToneRole, int(sshTone));
    ssh->setData(IndicatorRole, true);
    m_testResults->setItem(row, ResultSshColumn, ssh);

    QTableWidgetItem* api = nullptr;
    if (!r.apiTested) {
        api = textItem(tr("not tested (no API URL)"));
        api->setData(ToneRole, int(Tone::Muted));
    } else {
        api = textItem(r.apiMessage.isEmpty() ? (r.apiOk ? tr("OK") : tr("failed")) : r.apiMessage);
        api->setData(ToneRole, int(r.apiOk ? Tone::Good : Tone::Bad));
        api->setData(IndicatorRole, true);
    }
    m_testResults->setItem(row, ResultApiColumn, api);
}

QString ClusterDialog::testStatusText() const
{
    switch (m_testState) {
    case TestState::Idle:
        return tr("Checks SSH login and the management API of every host.");
    case TestState::Running:
        return tr("Testing %n host(s)…", "", m_testTotal);
    case TestState::Cancelling:
        return tr("Cancelling…");
    case TestState::Cancelled:
        return tr("Test cancelled.");
    case TestState::Done:
        break;
    }
    int sshOk = 0;
    int apiOk = 0;
    int apiTested = 0;
    for (const auto& r : m_results) {
        sshOk += r.sshOk ? 1 : 0;
        apiTested += r.apiTested ? 1 : 0;
        apiOk += r.apiOk ? 1 : 0;
    }
    return tr("Done: SSH OK on %1 of %2, API OK on %3 of %4.").arg(sshOk).arg(m_testTotal).arg(apiOk).arg(apiTested);
}

void ClusterDialog::accept()
{
    const QString error = validate();
    if (!error.isEmpty()) {
        m_banner->showMessage([error] { return error; }, MessageBanner::Type::Error);
        return;
    }
    cancelTest();
    const ClusterProfile p = profile();
    // Secrets a test stored under other keys (the name or user changed since) go back to what
    // they were; the final one is kept in the store, never on disk.
    m_previousSecrets.remove(p.secretKey());
    restoreSecrets();
    if (!password().isEmpty())
        secretStore().store(p.secretKey(), password());
    if (m_editing && m_original.secretKey() != p.secretKey())
        secretStore().remove(m_original.secretKey());
    QDialog::accept();
}

void ClusterDialog::reject()
{
    cancelTest();
    restoreSecrets();
    QDialog::reject();
}

} // namespace warren
