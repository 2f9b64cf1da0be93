#pragma once

#include "model/MessageRates.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

enum class NodeType { Unknown, Disc, Ram };

QString nodeTypeKey(NodeType type); // "disc", "ram", "unknown": stable, for JSON and the CLI
NodeType nodeTypeFromKey(const QString& key);

// One RabbitMQ node as Warren sees it, merged from whatever sources answered.
struct NodeInfo
{
    QString name; // rabbit@host, always with the "rabbit@" part (legacy output may omit it)
    NodeType type = NodeType::Unknown;
    bool running = false;
    bool memoryAlarm = false;
    bool diskAlarm = false;
    QStringList partitions; // nodes this node cannot see
    QString rabbitVersion;
    QString erlangVersion;
    qint64 uptimeMs = -1;
    qint64 memUsed = -1;
    qint64 memLimit = -1;
    qint64 diskFree = -1;
    qint64 diskFreeLimit = -1;
    qint64 fdUsed = -1;
    qint64 fdTotal = -1;
    qint64 socketsUsed = -1;
    qint64 socketsTotal = -1;
    qint64 procUsed = -1;
    qint64 procTotal = -1;

    QStringList alarms() const; // "memory", "disk"
};

// A backend server behind HAProxy, from `show stat` CSV.
struct HaproxyServer
{
    QString proxy; // listen/backend name
    QString name;
    QString address; // host:port, empty if HAProxy did not say
    bool backup = false;
    QString status; // UP, DOWN, MAINT, NOLB, "UP 1/3", "DOWN 1/2", no check...
    QString checkStatus;
    qint64 currentSessions = 0;
    qint64 lastChangeSeconds = -1;
    qint64 checkFailures = -1; // chkfail: failed health checks since start, -1 if not reported
    qint64 checkDowns = -1;    // chkdown: UP to DOWN transitions, -1 if not reported
    bool active() const { return !backup; }
    bool isUp() const { return status.startsWith(QStringLiteral("UP")) || status == QStringLiteral("OPEN") || status == QStringLiteral("no check"); }
};

// Which source produced what, and why something is missing.
struct SourceStatus
{
    QString source; // e.g. "api rabbit1", "ssh rabbit2", "haproxy stats"
    bool ok = false;
    QString error; // translated, one line
};

struct ClusterSnapshot
{
    QString clusterName;
    QDateTime takenAt;
    QList<NodeInfo> nodes;
    QList<QStringList> partitions; // groups of nodes that see each other; empty when whole
    QList<HaproxyServer> haproxyServers;
    QList<SourceStatus> sources;
    QString rabbitVersion; // of the node that answered
    QString via;           // "api" or "ssh"
    MessageRates rates;    // cluster message flow (API only; -1 fields when not reported)

    bool hasNodes() const { return !nodes.isEmpty(); }
    const NodeInfo* node(const QString& name) const;
    NodeInfo* node(const QString& name);

    // Stable JSON for `warrenctl status --format json`: scripts rely on these keys.
    QJsonObject toJson() const;
};

// More nodes than any cluster has: the parsers refuse such output as hostile or broken.
// (Partition groups cost nodes x reporting nodes; 2,000 names in a 100 KB status took minutes.)
inline constexpr qsizetype kMaxClusterNodes = 1000;

// Groups of nodes that see each other, from each node's list of unreachable peers.
QList<QStringList> partitionGroups(const QList<NodeInfo>& nodes);

// "rabbitmq-02" -> "rabbit@rabbitmq-02"; names that already carry '@' are kept.
QString normalizeNodeName(const QString& name);
// "rabbit@rabbit1" -> "rabbit1"
QString hostOfNode(const QString& node);

} // namespace warren
