#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace warren {

class NodeItem;

// The cluster link between two nodes, drawn as an arc on the right of the node column. Broken
// (red, dashed, cut in the middle) when either end is down or the two are on different sides of
// a partition.
class ClusterLinkItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ClusterLinkItem)

public:
    enum class State { Up, NodeDown, Partitioned };
    enum { Type = UserType + 3 };

    ClusterLinkItem(NodeItem* a, NodeItem* b, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Call after either node moved or resized. bulge: how far right of the cards the arc goes.
    void updateGeometry(qreal bulge);
    void setState(State state);
    void setStale(bool stale);

    State state() const { return m_state; }
    NodeItem* first() const { return m_a; }
    NodeItem* second() const { return m_b; }

private:
    QPainterPath path() const;

    NodeItem* m_a;
    NodeItem* m_b;
    QPointF m_from;
    QPointF m_to;
    qreal m_bulge = 40;
    State m_state = State::Up;
    bool m_stale = false;
};

} // namespace warren
