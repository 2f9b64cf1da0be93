#pragma once

#include "profile/ClusterProfile.h"
#include "status/ConnectionTest.h"
#include "util/Cancel.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
template <typename T> class QFutureWatcher;

namespace warren {

class MessageBanner;

// Adds or edits a cluster profile. The API password goes to secretStore() only (never into the
// profile or QSettings). "Test connection" checks SSH and the API of every host on a pool thread
// while the dialog stays usable, and offers unknown SSH host keys for review.
class ClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterDialog)

public:
    explicit ClusterDialog(QWidget* parent = nullptr);
    ~ClusterDialog() override;

    void setProfile(const ClusterProfile& profile); // edit an existing cluster
    ClusterProfile profile() const; // what the fields say now
    QString password() const;
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
    enum HostColumn {
        HostNameColumn,
        HostAddressColumn,
        HostNodeColumn,
        HostApiColumn,
        HostRolesColumn,
        HostColumnCount
    };
    enum ResultColumn { ResultHostColumn, ResultSshColumn, ResultApiColumn, ResultColumnCount };

    void buildUi();
    void retranslateUi();
    void alignFormLabels();
    void updateTlsWarning();
    void updateTestButtons();
    void addHostRow(const HostProfile& host);
    void browseKeyFile();
    void browseKnownHosts();
    void setResultRow(int row, const HostTestResult& result);
    void onTestResultReady(int index);
    void onTestFinished();
    void promptNextHostKey();
    void rememberSecret(const QString& key);
    void restoreSecrets();
    QString testStatusText() const;

    ClusterProfile m_original;
    bool m_editing = false;
    QHash<QString, QString> m_previousSecrets; // secret keys touched by a test, with their old values

    // Connection test state
    QFutureWatcher<HostTestResult>* m_testWatcher;
    CancelToken m_testCancel;
    ClusterProfile m_testedProfile;
    QList<HostTestResult> m_results;
    QList<HostTestResult> m_pendingHostKeys;
    int m_testTotal = 0;
    bool m_testCancelled = false;
    bool m_retestAfterKeys = false;
    enum class TestState { Idle, Running, Cancelling, Done, Cancelled } m_testState = TestState::Idle;

    MessageBanner* m_banner;
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
    QGroupBox* m_testGroup;
    QPushButton* m_testButton;
    QPushButton* m_cancelTestButton;
    QLabel* m_testStatus;
    QTableWidget* m_testResults;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace warren
