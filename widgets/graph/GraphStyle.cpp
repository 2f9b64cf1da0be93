#include "GraphStyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace warren::graph {

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1e, 0x8e, 0x3e);
    case Tone::Warning:
        return QColor(0xb0, 0x6d, 0x00);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        return QColor(0x2b, 0x5c, 0x8a);
    case Tone::Accent:
        return QColor(0x7b, 0x3f, 0xa8);
    case Tone::Muted:
        return QColor(0x80, 0x86, 0x8b);
    case Tone::None:
        break;
    }
    return QColor(0x24, 0x29, 0x2f);
}

QColor toneBackground(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0xe3, 0xf4, 0xe6);
    case Tone::Warning:
        return QColor(0xff, 0xe8, 0xb3);
    case Tone::Bad:
        return QColor(0xfb, 0xe0, 0xe0);
    case Tone::Neutral:
        return QColor(0xdd, 0xe8, 0xf4);
    case Tone::Accent:
        return QColor(0xee, 0xe2, 0xf7);
    case Tone::Muted:
    case Tone::None:
        break;
    }
    return QColor(0xec, 0xee, 0xf0);
}

QColor cardBackground(bool stale)
{
    return stale ? QColor(0xf1, 0xf2, 0xf3) : QColor(0xff, 0xff, 0xff);
}

QColor cardBorder(bool stale)
{
    return stale ? QColor(0xb8, 0xbc, 0xc0) : QColor(0xc3, 0xcb, 0xd3);
}

QColor mutedText()
{
    return QColor(0x57, 0x60, 0x6a);
}

QColor accent()
{
    return QColor(0x1f, 0x6f, 0xd1);
}

QFont baseFont()
{
    return QApplication::font();
}

QFont boldFont(qreal scale)
{
    QFont f = QApplication::font();
    f.setBold(true);
    if (scale != 1.0 && f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    return f;
}

QFont smallFont()
{
    QFont f = QApplication::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}

qreal pillWidth(const QString& text, const QFont& font)
{
    return QFontMetricsF(font).horizontalAdvance(text) + 14;
}

qreal drawPill(QPainter* painter, qreal x, qreal centerY, const QString& text, Tone tone, const QFont& font)
{
    const QFontMetricsF fm(font);
    const qreal w = pillWidth(text, font);
    const qreal h = fm.height() + 4;
    const QRectF r(x, centerY - h / 2, w, h);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(toneBackground(tone));
    painter->drawRoundedRect(r, h / 2, h / 2);
    painter->setFont(font);
    painter->setPen(toneColor(tone));
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
    return w;
}

void drawBar(QPainter* painter, const QRectF& rect, double fraction, Tone tone)
{
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe4, 0xe7, 0xea));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    if (fraction >= 0) {
        QRectF fill = rect;
        fill.setWidth(qMax(rect.height(), rect.width() * qMin(1.0, fraction)));
        painter->setBrush(toneColor(tone));
        painter->drawRoundedRect(fill, rect.height() / 2, rect.height() / 2);
    }
    painter->restore();
}

} // namespace warren::graph
