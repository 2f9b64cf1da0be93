#pragma once

#include "ModelRoles.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace warren::graph {

// The few drawing helpers the node graph's items share. Colours come from Palette (the tables'
// tones too), so the graph and the tables say the same thing the same way.
QColor toneColor(Tone tone); // text / line colour; Tone::None: the cards' body text

QFont baseFont(); // the application's font (follows the language's CJK font)
QFont boldFont(qreal scale = 1.0);
QFont smallFont();

// A rounded pill with text, its left edge at x, vertically centred on centerY. Returns its width.
qreal drawPill(QPainter* painter, qreal x, qreal centerY, const QString& text, Tone tone, const QFont& font);
qreal pillWidth(const QString& text, const QFont& font);
// A thin usage bar (fraction 0..1; negative: unknown, drawn empty).
void drawBar(QPainter* painter, const QRectF& rect, double fraction, Tone tone);

// Scene z-order: links under arrows under cards.
constexpr qreal LinkZ = 0;
constexpr qreal ArrowZ = 1;
constexpr qreal CardZ = 2;

} // namespace warren::graph
