#include "OperationPlanner.h"

#include "FactCollector.h"
#include "PlanParts.h"
#include "RabbitCommands.h"
#include "SshExecutor.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

using namespace PlanParts;

QString OperationPlanner::typeName(NodeType type)
{
    switch (type) {
    case NodeType::Disc:
        return tr("disc", "RabbitMQ node type");
    case NodeType::Ram:
        return tr("ram", "RabbitMQ node type");
    case NodeType::Unknown:
        break;
    }
    return tr("unknown", "RabbitMQ node type");
}

QString OperationPlanner::ramRefusal(const RabbitVersion& v)
{
    if (!v.isKnown() || v.offersRamNodes())
        return {};
    if (!v.supportsRamNodes())
        return tr("ram nodes do not exist under the Khepri metadata store (RabbitMQ %1): every node is a disc node; "
                  "join as a disc node")
            .arg(v.display());
    return tr("ram nodes are deprecated in RabbitMQ 4.x (RabbitMQ %1; removed in 4.3, where Khepri is the only "
              "metadata store): Warren makes no new ram node; use a disc node")
        .arg(v.display());
}

QString OperationPlanner::mixedVersionRefusal(
    const QString& node, const RabbitVersion& nv, const QString& target, const RabbitVersion& tv)
{
    return tr("%1 runs %2 but %3 runs %4: RabbitMQ clusters nodes of one release series or of two adjacent ones "
              "only (a rolling upgrade), never further apart. The supported way: upgrade the older cluster one "
              "series at a time (%5), enabling every feature flag before each step, then join; or move to a new "
              "cluster of the newer version (blue-green migration)")
        .arg(node, nv.display(), target, tv.display(), RabbitVersion::upgradePath(nv, tv));
}

Check OperationPlanner::membershipCheck(
    const QString& host, const RabbitVersion& v, const QString& node, NodeType type, bool expectMember, int waitMs)
{
    Check c;
    c.host = host;
    c.command = RabbitCommands::clusterStatus(v);
    c.expect = Check::Expect::Predicate;
    c.summarized = true;
    c.waitMs = waitMs;
    c.description = !expectMember ? tr("cluster_status on %1 no longer lists %2").arg(host, node)
        : type == NodeType::Unknown
        ? tr("cluster_status on %1 lists %2 as a running member").arg(host, node)
        : tr("cluster_status on %1 lists %2 as a running %3 node").arg(host, node, typeName(type));
    c.predicate = [node, type, expectMember](const RemoteResult& r, QString* why) {
        if (r.exitCode != 0) {
            *why = tr("cluster_status failed with exit code %1").arg(r.exitCode);
            return false;
        }
        const auto parsed = parseClusterStatus(r.out);
        if (!parsed.ok()) {
            *why = tr("cannot read cluster_status: %1").arg(parsed.error().toString());
            return false;
        }
        const NodeInfo* found = nullptr;
        for (const auto& n : parsed.value().nodes) {
            if (n.name == node)
                found = &n;
        }
        if (!expectMember) {
            *why = found ? tr("%1 is still listed").arg(node) : tr("%1 is not listed").arg(node);
            return !found;
        }
        if (!found) {
            *why = tr("%1 is not listed").arg(node);
            return false;
        }
        *why = tr("%1 is listed as %2, %3")
                   .arg(node, typeName(found->type), found->running ? tr("running") : tr("stopped"));
        return found->running && (type == NodeType::Unknown || found->type == type);
    };
    return c;
}

