#include "GraphStyle.h"

#include "StatusItemDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace warren::graph {

// One palette for tables and graph: the delegate's.
QColor toneColor(Tone tone)
{
    const QColor c = StatusItemDelegate::toneColor(tone);
    return c.isValid() ? c : QColor(0x24, 0x29, 0x2f);
}

QColor toneBackground(Tone tone)
{
    return StatusItemDelegate::badgeBackground(tone);
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
