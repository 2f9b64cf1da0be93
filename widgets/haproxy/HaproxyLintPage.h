#pragma once

#include "haproxy/HaproxyLint.h"
#include "profile/ClusterProfile.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace warren {

// The "Current File and Lint" page of the HAProxy window: where the current haproxy.cfg came
// from (Fetch, Open), the file itself, and its lint findings; a click on a finding shows its line.
class HaproxyLintPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyLintPage)

public:
    explicit HaproxyLintPage(QWidget* parent = nullptr);

    void setCurrent(const QByteArray& text, const QString& source);
    void setReading(const QString& source); // "Reading …" until setCurrent
    void setFindings(const QList<HaproxyFinding>& findings);
    void setButtonsEnabled(bool fetch, bool open);
    void retranslate(const ClusterProfile& profile, const QString& remoteName);

    QTableWidget* lintTable() const { return m_lintTable; }
    QString currentText() const;
    int currentLine() const; // 1-based line of the cursor in the current file

Q_SIGNALS:
    void fetchRequested();
    void openRequested();

private:
    void showFindings();
    void showFinding(int row);
    void jumpToLine(int line);
    void showSource();

    QList<HaproxyFinding> m_findings;
    QString m_source;
    qsizetype m_size = 0;
    QLabel* m_sourceLabel = nullptr;
    QPushButton* m_fetchButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPlainTextEdit* m_currentView = nullptr;
    QTableWidget* m_lintTable = nullptr;
    QLabel* m_lintSummary = nullptr;
    QLabel* m_lintDetail = nullptr;
};

} // namespace warren