Plan OperationPlanner::buildJoin(const QString& cluster, const HostProfile& nodeHost, const HostProfile& targetHost,
    NodeType type, const NodeFacts& nf, const NodeFacts& tf, const LinkFacts& there, const LinkFacts& back)
{
    Plan plan;
    plan.operation = QStringLiteral("join");
    plan.cluster = cluster;
    const QString node = nodeOf(nodeHost);
    const QString target = nodeOf(targetHost);
    plan.subjectHost = nodeHost.name;
    plan.version = effectiveVersion(nf, tf);
    plan.title = tr("Join %1 to the cluster of %2 as a %3 node").arg(node, target, typeName(type));

    addReachability(plan, nf);
    addReachability(plan, tf);
    if (tf.reachable) {
        plan.preflight << item(tr("%1 runs", "node: a RabbitMQ node").arg(target),
            tf.appRunning ? State::Ok : State::Failed,
            tf.appRunning ? membersText(tf)
                          : (tf.error.isEmpty() ? tr("its RabbitMQ application is not running") : tf.error));
    }
    if (nf.reachable && !nf.nodeAnswered)
        plan.preflight << item(tr("%1 answers", "node: a RabbitMQ node").arg(node), State::Failed,
            tr("the node does not answer (its Erlang VM must run to be joined): %1").arg(nf.error));
    if (plan.preflightFailed())
        return plan;
    if (nf.nodeAnswered && !nf.member(node))
        plan.preflight << item(tr("%1 is the node on %2", "node: a RabbitMQ node").arg(node, nodeHost.name),
            State::Failed,
            tr("its cluster_status does not list that name (it lists: %1): check the node name in the profile")
                .arg(membersText(nf)));

    // Already a member (both sides agree): the goal holds, which is a success.
    if (const NodeInfo* m = tf.member(node); m && nf.member(target)) {
        plan.alreadyDone = tr("%1 is already a member of the cluster of %2 (%3, %4)")
                               .arg(node, target, typeName(m->type), m->running ? tr("running") : tr("stopped"));
        // The convert hint only where convert can do it (never a ram node on 4.x, nothing under Khepri).
        if (m->type != type && type == NodeType::Ram && !ramRefusal(tf.version).isEmpty())
            plan.alreadyDone += QStringLiteral("; ") + ramRefusal(tf.version);
        else if (m->type != type && m->type != NodeType::Unknown)
            plan.alreadyDone += QStringLiteral("; ")
                + tr("to make it a %1 node use: warrenctl plan convert --node %2 --type %3")
                      .arg(typeName(type), nodeHost.name, nodeTypeKey(type));
        plan.verification << membershipCheck(targetHost.name, tf.version, node, m->type, true, 0);
        return plan;
    }

    // Versions: a node joins only a cluster of its own release series or an adjacent one (a rolling
    // upgrade); anything else is refused here, before anything runs.
    const bool versionsIncompatible = !RabbitVersion::canCluster(nf.version, tf.version);
    if (!nf.version.isKnown() || !tf.version.isKnown()) {
        plan.preflight << item(tr("RabbitMQ versions compatible"), State::Warning,
            tr("a version is unknown: %1 / %2").arg(nf.version.display(), tf.version.display()));
    } else if (versionsIncompatible) {
        plan.preflight << item(tr("RabbitMQ versions compatible"), State::Failed,
            mixedVersionRefusal(node, nf.version, target, tf.version));
    } else if (nf.version.major != tf.version.major || nf.version.minor != tf.version.minor
        || nf.version.khepri != tf.version.khepri) {
        plan.preflight << item(tr("RabbitMQ versions compatible"), State::Warning,
            tr("%1 runs %2, %3 runs %4: mixed versions need compatible feature flags")
                .arg(node, nf.version.display(), target, tf.version.display()));
    } else {
        plan.preflight << item(tr("RabbitMQ versions compatible"), State::Ok,
            QStringLiteral("%1 / %2").arg(nf.version.display(), tf.version.display()));
    }
    if (!nf.erlangVersion.isEmpty() || !tf.erlangVersion.isEmpty()) {
        const bool same
            = nf.erlangVersion.section(QLatin1Char('.'), 0, 0) == tf.erlangVersion.section(QLatin1Char('.'), 0, 0);
        plan.preflight << item(tr("Erlang versions"), same ? State::Ok : State::Warning,
            QStringLiteral("%1 / %2").arg(nf.erlangVersion.isEmpty() ? tr("unknown") : nf.erlangVersion,
                tf.erlangVersion.isEmpty() ? tr("unknown") : tf.erlangVersion));
    }
    if (type == NodeType::Ram) {
        // The target's version decides (the joiner takes the cluster's store), then the joiner's.
        const QString why = ramRefusal(tf.version).isEmpty() ? ramRefusal(nf.version) : ramRefusal(tf.version);
        if (!why.isEmpty())
            plan.notApplicable << why;
    }

    // Name resolution and ports, both ways.
    for (const LinkFacts* l : { &there, &back }) {
        const QString title = tr("%1 resolves %2").arg(l->from, l->to);
        if (!l->checked) {
            plan.preflight << item(title, State::Failed, l->error.isEmpty() ? tr("not checked") : l->error);
            continue;
        }
        plan.preflight << item(title, l->resolves ? State::Ok : State::Failed,
            l->resolves ? l->address : tr("the name does not resolve on %1 (hosts file or DNS)").arg(l->from));
        if (!l->resolves)
            continue;
        plan.preflight << item(tr("%1 reaches %2 on port 4369 (epmd)").arg(l->from, l->to),
            l->epmdOpen ? State::Ok : State::Failed,
            l->epmdOpen ? QString() : tr("connection failed: firewall, or epmd not running"));
        plan.preflight << item(tr("%1 reaches %2 on port 25672 (distribution)").arg(l->from, l->to),
            l->distOpen ? State::Ok : State::Failed,
            l->distOpen ? QString() : tr("connection failed: firewall, or the node is not running"));
    }

    // Cookies, compared by hash only.
    const QString cookieTitle = tr("Erlang cookies equal (compared by hash)", "cookie: the Erlang shared secret");
    if (nf.cookieHash.isEmpty() || tf.cookieHash.isEmpty())
        plan.preflight << item(cookieTitle, State::Warning,
            tr("a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand"));
    else if (nf.cookieHash != tf.cookieHash)
        plan.preflight << item(cookieTitle, State::Failed,
            tr("%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains "
               "the CLI's side)",
                "cookie")
                .arg(node, nf.cookieHash, target, tf.cookieHash));
    else
        plan.preflight << item(cookieTitle, State::Ok, nf.cookieHash);

    addStopChecks(plan, nf);
    if (versionsIncompatible)
        return plan; // no steps: nothing of this plan can ever run
    const QString destroys = nf.localQueues >= 0
        ? tr("reset deletes %1's queues and messages: %n queue(s)", nullptr, nf.localQueues).arg(nodeHost.name)
            + QStringLiteral(", ") + tr("%n message(s)", nullptr, int(nf.localMessages))
        : tr("reset deletes %1's queues, messages, users, vhosts and policies (not counted: its application is not "
             "running)")
              .arg(nodeHost.name);
    plan.preflight << item(tr("What reset destroys"), State::Info, destroys);
    if (nf.status.nodes.size() > 1)
        plan.preflight << item(tr("%1 leaves its current cluster").arg(node), State::Warning,
            tr("it is now clustered with: %1").arg(membersText(nf)));

    const RabbitVersion v = plan.version;
    plan.steps << stopAppStep(nodeHost.name, node, nf, v);

    plan.steps << resetStep(nodeHost.name, node, destroys);
    plan.steps << joinStep(nodeHost.name, node, target, type, v);

    plan.steps << startAppStep(nodeHost.name, node, v,
        tr("leave the cluster again: stop_app, reset and start_app on %1").arg(node),
        { RabbitCommands::stopApp(), RabbitCommands::reset(), RabbitCommands::startApp() });

    plan.verification << membershipCheck(targetHost.name, tf.version, node, type, true, 30000);
    plan.verification << membershipCheck(nodeHost.name, v, node, type, true, 30000);
    plan.verification << membershipCheck(nodeHost.name, v, target, NodeType::Unknown, true, 30000);
    plan.stateProbe = probeFor(nodeHost, targetHost.name, node);
    return plan;
}

