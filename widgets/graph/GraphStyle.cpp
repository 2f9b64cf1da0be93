#include "GraphStyle.h"

#include "Palette.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace warren::graph {

// One palette for tables and graph; no tone is the cards' body text.
QColor toneColor(Tone tone)
{
    const QColor c = Palette::toneText(tone);
    return c.isValid() ? c : Palette::text();
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
    painter->setBrush(Palette::toneBackground(tone));
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
    painter->setBrush(Palette::barTrack());
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
