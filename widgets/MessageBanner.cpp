#include "MessageBanner.h"

#include "Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace warren {

namespace {

    Palette::Banner colorsFor(MessageBanner::Type type)
    {
        switch (type) {
        case MessageBanner::Type::Positive:
            return Palette::banner(Tone::Good);
        case MessageBanner::Type::Warning:
            return Palette::banner(Tone::Warning);
        case MessageBanner::Type::Error:
            return Palette::banner(Tone::Bad);
        case MessageBanner::Type::Information:
            break;
        }
        return Palette::banner(Tone::Neutral);
    }

    // A round mark in the message's colour: i, check, !, x. Drawn, so it looks the same on every
    // platform and style.
    QPixmap markPixmap(MessageBanner::Type type, int size, qreal dpr)
    {
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colorsFor(type).accent);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QPen pen(Palette::onAccent(), size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        const qreal s = size;
        switch (type) {
        case MessageBanner::Type::Information:
            p.drawLine(QPointF(s / 2, s * 0.45), QPointF(s / 2, s * 0.75));
            p.drawPoint(QPointF(s / 2, s * 0.27));
            break;
        case MessageBanner::Type::Positive:
            p.drawPolyline(
                QPolygonF({ QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34) }));
            break;
        case MessageBanner::Type::Warning:
            p.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.56));
            p.drawPoint(QPointF(s / 2, s * 0.74));
            break;
        case MessageBanner::Type::Error:
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
            break;
        }
        return pixmap;
    }

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    m_action->hide();
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBanner::hideMessage);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_onAction)
            m_onAction();
    });

    applyStyle();
    retranslateUi();
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(std::function<QString()> text, Type type, int autoHideMs)
{
    m_textFn = std::move(text);
    m_type = type;
    m_actionTextFn = {};
    m_onAction = {};
    m_action->hide();
    applyStyle();
    retranslateUi();
    show();
    if (autoHideMs < 0)
        autoHideMs = type == Type::Information || type == Type::Positive ? DefaultAutoHideMs : 0;
    if (autoHideMs > 0)
        m_autoHide->start(autoHideMs);
    else
        m_autoHide->stop();
}

void MessageBanner::showMessage(const QString& text, Type type, int autoHideMs)
{
    showMessage([text] { return text; }, type, autoHideMs);
}

void MessageBanner::setAction(std::function<QString()> text, std::function<void()> onClick)
{
    m_actionTextFn = std::move(text);
    m_onAction = std::move(onClick);
    m_action->setVisible(bool(m_actionTextFn));
    retranslateUi();
}

void MessageBanner::hideMessage()
{
    m_autoHide->stop();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBanner::retranslateUi()
{
    m_close->setToolTip(tr("Close this message"));
    m_text->setText(m_textFn ? m_textFn() : QString());
    if (m_actionTextFn)
        m_action->setText(m_actionTextFn());
}

void MessageBanner::applyStyle()
{
    const auto c = colorsFor(m_type);
    // Painted in paintEvent(), not with a style sheet: style-sheeted widgets stop following
    // QApplication::setFont(), which the language switch uses for the CJK font.
    m_background = c.background;
    m_border = c.border;
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, Palette::bannerText());
    m_text->setPalette(p);
    update();
    m_icon->setPixmap(markPixmap(m_type, 18, devicePixelRatioF()));
}

} // namespace warren
