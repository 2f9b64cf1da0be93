#include "ConnectionTestPanel.h"

#include "HostKeyDialog.h"
#include "ModelRoles.h"
#include "NetworkJobs.h"
#include "StatusItemDelegate.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
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

} // namespace

ConnectionTestPanel::ConnectionTestPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_watcher(new QFutureWatcher<HostTestResult>(this))
{
    setObjectName(QStringLiteral("testGroup"));
    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatusLabel"));
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, ResultColumnCount, this);
    m_table->setObjectName(QStringLiteral("testResults"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ResultSshColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResultApiColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(ResultHostColumn, 150);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new StatusItemDelegate(m_table));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, &ConnectionTestPanel::onResultReady);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ConnectionTestPanel::onFinished);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionTestPanel::cancel);
    retranslateUi();
    updateButtons();
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    // The worker holds copies; it only needs to be told to stop.
    m_cancel.cancel();
    m_watcher->disconnect(this);
}

void ConnectionTestPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QGroupBox::changeEvent(event);
}

void ConnectionTestPanel::retranslateUi()
{
    setTitle(tr("Connection Test"));
    m_testButton->setText(tr("Test Connection"));
    m_testButton->setToolTip(tr("Log in over SSH and to the management API on every host"));
    m_cancelButton->setText(tr("Cancel Test"));
    m_table->setHorizontalHeaderLabels({ tr("Host"), tr("SSH"), tr("API") });
    m_status->setText(statusText());
    for (int row = 0; row < m_results.size() && row < m_table->rowCount(); ++row)
        setResultRow(row, m_results.at(row));
}

bool ConnectionTestPanel::isTesting() const
{
    return m_watcher->isRunning();
}

void ConnectionTestPanel::updateButtons()
{
    const bool running = m_state == State::Running || m_state == State::Cancelling;
    m_testButton->setEnabled(!running);
    m_cancelButton->setEnabled(m_state == State::Running);
}

void ConnectionTestPanel::clear()
{
    m_results.clear();
    m_table->setRowCount(0);
    m_state = State::Idle;
    m_status->setText(statusText());
    updateButtons();
}

void ConnectionTestPanel::start(const ClusterProfile& profile, const QString& password)
{
    if (isTesting())
        return;
    m_testedProfile = profile;
    m_results.clear();
    m_pendingHostKeys.clear();
    QList<HostProfile> hosts = profile.hosts;
    hosts.append(profile.spare);
    m_total = int(hosts.size());
    m_table->setRowCount(0);
    for (const auto& h : std::as_const(hosts)) {
        HostTestResult pending;
        pending.host = h.name;
        pending.address = h.address;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, ResultHostColumn, textItem(hostsLabel(pending)));
        auto* ssh = textItem(tr("testing…"));
        ssh->setData(ToneRole, int(Tone::Muted));
        m_table->setItem(row, ResultSshColumn, ssh);
        auto* api = textItem(tr("testing…"));
        api->setData(ToneRole, int(Tone::Muted));
        m_table->setItem(row, ResultApiColumn, api);
    }

    m_cancel = CancelToken();
    m_state = State::Running;
    const CancelToken cancel = m_cancel;
    // testHostConnection() host by host, so each result shows up as soon as it is known. The
    // password travels with the job, not through the session's secret store: a test of fields
    // the user has not saved leaves no trace anywhere.
    m_watcher->setFuture(
        QtConcurrent::run(networkJobPool(), [profile, hosts, password, cancel](QPromise<HostTestResult>& promise) {
            for (const auto& h : hosts) {
                if (cancel.isCancelled() || promise.isCanceled())
                    return;
                promise.addResult(testHostConnection(profile, h, cancel, password));
            }
        }));
    m_status->setText(statusText());
    updateButtons();
}

void ConnectionTestPanel::cancel()
{
    if (!isTesting())
        return;
    m_cancel.cancel();
    m_state = State::Cancelling;
    m_status->setText(statusText());
    updateButtons();
}

void ConnectionTestPanel::onResultReady(int index)
{
    const HostTestResult result = m_watcher->resultAt(index);
    while (m_results.size() <= index)
        m_results.append(HostTestResult());
    m_results[index] = result;
    setResultRow(index, result);
    if (result.hostKey.state == HostKeyInfo::State::Unknown && !result.hostKey.fingerprint.isEmpty())
        m_pendingHostKeys.append(result);
    m_status->setText(statusText());
}

void ConnectionTestPanel::onFinished()
{
    m_state = m_state == State::Cancelling ? State::Cancelled : State::Done;
    // Hosts the cancelled test never reached.
    for (int row = int(m_results.size()); row < m_table->rowCount(); ++row) {
        for (int column : { ResultSshColumn, ResultApiColumn }) {
            auto* item = textItem(tr("not tested"));
            item->setData(ToneRole, int(Tone::Muted));
            m_table->setItem(row, column, item);
        }
    }
    m_status->setText(statusText());
    updateButtons();
    if (m_state == State::Done)
        promptNextHostKey();
}

void ConnectionTestPanel::promptNextHostKey()
{
    if (m_pendingHostKeys.isEmpty()) {
        if (m_retestAfterKeys) {
            m_retestAfterKeys = false;
            Q_EMIT testRequested();
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

void ConnectionTestPanel::showResults(const QList<HostTestResult>& results)
{
    m_results = results;
    m_total = int(results.size());
    m_state = State::Done;
    m_table->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row)
        setResultRow(row, results.at(row));
    m_status->setText(statusText());
    updateButtons();
}

void ConnectionTestPanel::setResultRow(int row, const HostTestResult& r)
{
    if (row >= m_table->rowCount())
        m_table->setRowCount(row + 1);
    m_table->setItem(row, ResultHostColumn, textItem(hostsLabel(r)));

    auto* ssh = textItem(r.sshMessage.isEmpty() ? (r.sshOk ? tr("OK") : tr("failed")) : r.sshMessage);
    Tone sshTone = r.sshOk ? Tone::Good : Tone::Bad;
    if (r.hostKey.state == HostKeyInfo::State::Unknown)
        sshTone = Tone::Warning;
    ssh->setData(ToneRole, int(sshTone));
    ssh->setData(IndicatorRole, true);
    m_table->setItem(row, ResultSshColumn, ssh);

    QTableWidgetItem* api = nullptr;
    if (!r.apiTested) {
        api = textItem(tr("not tested (no API URL)"));
        api->setData(ToneRole, int(Tone::Muted));
    } else {
        api = textItem(r.apiMessage.isEmpty() ? (r.apiOk ? tr("OK") : tr("failed")) : r.apiMessage);
        api->setData(ToneRole, int(r.apiOk ? Tone::Good : Tone::Bad));
        api->setData(IndicatorRole, true);
    }
    m_table->setItem(row, ResultApiColumn, api);
}

QString ConnectionTestPanel::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Checks SSH login and the management API of every host.");
    case State::Running:
        return tr("Testing %n host(s)…", "", m_total);
    case State::Cancelling:
        return tr("Cancelling…");
    case State::Cancelled:
        return tr("Test cancelled.");
    case State::Done:
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
    return tr("Done: SSH OK on %1 of %2, API OK on %3 of %4.").arg(sshOk).arg(m_total).arg(apiOk).arg(apiTested);
}

} // namespace warren
