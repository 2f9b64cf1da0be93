#include "OperationRequest.h"

#include "AddressPlanner.h"
#include "MaintenancePlanner.h"
#include "OperationPlanner.h"
#include "PlanParts.h"
#include "ReplicaPlanner.h"

namespace warren {

namespace {

    struct Entry
    {
        OperationKind kind;
        const char* key;
        bool alwaysDestructive;
    };

    // The menu's order: the everyday operations first, the repairs last.
    constexpr Entry kOperations[] = {
        { OperationKind::Join, "join", true },
        { OperationKind::Convert, "convert", false },
        { OperationKind::SyncCookie, "sync-cookie", true },
        { OperationKind::Forget, "forget", true },
        { OperationKind::FixAddress, "fix-address", false },
        { OperationKind::Maintenance, "maintenance", false },
        { OperationKind::Stop, "stop", false },
        { OperationKind::Start, "start", false },
        { OperationKind::Restart, "restart", false },
        { OperationKind::Replicas, "replicas", false },
    };

    OperationInfo infoOf(const Entry& e)
    {
        return OperationInfo { e.kind, QString::fromLatin1(e.key), e.alwaysDestructive };
    }

    QString describe(const HostProfile& h)
    {
        return h.address == h.name ? h.name : QStringLiteral("%1 (%2)").arg(h.name, h.address);
    }

    bool isAsciiNodeName(const QString& name)
    {
        for (const QChar c : name) {
            if (c.unicode() > 0x7f)
                return false;
        }
        return isPlausibleNodeName(name);
    }

    // A node named by its profile host (cluster or spare) or, when the profile has no such host,
    // by its node name (a node that left the profile: forget, shrink). Empty when valid; *node is
    // the node name.
    QString hostOrNodeName(const ClusterProfile& p, const QString& value, QString* node)
    {
        const auto found = OperationRequest::findHost(p, value);
        if (found.host) {
            if (!found.host->isRabbit())
                return OperationRequest::tr("%1 is not a RabbitMQ host of profile %2").arg(found.host->name, p.name);
            *node = OperationRequest::nodeNameOf(*found.host);
            return {};
        }
        if (found.miss != OperationRequest::Lookup::Miss::Unknown)
            return found.error;
        *node = normalizeNodeName(value);
        if (!isAsciiNodeName(*node))
            return OperationRequest::tr(
                "\"%1\" is not a RabbitMQ node name (NAME@HOST: letters, digits, '_', '-', '.')")
                .arg(*node);
        return {};
    }

    // The node types the snapshot knows: the only disc node of a known cluster is never forgotten
    // nor made a ram node (the planner checks the same on the live facts).
    bool isLastDiscNode(const ClusterSnapshot& known, const QString& node)
    {
        bool isDisc = false;
        int discs = 0;
        for (const auto& n : known.nodes) {
            if (n.type == NodeType::Disc) {
                ++discs;
                isDisc = isDisc || n.name == node;
            }
        }
        return isDisc && discs == 1;
    }

    // Why no ram node can be made with these nodes, as far as the snapshot's versions tell (the
    // planner applies the same rule to the live facts, the CLI has no snapshot).
    QString ramRefusalKnown(const ClusterSnapshot& known, const QStringList& nodes)
    {
        for (const auto& n : known.nodes) {
            if (!nodes.contains(n.name) || n.rabbitVersion.isEmpty())
                continue;
            const QString why = OperationPlanner::ramRefusal(RabbitVersion::parse(n.rabbitVersion));
            if (!why.isEmpty())
                return why;
        }
        return {};
    }

