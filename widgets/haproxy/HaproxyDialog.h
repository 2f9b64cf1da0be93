#pragma once

#include "HaproxyWorkbench.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace warren {

class MessageBanner;

// The HAProxy window: export options with a live preview of haproxy.cfg; the current file (from
// the HAProxy host over SSH, or a local file) with its lint findings; the diff between the two;
// Save As, Validate (`haproxy -c`), Push with a confirmation, a step log and the verified result;
// and the failover drill. The work runs in HaproxyWorkbench's workers.
class HaproxyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyDialog)

public:
    explicit HaproxyDialog(const ClusterProfile& profile, QWidget* parent = nullptr);
    ~HaproxyDialog() override;

    void setSnapshot(const ClusterSnapshot& snapshot);
    // Shows `text` as the current file (tests; what fetch and open end in).
    void setCurrent(const QByteArray& text, const QString& source);

    HaproxyWorkbench* workbench() const { return m_workbench; }
    HaproxyExportOptions options() const;
    QString generatedText() const { return m_generated; }
    QString diffText() const;
    QString currentText() const;
    int currentLine() const; // 1-based line of the cursor in the current file
    QTableWidget* lintTable() const { return m_lintTable; }
    bool analysisPending() const { return m_analysisSerial != m_shownSerial; }

public Q_SLOTS:
    void fetchCurrent();
    void openFile(const QString& path = QString()); // empty: ask
    void saveAs(const QString& path = QString()); // empty: ask
    void validate();
    void push(); // asks for confirmation first
    void startDrill(); // asks for confirmation first
    void cancelDrill();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillNodes();
    void regenerate();
    void scheduleAnalysis();
    void showAnalysis(const HaproxyAnalysis& analysis);
    void showFindings();
    void showFinding(int row);
    void jumpToLine(int line);
    void updateButtons();
    void onPushFinished(const HaproxyPushReport& report);
    void onDrillFinished(const FailoverDrillReport& report, const QString& node);
    bool confirmPush();
    bool confirmDrill(DrillFault fault);

    HaproxyWorkbench* m_workbench;
    QString m_generated;
    QByteArray m_current;
    QString m_currentSource;
    QList<HaproxyFinding> m_findings;
    int m_analysisSerial = 0;
    int m_shownSerial = 0;
    QTimer* m_analysisTimer;

    MessageBanner* m_banner = nullptr;
    // Options
    QGroupBox* m_optionsGroup = nullptr;
    QFormLayout* m_optionsForm = nullptr;
    QComboBox* m_layoutCombo = nullptr;
    QComboBox* m_activeCombo = nullptr;
    QComboBox* m_balanceCombo = nullptr;
    QSpinBox* m_heartbeatSpin = nullptr;
    QCheckBox* m_managementCheck = nullptr;
    QLineEdit* m_bindEdit = nullptr;
    QSpinBox* m_interSpin = nullptr;
    QSpinBox* m_riseSpin = nullptr;
    QSpinBox* m_fallSpin = nullptr;
    QSpinBox* m_maxconnSpin = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_groupEdit = nullptr;
    QComboBox* m_logCombo = nullptr;
    QLineEdit* m_logEdit = nullptr;
    QLabel* m_optionsError = nullptr;
    // Views
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QWidget* m_currentPage = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QPushButton* m_fetchButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPlainTextEdit* m_currentView = nullptr;
    QTableWidget* m_lintTable = nullptr;
    QLabel* m_lintSummary = nullptr;
    QLabel* m_lintDetail = nullptr;
    QPlainTextEdit* m_diffView = nullptr;
    QWidget* m_pushPage = nullptr;
    QPlainTextEdit* m_pushLog = nullptr;
    QLabel* m_pushResult = nullptr;
    // Drill
    QWidget* m_drillPage = nullptr;
    QLabel* m_drillIntro = nullptr;
    QFormLayout* m_drillForm = nullptr;
    QComboBox* m_faultCombo = nullptr;
    QSpinBox* m_messagesSpin = nullptr;
    QSpinBox* m_drillTimeSpin = nullptr;
    QCheckBox* m_realClusterCheck = nullptr;
    QPushButton* m_drillStart = nullptr;
    QPushButton* m_drillCancel = nullptr;
    QProgressBar* m_drillProgress = nullptr;
    QLabel* m_drillStatus = nullptr;
    QTableWidget* m_drillFigures = nullptr;
    // Buttons
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_validateButton = nullptr;
    QPushButton* m_pushButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_drillNode;
};

} // namespace warren
