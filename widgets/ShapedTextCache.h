#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>

class QPainter;
class QRect;

namespace warren {

// Elided and shaped texts for item delegates. Shaping was most of a table cell's paint (both
// QFontMetrics::elidedText and QPainter::drawText shape the text, ~20-35 µs per cell here), and a
// table repaints the same texts on every refresh and every scroll step; a cached QStaticText
// draws in ~3 µs. Draws exactly where drawText(rect, alignment | AlignVCenter, elided) would.
class ShapedTextCache final
{
public:
    explicit ShapedTextCache(int maxTexts = 4000);

    // One line of `text`, elided to `rect`'s width, vertically centred; left or right alignment
    // (anything else, and right-to-left text, is drawn by drawText as before).
    void draw(QPainter* painter, const QRect& rect, Qt::Alignment alignment, const QString& text, const QFont& font,
        Qt::TextElideMode elide, Qt::LayoutDirection direction = Qt::LeftToRight);
    int size() const { return int(m_texts.size()); }

private:
    struct Shaped
    {
        QStaticText text;
        qreal advance = 0; // where right-aligned text starts (not its ink width: an "f" overhangs)
    };
    QCache<QString, Shaped> m_texts;
    QFont m_font; // the painter's, as bound to its device
    int m_dpi = 0;
};

} // namespace warren
