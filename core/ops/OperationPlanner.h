#pragma once

#include "NodeFacts.h"
#include "Plan.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>

namespace warren {

// Builds the plans of the cluster operations. build*() are pure: facts in, plan out (unit-tested
// per version); prepare*() read the facts over SSH first (blocking, for a worker thread or the CLI).
class OperationPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(OperationPlanner)
public:
    static Plan buildJoin(const QString& cluster, const HostProfile& node, const HostProfile& target, NodeType type,
        const NodeFacts& nodeFacts, const NodeFacts& targetFacts, const LinkFacts& there, const LinkFacts& back);
    static Plan buildConvert(const QString& cluster, const HostProfile& node, NodeType type, const NodeFacts& facts,
        const QString& peerHost);
    static Plan buildForget(
        const QString& cluster, const QString& node, const HostProfile& survivor, const NodeFacts& survivorFacts);

    struct CookieTarget
    {
        HostProfile host;
        NodeFacts facts;
    };
    static Plan buildSyncCookie(const QString& cluster, const QString& serviceKind, const HostProfile& source,
        const NodeFacts& sourceFacts, const QList<CookieTarget>& targets);
    static Plan prepareSyncCookie(const ClusterProfile& profile, const HostProfile& source,
        const QList<HostProfile>& targets, CancelToken cancel = {});

    static Plan prepareJoin(const ClusterProfile& profile, const HostProfile& node, const HostProfile& target,
        NodeType type, CancelToken cancel = {});
    static Plan prepareConvert(
        const ClusterProfile& profile, const HostProfile& node, NodeType type, CancelToken cancel = {});
    // survivor: empty picks the first cluster host (from the profile) whose node runs.
    static Plan prepareForget(
        const ClusterProfile& profile, const QString& node, const QString& survivor, CancelToken cancel = {});

    // A check that HOST's cluster_status lists NODE (with TYPE, running) or does not list it.
    static Check membershipCheck(
        const QString& host, const RabbitVersion& v, const QString& node, NodeType type, bool expectMember, int waitMs);
    static QString typeName(NodeType type); // translated "disc" / "ram"
    // Why Warren makes no ram node on v (Khepri: none exist; 4.x Mnesia: deprecated); empty when it does.
    static QString ramRefusal(const RabbitVersion& v);
    // Why a node of version nv cannot join target's cluster of version tv, and the supported way.
    static QString mixedVersionRefusal(
        const QString& node, const RabbitVersion& nv, const QString& target, const RabbitVersion& tv);
};

} // namespace warren
