#pragma once

#include "api/HttpClient.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "util/Cancel.h"

namespace warren {

// Builds one ClusterSnapshot from a profile: the management API first (/api/overview,
// /api/nodes with columns=), SSH `rabbitmqctl cluster_status` when no API answers, and the HAProxy
// stats (CSV page over HTTP, or `show stat` on the stats socket over SSH). Blocking: run it in a
// worker (QtConcurrent) from the GUI; the CLI may call it directly.
class StatusCollector
{
public:
    explicit StatusCollector(ClusterProfile profile, CancelToken cancel = {});

    ClusterSnapshot collect();

    // When SSH met an unknown host key, the host and its key, so a GUI can ask the user.
    struct UnknownHostKey
    {
        QString host;
        QString address;
        HostKeyInfo key;
    };
    QList<UnknownHostKey> unknownHostKeys() const { return m_unknownKeys; }

    SshTarget sshTarget(const HostProfile& host) const;
    HttpRequestOptions apiOptions(QString* error) const;

private:
    bool collectFromApi(ClusterSnapshot& snap);
    bool collectFromSsh(ClusterSnapshot& snap);
    void collectHaproxy(ClusterSnapshot& snap);

    ClusterProfile m_profile;
    CancelToken m_cancel;
    QList<UnknownHostKey> m_unknownKeys;
};

} // namespace warren
