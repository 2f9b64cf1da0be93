#include "ClusterLinkItem.h"

#include "GraphStyle.h"
#include "NodeItem.h"
#include "Palette.h"

#include <QPainter>
#include <QPainterPath>

namespace warren {

using namespace graph;

ClusterLinkItem::ClusterLinkItem(NodeItem* a, NodeItem* b, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_a(a)
    , m_b(b)
{
    setZValue(LinkZ);
}

QPainterPath ClusterLinkItem::path() const
{
    QPainterPath p(m_from);
    const qreal x = qMax(m_from.x(), m_to.x()) + m_bulge;
    p.cubicTo(QPointF(x, m_from.y()), QPointF(x, m_to.y()), m_to);
    return p;
}

void ClusterLinkItem::updateGeometry(qreal bulge)
{
    prepareGeometryChange();
    m_bulge = bulge;
    const QRectF ra = m_a->sceneBoundingRect().adjusted(2, 2, -2, -2);
    const QRectF rb = m_b->sceneBoundingRect().adjusted(2, 2, -2, -2);
    m_from = QPointF(ra.right(), ra.center().y());
    m_to = QPointF(rb.right(), rb.center().y());
    update();
}

QRectF ClusterLinkItem::boundingRect() const
{
    return path().boundingRect().adjusted(-14, -14, 14, 14);
}

void ClusterLinkItem::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        update();
    }
}

void ClusterLinkItem::setStale(bool stale)
{
    if (stale != m_stale) {
        m_stale = stale;
        update();
    }
}

void ClusterLinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPainterPath p = path();
    if (m_state == State::Up) {
        painter->setPen(QPen(Palette::link(m_stale), 2.2));
        painter->drawPath(p);
        return;
    }
    // Broken: two dashed halves with a gap and a cross in the middle.
    const QColor color = m_stale ? Palette::link(true) : toneColor(Tone::Bad);
    QPen pen(color, 2.0, Qt::DashLine);
    painter->setPen(pen);
    const qreal len = p.length();
    const qreal gap = qMin(18.0, len / 6);
    QPainterPath first(p.pointAtPercent(0));
    QPainterPath second(p.pointAtPercent(p.percentAtLength(len / 2 + gap)));
    for (int i = 1; i <= 40; ++i) {
        const qreal at = len * i / 80.0;
        if (at <= len / 2 - gap)
            first.lineTo(p.pointAtPercent(p.percentAtLength(at)));
    }
    for (int i = 0; i <= 40; ++i) {
        const qreal at = len / 2 + gap + (len / 2 - gap) * i / 40.0;
        second.lineTo(p.pointAtPercent(p.percentAtLength(at)));
    }
    painter->drawPath(first);
    painter->drawPath(second);
    const QPointF mid = p.pointAtPercent(0.5);
    painter->setPen(QPen(color, 2.4));
    constexpr qreal c = 5;
    painter->drawLine(mid + QPointF(-c, -c), mid + QPointF(c, c));
    painter->drawLine(mid + QPointF(-c, c), mid + QPointF(c, -c));
}

} // namespace warren
