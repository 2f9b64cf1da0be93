#include "ServerArrowItem.h"

#include "GraphStyle.h"
#include "Palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace warren {

using namespace graph;

ServerArrowItem::ServerArrowItem(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
    setZValue(ArrowZ);
}

QPainterPath ServerArrowItem::path() const
{
    QPainterPath p(m_from);
    const qreal dx = (m_to.x() - m_from.x()) / 2;
    p.cubicTo(m_from + QPointF(dx, 0), m_to - QPointF(dx, 0), m_to);
    return p;
}

QRectF ServerArrowItem::boundingRect() const
{
    return path().boundingRect().adjusted(-12, -12, 12, 12);
}

void ServerArrowItem::setEnds(const QPointF& from, const QPointF& to)
{
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    update();
}

void ServerArrowItem::setStyle(Style style)
{
    if (style != m_style) {
        m_style = style;
        update();
    }
}

void ServerArrowItem::setStale(bool stale)
{
    if (stale != m_stale) {
        m_stale = stale;
        update();
    }
}

void ServerArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color;
    QPen pen;
    switch (m_style) {
    case Style::Serving:
        color = toneColor(Tone::Good);
        pen = QPen(color, 3.2);
        break;
    case Style::Standby:
        color = Palette::idleArrow(false);
        pen = QPen(color, 1.6);
        break;
    case Style::Down:
        color = toneColor(Tone::Bad);
        pen = QPen(color, 1.6, Qt::DashLine);
        break;
    }
    if (m_stale) {
        color = Palette::idleArrow(true);
        pen.setColor(color);
    }
    const QPainterPath p = path();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(p);

    const qreal angle = qDegreesToRadians(-p.angleAtPercent(1.0));
    const qreal size = m_style == Style::Serving ? 12 : 9;
    const QPointF tip = m_to;
    const QPointF a = tip - QPointF(qCos(angle - 0.45) * size, qSin(angle - 0.45) * size);
    const QPointF b = tip - QPointF(qCos(angle + 0.45) * size, qSin(angle + 0.45) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({ tip, a, b }));
}

} // namespace warren
