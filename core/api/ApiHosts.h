#pragma once

#include "ManagementApi.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QHash>

#include <functional>

namespace warren {

// The per-host walk of collectors that read the whole cluster through any one node's management
// API (StatusCollector, QueueCollector): the RabbitMQ hosts with an API URL, in profile order,
// until one gives what the collector needs.
//
// - No password: every host would refuse alike, so `failed` hears it once and the walk stops.
// - A host whose /api/nodes fails goes to `failed` with the error; on 401/403 (every host shares
//   the credentials) the walk stops, otherwise the next host is tried.
// - A host that answers is handed to `answered` with its API and the /api/nodes reply; it returns
//   true when it got what it needs (the walk ends, the function returns true), false to try the
//   next host (it reports its own reason).
// Returns false when no host gave it, when cancelled, or when no host has an API URL (then
// *anyApiUrl is false).
// Optional hooks: `skipReason` names why a host is not asked at all (it goes to `failed` with that
// reason); `adjustOptions` changes one host's request options (e.g. a shorter timeout); `nodesFailed`
// sees the failed /api/nodes reply itself (after `failed`). `prefetchedNodes` holds /api/nodes replies
// already fetched (e.g. from every host at once), by host name: those hosts are not asked again.
struct ApiHostWalk
{
    std::function<void(const HostProfile& host, const QString& error)> failed;
    std::function<bool(const HostProfile& host, ManagementApi& api, const HttpResult& nodes)> answered;
    std::function<QString(const HostProfile& host)> skipReason;
    std::function<void(const HostProfile& host, HttpRequestOptions& options)> adjustOptions;
    std::function<void(const HostProfile& host, const HttpResult& nodes)> nodesFailed;
    QHash<QString, HttpResult> prefetchedNodes;
    Transport* transport = nullptr; // the hosts' APIs are asked through it (nullptr: the network)
};
bool walkApiHosts(const ClusterProfile& profile, const HttpRequestOptions& options, const QString& passwordError,
    const CancelToken& cancel, const ApiHostWalk& walk, bool* anyApiUrl);

} // namespace warren
