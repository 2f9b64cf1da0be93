#pragma once

#include "NodeFacts.h"
#include "RemoteExecutor.h"
#include "profile/ClusterProfile.h"

namespace warren {

// Reads NodeFacts and LinkFacts through a RemoteExecutor (blocking; one per worker thread).
class FactCollector final
{
public:
    enum Detail { Basic = 0, Queues = 1, StopChecks = 2 };

    explicit FactCollector(RemoteExecutor& executor);

    NodeFacts node(const HostProfile& host, int detail = Basic);
    LinkFacts link(const QString& fromHost, const QString& toHostname);

private:
    RemoteExecutor& m_executor;
};

} // namespace warren