Plan OperationPlanner::buildConvert(
    const QString& cluster, const HostProfile& nodeHost, NodeType type, const NodeFacts& f, const QString& peerHost)
{
    Plan plan;
    plan.operation = QStringLiteral("convert");
    plan.cluster = cluster;
    const QString node = nodeOf(nodeHost);
    plan.subjectHost = nodeHost.name;
    plan.version = f.version;
    plan.title = tr("Convert %1 to a %2 node").arg(node, typeName(type));
    addReachability(plan, f);
    if (f.version.isKnown() && !f.version.legacyClusterCommand() && !f.version.supportsChangeNodeType()) {
        // Khepri (opt-in on 3.13 to 4.2, the only store from 4.3): no node type to change, either way.
        plan.notApplicable << tr("ram nodes and change_cluster_node_type are not supported under the Khepri metadata "
                                 "store (RabbitMQ %1): every node is a disc node")
                                  .arg(f.version.display());
        return plan;
    }
    if (f.reachable && !f.appRunning)
        plan.preflight << item(tr("%1 runs", "node: a RabbitMQ node").arg(node), State::Failed,
            f.error.isEmpty() ? tr("its RabbitMQ application is not running: start it first") : f.error);
    if (plan.preflightFailed())
        return plan;
    plan.preflight << item(tr("Cluster members"), State::Info, membersText(f));
    const NodeInfo* self = f.member(node);
    if (!self) {
        plan.refusals << tr("%1 does not list itself in its cluster status").arg(node);
        return plan;
    }
    if (self->type == type) {
        plan.alreadyDone = tr("%1 is already a %2 node").arg(node, typeName(type));
        return plan;
    }
    if (type == NodeType::Ram && !ramRefusal(f.version).isEmpty()) {
        plan.notApplicable << ramRefusal(f.version);
        return plan;
    }
    if (type == NodeType::Ram
        && refuseLastDiscNode(plan, f, node,
            tr("%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc "
               "node")
                .arg(node)))
        return plan;
    addStopChecks(plan, f);

    plan.steps << stopAppStep(nodeHost.name, node, f, f.version);

    if (f.version.legacyClusterCommand()) {
        // 2.x has no change_cluster_node_type: reset, then cluster again with the other members.
        QStringList others = f.memberNames();
        others.removeAll(node);
        Step reset;
        reset.id = QStringLiteral("reset");
        reset.description = tr("Reset %1 (RabbitMQ 2.x changes a node's type by clustering it again)").arg(node);
        reset.host = nodeHost.name;
        reset.commands << RabbitCommands::reset();
        reset.destructive = true;
        reset.destroys
            = tr("reset deletes %1's local data; the cluster keeps the shared definitions").arg(nodeHost.name);
        reset.undoDescription = tr("cluster again with the old type: %1")
                                    .arg(RabbitCommands::legacyCluster(others, self->type, node).display(false));
        reset.undoCommands << RabbitCommands::legacyCluster(others, self->type, node) << RabbitCommands::startApp();
        plan.steps << reset;
        Step cl;
        cl.id = QStringLiteral("cluster");
        cl.description = tr("Cluster %1 again as a %2 node").arg(node, typeName(type));
        cl.host = nodeHost.name;
        cl.commands << RabbitCommands::legacyCluster(others, type, node);
        cl.undoDescription = reset.undoDescription;
        plan.steps << cl;
    } else {
        Step change;
        change.id = QStringLiteral("change_cluster_node_type");
        change.description = tr("Change %1 to a %2 node").arg(node, typeName(type));
        change.host = nodeHost.name;
        change.commands << RabbitCommands::changeNodeType(type);
        change.undoDescription = tr("change it back to %1 and start the application").arg(typeName(self->type));
        change.undoCommands << RabbitCommands::changeNodeType(self->type) << RabbitCommands::startApp();
        plan.steps << change;
    }

    plan.steps << startAppStep(nodeHost.name, node, f.version,
        tr("convert it back: run this plan with --type %1").arg(nodeTypeKey(self->type)), {});

    plan.verification << membershipCheck(nodeHost.name, f.version, node, type, true, 30000);
    if (!peerHost.isEmpty() && peerHost != nodeHost.name)
        plan.verification << membershipCheck(peerHost, f.version, node, type, true, 30000);
    plan.stateProbe = probeFor(nodeHost, peerHost, node);
    return plan;
}

