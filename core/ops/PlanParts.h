#pragma once

#include "NodeFacts.h"
#include "Plan.h"
#include "profile/ClusterProfile.h"

#include <functional>

namespace warren {

// The pieces the operation planners build their plans from (preflight items, the stop/start
// steps, the guards, the state probe), shared so that each exists once. Internal to core/ops.
namespace PlanParts {

    using State = PreflightItem::State;

    PreflightItem item(const QString& title, State state, const QString& detail = {});
    QString hostnameOf(const QString& node); // the part after '@'
    QString nodeOf(const HostProfile& h); // the profile's node name, rabbit@NAME by default
    RabbitVersion effectiveVersion(const NodeFacts& a, const NodeFacts& b = {});
    QString membersText(const NodeFacts& f);
    void addReachability(Plan& plan, const NodeFacts& f);
    // Before a step that stops a node: the answers of the quorum and mirror checks, shown.
    void addStopChecks(Plan& plan, const NodeFacts& f);
    QList<Check> stopPrechecks(const QString& host, const NodeFacts& f);
    Check appState(const QString& host, const RabbitVersion& v, const QString& node, bool running, int waitMs);
    Step stopAppStep(const QString& host, const QString& node, const NodeFacts& f, const RabbitVersion& v);
    Step startAppStep(const QString& host, const QString& node, const RabbitVersion& v, const QString& undoDescription,
        const QList<RemoteCommand>& undoCommands);
    Step resetStep(const QString& host, const QString& node, const QString& destroys);
    Step joinStep(
        const QString& host, const QString& node, const QString& target, NodeType type, const RabbitVersion& v);
    bool refuseLastDiscNode(Plan& plan, const NodeFacts& f, const QString& node, const QString& refusal);
    std::function<QStringList(RemoteExecutor&)> probeFor(
        const HostProfile& host, const QString& peerHost, const QString& node);

} // namespace PlanParts

} // namespace warren
