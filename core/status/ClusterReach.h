#pragma once

#include "api/ApiHosts.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

namespace warren {

class Transport;

// Whether Warren itself reaches each RabbitMQ host of a profile, and what that means for the
// collectors that read the whole cluster through one node's API (StatusCollector, QueueCollector).
// While a member is cut off, the other nodes' cluster-wide answers (/api/nodes, /api/queues,
// cluster_status, list_queues) wait for it until the cluster gives up on it (net_ticktime, ~60 s):
// knowing which host is out of reach lets a collector skip it, ask the others briefly, and not
// start an SSH query that must stall the same way.
// The RabbitMQ node a profile host runs (its `node`, else rabbit@<host name>).
QString nodeOfHost(const HostProfile& host);

class ClusterReach
{
public:
    // Per-node requests are this short while a member is out of reach (or for per-node probes): a
    // healthy node answers in milliseconds, and a stalled one must not hold a poll for the
    // profile's full timeout.
    static constexpr int ShortTimeoutMs = 4000;

    // Blocking: a TCP connect to each host's API port (then its SSH port when the API port is slow
    // or fails), every host at once. Costs a round trip on a healthy cluster, ~3 s with a host cut.
    // Connects through `transport` (nullptr: the network).
    void probe(const ClusterProfile& profile, const CancelToken& cancel = {}, Transport* transport = nullptr);
    void clear();

    // Every RabbitMQ host of the profile, in profile order.
    const QList<HostReach>& hosts() const { return m_reach; }
    const HostReach* of(const HostProfile& host) const;
    bool isUnreachable(const HostProfile& host) const;
    bool anyUnreachable() const;
    QStringList unreachableHosts() const; // host names, profile order

    // Guards an API walk: a host out of reach is not asked (skipReason); with a member out of
    // reach every reachable API is asked /api/nodes at once with the short timeout (a poll costs
    // one timeout, not one per node) and later requests are short too; an API whose /api/nodes
    // timed out is recorded as stuck. This object must outlive the walk.
    void guardWalk(ApiHostWalk& walk, const ClusterProfile& profile, const HttpRequestOptions& options,
        const CancelToken& cancel, Transport* transport = nullptr);
    // APIs that accepted the connection but gave no answer in time during the guarded walk.
    const QStringList& stuckApis() const { return m_stuckApis; }
    // An API stalled while a member is out of reach: its cluster-wide queries wait for that
    // member, and a cluster-wide query over SSH (cluster_status, list_queues) would wait alike.
    bool clusterQueriesStall() const { return !m_stuckApis.isEmpty() && anyUnreachable(); }

private:
    QStringList m_hostNames; // parallel to m_reach
    QList<HostReach> m_reach;
    QStringList m_stuckApis;
};

} // namespace warren