Plan OperationPlanner::buildForget(
    const QString& cluster, const QString& node, const HostProfile& survivor, const NodeFacts& sf)
{
    Plan plan;
    plan.operation = QStringLiteral("forget");
    plan.cluster = cluster;
    plan.subjectHost = survivor.name;
    plan.version = sf.version;
    const QString via = nodeOf(survivor);
    plan.title = tr("Forget %1 (on %2)").arg(node, via);
    addReachability(plan, sf);
    if (sf.reachable && !sf.nodeAnswered)
        plan.preflight << item(tr("%1 answers", "node: a RabbitMQ node").arg(via), State::Failed, sf.error);
    if (plan.preflightFailed())
        return plan;
    if (sf.version.isKnown() && !sf.version.supportsForget()) {
        plan.notApplicable << tr(
            "RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs")
                                  .arg(sf.version.display());
        return plan;
    }
    if (node == via) {
        plan.refusals << tr("%1 cannot forget itself: choose another surviving node with --via").arg(node);
        return plan;
    }
    plan.preflight << item(tr("Cluster members as %1 sees them").arg(via), State::Info, membersText(sf));
    const NodeInfo* m = sf.member(node);
    if (!m) {
        plan.alreadyDone = tr("%1 is not a member of the cluster of %2").arg(node, via);
        return plan;
    }
    if (m->running) {
        plan.refusals
            << tr("%1 is running: stop it first (a node must be stopped before the cluster forgets it)").arg(node);
        return plan;
    }
    plan.preflight << item(tr("%1 is stopped").arg(node), State::Ok);
    if (m->type == NodeType::Disc
        && refuseLastDiscNode(plan, sf, node,
            tr("%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node")
                .arg(node)))
        return plan;
    const bool offline = !sf.appRunning;
    if (offline && !sf.version.supportsForgetOffline()) {
        plan.notApplicable << tr(
            "forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first")
                                  .arg(via);
        return plan;
    }
    if (offline)
        plan.preflight << item(
            tr("%1's application is stopped").arg(via), State::Info, tr("forgetting with --offline"));

    if (!offline && sf.version.shrinkBeforeForget()) {
        // 4.0's forget_cluster_node shrinks after forgetting, which fails under Khepri (see
        // RabbitVersion): the members go first, while the cluster still lists the node.
        Step shrink;
        shrink.id = QStringLiteral("shrink_quorum_members");
        shrink.description = tr("Remove %1's members from every quorum queue (run on %2), before the cluster "
                                "forgets it: RabbitMQ %3 cannot shrink them after",
            "members: quorum queue replicas")
                                 .arg(node, via, sf.version.series());
        shrink.host = survivor.name;
        shrink.commands << RabbitCommands::shrinkQuorumMembers(node);
        shrink.destructive = true;
        shrink.destroys = tr("the quorum queues keep running on their other members; the copies on %1 are dropped, "
                             "and a queue whose only member is %1 cannot be shrunk (it is listed as an error)",
            "members: quorum queue replicas")
                              .arg(node);
        shrink.undoDescription = tr("once %1 runs in the cluster again, add its members back").arg(node);
        shrink.undoCommands << RabbitCommands::growQuorumMembers(node);
        // A queue that kept its member on the node (no majority without it) would be left without
        // a leader for good once the node is forgotten: stop before forgetting.
        shrink.outputCheck = [node](const RemoteResult& r, QString* why) {
            const QStringList errors = RabbitCommands::shrinkErrors(r.out);
            if (errors.isEmpty())
                return true;
            *why = tr("%n quorum queue(s) kept their member on %1: %2. Forgetting %1 would leave them without a "
                      "leader for good. Start %1 again, or delete those queues (or, losing what the surviving "
                      "member lacks, run rabbitmq-queues force_shrink_member_to_current_member on it), then run "
                      "this plan again",
                "", int(errors.size()))
                       .arg(node, errors.join(QStringLiteral("; ")));
            return false;
        };
        plan.steps << shrink;
    }

    Step forget;
    forget.id = QStringLiteral("forget_cluster_node");
    forget.description = tr("Remove %1 from the cluster's membership (run on %2)").arg(node, via);
    forget.host = survivor.name;
    forget.commands << RabbitCommands::forget(node, offline);
    forget.destructive = true;
    forget.destroys = tr("%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, "
                         "and it must be reset before it can run or rejoin",
        "leader: the quorum queue replica that leads")
                          .arg(node);
    forget.undoDescription = tr("cannot be undone by a command: reset %1 and join it again").arg(node);
    plan.steps << forget;
    if (!offline)
        plan.verification << membershipCheck(survivor.name, sf.version, node, NodeType::Unknown, false, 30000);
    plan.stateProbe = probeFor(survivor, QString(), via);
    return plan;
}

