#pragma once

#include "QueueInfo.h"
#include "parse/ParseError.h"

#include <QByteArrayView>
#include <QList>
#include <QSet>

namespace warren {

// GET /api/queues (unpaged array, or a paged {"items": [...]} object) with or without columns=.
// A single-pass reader (JsonStreamReader), no DOM: at 100k queues the body is tens of MB and a
// QJsonDocument would hold several copies of it. Node, vhost, state and policy strings are
// shared between rows. Reads name, vhost, type, node, slave_nodes, synchronised_slave_nodes,
// leader, members, online, messages_ready, messages_unacknowledged, consumers, state, policy,
// effective_policy_definition (ha-mode, target-group-size), arguments (x-queue-type,
// x-quorum-initial-group-size, x-initial-cluster-size); skips everything else. RabbitMQ 4.x
// answers the same shape without classic mirrors (no slave_nodes): quorum queues and streams
// carry leader, members and online.
Parsed<QList<QueueInfo>> parseApiQueues(QByteArrayView json);

// GET /api/policies: (vhost, policy name) of every policy whose definition sets ha-mode.
Parsed<QSet<QueueKey>> parseApiHaPolicies(QByteArrayView json);
// A listing without statistics (disable_stats=true) names each queue's policy but not its
// definition: marks the queues under an HA policy (a classic one becomes "mirrored" even without
// mirrors, as with statistics).
void applyHaPolicies(QList<QueueInfo>& queues, const QSet<QueueKey>& haPolicies);

} // namespace warren
