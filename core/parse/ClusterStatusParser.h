#pragma once

#include "ParseError.h"
#include "model/ClusterSnapshot.h"

#include <QByteArray>

namespace warren {

// Membership as `rabbitmqctl cluster_status` reports it. Fills nodes (name, type, running),
// partitions and versions where the output has them; not the live statistics.
struct ClusterStatus
{
    QString reportingNode; // "Cluster status of node rabbit@x ..." when present
    QString clusterName;
    QList<NodeInfo> nodes;
    // Groups of nodes that see each other (as in ClusterSnapshot), derived from what each node
    // reports it cannot reach; empty when nothing is partitioned.
    QList<QStringList> partitions;
    QStringList alarmsText; // raw alarm descriptions, when given: "rabbit@host: memory"
};

// Legacy Erlang-term output (2.x to 3.7), including the header and "...done." lines and the
// 2012 guide's `{ram,['rabbitmq-02']}` without the "rabbit@" prefix.
Parsed<ClusterStatus> parseClusterStatusLegacy(const QString& output);
// `rabbitmqctl cluster_status --formatter json` (3.8+). Leading log noise lines are skipped.
Parsed<ClusterStatus> parseClusterStatusJson(const QByteArray& output);
// Picks the format from the content.
Parsed<ClusterStatus> parseClusterStatus(const QByteArray& output);

} // namespace warren