Plan OperationPlanner::buildSyncCookie(const QString& cluster, const QString& serviceKind, const HostProfile& source,
    const NodeFacts& sf, const QList<CookieTarget>& targets)
{
    Plan plan;
    plan.operation = QStringLiteral("sync-cookie");
    plan.cluster = cluster;
    const QString from = nodeOf(source);
    plan.subjectHost = targets.isEmpty() ? source.name : targets.first().host.name;
    plan.version = sf.version;
    QStringList names;
    for (const auto& t : targets)
        names << t.host.name;
    plan.title = tr("Copy the Erlang cookie of %1 to %2", "cookie: the Erlang shared secret")
                     .arg(from, names.join(QStringLiteral(", ")));
    addReachability(plan, sf);
    if (sf.reachable && sf.cookieHash.isEmpty())
        plan.preflight << item(tr("Cookie hash of %1", "cookie").arg(from), State::Failed,
            sf.error.isEmpty()
                ? tr("rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)")
                : sf.error);
    else if (sf.reachable)
        plan.preflight << item(tr("Cookie hash of %1", "cookie").arg(from), State::Info, sf.cookieHash);
    QList<const CookieTarget*> differ;
    for (const auto& t : targets) {
        addReachability(plan, t.facts);
        if (!t.facts.reachable)
            continue;
        const QString title = tr("Cookie hash of %1", "cookie").arg(nodeOf(t.host));
        if (t.facts.cookieHash.isEmpty()) {
            plan.preflight << item(
                title, State::Warning, tr("unknown (the node does not answer): it will be replaced"));
            differ << &t;
        } else if (t.facts.cookieHash != sf.cookieHash) {
            plan.preflight << item(title, State::Warning, tr("%1: differs, will be replaced").arg(t.facts.cookieHash));
            differ << &t;
        } else {
            plan.preflight << item(title, State::Ok, tr("%1: equal, left alone").arg(t.facts.cookieHash));
        }
    }
    if (plan.preflightFailed())
        return plan;
    if (differ.isEmpty()) {
        plan.alreadyDone = tr("every target already uses the cookie of %1 (equal hashes)", "cookie").arg(from);
        return plan;
    }
    for (const CookieTarget* t : differ) {
        const QString node = nodeOf(t->host);
        const QString h = t->host.name;
        if (t->facts.appRunning)
            addStopChecks(plan, t->facts);
        Step stop;
        stop.id = QStringLiteral("stop_node");
        stop.description
            = tr("Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)", "cookie")
                  .arg(node);
        stop.host = h;
        stop.commands << RabbitCommands::serviceStop(serviceKind);
        if (t->facts.appRunning)
            stop.prechecks = stopPrechecks(h, t->facts);
        Check down;
        down.description = tr("the Erlang VM of %1 no longer answers").arg(node);
        down.host = h;
        down.command = RabbitCommands::ping();
        down.expect = Check::Expect::ExitNonZero;
        down.waitMs = 30000;
        stop.verifications << down;
        stop.undoDescription = tr("start the node again");
        stop.undoCommands << RabbitCommands::serviceStart(serviceKind);
        stop.timeoutMs = 120000;
        plan.steps << stop;

        Step backup;
        backup.id = QStringLiteral("backup_cookie");
        backup.description = tr("Back up the old cookie of %1 to %2", "cookie")
                                 .arg(h, RabbitCommands::cookiePath() + QStringLiteral(".warren-backup"));
        backup.host = h;
        backup.commands << RabbitCommands::backupCookie();
        backup.undoDescription = tr("start the node again (the cookie is unchanged)", "cookie");
        backup.undoCommands << RabbitCommands::serviceStart(serviceKind);
        plan.steps << backup;

        Step write;
        write.id = QStringLiteral("write_cookie");
        write.description
            = tr("Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)", "cookie").arg(from, h);
        write.host = h;
        write.secretHost = source.name;
        write.secretSource = RabbitCommands::readCookie();
        write.secretStdinCommand = 0;
        write.commands << RabbitCommands::installCookieFromStdin() << RabbitCommands::moveCookieIntoPlace();
        write.destructive = true;
        write.destroys = tr("replaces the Erlang cookie of %1 (the old one is kept in %2)", "cookie")
                             .arg(h, RabbitCommands::cookiePath() + QStringLiteral(".warren-backup"));
        write.undoDescription = tr("put the old cookie back from the backup and start the node", "cookie");
        write.undoCommands << RabbitCommands::restoreCookie() << RabbitCommands::serviceStart(serviceKind);
        plan.steps << write;

        Step start;
        start.id = QStringLiteral("start_node");
        start.description = tr("Start %1 and wait until it runs").arg(node);
        start.host = h;
        start.commands << RabbitCommands::serviceStart(serviceKind);
        start.verifications << appState(
            h, t->facts.version.isKnown() ? t->facts.version : sf.version, node, true, 60000);
        start.timeoutMs = 300000;
        start.undoDescription
            = tr("put the old cookie back: stop the node, copy %1 over the cookie, start it", "cookie")
                  .arg(RabbitCommands::cookiePath() + QStringLiteral(".warren-backup"));
        start.undoCommands << RabbitCommands::serviceStop(serviceKind) << RabbitCommands::restoreCookie()
                           << RabbitCommands::serviceStart(serviceKind);
        plan.steps << start;

        Check same;
        same.description = tr("%1 uses the same cookie as %2 (equal hashes)", "cookie").arg(node, from);
        same.host = h;
        same.command = RabbitCommands::cookieHash();
        same.expect = Check::Expect::Predicate;
        same.waitMs = 10000;
        const QString want = sf.cookieHash;
        same.predicate = [want](const RemoteResult& r, QString* why) {
            const QString got = QString::fromUtf8(r.out).trimmed().section(QLatin1Char('\n'), -1).trimmed();
            *why = tr("hash %1, expected %2").arg(got.isEmpty() ? tr("none") : got, want);
            return r.exitCode == 0 && got == want;
        };
        plan.verification << same;
        if (sf.member(node))
            plan.verification << membershipCheck(source.name, sf.version, node, NodeType::Unknown, true, 60000);
    }
    plan.stateProbe = probeFor(differ.first()->host, source.name, nodeOf(differ.first()->host));
    return plan;
}

