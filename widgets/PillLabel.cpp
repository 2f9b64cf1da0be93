#include "PillLabel.h"

#include "Palette.h"
#include <QPainter>
#include <QPainterPath>

namespace warren {

namespace {
    constexpr int HorizontalPadding = 10;
    constexpr int VerticalPadding = 3;
} // namespace

PillLabel::PillLabel(QWidget* parent)
    : QLabel(parent)
    , m_background(Palette::pill(Tone::Neutral).background)
{
    QFont bold; // only the weight: the family follows the application font
    bold.setWeight(QFont::DemiBold);
    setFont(bold);
    setAlignment(Qt::AlignCenter);
    setContentsMargins(HorizontalPadding, VerticalPadding, HorizontalPadding, VerticalPadding);
}

PillLabel::~PillLabel() = default;

void PillLabel::setColors(const QColor& background, const QColor& foreground)
{
    m_background = background;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, foreground);
    setPalette(p);
    update();
}

QSize PillLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(text()) + 2 * HorizontalPadding + 2, fm.height() + 2 * VerticalPadding };
}

QSize PillLabel::minimumSizeHint() const
{
    return sizeHint();
}

void PillLabel::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        const qreal radius = qMin(r.height() / 2.0, 10.0);
        path.addRoundedRect(r, radius, radius);
        painter.fillPath(path, m_background);
    }
    QLabel::paintEvent(event);
}

} // namespace warren
