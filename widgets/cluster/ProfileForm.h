#pragma once

#include "profile/ClusterProfile.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace warren {

// The fields of a cluster profile: name, SSH, management API (with the password field), HAProxy
// and the host table. It only edits: the password it shows comes in through setProfile() and
// goes out through password(); where it is kept is the caller's business.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(QWidget* parent = nullptr);
    ~ProfileForm() override;

    void setProfile(const ClusterProfile& profile, const QString& password);
    ClusterProfile profile() const; // what the fields say now (keeps what they do not show)
    QString password() const;
    // Checks the fields (and runs them through the profile parser); empty when fine.
    QString validate() const;
    // Placed under the host table, in the right column (the connection test).
    void addBelowHosts(QWidget* widget, int stretch);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum HostColumn {
        HostNameColumn,
        HostAddressColumn,
        HostNodeColumn,
        HostApiColumn,
        HostRolesColumn,
        HostColumnCount
    };

    void buildUi();
    void retranslateUi();
    void alignFormLabels();
    void updateTlsWarning();
    void updateHostButtons();
    void addHostRow(const HostProfile& host);
    void removeSelectedHosts();
    void browseKeyFile();
    void browseKnownHosts();

    ClusterProfile m_original;

    QVBoxLayout* m_right;
    QGroupBox* m_clusterGroup;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QGroupBox* m_sshGroup;
    QLabel* m_sshUserLabel;
    QLineEdit* m_sshUserEdit;
    QLabel* m_sshPortLabel;
    QSpinBox* m_sshPortSpin;
    QLabel* m_keyFileLabel;
    QLineEdit* m_keyFileEdit;
    QPushButton* m_keyFileBrowse;
    QLabel* m_knownHostsLabel;
    QLineEdit* m_knownHostsEdit;
    QPushButton* m_knownHostsBrowse;
    QCheckBox* m_sudoCheck;
    QGroupBox* m_apiGroup;
    QLabel* m_apiUserLabel;
    QLineEdit* m_apiUserEdit;
    QLabel* m_apiPasswordLabel;
    QLineEdit* m_apiPasswordEdit;
    QLabel* m_passwordNote;
    QCheckBox* m_verifyTlsCheck;
    QLabel* m_tlsWarning;
    QGroupBox* m_haproxyGroup;
    QLabel* m_haproxyHostLabel;
    QLineEdit* m_haproxyHostEdit;
    QLabel* m_haproxySocketLabel;
    QLineEdit* m_haproxySocketEdit;
    QLabel* m_haproxyUrlLabel;
    QLineEdit* m_haproxyUrlEdit;
    QGroupBox* m_hostsGroup;
    QTableWidget* m_hostsTable;
    QPushButton* m_addHostButton;
    QPushButton* m_removeHostButton;
};

} // namespace warren