Plan OperationPlanner::prepareSyncCookie(
    const ClusterProfile& profile, const HostProfile& source, const QList<HostProfile>& targets, CancelToken cancel)
{
    auto read = [&](const HostProfile& h, int detail) {
        SshExecutor ex(profile, cancel);
        return FactCollector(ex).node(h, detail);
    };
    // A pool of its own, as everywhere SSH blocks: Qt's raster painter borrows the global pool's
    // threads, and the GUI thread would wait behind these reads.
    QThreadPool pool;
    auto fs = QtConcurrent::run(&pool, read, source, int(FactCollector::Basic));
    QList<CookieTarget> ts;
    for (const auto& t : targets)
        ts << CookieTarget { t, read(t, FactCollector::StopChecks) };
    return buildSyncCookie(profile.name, profile.serviceKind, source, fs.result(), ts);
}

Plan OperationPlanner::prepareJoin(const ClusterProfile& profile, const HostProfile& node, const HostProfile& target,
    NodeType type, CancelToken cancel)
{
    // Both hosts are read in parallel, each in its own thread with its own SSH sessions.
    auto read = [&](const HostProfile& h, int detail, const QString& peerHostname) {
        SshExecutor ex(profile, cancel);
        FactCollector fc(ex);
        std::pair<NodeFacts, LinkFacts> out { fc.node(h, detail), LinkFacts {} };
        if (out.first.reachable)
            out.second = fc.link(h.name, peerHostname);
        else
            out.second.error = out.first.error;
        out.second.from = h.name;
        out.second.to = peerHostname;
        return out;
    };
    // Not the global pool: Qt's raster painter borrows its threads (see prepareSyncCookie).
    QThreadPool pool;
    auto fNode = QtConcurrent::run(
        &pool, read, node, FactCollector::Queues | FactCollector::StopChecks, hostnameOf(nodeOf(target)));
    auto fTarget = QtConcurrent::run(&pool, read, target, FactCollector::Basic, hostnameOf(nodeOf(node)));
    const auto n = fNode.result();
    const auto t = fTarget.result();
    return buildJoin(profile.name, node, target, type, n.first, t.first, n.second, t.second);
}

