#pragma once

#include "model/ClusterSnapshot.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QHash>
#include <QList>

namespace warren {

// HAProxy in front of the cluster: each listener with its servers, their role (active / backup),
// state (UP, DOWN, MAINT, NOLB, "DOWN 1/3"...), last check and sessions, the server serving now
// marked, and servers whose address no node of the profile has flagged.
class HaproxyItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(HaproxyItem)

public:
    enum { Type = UserType + 2 };

    struct ServerRow
    {
        HaproxyServer server;
        QString node; // the node it points at; empty when no host has its address
        bool serving = false;
    };

    explicit HaproxyItem(QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setServers(const QString& hostLabel, const QList<ServerRow>& rows);
    void setStale(bool stale);
    void relayout();

    const QList<ServerRow>& rows() const { return m_rows; }
    bool isStale() const { return m_stale; }
    // Where an arrow to this server's node starts (item coordinates); null when unknown.
    QPointF serverAnchor(const QString& proxy, const QString& server) const;
    // The server row under a point (item coordinates), -1 when none.
    int rowAt(const QPointF& pos) const;

    static QString roleText(bool backup);
    static QString servingText();

    static constexpr qreal Width = 420;

private:
    qreal lineHeight() const;
    qreal rowTop(int index) const;

    QString m_hostLabel;
    QList<ServerRow> m_rows; // grouped by proxy, in `show stat` order
    bool m_stale = false;
    qreal m_height = 80;
};

} // namespace warren
