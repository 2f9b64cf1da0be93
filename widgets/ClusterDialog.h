#pragma once

#include "profile/ClusterProfile.h"
#include "status/ConnectionTest.h"

#include <QDialog>
#include <QList>

class QPushButton;

namespace warren {

class ConnectionTestPanel;
class MessageBanner;
class ProfileForm;

// Adds or edits a cluster profile: a ProfileForm for the fields and a ConnectionTestPanel beside
// the host table. The API password comes in with setProfile() and goes out through password();
// the dialog itself never reads or writes the secret store, and the connection test gets the
// password as a parameter. The caller keeps it where it keeps secrets once the profile is saved.
class ClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterDialog)

public:
    explicit ClusterDialog(QWidget* parent = nullptr);
    ~ClusterDialog() override;

    void setProfile(const ClusterProfile& profile, const QString& password = {}); // edit an existing cluster
    ClusterProfile profile() const; // what the fields say now
    QString password() const;
    bool isEditing() const { return m_editing; }
    ClusterProfile originalProfile() const { return m_original; }
    bool isTesting() const;

    // Checks the fields (and runs them through the profile parser); empty when fine.
    QString validate() const;

    // For tests and screenshots: show results as if a connection test had produced them.
    void showTestResults(const QList<HostTestResult>& results);

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void startTest();
    void cancelTest();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ClusterProfile m_original;
    bool m_editing = false;

    MessageBanner* m_banner;
    ProfileForm* m_form;
    ConnectionTestPanel* m_test;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace warren