    // What a valid request resolved to.
    struct Checked
    {
        HostProfile node;
        HostProfile target;
        QString nodeName; // forget: the node to forget
        QString via; // forget: host name, or empty
        NodeType type = NodeType::Disc;
        QList<HostProfile> to;
        QString fix;
        QString action; // maintenance: enter or exit; replicas: grow, shrink or rebalance
        ReplicaPlanner::Target replicas;
    };

} // namespace

QString OperationInfo::title() const
{
    switch (kind) {
    case OperationKind::Join:
        return OperationRequest::tr("Join a Node to the Cluster", "RabbitMQ node");
    case OperationKind::Convert:
        return OperationRequest::tr("Change a Node's Type", "RabbitMQ node type: disc or ram");
    case OperationKind::Forget:
        return OperationRequest::tr("Forget a Node", "remove a RabbitMQ node from the cluster");
    case OperationKind::SyncCookie:
        return OperationRequest::tr("Synchronise the Erlang Cookie", "cookie: the Erlang shared secret");
    case OperationKind::FixAddress:
        return OperationRequest::tr("Fix an Address or Hostname Change", "a RabbitMQ host's IP address or hostname");
    case OperationKind::Maintenance:
        return OperationRequest::tr("Node Maintenance", "take a RabbitMQ node out of service and back");
    case OperationKind::Stop:
        return OperationRequest::tr("Stop a Node", "RabbitMQ node");
    case OperationKind::Start:
        return OperationRequest::tr("Start a Node", "RabbitMQ node");
    case OperationKind::Restart:
        return OperationRequest::tr("Restart a Node", "RabbitMQ node");
    case OperationKind::Replicas:
        return OperationRequest::tr("Quorum Queue Replicas", "grow, shrink, rebalance");
    }
    return {};
}

QString OperationInfo::description() const
{
    switch (kind) {
    case OperationKind::Join:
        return OperationRequest::tr(
            "The node is stopped, reset (its own queues, messages and definitions are deleted) and joined to "
            "the cluster of the chosen member, as a disc or a ram node.",
            "RabbitMQ node types");
    case OperationKind::Convert:
        return OperationRequest::tr(
            "The node's application is stopped, its type changed between disc and ram, and started again. "
            "A cluster always keeps at least one disc node.",
            "RabbitMQ node types");
    case OperationKind::Forget:
        return OperationRequest::tr(
            "A node that is gone (stopped, or its host lost) is removed from the cluster's membership with "
            "forget_cluster_node, run on a surviving node. The last disc node is never forgotten.",
            "RabbitMQ node");
    case OperationKind::SyncCookie:
        return OperationRequest::tr(
            "Each chosen node whose cookie differs (compared by hash; the cookie itself is never shown) is "
            "stopped completely, its old cookie backed up, the new one written atomically, and started again.",
            "cookie: the Erlang shared secret");
    case OperationKind::FixAddress:
        return OperationRequest::tr(
            "After a host's IP address or hostname changed, the preflight reads how every host resolves the node's "
            "name, which node runs on the host and its data directories, and says what changed. The fix you choose "
            "is then planned with what it changes and what it loses.",
            "RabbitMQ node");
    case OperationKind::Maintenance:
        return OperationRequest::tr(
            "Enter: after the safe-to-stop checks, HAProxy stops sending clients to the node (drain, sessions "
            "closed, maint), then RabbitMQ drains it (listeners suspended, queue leaders moved away); optionally "
            "the node is stopped. Exit: the node is started if needed, its quorum members catch up, it is revived "
            "and HAProxy sends it clients again. Every step is verified.",
            "RabbitMQ node; HAProxy server states drain and maint");
    case OperationKind::Stop:
        return OperationRequest::tr(
            "The whole node (Erlang VM included) is stopped through the profile's service, after the safe-to-stop "
            "checks (quorum queues, synchronised mirrors). Clients HAProxy still sends to it are cut off: "
            "maintenance drains them first.",
            "RabbitMQ node");
    case OperationKind::Start:
        return OperationRequest::tr(
            "The node is started through the profile's service and verified to run as a member of the cluster.",
            "RabbitMQ node");
    case OperationKind::Restart:
        return OperationRequest::tr(
            "Stop, after the safe-to-stop checks, then start, verified to run as a member of the cluster again.",
            "RabbitMQ node");
    case OperationKind::Replicas:
        return OperationRequest::tr(
            "Grow: a member on a node for the selected quorum queues that lack one (after a node was reset, replaced "
            "or added). Shrink: the node's members removed (before the node goes away for good), refused where a "
            "queue would lose its majority. Rebalance: the leaders spread over the running nodes. One queue, the "
            "queues matching a pattern, or all; each queue's members before and after are shown first.",
            "quorum queues");
    }
    return {};
}

QString OperationInfo::destroys() const
{
    switch (kind) {
    case OperationKind::Join:
        return OperationRequest::tr("resets the joining node (its own queues and messages)", "RabbitMQ node");
    case OperationKind::Convert:
        return OperationRequest::tr("resets the node on RabbitMQ 2.x only", "RabbitMQ node");
    case OperationKind::Forget:
        return OperationRequest::tr("removes the node from the cluster for good", "RabbitMQ node");
    case OperationKind::SyncCookie:
        return OperationRequest::tr("replaces the cookie of every target that differs (a backup is kept)", "cookie");
    case OperationKind::FixAddress:
        return OperationRequest::tr("the rename and rejoin fixes change or drop the node's data", "RabbitMQ node");
    case OperationKind::Maintenance:
    case OperationKind::Stop:
    case OperationKind::Restart:
        return OperationRequest::tr(
            "only with --force, which overrides the safe-to-stop checks (queues may lose their quorum or their "
            "only synchronised copy)",
            "RabbitMQ node");
    case OperationKind::Start:
        return OperationRequest::tr("nothing", "destroys nothing");
    case OperationKind::Replicas:
        return OperationRequest::tr(
            "nothing: shrink removes copies only where a majority stays online", "quorum queues");
    }
    return {};
}

QString OperationInfo::appliesTo() const
{
    switch (kind) {
    case OperationKind::Join:
        return OperationRequest::tr("every version, into a cluster of the same or an adjacent release series; a ram "
                                    "node only before RabbitMQ 4.0 (deprecated on 4.x, none under Khepri)",
            "RabbitMQ metadata stores");
    case OperationKind::Convert:
        return OperationRequest::tr("Mnesia only, and to ram only before RabbitMQ 4.0: under Khepri every node is a "
                                    "disc node",
            "RabbitMQ metadata stores");
    case OperationKind::Forget:
        return OperationRequest::tr("RabbitMQ 3.0 on; with the surviving node stopped (--offline) not under Khepri",
            "RabbitMQ metadata stores");
    case OperationKind::SyncCookie:
        return OperationRequest::tr("every version; cookies are compared by hash from RabbitMQ 3.8 on", "cookie");
    case OperationKind::FixAddress:
        return OperationRequest::tr(
            "every version; the rename fix only from RabbitMQ 3.7 to 3.12 under Mnesia", "RabbitMQ metadata stores");
    case OperationKind::Maintenance:
        return OperationRequest::tr(
            "RabbitMQ 3.8 on (maintenance mode), Mnesia and Khepri alike", "RabbitMQ metadata stores");
    case OperationKind::Stop:
    case OperationKind::Start:
    case OperationKind::Restart:
        return OperationRequest::tr("every version; the safe-to-stop checks from RabbitMQ 3.8 on", "RabbitMQ node");
    case OperationKind::Replicas:
        return OperationRequest::tr("RabbitMQ 3.8 on (quorum queues), Mnesia and Khepri alike", "quorum queues");
    }
    return {};
}

QList<OperationInfo> OperationRequest::operations()
{
    QList<OperationInfo> out;
    for (const auto& e : kOperations)
        out << infoOf(e);
    return out;
}

QStringList OperationRequest::keys()
{
    QStringList out;
    for (const auto& e : kOperations)
        out << QString::fromLatin1(e.key);
    return out;
}

std::optional<OperationInfo> OperationRequest::info(const QString& key)
{
    for (const auto& e : kOperations) {
        if (key == QLatin1String(e.key))
            return infoOf(e);
    }
    return std::nullopt;
}

OperationInfo OperationRequest::info(OperationKind kind)
{
    for (const auto& e : kOperations) {
        if (e.kind == kind)
            return infoOf(e);
    }
    return infoOf(kOperations[0]);
}

QString OperationRequest::unknownOperationText(const QString& key)
{
    return tr("unknown operation \"%1\" (%2)").arg(key, keys().join(QStringLiteral(", ")));
}

QString OperationRequest::missingOperationText()
{
    return tr("name an operation: %1").arg(keys().join(QStringLiteral(", ")));
}

QStringList OperationRequest::maintenanceActions()
{
    return { QStringLiteral("enter"), QStringLiteral("exit") };
}

QString OperationRequest::nodeNameOf(const HostProfile& host)
{
    return PlanParts::nodeOf(host);
}

OperationRequest::Lookup OperationRequest::findHost(const ClusterProfile& profile, const QString& raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return { nullptr, Lookup::Miss::Empty, {} };
    if (value.startsWith(QLatin1Char('-')))
        return { nullptr, Lookup::Miss::Option, tr("\"%1\" looks like an option, not a host").arg(value) };
    QList<const HostProfile*> hits;
    for (const auto* list : { &profile.hosts, &profile.spare }) {
        for (const auto& h : *list) {
            if (h.name == value || h.address == value || (h.isRabbit() && nodeNameOf(h) == value))
                hits << &h;
        }
    }
    if (hits.isEmpty())
        return { nullptr, Lookup::Miss::Unknown,
            tr("\"%1\" is not a host of profile %2 (give a host name, a node name or an address)")
                .arg(value, profile.name) };
    if (hits.size() > 1)
        return { nullptr, Lookup::Miss::Ambiguous,
            tr("\"%1\" is ambiguous in profile %2: it names both %3 and %4")
                .arg(value, profile.name, describe(*hits[0]), describe(*hits[1])) };
    return { hits.first(), Lookup::Miss::None, {} };
}

namespace {

