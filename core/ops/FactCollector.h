#pragma once

#include "NodeFacts.h"
#include "RemoteExecutor.h"
#include "profile/ClusterProfile.h"

namespace warren {

// Reads NodeFacts and LinkFacts through a RemoteExecutor (blocking; one per worker thread).
class FactCollector final
{
public:
    // NoCookieHash: membership and version only (one CLI call less per host).
    enum Detail { Basic = 0, Queues = 1, StopChecks = 2, NoCookieHash = 4 };

    explicit FactCollector(RemoteExecutor& executor);

    NodeFacts node(const HostProfile& host, int detail = Basic);
    LinkFacts link(const QString& fromHost, const QString& toHostname);
    // Name resolution only (no port probes): checked, resolves, address.
    LinkFacts resolve(const QString& fromHost, const QString& toHostname);
    HostIdentity identity(const HostProfile& host);

private:
    RemoteExecutor& m_executor;
};

} // namespace warren
