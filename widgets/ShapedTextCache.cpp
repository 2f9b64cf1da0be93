#include "ShapedTextCache.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace warren {

ShapedTextCache::ShapedTextCache(int maxTexts)
    : m_texts(maxTexts)
{
}

void ShapedTextCache::draw(QPainter* painter, const QRect& rect, Qt::Alignment alignment, const QString& text,
    const QFont& font, Qt::TextElideMode elide, Qt::LayoutDirection direction)
{
    const Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask;
    const bool left = horizontal == Qt::AlignLeft || horizontal == Qt::AlignLeading;
    const bool right = horizontal == Qt::AlignRight || horizontal == Qt::AlignTrailing;
    if ((!left && !right) || direction != Qt::LeftToRight || rect.width() <= 0 || rect.width() > 0xffff) {
        const QFontMetrics fm(font);
        painter->drawText(rect, int(alignment) | Qt::AlignVCenter, fm.elidedText(text, elide, rect.width()));
        return;
    }
    // Laid out with the painter's font, which is bound to the device's resolution (an image is
    // 72 dpi, a widget the screen's): a static text prepared with the screen font would not match.
    const QFont previous = painter->font();
    const bool swap = previous != font;
    if (swap)
        painter->setFont(font);
    const QFont& drawn = painter->font();
    const int dpi = painter->device() ? painter->device()->logicalDpiY() : 0;
    if (drawn != m_font || dpi != m_dpi) {
        m_texts.clear();
        m_font = drawn;
        m_dpi = dpi;
    }
    QString key = text;
    key += QChar(u'\0');
    key += QChar(char16_t(rect.width()));
    key += QChar(char16_t(elide));
    Shaped* shaped = m_texts.object(key);
    if (!shaped) {
        // Elided as the callers did before (screen metrics of `font`), drawn as drawText draws.
        const QString elided = QFontMetrics(font).elidedText(text, elide, rect.width());
        shaped = new Shaped { QStaticText(elided), QFontMetricsF(drawn).horizontalAdvance(elided) };
        shaped->text.setTextFormat(Qt::PlainText);
        shaped->text.prepare(painter->transform(), drawn);
        m_texts.insert(key, shaped);
    }
    // drawText's own placement, to the pixel: tst_queues_gui compares the two with Latin and CJK
    // fonts, elided and not, left and right aligned, odd and even heights.
    const qreal x = left ? rect.left() : rect.left() + rect.width() - shaped->advance;
    const qreal y
        = rect.top() + std::floor((rect.height() - shaped->text.size().height()) / 2 + 0.5); // halves up, as qRound
    painter->drawStaticText(QPointF(x, y), shaped->text);
    if (swap)
        painter->setFont(previous);
}

} // namespace warren
