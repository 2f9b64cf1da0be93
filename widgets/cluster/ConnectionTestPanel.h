#pragma once

#include "profile/ClusterProfile.h"
#include "status/ConnectionTest.h"
#include "util/Cancel.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
template <typename T> class QFutureWatcher;

namespace warren {

// "Test connection": checks SSH and the API of every host of a profile on a pool thread while the
// dialog stays usable, shows each result as it comes, and offers unknown SSH host keys for review.
// The API password is a parameter of start(): the panel keeps it only in the worker's copy.
class ConnectionTestPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    explicit ConnectionTestPanel(QWidget* parent = nullptr);
    ~ConnectionTestPanel() override;

    void start(const ClusterProfile& profile, const QString& password);
    void cancel();
    void clear(); // forget the results (another profile)
    bool isTesting() const;
    // For tests and screenshots: show results as if a test had produced them.
    void showResults(const QList<HostTestResult>& results);

Q_SIGNALS:
    // The user asked for a test, or accepted host keys and the test should run again: the owner
    // answers with start() and the profile and password its fields hold now.
    void testRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum ResultColumn { ResultHostColumn, ResultSshColumn, ResultApiColumn, ResultColumnCount };

    void retranslateUi();
    void updateButtons();
    void setResultRow(int row, const HostTestResult& result);
    void onResultReady(int index);
    void onFinished();
    void promptNextHostKey();
    QString statusText() const;

    QFutureWatcher<HostTestResult>* m_watcher;
    CancelToken m_cancel;
    ClusterProfile m_testedProfile;
    QList<HostTestResult> m_results;
    QList<HostTestResult> m_pendingHostKeys;
    int m_total = 0;
    bool m_retestAfterKeys = false;
    enum class State { Idle, Running, Cancelling, Done, Cancelled } m_state = State::Idle;

    QPushButton* m_testButton;
    QPushButton* m_cancelButton;
    QLabel* m_status;
    QTableWidget* m_table;
};

} // namespace warren