Plan OperationPlanner::prepareConvert(
    const ClusterProfile& profile, const HostProfile& node, NodeType type, CancelToken cancel)
{
    SshExecutor ex(profile, cancel);
    FactCollector fc(ex);
    const NodeFacts f = fc.node(node, FactCollector::StopChecks);
    QString peer;
    for (const auto& h : profile.rabbitHosts() + profile.spare) {
        if (h.name != node.name && f.member(nodeOf(h)) && f.member(nodeOf(h))->running) {
            peer = h.name;
            break;
        }
    }
    return buildConvert(profile.name, node, type, f, peer);
}

Plan OperationPlanner::prepareForget(
    const ClusterProfile& profile, const QString& node, const QString& survivor, CancelToken cancel)
{
    SshExecutor ex(profile, cancel);
    FactCollector fc(ex);
    QList<HostProfile> candidates;
    if (!survivor.isEmpty()) {
        if (const HostProfile* h = profile.host(survivor))
            candidates << *h;
    } else {
        for (const auto& h : profile.rabbitHosts() + profile.spare) {
            if (nodeOf(h) != node)
                candidates << h;
        }
    }
    NodeFacts best;
    HostProfile bestHost;
    for (const auto& h : candidates) {
        NodeFacts f = fc.node(h);
        if (!bestHost.name.isEmpty() && !(f.appRunning && f.member(node)))
            continue;
        best = f;
        bestHost = h;
        if (f.appRunning && f.member(node))
            break;
    }
    if (bestHost.name.isEmpty()) {
        Plan plan;
        plan.operation = QStringLiteral("forget");
        plan.cluster = profile.name;
        plan.title = tr("Forget %1").arg(node);
        plan.refusals << tr("no surviving node to run forget_cluster_node on (use --via HOST)");
        return plan;
    }
    return buildForget(profile.name, node, bestHost, best);
}

} // namespace warren
