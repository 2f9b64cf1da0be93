#pragma once

#include "NodeFacts.h"
#include "Plan.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>

namespace warren {

// What fix-address reads from one RabbitMQ host of the profile (the subject included).
struct AddressHostFacts
{
    HostProfile host;
    NodeFacts facts; // its node, as the host's CLI reaches it
    HostIdentity identity; // hostname, addresses, hosts file, rabbitmq-env.conf, data directories
    LinkFacts oldName; // how it resolves the host part of the subject's node name (the profile's)
    LinkFacts newName; // how it resolves the subject's current hostname (when that differs)
    bool oldNodeAnswers = false; // subject only: the profile's node name answers a ping (it still runs under it)
};

// The "IP or hostname changed" operation (warrenctl plan fix-address): detects what changed and
// builds the chosen fix. build() is pure (unit-tested per version); prepare() reads the facts of
// every RabbitMQ host of the profile in parallel over SSH (blocking: a worker thread or the CLI).
//
// Detects: the subject's node name vs its host's current hostname; the name as every host resolves
// it vs the addresses the subject really has; a data directory named after another node.
// Fixes (Plan::choices, keys for --fix):
//   resolution  hosts entries repaired where the name resolves wrongly (backup, atomic replace)
//   keep-name   NODENAME=<old node> in rabbitmq-env.conf: the node keeps its name and data
//   rename      rename_cluster_node with the man page's procedure (3.7 to 3.12; a no-op from 3.13)
//   rejoin      forget the old node, the node under its new name joins again (its data is lost)
class AddressPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(AddressPlanner)
public:
    static Plan build(const QString& cluster, const QString& serviceKind, const AddressHostFacts& subject,
        const QList<AddressHostFacts>& peers, const QString& fix);
    static Plan prepare(
        const ClusterProfile& profile, const HostProfile& subject, const QString& fix, CancelToken cancel = {});
    static QStringList fixKeys(); // resolution, keep-name, rename, rejoin
};

} // namespace warren
