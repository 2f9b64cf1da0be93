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
        ManagementApi api(host.apiUrl, options, cancel);
        const HttpResult nodes = api.nodesRaw();
        if (!nodes.ok()) {
            walk.failed(host, nodes.errorString);
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
