#include "HostKeyDialog.h"

#include "MessageBanner.h"
#include "NetworkJobs.h"
#include "Palette.h"
#include "status/ConnectionTest.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

namespace {
    struct TrustResult
    {
        bool ok = false;
        QString error;
    };
} // namespace

HostKeyDialog::HostKeyDialog(
    const ClusterProfile& profile, const HostProfile& host, const HostKeyInfo& key, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_host(host)
    , m_key(key)
    , m_heading(new QLabel(this))
    , m_hostCaption(new QLabel(this))
    , m_hostValue(new QLabel(this))
    , m_portCaption(new QLabel(this))
    , m_portValue(new QLabel(this))
    , m_typeCaption(new QLabel(this))
    , m_typeValue(new QLabel(this))
    , m_fingerprintCaption(new QLabel(this))
    , m_fingerprintValue(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_question(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_trustButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    m_heading->setObjectName(QStringLiteral("hostKeyHeading"));
    m_fingerprintValue->setObjectName(QStringLiteral("fingerprintLabel"));
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_banner->setObjectName(QStringLiteral("hostKeyBanner"));

    QFont headingFont; // only the weight: the family follows the language's font
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_hostValue->setText(QStringLiteral("%1 (%2)").arg(host.name, host.address));
    m_portValue->setText(QString::number(profile.sshPortFor(host)));
    m_typeValue->setText(displayKeyType(key.type));
    for (QLabel* value : { m_hostValue, m_portValue, m_typeValue, m_fingerprintValue })
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() + 0.5);
    m_fingerprintValue->setFont(mono);
    m_fingerprintValue->setText(key.fingerprint);
    m_fingerprintValue->setTextFormat(Qt::PlainText);
    m_fingerprintValue->setFrameShape(QFrame::StyledPanel);
    m_fingerprintValue->setMargin(5);
    m_fingerprintValue->setAutoFillBackground(true);
    QPalette fingerprintPalette = m_fingerprintValue->palette();
    fingerprintPalette.setColor(QPalette::Window, Palette::codeBackground());
    m_fingerprintValue->setPalette(fingerprintPalette);
    m_fingerprintValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_explanation->setWordWrap(true);
    m_question->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(m_hostCaption, m_hostValue);
    form->addRow(m_portCaption, m_portValue);
    form->addRow(m_typeCaption, m_typeValue);
    form->addRow(m_fingerprintCaption, m_fingerprintValue);

    // Cancel is the default button: Enter must never trust a key.
    m_cancelButton->setDefault(true);
    m_cancelButton->setAutoDefault(true);
    m_trustButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_trustButton);
    buttons->addWidget(m_cancelButton);

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("hostKeyIcon"));
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setContentsMargins(0, 2, 8, 0);

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(m_heading);
    text->addLayout(form);
    text->addWidget(m_explanation);
    text->addWidget(m_question);
    text->addWidget(m_banner);
    text->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_trustButton, &QPushButton::clicked, this, &HostKeyDialog::trust);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    m_cancelButton->setFocus();
    resize(qMax(640, sizeHint().width()), sizeHint().height());
}

HostKeyDialog::~HostKeyDialog() = default;

QString HostKeyDialog::displayKeyType(const QString& type)
{
    if (type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (type.startsWith(QLatin1String("ecdsa-")))
        return QStringLiteral("ECDSA");
    if (type == QLatin1String("ssh-rsa") || type.startsWith(QLatin1String("rsa-")))
        return QStringLiteral("RSA");
    if (type == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    return type.isEmpty() ? QStringLiteral("?") : type.toUpper();
}

void HostKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitToContents();
}

void HostKeyDialog::fitToContents()
{
    // Another language or a CJK font needs more room: grow, never clip the fingerprint.
    if (QLayout* l = layout()) {
        l->activate();
        const int w = qMax(width(), l->minimumSize().width());
        const int h = l->hasHeightForWidth() ? l->totalHeightForWidth(w) : l->sizeHint().height();
        resize(w, qMax(height(), h));
    }
}

void HostKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Unknown SSH host key"));
    m_heading->setText(
        tr("The authenticity of host \"%1 (%2)\" can't be established.").arg(m_host.name, m_host.address));
    m_hostCaption->setText(tr("Host:"));
    m_portCaption->setText(tr("SSH port:"));
    m_typeCaption->setText(tr("Key type:"));
    m_fingerprintCaption->setText(tr("%1 key fingerprint:").arg(displayKeyType(m_key.type)));
    const QString knownHosts = m_profile.ssh.knownHosts.isEmpty() ? tr("the known_hosts file")
                                                                  : QDir::toNativeSeparators(m_profile.ssh.knownHosts);
    m_explanation->setText(
        tr("No known_hosts entry vouches for this key. Compare the fingerprint with the one the server's "
           "administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it "
           "adds the key to %1.")
            .arg(knownHosts));
    m_question->setText(tr("Are you sure you want to trust it and continue connecting?"));
    m_trustButton->setText(m_saving ? tr("Saving host key…") : tr("Trust and connect"));
    m_trustButton->setToolTip(tr("Record this key in known_hosts and connect"));
    m_cancelButton->setText(tr("Cancel"));
}

void HostKeyDialog::trust()
{
    if (m_saving)
        return;
    m_saving = true;
    m_trustButton->setEnabled(false);
    retranslateUi();

    auto* watcher = new QFutureWatcher<TrustResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const TrustResult result = watcher->result();
        m_saving = false;
        m_trustButton->setEnabled(true);
        retranslateUi();
        if (result.ok) {
            accept();
            return;
        }
        const QString error = result.error;
        m_banner->showMessage(
            [error] { return tr("The host key was not saved: %1").arg(error); }, MessageBanner::Type::Error);
    });
    // The worker gets copies and the fingerprint that was on screen: it never touches the dialog.
    const ClusterProfile profile = m_profile;
    const HostProfile host = m_host;
    const QString fingerprint = m_key.fingerprint;
    watcher->setFuture(QtConcurrent::run(networkJobPool(), [profile, host, fingerprint] {
        TrustResult result;
        result.ok = acceptHostKey(profile, host, fingerprint, &result.error);
        return result;
    }));
}

} // namespace warren
