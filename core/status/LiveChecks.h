#pragma once

#include "model/ClusterSnapshot.h"
#include "parse/ParseError.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace warren {

// The pure parts of the live view's slower checks (safe to stop, API vs cluster_status, queue
// leaders, start order after a full stop, statistics interval): no I/O, so tests feed them
// answers recorded from the lab.

// One /api/health/checks/node-is-{quorum,mirror-sync}-critical answer. 200 {"status":"ok"} or
// 503 {"status":"failed","reason":...,"queues":[...]} (3.10).
struct HealthCheckAnswer
{
    bool answered = false; // 200 or 503 with a readable body
    bool ok = false;
    int queues = -1; // queues at risk when failed; -1 when the answer does not list them
    QString reason;
};
HealthCheckAnswer parseHealthCheck(int httpStatus, const QByteArray& body);
// node-is-mirror-sync-critical: as parseHealthCheck, but the API's 404 or 406 (4.0 removed classic
// mirroring and the check) is an answer: no mirror at risk.
HealthCheckAnswer parseMirrorSyncCheck(int httpStatus, const QByteArray& body);

// Both answers into a verdict; an unanswered check makes it Unknown with `whyUnknown`.
StopSafety stopSafetyFrom(
    const HealthCheckAnswer& quorum, const HealthCheckAnswer& mirror, const QString& whyUnknown = {});

// "safe to stop" / "not safe: 2 quorum queues would lose their majority, 1 mirror unsynchronised"
// (translated, context "Status"); empty when unknown.
QString stopSafetyText(const StopSafety& safety);

// /api/queues?columns=node,leader,type&disable_stats=true: queues per node that leads them
// (`leader` for quorum queues and streams, `node` for classic queues).
Parsed<QHash<QString, int>> countQueueLeaders(const QByteArray& queuesJson);

// Marks the nodes whose membership, running state or type differ between the API's view and
// cluster_status's; a member only cluster_status lists is added (marked), not dropped.
// Returns how many nodes disagree.
int markDisagreements(QList<NodeInfo>& apiNodes, const QList<NodeInfo>& clusterStatusNodes);

// What one source says about a node, in words ("running, disc").
QString describeNodeView(const NodeInfo& node);

// A short key of the API's view (names, running, type): a change triggers a cross-check.
QString membershipKey(const QList<NodeInfo>& nodes);

// `[rabbit@a,rabbit@b].` (nodes_running_at_shutdown) or `{[All],[Disc]}.` (cluster_nodes.config).
Parsed<QStringList> parseNodeListFile(const QString& text);
struct ClusterNodesFile
{
    QStringList all;
    QStringList disc;
};
Parsed<ClusterNodesFile> parseClusterNodesFile(const QString& text);

// From each stopped node's nodes_running_at_shutdown: the node whose list is shortest stopped
// last (it saw the others go), so it starts first; equal lists stopped together.
ShutdownOrder shutdownOrderFrom(const QMap<QString, QStringList>& runningAtShutdown);

// "The whole cluster is down. rabbit@a stopped last: start it first. Start order: ..." (translated).
QString shutdownOrderText(const ShutdownOrder& order);

// When no management API answered and the nodes come from SSH cluster_status: why, in words (the
// figures are missing, so the view is stale though membership is fresh). Empty otherwise.
QString apiFallbackReason(const ClusterSnapshot& snapshot);

// `rabbitmqctl eval 'application:get_env(rabbit, collect_statistics_interval).'`: `{ok,5000}`, or
// `undefined` (the default, 5000 ms). -1 when unreadable.
qint64 parseStatisticsInterval(const QString& evalOutput);
inline constexpr qint64 kDefaultStatisticsIntervalMs = 5000;

// Marks the nodes from this poll's reachability: "unreachable from Warren" on any node whose host
// Warren cannot reach, "API not answering" on running nodes whose API port refuses. Clears both
// first: the probe runs every poll, its marks are never carried forward.
void applyReach(QList<NodeInfo>& nodes, const QList<HostReach>& reach);

// Keeps what a poll did not refresh (slow-cadence results) from the previous snapshot.
struct RefreshedChecks
{
    bool stopSafety = false;
    bool crossCheck = false;
    bool queueLeaders = false;
    bool statisticsInterval = false;
    bool brokerFacts = false;
};
void carryForward(ClusterSnapshot& fresh, const ClusterSnapshot& previous, const RefreshedChecks& refreshed);

} // namespace warren
