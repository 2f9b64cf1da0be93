#pragma once

#include "Plan.h"
#include "profile/ClusterProfile.h"
#include "queues/QueueSnapshot.h"
#include "util/Cancel.h"

#include <QCoreApplication>

namespace warren {

// The quorum queue replica doctor: what a quorum queue's membership needs, as plans like the
// others (every command shown, verified, with its undo).
//   grow NODE: a member on NODE for each selected quorum queue that has none (the node must run in
//     the cluster; a queue without a leader cannot take a member and is named);
//   shrink NODE: NODE's member removed from each selected quorum queue that has one (NODE may be
//     stopped or gone: the command runs on another running member). Refused where a queue would
//     lose its majority: fewer online members left than a majority of the new membership, its only
//     member, or no leader to commit the change;
//   rebalance: the selected quorum queues' leaders spread over the running nodes.
// The selection: one queue (--queue, in --vhost, "/" by default), the queues whose names match a
// regular expression (--filter) in one vhost or all, or every quorum queue. The whole cluster
// is one `rabbitmq-queues grow|shrink` command; a selection is one add_member / delete_member per
// queue (exact names: no pattern has to be escaped through Debian's rabbitmqctl wrapper).
// The preview lists each queue's members before and after and the leader count per node.
class ReplicaPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaPlanner)
public:
    enum class Action { Grow, Shrink, Rebalance };
    static QStringList actionKeys(); // grow, shrink, rebalance
    static std::optional<Action> actionFromKey(const QString& key);

    struct Target
    {
        Action action = Action::Grow;
        QString node; // grow, shrink: the RabbitMQ node name
        QString vhost; // empty: every vhost (one queue: "/")
        QString queue; // one queue by its exact name; empty: a set
        QString filter; // a set: queue names matching this regular expression; empty: all
    };

    struct Facts
    {
        QueueSnapshot queues; // placement (members, online, leader) and the cluster's nodes
        QString error; // translated: the quorum queues could not be read
    };

    static Plan build(const ClusterProfile& profile, const Target& target, const Facts& facts);
    // Reads the queues' placement (management API without statistics, or rabbitmqctl over SSH):
    // blocking, for a worker thread or the CLI.
    static Facts collect(const ClusterProfile& profile, CancelToken cancel = {});
    static Plan prepare(const ClusterProfile& profile, const Target& target, CancelToken cancel = {});

    // Quorum queues of the snapshot the target selects, in the snapshot's order; *error set (and
    // nothing returned) when the filter is not a valid regular expression.
    static QList<QueueInfo> select(const QueueSnapshot& snap, const Target& target, QString* error);
    // Leaders per running cluster node ("" for leaderless queues is left out), in node order.
    static QList<QPair<QString, int>> leaderCounts(const QueueSnapshot& snap, const QList<QueueInfo>& queues);
};

} // namespace warren
