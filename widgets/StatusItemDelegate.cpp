#include "StatusItemDelegate.h"

#include "Palette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace warren {

namespace {
    constexpr int DotSize = 8;
    constexpr int BadgePadding = 6;
    constexpr int BarHeight = 3;
    constexpr int CellGap = 8;

    Tone toneOf(const QModelIndex& index)
    {
        const QVariant v = index.data(ToneRole);
        return v.isValid() ? Tone(v.toInt()) : Tone::None;
    }
} // namespace

StatusItemDelegate::StatusItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

StatusItemDelegate::~StatusItemDelegate() = default;

void StatusItemDelegate::paintMarker(QPainter* painter, const QRectF& box, Marker marker, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF inner = box.adjusted(0.75, 0.75, -0.75, -0.75);
    switch (marker) {
    case Marker::Dot:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box);
        break;
    case Marker::Ring:
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner);
        break;
    case Marker::Target: // a ring around a dot: where the queue lives
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(-1, -1, 1, 1));
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box.adjusted(2.5, 2.5, -2.5, -2.5));
        break;
    case Marker::HalfDot: { // half filled: a copy that is only partly there
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner);
        QPainterPath half;
        half.moveTo(inner.center());
        half.arcTo(inner, 90, 180);
        half.closeSubpath();
        painter->fillPath(half, color);
        break;
    }
    case Marker::None:
        break;
    }
    painter->restore();
}

QSize StatusItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(BadgeRole).toBool())
        size.rwidth() += 2 * BadgePadding;
    if (index.data(IndicatorRole).toBool() || index.data(MarkerRole).toInt() != int(Marker::None))
        size.rwidth() += DotSize + 6;
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid() && (alignment.value<Qt::Alignment>() & Qt::AlignRight))
        size.rwidth() += CellGap;
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

void StatusItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Tone tone = toneOf(index);
    const bool badge = index.data(BadgeRole).toBool() && !opt.text.isEmpty();
    const bool indicator = index.data(IndicatorRole).toBool();
    const QVariant fraction = index.data(FractionRole);
    const bool selected = opt.state & QStyle::State_Selected;
    const Marker marker = Marker(index.data(MarkerRole).toInt());

    // A row that just changed: a wash of its tone that fades over the next polls.
    const QVariant highlight = index.data(HighlightToneRole);
    if (highlight.isValid() && !selected) {
        QColor wash = badgeBackground(Tone(highlight.toInt()));
        wash.setAlphaF(float(qBound(0.0, index.data(HighlightFadeRole).toDouble(), 1.0)));
        opt.backgroundBrush = wash;
    }

    // Background, focus and selection from the style; the text is ours.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // Right-aligned numbers get a gap before the next (left-aligned) column.
    const int rightGap = (opt.displayAlignment & Qt::AlignRight) ? CellGap : 2;
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -rightGap, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(opt.font);

    if (marker != Marker::None) {
        paintMarker(painter, QRectF(rect.left(), rect.center().y() - DotSize / 2.0 + 0.5, DotSize, DotSize), marker,
            toneColor(tone == Tone::None ? Tone::Muted : tone));
        rect.setLeft(rect.left() + DotSize + 6);
    } else if (indicator && tone != Tone::None) {
        const QRectF dot(rect.left(), rect.center().y() - DotSize / 2.0 + 0.5, DotSize, DotSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(toneColor(tone));
        painter->drawEllipse(dot);
        rect.setLeft(rect.left() + DotSize + 6);
    }

    if (badge) {
        const QFontMetrics fm(opt.font);
        const int h = fm.height() + 2;
        const int w = fm.horizontalAdvance(text) + 2 * BadgePadding;
        QRect badgeRect(rect.left(), rect.center().y() - h / 2 + 1, qMin(w, rect.width()), h);
        if (opt.displayAlignment & Qt::AlignRight)
            badgeRect.moveRight(rect.right());
        QPainterPath path;
        path.addRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0 - 1, h / 2.0 - 1);
        painter->fillPath(path, badgeBackground(tone));
        painter->setPen(Palette::badgeText(tone));
        painter->drawText(badgeRect, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, badgeRect.width() - 4));
        painter->restore();
        return;
    }

    QColor textColor = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    if (!selected && tone != Tone::None && tone != Tone::Neutral && tone != Tone::Accent)
        textColor = toneColor(tone);

    QRect textRect = rect;
    if (fraction.isValid()) {
        // A thin usage bar along the bottom of the cell; the text stays readable above it.
        const double f = qBound(0.0, fraction.toDouble(), 1.0);
        const QRect track(rect.left(), rect.bottom() - BarHeight - 1, rect.width(), BarHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Palette::barTrack());
        painter->drawRoundedRect(track, 1.5, 1.5);
        QColor fill = tone == Tone::None ? Palette::barFill() : toneColor(tone);
        painter->setBrush(fill);
        painter->drawRoundedRect(
            QRect(track.left(), track.top(), qMax(2, int(track.width() * f)), BarHeight), 1.5, 1.5);
        textRect.setBottom(track.top() - 1);
    }

    painter->setPen(textColor);
    m_texts.draw(painter, textRect, opt.displayAlignment, text, opt.font, opt.textElideMode, opt.direction);
    painter->restore();
}

} // namespace warren
