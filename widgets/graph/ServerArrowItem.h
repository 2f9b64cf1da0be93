#pragma once

#include <QGraphicsItem>

namespace warren {

// An arrow from an HAProxy server to the node it points at: bold green for the server serving
// now, thin grey for a standby, dashed red for a server HAProxy considers down.
class ServerArrowItem final : public QGraphicsItem
{
public:
    enum class Style { Serving, Standby, Down };
    enum { Type = UserType + 4 };

    explicit ServerArrowItem(QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setEnds(const QPointF& from, const QPointF& to);
    void setStyle(Style style);
    void setStale(bool stale);
    Style style() const { return m_style; }

private:
    QPainterPath path() const;

    QPointF m_from;
    QPointF m_to;
    Style m_style = Style::Standby;
    bool m_stale = false;
};

} // namespace warren
