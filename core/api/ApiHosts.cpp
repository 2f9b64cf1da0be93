#include "ApiHosts.h"

namespace warren {

bool walkApiHosts(const ClusterProfile& profile, const HttpRequestOptions& options, const QString& passwordError,
    const CancelToken& cancel, const ApiHostWalk& walk, bool* anyApiUrl)
{
    *anyApiUrl = false;
    for (const auto& host : profile.rabbitHosts()) {
        if (!host.apiUrl.isValid())
            continue;
        *anyApiUrl = true;
        if (cancel.isCancelled())
            return false;
        if (options.password.isEmpty()) {
            walk.failed(host, passwordError);
            return false; // every host would refuse the same way
        }
        if (walk.skipReason) {
            if (const QString why = walk.skipReason(host); !why.isEmpty()) {
                walk.failed(host, why);
                continue;
            }
        }
        HttpRequestOptions hostOptions = options;
        if (walk.adjustOptions)
            walk.adjustOptions(host, hostOptions);
        ManagementApi api(host.apiUrl, hostOptions, cancel, walk.transport);
        const auto prefetched = walk.prefetchedNodes.constFind(host.name);
        const HttpResult nodes = prefetched != walk.prefetchedNodes.cend() ? *prefetched : api.nodesRaw();
        if (!nodes.ok()) {
            walk.failed(host, nodes.errorString);
            if (walk.nodesFailed)
                walk.nodesFailed(host, nodes);
            if (nodes.error == HttpResult::Error::Unauthorized || nodes.error == HttpResult::Error::Forbidden)
                return false;
            continue;
        }
        if (walk.answered(host, api, nodes))
            return true;
    }
    return false;
}

} // namespace warren
