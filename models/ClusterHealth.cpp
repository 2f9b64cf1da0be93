#include "ClusterHealth.h"

namespace warren {

ClusterHealth ClusterHealth::of(const ClusterSnapshot& snapshot)
{
    ClusterHealth h;
    h.nodes = int(snapshot.nodes.size());
    for (const auto& n : snapshot.nodes) {
        h.running += n.running ? 1 : 0;
        h.alarmed += (n.memoryAlarm || n.diskAlarm) ? 1 : 0;
        h.partitioned += n.partitions.isEmpty() ? 0 : 1;
    }
    if (!snapshot.partitions.isEmpty() && h.partitioned == 0)
        h.partitioned = int(snapshot.partitions.size());
    h.haproxyServers = int(snapshot.haproxyServers.size());
    for (const auto& s : snapshot.haproxyServers)
        h.haproxyDown += s.isUp() ? 0 : 1;
    for (const auto& s : snapshot.sources)
        h.failedSources += s.ok ? 0 : 1;

    if (h.nodes == 0)
        h.level = Level::Unknown;
    else if (h.partitioned > 0 || h.running == 0 || h.alarmed > 0
        || (h.haproxyServers > 0 && h.haproxyDown == h.haproxyServers))
        h.level = Level::Critical;
    else if (h.running < h.nodes || h.haproxyDown > 0 || h.failedSources > 0)
        h.level = Level::Degraded;
    else
        h.level = Level::Healthy;
    return h;
}

} // namespace warren
