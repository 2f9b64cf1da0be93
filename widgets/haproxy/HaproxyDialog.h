#pragma once

#include "HaproxyWorkbench.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace warren {

class DrillWidget;
class HaproxyExportPage;
class HaproxyLintPage;
class HaproxyPushPage;
class MessageBanner;

// The HAProxy window: export options with a live preview of haproxy.cfg; the current file (from
// the HAProxy host over SSH, or a local file) with its lint findings; the diff between the two;
// Save As, Validate (`haproxy -c`), Push with a confirmation, a step log and the verified result;
// and the failover drill. The pages are widgets of their own (HaproxyExportPage, HaproxyLintPage,
// HaproxyPushPage, DrillWidget); this window composes them around the workbench whose workers do
// the work. Closing it never waits: a push goes on (and is logged), a drill is cancelled, and a
// non-modal note says so.
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
    QTableWidget* lintTable() const;
    bool analysisPending() const { return m_analysisSerial != m_shownSerial; }

public Q_SLOTS:
    void fetchCurrent();
    void openFile(const QString& path = QString()); // empty: ask
    void saveAs(const QString& path = QString()); // empty: ask
    void validate();
    void push(); // asks for confirmation first (window-modal, returns at once)
    void startDrill(); // asks for confirmation first (window-modal, returns at once)
    void cancelDrill();
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillNodes();
    void regenerate();
    void scheduleAnalysis();
    void showAnalysis(const HaproxyAnalysis& analysis);
    void updateButtons();
    void startPush(const QByteArray& config);
    void onPushFinished(const HaproxyPushReport& report);
    void sayWhatGoesOn();

    HaproxyWorkbench* m_workbench;
    QString m_generated;
    QByteArray m_current;
    QString m_currentSource;
    QByteArray m_confirming; // the file the open push confirmation shows
    int m_analysisSerial = 0;
    int m_shownSerial = 0;
    QTimer* m_analysisTimer;

    MessageBanner* m_banner = nullptr;
    HaproxyExportPage* m_exportPage = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    HaproxyLintPage* m_lintPage = nullptr;
    QPlainTextEdit* m_diffView = nullptr;
    HaproxyPushPage* m_pushPage = nullptr;
    DrillWidget* m_drillPage = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_validateButton = nullptr;
    QPushButton* m_pushButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace warren
