#pragma once

#include "model/MessageRates.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace warren {

enum class NodeType { Unknown, Disc, Ram };

QString nodeTypeKey(NodeType type); // "disc", "ram", "unknown": stable, for JSON and the CLI
NodeType nodeTypeFromKey(const QString& key);

// Whether stopping a node now costs availability, from the node's own health checks
// (/api/health/checks/node-is-quorum-critical and node-is-mirror-sync-critical asked of its API).
struct StopSafety
{
    enum class Verdict { Unknown, Safe, NotSafe };
    Verdict verdict = Verdict::Unknown;
    int quorumQueuesAtRisk = 0; // quorum queues that would lose their majority
    int mirrorsAtRisk = 0; // classic mirrored queues whose only synchronised copy it holds
    QString reason; // the broker's reason when not safe, why unknown otherwise
    QDateTime checkedAt;
};

// Where the management API and `rabbitmqctl cluster_status` disagree about a node: what each says
// ("running, disc", "not a member", ...). Empty when they agree or were not compared.
struct SourceDisagreement
{
    QString api;
    QString clusterStatus;
    bool isEmpty() const { return api.isEmpty() && clusterStatus.isEmpty(); }
};

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

    StopSafety safety;
    SourceDisagreement disagreement;
    // The cluster says it runs, but neither its API nor SSH answer Warren (e.g. a cut link the
    // cluster has not noticed yet): the reason, empty when reachable or not probed.
    QString unreachableFromWarren;
    QString apiError; // its own management API did not answer the last probe (SSH did)
    int queueLeaders = -1; // queues whose leader (quorum) or master (classic) runs here; -1 unknown
    // In maintenance mode (`rabbitmq-upgrade drain`, 3.8+): no client listeners, no queue leaders.
    // From /api/nodes' being_drained or cluster_status' maintenance_status.
    bool underMaintenance = false;

    QStringList alarms() const; // "memory", "disk"
};

// When no node of the cluster runs: which one stopped last and so must start first, from each
// host's Mnesia directory (`nodes_running_at_shutdown`: the nodes still running when it stopped).
struct ShutdownOrder
{
    QStringList startOrder; // stopped last first
    QStringList stoppedLast; // more than one when they stopped together
    QMap<QString, QStringList> runningAtShutdown; // node -> what its file says
    QString error; // why the order is unknown
    bool isKnown() const { return !startOrder.isEmpty(); }
    int position(const QString& node) const { return int(startOrder.indexOf(node)); } // -1: unknown
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
    qint64 checkDowns = -1; // chkdown: UP to DOWN transitions, -1 if not reported
    bool active() const { return !backup; }
    bool isUp() const
    {
        return status.startsWith(QStringLiteral("UP")) || status == QStringLiteral("OPEN")
            || status == QStringLiteral("no check");
    }
};

// Whether Warren itself reaches one RabbitMQ host, asked every poll (a TCP connect to its API
// port, then to its SSH port): independent of what the cluster says, so it is known even when no
// cluster-wide query answers (a peer cut off from the cluster stalls those until net_ticktime).
struct HostReach
{
    QString node; // rabbit@host
    QString unreachable; // neither the API port nor SSH accept a connection: why
    QString apiError; // the host answers, its API port does not: why
};

// Which source produced what, and why something is missing.
struct SourceStatus
{
    QString source; // e.g. "api rabbit1", "ssh rabbit2", "haproxy stats"
    bool ok = false;
    QString error; // translated, one line
};

// Which store holds the cluster's metadata (users, vhosts, queues, bindings...): Mnesia (every
// release up to 4.2; ram and disc nodes) or Khepri (a Raft cluster of every node; opt-in with the
// `khepri_db` feature flag from 3.13, the only store from 4.3; no ram nodes).
enum class MetadataStore { Unknown, Mnesia, Khepri };
QString metadataStoreKey(MetadataStore store); // "mnesia", "khepri", "unknown": stable, for JSON
QString metadataStoreName(MetadataStore store); // "Mnesia", "Khepri", translated "unknown"

