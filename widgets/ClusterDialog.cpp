#include "ClusterDialog.h"

#include "ConnectionTestPanel.h"
#include "MessageBanner.h"
#include "ProfileForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace warren {

ClusterDialog::ClusterDialog(QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_form(new ProfileForm(this))
    , m_test(new ConnectionTestPanel(m_form))
    , m_saveButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("clusterDialog"));
    m_banner->setObjectName(QStringLiteral("clusterDialogBanner"));
    m_form->addBelowHosts(m_test, 2);

    // Bottom buttons: our own, so every text is Warren's (and translated with it).
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addLayout(buttons);

    connect(m_test, &ConnectionTestPanel::testRequested, this, &ClusterDialog::startTest);
    connect(m_saveButton, &QPushButton::clicked, this, &ClusterDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &ClusterDialog::reject);

    resize(1120, 700);
    retranslateUi();
}

ClusterDialog::~ClusterDialog() = default;

void ClusterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        resize(size().expandedTo(minimumSizeHint()));
}

void ClusterDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit Cluster %1").arg(m_original.name) : tr("Add Cluster"));
    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));
}

void ClusterDialog::setProfile(const ClusterProfile& profile, const QString& password)
{
    m_original = profile;
    m_editing = true;
    m_form->setProfile(profile, password);
    m_test->clear();
    retranslateUi();
}

ClusterProfile ClusterDialog::profile() const
{
    return m_form->profile();
}

QString ClusterDialog::password() const
{
    return m_form->password();
}

QString ClusterDialog::validate() const
{
    return m_form->validate();
}

bool ClusterDialog::isTesting() const
{
    return m_test->isTesting();
}

void ClusterDialog::startTest()
{
    if (m_test->isTesting())
        return;
    const ClusterProfile p = profile();
    if (p.hosts.isEmpty()) {
        m_banner->showMessage([] { return tr("Add at least one host."); }, MessageBanner::Type::Warning);
        return;
    }
    m_banner->hideMessage();
    m_test->start(p, password());
}

void ClusterDialog::cancelTest()
{
    m_test->cancel();
}

void ClusterDialog::showTestResults(const QList<HostTestResult>& results)
{
    m_test->showResults(results);
}

void ClusterDialog::accept()
{
    const QString error = validate();
    if (!error.isEmpty()) {
        m_banner->showMessage([error] { return error; }, MessageBanner::Type::Error);
        return;
    }
    cancelTest();
    QDialog::accept();
}

void ClusterDialog::reject()
{
    cancelTest();
    QDialog::reject();
}

} // namespace warren
