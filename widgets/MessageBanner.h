#pragma once

#include <QColor>
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace warren {

// An inline, non-modal message above the content (like KeePassXC's MessageWidget): problems are
// reported where the user looks, without a stack of popups. Information hides itself after a few
// seconds; warnings and errors stay until closed or replaced.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    static constexpr int DefaultAutoHideMs = 6000;

    explicit MessageBanner(QWidget* parent = nullptr);
    ~MessageBanner() override;

    // The text function is called again on a language change, so a visible message follows it.
    void showMessage(std::function<QString()> text, Type type, int autoHideMs = -1);
    void showMessage(const QString& text, Type type, int autoHideMs = -1);
    // An optional button after the text ("Review…"); cleared by the next showMessage().
    void setAction(std::function<QString()> text, std::function<void()> onClick);
    void hideMessage();

    Type type() const { return m_type; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslateUi();
    void applyStyle();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    QTimer* m_autoHide;
    Type m_type = Type::Information;
    QColor m_background;
    QColor m_border;
    std::function<QString()> m_textFn;
    std::function<QString()> m_actionTextFn;
    std::function<void()> m_onAction;
};

} // namespace warren
