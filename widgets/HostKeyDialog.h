#pragma once

#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace warren {

class MessageBanner;

// Asks the user about an SSH host key no known_hosts entry vouches for, in OpenSSH's words.
// Only a click on "Trust and connect" accepts (Enter is bound to Cancel); the key is then recorded
// by acceptHostKey() in a worker, with the fingerprint the user saw: if the server presents a
// different key by then, nothing is written.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    HostKeyDialog(
        const ClusterProfile& profile, const HostProfile& host, const HostKeyInfo& key, QWidget* parent = nullptr);
    ~HostKeyDialog() override;

    QString fingerprint() const { return m_key.fingerprint; }
    const HostProfile& host() const { return m_host; }

    // "ssh-ed25519" -> "ED25519", as OpenSSH names key types in its prompt.
    static QString displayKeyType(const QString& type);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fitToContents();
    void trust();

    ClusterProfile m_profile;
    HostProfile m_host;
    HostKeyInfo m_key;
    bool m_saving = false;

    QLabel* m_heading;
    QLabel* m_hostCaption;
    QLabel* m_hostValue;
    QLabel* m_portCaption;
    QLabel* m_portValue;
    QLabel* m_typeCaption;
    QLabel* m_typeValue;
    QLabel* m_fingerprintCaption;
    QLabel* m_fingerprintValue;
    QLabel* m_explanation;
    QLabel* m_question;
    MessageBanner* m_banner;
    QPushButton* m_trustButton;
    QPushButton* m_cancelButton;
};

} // namespace warren
