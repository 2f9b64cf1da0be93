#include "PlanParts.h"

#include "FactCollector.h"
#include "OperationPlanner.h"
#include "RabbitCommands.h"

namespace warren::PlanParts {

using State = PreflightItem::State;

PreflightItem item(const QString& title, State state, const QString& detail)
{
    return PreflightItem { title, state, detail };
}

QString hostnameOf(const QString& node)
{
    return node.contains(QLatin1Char('@')) ? node.section(QLatin1Char('@'), 1) : node;
}

QString nodeOf(const HostProfile& h)
{
    return h.node.isEmpty() ? normalizeNodeName(h.name) : h.node;
}

RabbitVersion effectiveVersion(const NodeFacts& a, const NodeFacts& b)
{
    if (a.version.isKnown())
        return a.version;
    return b.version;
}

QString membersText(const NodeFacts& f)
{
    QStringList parts;
    for (const auto& n : f.status.nodes)
        parts << QStringLiteral("%1 (%2%3)")
                     .arg(n.name, OperationPlanner::typeName(n.type),
                         n.running ? QString() : QStringLiteral(", ") + OperationPlanner::tr("stopped"));
    return parts.join(QStringLiteral(", "));
}

void addReachability(Plan& plan, const NodeFacts& f)
{
    if (!f.reachable)
        plan.preflight << item(OperationPlanner::tr("SSH to %1").arg(f.host), State::Failed, f.error);
    else
        plan.preflight << item(OperationPlanner::tr("SSH to %1").arg(f.host), State::Ok);
}

// Before a step that stops a node: the answers of the quorum and mirror checks, shown.
void addStopChecks(Plan& plan, const NodeFacts& f)
{
    if (!f.version.hasHealthChecks()) {
        plan.preflight << item(OperationPlanner::tr("%1 is not critical for quorum queues or mirrors",
                                   "quorum; mirror: RabbitMQ queue replicas")
                                   .arg(f.node),
            State::Warning,
            OperationPlanner::tr("RabbitMQ %1 has no such health checks: check by hand").arg(f.version.display()));
        return;
    }
    const auto one = [&](int critical, const QString& title, const QString& detail) {
        plan.preflight << item(title,
            critical == 0       ? State::Ok
                : critical == 1 ? State::Failed
                                : State::Info,
            critical == -1 ? OperationPlanner::tr("not checked: the node's application is not running") : detail);
    };
    one(f.quorumCritical,
        OperationPlanner::tr(
            "%1 is not critical for the quorum of any quorum queue", "quorum queue: RabbitMQ queue type")
            .arg(f.node),
        f.quorumDetail);
    if (!f.version.hasClassicMirroring())
        return; // 4.x: classic queue mirroring is gone (the check is a no-op there)
    one(f.mirrorSyncCritical,
        OperationPlanner::tr(
            "%1 holds no only synchronised mirror of a classic mirrored queue", "mirror: a replica of a classic queue")
            .arg(f.node),
        f.mirrorDetail);
}

QList<Check> stopPrechecks(const QString& host, const NodeFacts& f)
{
    if (!f.version.hasHealthChecks())
        return {};
    Check q;
    q.description
        = OperationPlanner::tr("%1 is not quorum-critical", "quorum: majority of quorum queue replicas").arg(f.node);
    q.host = host;
    q.command = RabbitCommands::quorumCritical();
    Check m;
    m.description
        = OperationPlanner::tr("%1 is not mirror-sync-critical", "mirror: replica of a classic mirrored queue")
              .arg(f.node);
    m.host = host;
    m.command = RabbitCommands::mirrorSyncCritical();
    if (!f.version.hasClassicMirroring())
        return { q }; // 4.x: no classic mirrors to lose
    return { q, m };
}

Check appState(const QString& host, const RabbitVersion& v, const QString& node, bool running, int waitMs)
{
    Check c;
    c.host = host;
    c.waitMs = waitMs;
    if (v.hasHealthChecks()) {
        c.command = RabbitCommands::checkRunning();
        c.expect = running ? Check::Expect::ExitZero : Check::Expect::ExitNonZero;
    } else {
        c.command = RabbitCommands::legacyStatus();
        c.expect = Check::Expect::Predicate;
        c.predicate = [running](const RemoteResult& r, QString* why) {
            const bool up = r.exitCode == 0 && QString::fromUtf8(r.out).contains(QLatin1String("{rabbit,\"RabbitMQ\""));
            *why = up ? OperationPlanner::tr("the application runs")
                      : OperationPlanner::tr("the application does not run");
            return up == running;
        };
    }
    c.description = running
        ? OperationPlanner::tr("the RabbitMQ application runs on %1").arg(node)
        : OperationPlanner::tr("the RabbitMQ application is stopped on %1 (the Erlang VM stays up)").arg(node);
    return c;
}

// The stop_app step every plan that keeps the Erlang VM up starts with (join, convert).
Step stopAppStep(const QString& host, const QString& node, const NodeFacts& f, const RabbitVersion& v)
{
    Step stop;
    stop.id = QStringLiteral("stop_app");
    stop.description
        = OperationPlanner::tr("Stop the RabbitMQ application on %1 (the Erlang VM keeps running)").arg(node);
    stop.host = host;
    stop.commands << RabbitCommands::stopApp();
    stop.prechecks = stopPrechecks(host, f);
    stop.verifications << appState(host, v, node, false, 10000);
    stop.undoDescription = OperationPlanner::tr("start the application again");
    stop.undoCommands << RabbitCommands::startApp();
    return stop;
}

// The start_app step that ends join and convert: verified by the application running.
Step startAppStep(const QString& host, const QString& node, const RabbitVersion& v, const QString& undoDescription,
    const QList<RemoteCommand>& undoCommands)
{
    Step start;
    start.id = QStringLiteral("start_app");
    start.description = OperationPlanner::tr("Start the RabbitMQ application on %1 and wait until it runs").arg(node);
    start.host = host;
    start.commands << RabbitCommands::startApp();
    start.verifications << appState(host, v, node, true, 30000);
    start.timeoutMs = 300000;
    start.undoDescription = undoDescription;
    start.undoCommands = undoCommands;
    return start;
}

// reset before a join: destroys what the node holds (counted by the caller).
Step resetStep(const QString& host, const QString& node, const QString& destroys)
{
    Step reset;
    reset.id = QStringLiteral("reset");
    reset.description = OperationPlanner::tr("Reset %1: wipe its data and any cluster membership").arg(node);
    reset.host = host;
    reset.commands << RabbitCommands::reset();
    reset.destructive = true;
    reset.destroys = destroys;
    reset.undoDescription = OperationPlanner::tr(
        "cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node")
                                .arg(node);
    reset.undoCommands << RabbitCommands::startApp();
    return reset;
}

Step joinStep(const QString& host, const QString& node, const QString& target, NodeType type, const RabbitVersion& v)
{
    Step join;
    join.id = v.legacyClusterCommand() ? QStringLiteral("cluster") : QStringLiteral("join_cluster");
    join.description
        = OperationPlanner::tr("Join %1 to %2 as a %3 node").arg(node, target, OperationPlanner::typeName(type));
    join.host = host;
    join.commands << RabbitCommands::join(v, target, type, node);
    join.undoDescription = OperationPlanner::tr("leave the cluster again: reset %1 and start it standalone").arg(node);
    join.undoCommands << RabbitCommands::reset() << RabbitCommands::startApp();
    return join;
}

// The guard convert (to ram) and forget share: a cluster must keep a disc node. True when `node`
// is the last one (the refusal is added to the plan); otherwise the remaining disc nodes are shown.
bool refuseLastDiscNode(Plan& plan, const NodeFacts& f, const QString& node, const QString& refusal)
{
    QStringList otherDiscs = f.discMembers();
    otherDiscs.removeAll(node);
    if (otherDiscs.isEmpty()) {
        plan.refusals << refusal;
        return true;
    }
    plan.preflight << item(
        OperationPlanner::tr("Other disc nodes remain"), State::Ok, otherDiscs.join(QStringLiteral(", ")));
    return false;
}

std::function<QStringList(RemoteExecutor&)> probeFor(
    const HostProfile& host, const QString& peerHost, const QString& node)
{
    return [host, peerHost, node](RemoteExecutor& ex) {
        QStringList lines;
        FactCollector fc(ex);
        const NodeFacts f = fc.node(host);
        if (!f.reachable)
            lines << OperationPlanner::tr("%1: cannot be reached: %2").arg(node, f.error);
        else if (f.vmOnly)
            lines << OperationPlanner::tr(
                "%1: Erlang VM running; RabbitMQ application stopped; the members it knows cannot be read "
                "while the application is stopped")
                         .arg(node);
        else if (!f.nodeAnswered)
            lines << OperationPlanner::tr("%1: the node does not answer (Erlang VM down?): %2").arg(node, f.error);
        else
            lines << OperationPlanner::tr("%1: Erlang VM running; RabbitMQ application %2; members it knows: %3")
                         .arg(node, f.appRunning ? OperationPlanner::tr("running") : OperationPlanner::tr("stopped"),
                             membersText(f));
        if (!peerHost.isEmpty() && peerHost != host.name) {
            HostProfile peer;
            peer.name = peerHost;
            const NodeFacts p = fc.node(peer);
            if (p.nodeAnswered) {
                const NodeInfo* m = p.member(node);
                lines << (m ? OperationPlanner::tr("as seen from %1: %2 is a member (%3, %4)")
                                  .arg(p.node, node, OperationPlanner::typeName(m->type),
                                      m->running ? OperationPlanner::tr("running") : OperationPlanner::tr("stopped"))
                            : OperationPlanner::tr("as seen from %1: %2 is not a member").arg(p.node, node));
            }
        }
        return lines;
    };
}

} // namespace warren::PlanParts
