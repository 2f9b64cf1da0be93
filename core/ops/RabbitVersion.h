#pragma once

#include <QString>

namespace warren {

// A RabbitMQ release plus its metadata store, and what the clustering CLI of that release can do.
// Facts behind the capability answers (checked against RabbitMQ's source and docs):
// - 2.x clusters with `rabbitmqctl cluster NODE...` (the node lists itself to be a disc node);
//   join_cluster, change_cluster_node_type and forget_cluster_node arrive with 3.0.
// - JSON cluster_status, rabbitmq-diagnostics/-queues health checks and erlang_cookie_hash: 3.8.
// - rename_cluster_node and update_cluster_nodes are no-ops from 3.13 (rabbitmq-server #10369).
// - Under Khepri (optional from 3.13, a feature flag in 4.x) only disc nodes exist: a ram node
//   type is refused ({error, not_supported}), and forget_cluster_node --offline is not supported.
// - 4.0 removes classic queue mirroring (check_if_node_is_mirror_sync_critical stays, a no-op) and
//   deprecates ram nodes (the ram_node_type deprecated feature); 4.3 removes ram nodes and
//   change_cluster_node_type, and Khepri is its only metadata store.
// - Rolling upgrades (mixed-version clusters) go one release series at a time: 3.12 -> 3.13 ->
//   4.0 -> 4.1, each with every feature flag enabled first; skipping a series is not supported.
// - forget_cluster_node in 4.0 removes the node from the metadata store first and shrinks its
//   quorum queue members after; under Khepri that removal resets the node's membership and the
//   shrink then fails ("failed to shrink some entities ...: Quorum queues", exit 69, the node
//   already forgotten). rabbitmq-server moved the shrink first in 2026 (commit 2555cb38, #15727);
//   Warren shrinks first itself on every 4.x (rabbitmq-queues shrink NODE, from 3.8).
struct RabbitVersion
{
    int major = -1;
    int minor = 0;
    int patch = 0;
    bool khepri = false; // metadata store: Khepri instead of Mnesia
    QString text; // as the node reported it

    static RabbitVersion parse(const QString& text, bool khepri = false);
    bool isKnown() const { return major >= 0; }
    bool atLeast(int maj, int min) const { return major > maj || (major == maj && minor >= min); }

    bool legacyClusterCommand() const { return isKnown() && major < 3; }
    bool hasJsonClusterStatus() const { return atLeast(3, 8); }
    bool hasHealthChecks() const { return atLeast(3, 8); }
    bool hasCookieHash() const { return atLeast(3, 8); }
    bool supportsRamNodes() const { return !khepri && !khepriOnly(); }
    // 4.x under Mnesia: a ram node still works but is deprecated; Warren makes no new one.
    bool ramNodesDeprecated() const { return atLeast(4, 0); }
    bool offersRamNodes() const { return supportsRamNodes() && !ramNodesDeprecated(); }
    bool supportsChangeNodeType() const { return atLeast(3, 0) && !khepri && !khepriOnly(); }
    bool khepriOnly() const { return atLeast(4, 3); }
    bool hasClassicMirroring() const { return isKnown() && !atLeast(4, 0); }
    bool supportsForget() const { return atLeast(3, 0); }
    bool supportsForgetOffline() const { return atLeast(3, 0) && !khepri; }
    // Shrink the node's quorum queue members before forget_cluster_node (see above).
    bool shrinkBeforeForget() const { return atLeast(4, 0); }
    bool renameIsNoop() const { return atLeast(3, 13); }
    // rename_cluster_node with the procedure its man page gives (stop, rename, move the data
    // directories, configure the name, start): offered from 3.7 (whose man page documents it) to 3.12.
    bool supportsRenameNode() const { return atLeast(3, 7) && !renameIsNoop() && !khepri; }
    bool mayHaveKhepri() const { return atLeast(3, 13); }

    // Two nodes of these versions can be in one cluster: the same release series, or adjacent ones
    // (a rolling upgrade: 3.12 with 3.13, 3.13 with 4.0, 4.0 with 4.1). Unknown versions: true.
    static bool canCluster(const RabbitVersion& a, const RabbitVersion& b);
    // The release series from the older of a and b up to the newer: "3.10 → 3.11 → 3.12 → 3.13 → 4.0".
    static QString upgradePath(const RabbitVersion& a, const RabbitVersion& b);
    QString series() const; // "3.10"

    QString storeName() const; // "Mnesia" / "Khepri"
    QString display() const; // "3.10.8 (Mnesia)", translated "unknown version"
};

} // namespace warren
