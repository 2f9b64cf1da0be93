#pragma once

#include "haproxy/HaproxyPush.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace warren {

// The "Push Log" page of the HAProxy window: the steps of `haproxy -c` and of a push as they
// happen, and the verified result. Also asks for the push's confirmation, window-modal and
// without a nested event loop: confirmed() follows the user's yes.
class HaproxyPushPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyPushPage)

public:
    explicit HaproxyPushPage(QWidget* parent = nullptr);

    // Opens the confirmation over `window` (objectName pushConfirmDialog) and returns at once.
    // `diff` is the current -> generated diff, empty when there is none to show.
    void askToPush(QWidget* window, const QString& host, const QString& remoteName, const QString& configPath,
        const QString& diff, bool haveCurrent);

    void appendLog(const QString& line);
    void begin(const QString& remoteName);
    void showValidation(const QString& place, const QString& output);
    // Shows the outcome and returns the line for the window's banner.
    QString showReport(const HaproxyPushReport& report);

Q_SIGNALS:
    void confirmed();

private:
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace warren
