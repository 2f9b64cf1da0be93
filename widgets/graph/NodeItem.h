#pragma once

#include "model/ClusterSnapshot.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStringList>

namespace warren {

// One RabbitMQ node in the graph: a card with its name, a disc/ram badge, running / stopped /
// unreachable, alarms, versions, uptime, memory and disk. Keyed by node name; a refresh updates
// it in place (setNode), so it keeps its position and selection.
class NodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum class State { Running, Stopped, Unreachable };
    enum { Type = UserType + 1 };

    explicit NodeItem(const QString& name, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setNode(const NodeInfo& node, State state, bool partitioned);
    // The cluster's metadata store, read at a slower cadence: under Khepri the card shows the
    // node's Raft role instead of a disc/ram badge (there is no such distinction); under Mnesia on
    // 4.x a ram badge says ram nodes are deprecated. Call before setNode.
    void setStore(const MetadataStoreStatus& store);
    // When the whole cluster is down: 0 = stopped last, start it first; -1 = not known / running.
    void setStartPosition(int position, bool stoppedLast);
    void setStale(bool stale);
    void relayout(); // the font changed (language switch)

    const QString& name() const { return m_name; }
    const NodeInfo& node() const { return m_node; }
    State state() const { return m_state; }
    bool isStale() const { return m_stale; }
    bool isPartitioned() const { return m_partitioned; }

    // The texts the card shows, in the current language (tests and accessibility read them).
    QString typeBadgeText() const; // disc/ram, or under Khepri "Khepri leader"/"Khepri follower"
    QString typeToolTip() const; // why the badge says what it says (ram deprecated, Khepri)
    bool ramDeprecated() const; // a ram node on 4.x: the badge says so
    QString stateText() const;
    QStringList alarmTexts() const;
    // The marks under the state: sources disagree, unreachable from Warren, API not answering,
    // start order when the cluster is down.
    QStringList markTexts() const;
    QString safetyText() const; // short: "safe to stop", "not safe: 2 quorum, 1 mirrored"; empty unknown
    QString leadersText() const; // queues it leads, or the unknown mark
    int startPosition() const { return m_startPosition; }

    static State stateOf(const NodeInfo& node, const ClusterSnapshot& snapshot);
    static QString typeText(NodeType type);
    static QString raftRoleText(const QString& raftState); // "leader", "follower", translated
    static QString stateText(State state);

    static constexpr qreal Width = 300;

private:
    qreal lineHeight() const;

    QString m_name;
    NodeInfo m_node;
    State m_state = State::Stopped;
    bool m_partitioned = false;
    bool m_stale = false;
    int m_startPosition = -1;
    MetadataStore m_store = MetadataStore::Unknown;
    QString m_raftState; // under Khepri: this node's role, empty when not known
    bool m_stoppedLast = false;
    qreal m_height = 160;
};

} // namespace warren