// One Khepri Raft member as `rabbitmq-diagnostics metadata_store_status` lists it (running nodes only).
struct KhepriMember
{
    QString node;
    QString raftState; // "leader", "follower", "candidate", ... or an error term
    QString membership; // "voter", "promotable", "non_voter"
    qint64 term = -1;
    qint64 commitIndex = -1;
};

struct MetadataStoreStatus
{
    MetadataStore store = MetadataStore::Unknown;
    // How the store was found: "metadata_store_status" (SSH), "feature_flag" (khepri_db's state in
    // /api/feature-flags), "version" (a release before 3.13 only has Mnesia).
    QString foundBy;
    QString leader; // Khepri only; empty when no member says it leads (or not asked)
    QList<KhepriMember> raft; // Khepri only, from metadata_store_status
    QStringList members; // Khepri only: every cluster member (each node is a Raft member)
    int membersRunning = -1; // Khepri only; -1 unknown
    QString error; // why the Raft state is unknown (the store itself may still be known)

    bool isKhepri() const { return store == MetadataStore::Khepri; }
    bool majorityUp() const { return membersRunning > 0 && membersRunning * 2 > members.size(); }
    const KhepriMember* member(const QString& node) const;
    // Khepri: every cluster member is a Raft member; counts the running ones.
    void setMembersFrom(const QList<NodeInfo>& nodes);
};

// One feature flag from /api/feature-flags.
struct FeatureFlag
{
    QString name;
    QString state; // "enabled", "disabled", "state_changing", "unavailable"
    QString stability; // "required", "stable", "experimental"
    QString description;
    QString docUrl;
    bool enabled() const { return state == QLatin1String("enabled"); }
    // Disabled and not experimental: the next minor or major release may require it, so it must be
    // enabled before that upgrade (`rabbitmqctl enable_feature_flag all`).
    bool neededBeforeUpgrade() const { return !enabled() && stability != QLatin1String("experimental"); }
};

// A deprecated feature the cluster uses (4.x: /api/deprecated-features/used; older releases:
// Warren's own checks for the same features).
struct DeprecatedFeature
{
    QString name; // the broker's name: "ram_node_type", "classic_queue_mirroring", ...
    QString phase; // "permitted_by_default", "denied_by_default", "disconnected", "removed"; empty when not said
    QString description;
    QString docUrl;
    QStringList where; // what uses it when Warren found it (nodes, policies), empty from the API
    QString foundBy; // "api" (the broker said) or "checks" (Warren's own check)
};

// What the broker is, read at a slower cadence than the node poll (it changes rarely).
struct BrokerFacts
{
    QDateTime readAt; // invalid: never read
    MetadataStoreStatus metadata;
    bool featureFlagsKnown = false;
    QList<FeatureFlag> featureFlags;
    bool deprecatedKnown = false;
    QList<DeprecatedFeature> deprecatedInUse;
    // "api" (/api/deprecated-features/used, plus Warren's checks for what it does not track, e.g.
    // ram nodes) or "checks" (Warren's checks only: releases before 3.13)
    QString deprecatedFoundBy;
    QStringList errors; // what could not be read (translated)

    bool isKnown() const { return readAt.isValid(); }
    QStringList disabledFlags() const;
    QStringList flagsNeededBeforeUpgrade() const;
    const DeprecatedFeature* deprecated(const QString& name) const;
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
    QString via; // "api" or "ssh"
    MessageRates rates; // cluster message flow (API only; -1 fields when not reported)
    qint64 statisticsIntervalMs = -1; // the broker's collect_statistics_interval, -1 unknown
    QDateTime leadersAt; // when NodeInfo::queueLeaders was counted
    qint64 leadersCostMs = -1; // how long that request took (the broker's cost)
    QList<HostReach> reach; // every RabbitMQ host of the profile, this poll
    ShutdownOrder shutdown; // filled when the whole cluster is down
    bool wholeClusterDown = false; // every host answered SSH and no node runs
    BrokerFacts broker; // metadata store, feature flags, deprecated features (slow cadence)

    bool hasNodes() const { return !nodes.isEmpty(); }
    const NodeInfo* node(const QString& name) const;
    NodeInfo* node(const QString& name);
    // Every node's version when they agree, else the answering node's; empty when none is known.
    QString version() const;
    bool versionsDiffer() const;

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
