#pragma once

#include "model/ClusterSnapshot.h"

namespace warren {

// A one-glance verdict over a snapshot for the overview header. Counts, not text: the views word
// it. (If warrenctl ever prints a verdict, this belongs in core.)
struct ClusterHealth
{
    enum class Level { Unknown, Healthy, Degraded, Critical };

    Level level = Level::Unknown;
    int nodes = 0;
    int running = 0;
    int alarmed = 0; // nodes with a memory or disk alarm
    int partitioned = 0; // nodes reporting unreachable peers
    int haproxyServers = 0;
    int haproxyDown = 0; // servers not UP
    int failedSources = 0;

    static ClusterHealth of(const ClusterSnapshot& snapshot);
};

} // namespace warren