    // A RabbitMQ host of the profile, or the refusal; missing: the text for an empty value.
    const HostProfile* rabbitHost(
        const ClusterProfile& profile, const QString& value, const QString& missing, QString* error)
    {
        const auto found = OperationRequest::findHost(profile, value);
        if (!found.host) {
            *error = found.miss == OperationRequest::Lookup::Miss::Empty ? missing : found.error;
            return nullptr;
        }
        if (!found.host->isRabbit()) {
            *error
                = OperationRequest::tr("%1 is not a RabbitMQ host of profile %2").arg(found.host->name, profile.name);
            return nullptr;
        }
        return found.host;
    }

    QString check(const OperationRequest& r, const ClusterProfile& p, const ClusterSnapshot& known, Checked* out)
    {
        using R = OperationRequest;
        QString error;
        auto parseType = [&](bool required) {
            const QString t = r.type.trimmed();
            if (t.isEmpty()) {
                if (required)
                    error = OperationRequest::tr("name the new node type: disc or ram", "RabbitMQ node type");
                return NodeType::Disc;
            }
            const NodeType type = nodeTypeFromKey(t);
            if (type != NodeType::Disc && type != NodeType::Ram)
                error = OperationRequest::tr("the node type must be disc or ram, not \"%1\"", "RabbitMQ node type")
                            .arg(t);
            return type;
        };
        switch (r.kind) {
        case OperationKind::Join: {
            const HostProfile* node = rabbitHost(p, r.node,
                OperationRequest::tr("name the node to join: a RabbitMQ host of profile %1").arg(p.name), &error);
            if (!node)
                return error;
            const HostProfile* target = rabbitHost(p, r.target,
                OperationRequest::tr("name a member of the cluster to join: a RabbitMQ host of profile %1").arg(p.name),
                &error);
            if (!target)
                return error;
            if (target->name == node->name)
                return OperationRequest::tr(
                    "%1 cannot join its own cluster: the node to join and the cluster member are the same "
                    "host")
                    .arg(node->name);
            out->type = parseType(false);
            if (!error.isEmpty())
                return error;
            if (out->type == NodeType::Ram) {
                if (const QString why = ramRefusalKnown(known, { R::nodeNameOf(*target), R::nodeNameOf(*node) });
                    !why.isEmpty())
                    return why;
            }
            out->node = *node;
            out->target = *target;
            return {};
        }
        case OperationKind::Convert: {
            const HostProfile* node = rabbitHost(
                p, r.node, OperationRequest::tr("name the node: a RabbitMQ host of profile %1").arg(p.name), &error);
            if (!node)
                return error;
            out->type = parseType(true);
            if (!error.isEmpty())
                return error;
            const QString name = R::nodeNameOf(*node);
            if (out->type == NodeType::Ram) {
                if (const QString why = ramRefusalKnown(known, { name }); !why.isEmpty())
                    return why;
            }
            if (out->type == NodeType::Ram && isLastDiscNode(known, name))
                return OperationRequest::tr(
                    "%1 is the last disc node of its cluster: converting it to ram would leave the cluster "
                    "without a disc node")
                    .arg(name);
            out->node = *node;
            return {};
        }
        case OperationKind::Forget: {
            const QString value = r.node.trimmed();
            if (value.isEmpty())
                return OperationRequest::tr("name the node to forget: its host or its node name", "RabbitMQ node");
            if (const QString why = hostOrNodeName(p, value, &out->nodeName); !why.isEmpty())
                return why;
            if (!r.via.trimmed().isEmpty()) {
                const HostProfile* via = rabbitHost(p, r.via, QString(), &error);
                if (!via)
                    return error;
                if (R::nodeNameOf(*via) == out->nodeName)
                    return OperationRequest::tr(
                        "%1 cannot forget itself: the node that runs forget_cluster_node must be another "
                        "member")
                        .arg(out->nodeName);
                out->via = via->name;
            }
            if (isLastDiscNode(known, out->nodeName))
                return OperationRequest::tr(
                    "%1 is the last disc node of the cluster: forgetting it would leave the cluster without a "
                    "disc node")
                    .arg(out->nodeName);
            return {};
        }
        case OperationKind::SyncCookie: {
            const HostProfile* from = rabbitHost(p, r.from,
                OperationRequest::tr("name the node whose cookie is copied: a RabbitMQ host of profile %1", "cookie")
                    .arg(p.name),
                &error);
            if (!from)
                return error;
            if (r.to.isEmpty())
                return OperationRequest::tr("name at least one node to receive the cookie", "cookie");
            QStringList seen;
            for (const QString& entry : r.to) {
                if (entry.trimmed().isEmpty())
                    return OperationRequest::tr(
                        "the list of nodes that receive the cookie has an empty entry", "cookie");
                const HostProfile* t = rabbitHost(p, entry, QString(), &error);
                if (!t)
                    return error;
                if (t->name == from->name)
                    return OperationRequest::tr(
                        "%1 cannot receive its own cookie: the source node is also a target", "cookie")
                        .arg(t->name);
                const int i = int(seen.indexOf(t->name));
                if (i >= 0)
                    return OperationRequest::tr(
                        "\"%1\" and \"%2\" both name %3: name each node that receives the cookie once", "cookie")
                        .arg(r.to.at(i).trimmed(), entry.trimmed(), t->name);
                seen << t->name;
                out->to << *t;
            }
            out->node = *from;
            return {};
        }
        case OperationKind::FixAddress: {
            const HostProfile* node = rabbitHost(
                p, r.node, OperationRequest::tr("name the node: a RabbitMQ host of profile %1").arg(p.name), &error);
            if (!node)
                return error;
            const QString fix = r.fix.trimmed();
            if (!fix.isEmpty() && !AddressPlanner::fixKeys().contains(fix))
                return OperationRequest::tr("the fix must be one of %1, not \"%2\"")
                    .arg(AddressPlanner::fixKeys().join(QStringLiteral(", ")), fix);
            out->node = *node;
            out->fix = fix;
            return {};
        }
        case OperationKind::Maintenance:
        case OperationKind::Stop:
        case OperationKind::Start:
        case OperationKind::Restart: {
            const HostProfile* node = rabbitHost(
                p, r.node, OperationRequest::tr("name the node: a RabbitMQ host of profile %1").arg(p.name), &error);
            if (!node)
                return error;
            if (r.kind == OperationKind::Maintenance) {
                const QString action = r.action.trimmed();
                if (action.isEmpty())
                    return OperationRequest::tr("name the maintenance action: enter or exit");
                if (!R::maintenanceActions().contains(action))
                    return OperationRequest::tr("the maintenance action must be enter or exit, not \"%1\"").arg(action);
                out->action = action;
            }
            out->node = *node;
            return {};
        }
        case OperationKind::Replicas: {
            const QString action = r.action.trimmed();
            if (action.isEmpty())
                return OperationRequest::tr("name the replica action: grow, shrink or rebalance", "quorum queues");
            const auto parsed = ReplicaPlanner::actionFromKey(action);
            if (!parsed)
                return OperationRequest::tr(
                    "the replica action must be grow, shrink or rebalance, not \"%1\"", "quorum queues")
                    .arg(action);
            out->action = action;
            ReplicaPlanner::Target& t = out->replicas;
            t.action = *parsed;
            t.queue = r.queue;
            t.vhost = r.vhost;
            t.filter = r.filter;
            if (!t.queue.isEmpty() && !t.filter.isEmpty())
                return OperationRequest::tr("name one queue or a pattern (--filter), not both", "quorum queues");
            if (!t.queue.isEmpty() && t.queue.trimmed().isEmpty())
                return OperationRequest::tr("the queue name is empty", "quorum queues");
            if (t.action == ReplicaPlanner::Action::Rebalance) {
                if (!r.node.trimmed().isEmpty())
                    return OperationRequest::tr("rebalance is about every running node: name no node", "quorum queues");
                return {};
            }
            const QString value = r.node.trimmed();
            if (value.isEmpty())
                return OperationRequest::tr("name the node whose members are added or removed", "quorum queues");
            if (t.action == ReplicaPlanner::Action::Grow) {
                // A member is only added on a node of the profile; a gone node's members are removed by name.
                const HostProfile* node = rabbitHost(p, value, QString(), &error);
                if (!node)
                    return error;
                t.node = R::nodeNameOf(*node);
            } else if (const QString why = hostOrNodeName(p, value, &t.node); !why.isEmpty()) {
                return why;
            }
            return {};
        }
        }
        return {};
    }

} // namespace

QString OperationRequest::validate(const ClusterProfile& profile, const ClusterSnapshot& known) const
{
    Checked ignored;
    return check(*this, profile, known, &ignored);
}

std::function<Plan(CancelToken)> OperationRequest::planner(
    const ClusterProfile& profile, const ClusterSnapshot& known, QString* error) const
{
    Checked c;
    *error = check(*this, profile, known, &c);
    if (!error->isEmpty())
        return {};
    switch (kind) {
    case OperationKind::Join:
        return [profile, c](CancelToken cancel) {
            return OperationPlanner::prepareJoin(profile, c.node, c.target, c.type, cancel);
        };
    case OperationKind::Convert:
        return [profile, c](
                   CancelToken cancel) { return OperationPlanner::prepareConvert(profile, c.node, c.type, cancel); };
    case OperationKind::Forget:
        return [profile, c](
                   CancelToken cancel) { return OperationPlanner::prepareForget(profile, c.nodeName, c.via, cancel); };
    case OperationKind::SyncCookie:
        return [profile, c](
                   CancelToken cancel) { return OperationPlanner::prepareSyncCookie(profile, c.node, c.to, cancel); };
    case OperationKind::FixAddress:
        return [profile, c](CancelToken cancel) { return AddressPlanner::prepare(profile, c.node, c.fix, cancel); };
    case OperationKind::Maintenance: {
        const bool stopNode = this->stopNode;
        const bool force = this->force;
        if (c.action == QLatin1String("exit"))
            return
                [profile, c](CancelToken cancel) { return MaintenancePlanner::prepareExit(profile, c.node, cancel); };
        return [profile, c, stopNode, force](CancelToken cancel) {
            return MaintenancePlanner::prepareEnter(profile, c.node, stopNode, force, cancel);
        };
    }
    case OperationKind::Stop:
    case OperationKind::Start:
    case OperationKind::Restart: {
        const auto what = kind == OperationKind::Stop ? MaintenancePlanner::Service::Stop
            : kind == OperationKind::Start            ? MaintenancePlanner::Service::Start
                                                      : MaintenancePlanner::Service::Restart;
        const bool force = this->force;
        return [profile, c, what, force](CancelToken cancel) {
            return MaintenancePlanner::prepareService(profile, c.node, what, force, cancel);
        };
    }
    case OperationKind::Replicas:
        return [profile, c](CancelToken cancel) { return ReplicaPlanner::prepare(profile, c.replicas, cancel); };
    }
    return {};
}

} // namespace warren
