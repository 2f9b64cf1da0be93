#include "AddressPlanner.h"

#include "FactCollector.h"
#include "HostFiles.h"
#include "OperationPlanner.h"
#include "PlanParts.h"
#include "RabbitCommands.h"
#include "SshExecutor.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

using namespace PlanParts;

namespace {

    const QString kResolution = QStringLiteral("resolution");
    const QString kKeepName = QStringLiteral("keep-name");
    const QString kRename = QStringLiteral("rename");
    const QString kRejoin = QStringLiteral("rejoin");

    bool isIpv4(const QString& a)
    {
        return a.count(QLatin1Char('.')) == 3 && !a.contains(QLatin1Char(':'));
    }

    // The address the cluster should resolve the subject to: the profile's when the host has it (that
    // is how Warren reached it), else the host's first IPv4 address.
    QString subjectAddress(const AddressHostFacts& s)
    {
        if (s.identity.addresses.contains(s.host.address))
            return s.host.address;
        for (const auto& a : s.identity.addresses) {
            if (isIpv4(a))
                return a;
        }
        return s.identity.addresses.value(0);
    }

    // A host that resolves a name to something other than the subject's addresses.
    struct Wrong
    {
        const AddressHostFacts* at;
        QString got; // empty: it does not resolve
    };

    QList<Wrong> wrongResolutions(
        const QList<const AddressHostFacts*>& hosts, bool newName, const QStringList& addresses)
    {
        QList<Wrong> out;
        for (const AddressHostFacts* h : hosts) {
            const LinkFacts& l = newName ? h->newName : h->oldName;
            if (!h->identity.reachable || !l.checked)
                continue;
            if (!l.resolves || !addresses.contains(l.address))
                out << Wrong { h, l.resolves ? l.address : QString() };
        }
        return out;
    }

    QString hostList(const QList<Wrong>& w)
    {
        QStringList names;
        for (const auto& x : w)
            names << x.at->host.name;
        return names.join(QStringLiteral(", "));
    }

    Check resolvesTo(const QString& host, const QString& name, const QString& address)
    {
        Check c;
        c.description = AddressPlanner::tr("%1 resolves %2 to %3").arg(host, name, address);
        c.host = host;
        c.command = RabbitCommands::resolveHost(name);
        c.expect = Check::Expect::Predicate;
        c.predicate = [address](const RemoteResult& r, QString* why) {
            const QString got = QString::fromUtf8(r.out)
                                    .section(QLatin1Char('\n'), 0, 0)
                                    .simplified()
                                    .section(QLatin1Char(' '), 0, 0);
            *why = got.isEmpty() ? AddressPlanner::tr("it does not resolve")
                                 : AddressPlanner::tr("it resolves to %1").arg(got);
            return r.exitCode == 0 && got == address;
        };
        return c;
    }

    // The file on HOST is still what the plan was made from (nobody edited it meanwhile).
    Check unchangedSince(const QString& host, const QString& path, const QByteArray& content)
    {
        Check c;
        c.description = AddressPlanner::tr("%1 on %2 is unchanged since it was read").arg(path, host);
        c.host = host;
        c.command = RabbitCommands::fileHash(path);
        c.expect = Check::Expect::Predicate;
        const QString want = HostFiles::sha256(content);
        c.predicate = [want](const RemoteResult& r, QString* why) {
            const QString got = QString::fromUtf8(r.out).section(QLatin1Char(' '), 0, 0).trimmed();
            *why = got == want ? AddressPlanner::tr("unchanged")
                               : AddressPlanner::tr("it changed: read the facts again");
            return r.exitCode == 0 && got == want;
        };
        return c;
    }

    // /etc/hosts on one host: NAME -> ADDRESS; backed up, staged from stdin, renamed into place (or
    // rewritten in place where /etc/hosts is a bind mount).
    Step hostsStep(const AddressHostFacts& at, const QString& name, const QString& address)
    {
        Step s;
        s.id = QStringLiteral("update_hosts");
        s.host = at.host.name;
        s.description = AddressPlanner::tr("On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)")
                            .arg(at.host.name, name, address, RabbitCommands::hostsBackupPath());
        if (at.identity.hostsInPlace)
            s.description += QStringLiteral("; ")
                + AddressPlanner::tr("rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it");
        s.prechecks << unchangedSince(at.host.name, RabbitCommands::hostsPath(), at.identity.hostsFile);
        s.commands << RabbitCommands::backupHosts() << RabbitCommands::stageHostsFromStdin()
                   << RabbitCommands::replaceHosts(at.identity.hostsInPlace);
        s.stdinData = HostFiles::withAddress(at.identity.hostsFile, name, address);
        s.stdinCommand = 1;
        s.verifications << resolvesTo(at.host.name, name, address);
        s.undoDescription
            = AddressPlanner::tr("put the old /etc/hosts back from %1").arg(RabbitCommands::hostsBackupPath());
        s.undoCommands << RabbitCommands::restoreHosts();
        return s;
    }

    void addHostsSteps(Plan& plan, const QList<Wrong>& wrong, const QString& name, const QString& address)
    {
        for (const auto& w : wrong)
            plan.steps << hostsStep(*w.at, name, address);
    }

    Check pingFails(const QString& host, const QString& node)
    {
        Check c;
        c.description = AddressPlanner::tr("%1 no longer answers").arg(node);
        c.host = host;
        c.command = RabbitCommands::pingNode(node);
        c.expect = Check::Expect::ExitNonZero;
        c.waitMs = 60000;
        return c;
    }

    Step stopNodeStep(
        const QString& host, const QString& serviceKind, const QString& node, const QStringList& mustBeDown)
    {
        Step s;
        s.id = QStringLiteral("stop_node");
        s.description = AddressPlanner::tr("Stop the RabbitMQ service on %1 (%2), Erlang VM included").arg(host, node);
        s.host = host;
        s.commands << RabbitCommands::serviceStop(serviceKind);
        for (const auto& n : mustBeDown)
            s.verifications << pingFails(host, n);
        s.timeoutMs = 120000;
        s.undoDescription = AddressPlanner::tr("start the service again");
        s.undoCommands << RabbitCommands::serviceStart(serviceKind);
        return s;
    }

    Step startNodeStep(const QString& host, const QString& serviceKind, const RabbitVersion& v, const QString& node,
        const QString& undoDescription, const QList<RemoteCommand>& undoCommands)
    {
        Step s;
        s.id = QStringLiteral("start_node");
        s.description = AddressPlanner::tr("Start the RabbitMQ service on %1 and wait until %2 runs").arg(host, node);
        s.host = host;
        s.commands << RabbitCommands::serviceStart(serviceKind);
        s.verifications << appState(host, v, node, true, 60000);
        s.timeoutMs = 300000;
        s.undoDescription = undoDescription;
        s.undoCommands = undoCommands;
        return s;
    }

} // namespace

QStringList AddressPlanner::fixKeys()
{
    return { kResolution, kKeepName, kRename, kRejoin };
}

Plan AddressPlanner::build(const QString& cluster, const QString& serviceKind, const AddressHostFacts& subject,
    const QList<AddressHostFacts>& peers, const QString& fix)
{
    Plan plan;
    plan.operation = QStringLiteral("fix-address");
    plan.cluster = cluster;
    plan.subjectHost = subject.host.name;
    const QString oldNode = nodeOf(subject.host);
    const QString oldName = hostnameOf(oldNode);
    const HostIdentity& id = subject.identity;
    plan.title = tr("Check and fix the address and name of %1 (host %2)").arg(oldNode, subject.host.name);

    // The version: the subject's node if it answers, else a running peer's.
    const AddressHostFacts* viewer = nullptr; // a running peer whose cluster lists the old node
    for (const auto& p : peers) {
        if (p.facts.appRunning && (!viewer || p.facts.member(oldNode)))
            viewer = &p;
    }
    plan.version = effectiveVersion(subject.facts, viewer ? viewer->facts : NodeFacts {});

    if (!id.reachable) {
        plan.preflight << item(tr("SSH to %1").arg(subject.host.name), State::Failed, id.error);
        return plan;
    }
    const QString hostname = id.hostname;
    const QString address = subjectAddress(subject);
    plan.preflight << item(tr("%1 now", "a host as it is now").arg(subject.host.name), State::Info,
        tr("hostname %1, addresses %2").arg(hostname, id.addresses.join(QStringLiteral(" "))));
    if (address.isEmpty()) {
        plan.preflight << item(
            tr("Address of %1").arg(subject.host.name), State::Failed, tr("the host reports no address"));
        return plan;
    }
    if (!id.addresses.contains(subject.host.address))
        plan.preflight << item(tr("Address of %1").arg(subject.host.name), State::Info,
            tr("the profile says %1, which is a name or not among the host's addresses: the cluster should resolve it "
               "to %2")
                .arg(subject.host.address, address));

    // The node name vs the hostname.
    const bool renamed = !hostname.isEmpty() && hostname != oldName;
    const bool kept = renamed && id.configuredNode == oldNode;
    const QString newNode = QStringLiteral("rabbit@") + hostname;
    if (!renamed)
        plan.preflight << item(
            tr("The hostname matches the node name"), State::Ok, tr("%1 on host %2").arg(oldNode, hostname));
    else if (kept)
        plan.preflight << item(tr("The hostname changed, the node name is kept"), State::Ok,
            tr("host %1, NODENAME=%2 in %3").arg(hostname, oldNode, RabbitCommands::envConfPath()));
    else
        plan.preflight << item(tr("The hostname changed"), State::Warning,
            tr("the cluster knows %1, but the host is now called %2: its node is %3 from its next start")
                .arg(oldNode, hostname, newNode));

    // Which node runs here, and data named after another node.
    const QString runningAs = subject.facts.nodeAnswered ? id.nodeName() : QString();
    const bool oldRuns = subject.oldNodeAnswers || runningAs == oldNode;
    const bool freshRuns = !runningAs.isEmpty() && runningAs != oldNode;
    if (oldRuns)
        plan.preflight << item(tr("Node running on %1").arg(subject.host.name), State::Ok, oldNode);
    else if (freshRuns)
        plan.preflight << item(tr("Node running on %1").arg(subject.host.name), State::Warning,
            tr("%1, not the cluster's %2: it started under the new name with empty data").arg(runningAs, oldNode));
    else
        plan.preflight << item(tr("Node running on %1").arg(subject.host.name), State::Info, tr("none answers"));
    for (const auto& d : id.dataDirs) {
        if (d != id.nodeName())
            plan.preflight << item(tr("Data directory named after another node"), State::Warning,
                tr("/var/lib/rabbitmq/mnesia/%1 (the node here is %2)").arg(d, id.nodeName()));
    }
    const bool oldData = !id.dataDirsRead || id.dataDirs.contains(oldNode);

    // Name resolution from every host, the subject included.
    QList<const AddressHostFacts*> all { &subject };
    for (const auto& p : peers)
        all << &p;
    const auto resolutionItems = [&](bool newName, const QString& name) {
        for (const AddressHostFacts* h : all) {
            const LinkFacts& l = newName ? h->newName : h->oldName;
            const QString title = tr("%1 resolves %2").arg(h->host.name, name);
            if (!h->identity.reachable || !l.checked)
                plan.preflight << item(title, State::Info,
                    tr("not checked: %1").arg(h->identity.error.isEmpty() ? l.error : h->identity.error));
            else if (!l.resolves)
                plan.preflight << item(title, State::Warning, tr("it does not resolve (hosts file or DNS)"));
            else if (!id.addresses.contains(l.address))
                plan.preflight << item(
                    title, State::Warning, tr("to %1, but %2 has %3").arg(l.address, subject.host.name, address));
            else
                plan.preflight << item(title, State::Ok, l.address);
        }
    };
    resolutionItems(false, oldName);
    const QList<Wrong> wrongOld = wrongResolutions(all, false, id.addresses);
    QList<Wrong> wrongNew;
    if (renamed && !kept) {
        resolutionItems(true, hostname);
        wrongNew = wrongResolutions(all, true, id.addresses);
    }

    // The cluster's view.
    const NodeInfo* member = viewer ? viewer->facts.member(oldNode) : nullptr;
    const NodeType oldType = member ? member->type : NodeType::Disc;
    if (viewer)
        plan.preflight << item(
            tr("Cluster members as %1 sees them").arg(viewer->facts.node), State::Info, membersText(viewer->facts));
    else
        plan.preflight << item(tr("Cluster members"), State::Warning,
            tr("no other node of the profile runs: the cluster's view is unknown"));

    if (wrongOld.isEmpty() && (!renamed || kept)) {
        plan.alreadyDone
            = tr("%1 runs on %2 and every host resolves %3 to %4").arg(oldNode, subject.host.name, oldName, address);
        return plan;
    }

    // The fixes, with what each changes and loses.
    PlanChoice resolution { kResolution, tr("Repair name resolution"), {}, true, {}, false };
    resolution.consequences = tr("on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes")
                                  .arg(hostList(wrongOld), oldName, address, RabbitCommands::hostsBackupPath());
    if (wrongOld.isEmpty()) {
        resolution.applicable = false;
        resolution.whyNot = tr("every host resolves %1 to %2").arg(oldName, address);
    } else if (renamed && !kept) {
        resolution.applicable = false;
        resolution.whyNot
            = tr("the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)");
    }
    resolution.recommended = resolution.applicable;

    PlanChoice keep { kKeepName, tr("Keep the node name %1").arg(oldNode), {}, renamed && !kept, {}, false };
    keep.consequences = tr(
        "%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on "
        "its name does not follow the hostname, and %3 must keep resolving to %4 on every host")
                            .arg(RabbitCommands::envConfPath(), oldNode, oldName, address);
    if (freshRuns)
        keep.consequences += QStringLiteral("; ")
            + tr("%1, started since the change, is stopped; what was created on it stays unused in its data directory")
                  .arg(runningAs);
    if (keep.applicable && !id.envConfExists) {
        keep.applicable = false;
        keep.whyNot = tr("%1 does not exist on %2: create it (it may be empty) and read the facts again")
                          .arg(RabbitCommands::envConfPath(), subject.host.name);
    } else if (!keep.applicable) {
        keep.whyNot = tr("the hostname did not change");
    }
    keep.recommended = keep.applicable;

    PlanChoice rename { kRename, tr("Rename the node to %1").arg(newNode), {}, renamed && !kept, {}, false };
    rename.consequences
        = tr("%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new "
             "name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); "
             "every host must resolve %3; the profile must name %2 afterwards")
              .arg(oldNode, newNode, hostname);
    if (!rename.applicable) {
        rename.whyNot = tr("the hostname did not change");
    } else if (plan.version.renameIsNoop()) {
        rename.applicable = false;
        rename.whyNot = tr("rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the "
                           "name, or forget and rejoin");
    } else if (!plan.version.supportsRenameNode()) {
        rename.applicable = false;
        rename.whyNot = tr("RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only").arg(plan.version.display());
    } else if (member && oldType == NodeType::Ram) {
        // Seen on the lab (3.10.8): the CLI, impersonating the stopped ram node, starts Mnesia to
        // back up its tables, has no disc copy of them and fails with timeout_waiting_for_tables.
        rename.applicable = false;
        rename.whyNot
            = tr("%1 is a ram node: it keeps no copy of the database on disc for rename_cluster_node to rewrite "
                 "(it fails waiting for the tables); forget and rejoin it instead, or keep the name")
                  .arg(oldNode);
    } else if (viewer) {
        // Also seen on the lab (3.10.8, rabbit3 made a disc node): the rename itself succeeded, but the
        // node, restarted while its cluster ran, took the "secondary" path (wipe its schema, rejoin)
        // and failed to boot: {badmap,undefined} in rabbit_feature_flags:enable_dependencies.
        rename.applicable = false;
        rename.whyNot
            = tr("%1 runs: a node renamed while its cluster runs restarts as a secondary that rejoins it, and RabbitMQ "
                 "3.10 failed to boot it there (feature flag sync, seen on Warren's lab); quorum queues keep the old "
                 "name anyway (rabbitmq-server #10367). Keep the name, or forget and rejoin; rename only with every "
                 "other node of the cluster stopped")
                  .arg(viewer->facts.node);
    } else if (!oldData) {
        rename.applicable = false;
        rename.whyNot = tr("there is no data directory of %1 on %2 to rename").arg(oldNode, subject.host.name);
    }

    PlanChoice rejoin { kRejoin, tr("Forget %1 and join %2 instead").arg(oldNode, newNode), {}, renamed && !kept, {},
        false };
    rejoin.consequences
        = tr("the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; "
             "%2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile "
             "must name %2 afterwards")
              .arg(oldNode, newNode, OperationPlanner::typeName(oldType), hostname);
    if (!rejoin.applicable) {
        rejoin.whyNot = tr("the hostname did not change");
    } else if (!viewer || !member) {
        rejoin.applicable = false;
        rejoin.whyNot = tr("no running node of the profile lists %1: there is nothing to forget it from").arg(oldNode);
    } else if (!plan.version.supportsForget()) {
        rejoin.applicable = false;
        rejoin.whyNot = tr("RabbitMQ %1 has no forget_cluster_node").arg(plan.version.display());
    }
    plan.choices = { resolution, keep, rename, rejoin };

    QString chosen = fix;
    if (chosen.isEmpty() && resolution.applicable)
        chosen = kResolution;
    if (chosen.isEmpty())
        return plan; // the hostname changed: the user chooses
    const PlanChoice* choice = nullptr;
    for (const auto& c : plan.choices) {
        if (c.key == chosen)
            choice = &c;
    }
    if (!choice) {
        plan.refusals << tr("unknown fix \"%1\" (%2)").arg(chosen, fixKeys().join(QStringLiteral(", ")));
        return plan;
    }
    if (!choice->applicable) {
        plan.refusals << tr("--fix %1 does not apply: %2").arg(chosen, choice->whyNot);
        return plan;
    }
    plan.chosen = chosen;
    const QString h = subject.host.name;
    const RabbitVersion v = plan.version;
    plan.stateProbe = probeFor(subject.host, viewer ? viewer->host.name : QString(), oldNode);

    if (chosen == kResolution) {
        addHostsSteps(plan, wrongOld, oldName, address);
        for (const AddressHostFacts* p : all)
            plan.verification << resolvesTo(p->host.name, oldName, address);
        if (viewer) {
            Check epmd;
            epmd.description = tr("%1 reaches %2 on port 4369 (epmd) by name").arg(viewer->host.name, oldName);
            epmd.host = viewer->host.name;
            epmd.command = RabbitCommands::tcpProbe(oldName, 4369);
            plan.verification << epmd;
            if (member)
                plan.verification << OperationPlanner::membershipCheck(
                    viewer->host.name, v, oldNode, oldType, true, 60000);
        }
        return plan;
    }

    if (chosen == kKeepName) {
        if (freshRuns)
            plan.steps << stopNodeStep(h, serviceKind, runningAs, { runningAs });
        Step backup;
        backup.id = QStringLiteral("backup_env");
        backup.description = tr("Back up %1 on %2").arg(RabbitCommands::envConfPath(), h);
        backup.host = h;
        backup.commands << RabbitCommands::backupEnvConf();
        backup.undoDescription
            = freshRuns ? tr("start the service again (nothing was changed)") : tr("nothing to undo");
        if (freshRuns)
            backup.undoCommands << RabbitCommands::serviceStart(serviceKind);
        plan.steps << backup;
        Step write;
        write.id = QStringLiteral("keep_node_name");
        write.description
            = tr("Set NODENAME=%1 in %2 on %3 (written atomically)").arg(oldNode, RabbitCommands::envConfPath(), h);
        write.host = h;
        write.prechecks << unchangedSince(h, RabbitCommands::envConfPath(), id.envConf);
        write.commands << RabbitCommands::stageEnvConfFromStdin() << RabbitCommands::replaceEnvConf();
        write.stdinData = HostFiles::withNodeName(id.envConf, oldNode);
        write.stdinCommand = 0;
        write.undoDescription = tr("put the old %1 back").arg(RabbitCommands::envConfPath());
        write.undoCommands << RabbitCommands::restoreEnvConf();
        if (freshRuns)
            write.undoCommands << RabbitCommands::serviceStart(serviceKind);
        plan.steps << write;
        addHostsSteps(plan, wrongOld, oldName, address);
        if (!oldRuns)
            plan.steps << startNodeStep(h, serviceKind, v, oldNode,
                tr("stop it, put the old %1 back and start it under the hostname's name")
                    .arg(RabbitCommands::envConfPath()),
                { RabbitCommands::serviceStop(serviceKind), RabbitCommands::restoreEnvConf(),
                    RabbitCommands::serviceStart(serviceKind) });
        plan.verification << OperationPlanner::membershipCheck(h, v, oldNode, oldType, true, 60000);
        if (viewer && member)
            plan.verification << OperationPlanner::membershipCheck(viewer->host.name, v, oldNode, oldType, true, 60000);
        return plan;
    }

    // rename and rejoin: the node becomes rabbit@HOSTNAME, which every host must resolve.
    addHostsSteps(plan, wrongNew, hostname, address);
    plan.followUps << tr("update the profile: the node of host %1 is now %2 (\"node\": \"%2\")").arg(h, newNode);

    if (chosen == kRename) {
        plan.steps << stopNodeStep(h, serviceKind, oldRuns ? oldNode : runningAs, { oldNode, newNode });
        const QStringList siblings { QString(), QStringLiteral("-feature_flags"), QStringLiteral("-plugins-expand") };
        if (id.dataDirs.contains(newNode)) {
            // The fresh node's data is set aside (not deleted) to make room for the renamed one.
            Step aside;
            aside.id = QStringLiteral("set_aside_fresh_data");
            aside.description = tr("Move the data %1 created since the change aside (to %2)")
                                    .arg(newNode, RabbitCommands::dataDirOf(newNode, QStringLiteral(".warren-fresh")));
            aside.host = h;
            for (const auto& sfx : siblings) {
                if (id.dataEntries.contains(newNode + sfx))
                    aside.commands << RabbitCommands::moveDataDir(
                        newNode + sfx, newNode + sfx + QStringLiteral(".warren-fresh"));
            }
            aside.undoDescription = tr("move it back and start the service");
            for (const auto& sfx : siblings) {
                if (id.dataEntries.contains(newNode + sfx))
                    aside.undoCommands << RabbitCommands::moveDataDir(
                        newNode + sfx + QStringLiteral(".warren-fresh"), newNode + sfx);
            }
            aside.undoCommands << RabbitCommands::serviceStart(serviceKind);
            plan.steps << aside;
        }
        Step ren;
        ren.id = QStringLiteral("rename_cluster_node");
        ren.description = tr("Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)")
                              .arg(oldNode, newNode, h);
        ren.host = h;
        ren.commands << RabbitCommands::renameClusterNode(oldNode, newNode);
        ren.destructive = true;
        ren.destroys = tr("rewrites the database of %1 to the name %2 (a backup stays in %3)")
                           .arg(oldNode, newNode, RabbitCommands::dataDirOf(oldNode, QStringLiteral("-rename")));
        ren.undoDescription
            = tr("cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand")
                  .arg(RabbitCommands::dataDirOf(oldNode),
                      RabbitCommands::dataDirOf(oldNode, QStringLiteral("-rename")));
        plan.steps << ren;
        Step move;
        move.id = QStringLiteral("move_data");
        move.description = tr("Move the data directories of %1 to the name %2").arg(oldNode, newNode);
        move.host = h;
        for (const auto& sfx : { QString(), QStringLiteral("-rename"), QStringLiteral("-feature_flags") }) {
            if (sfx.isEmpty() || sfx == QLatin1String("-rename") || id.dataEntries.contains(oldNode + sfx))
                move.commands << RabbitCommands::moveDataDir(oldNode, newNode, sfx);
        }
        move.undoDescription = tr("move them back");
        for (auto it = move.commands.crbegin(); it != move.commands.crend(); ++it) {
            RemoteCommand back = *it;
            std::swap(back.argv[2], back.argv[3]);
            move.undoCommands << back;
        }
        plan.steps << move;
        if (!id.configuredNode.isEmpty()) {
            Step env;
            env.id = QStringLiteral("node_name_follows_hostname");
            env.description = tr("Remove NODENAME from %1 on %2 (the node is named after the hostname again)")
                                  .arg(RabbitCommands::envConfPath(), h);
            env.host = h;
            env.prechecks << unchangedSince(h, RabbitCommands::envConfPath(), id.envConf);
            env.commands << RabbitCommands::backupEnvConf() << RabbitCommands::stageEnvConfFromStdin()
                         << RabbitCommands::replaceEnvConf();
            env.stdinData = HostFiles::withNodeName(id.envConf, QString());
            env.stdinCommand = 1;
            env.undoDescription = tr("put the old %1 back").arg(RabbitCommands::envConfPath());
            env.undoCommands << RabbitCommands::restoreEnvConf();
            plan.steps << env;
        }
        plan.steps << startNodeStep(h, serviceKind, v, newNode,
            tr("stop it: the renamed database must be restored by hand"), { RabbitCommands::serviceStop(serviceKind) });
        plan.verification << OperationPlanner::membershipCheck(h, v, newNode, oldType, true, 60000);
        if (viewer)
            plan.verification << OperationPlanner::membershipCheck(viewer->host.name, v, newNode, oldType, true, 60000);
        plan.followUps << tr("quorum queues: rabbitmq-queues grow %1 all, then shrink %2").arg(newNode, oldNode);
        return plan;
    }

    // rejoin
    if (!freshRuns) {
        // The node must run under its new name to be joined: a restart gives it that name.
        plan.steps << stopNodeStep(h, serviceKind, oldRuns ? oldNode : newNode, { oldNode });
        plan.steps << startNodeStep(
            h, serviceKind, v, newNode, tr("stop it again"), { RabbitCommands::serviceStop(serviceKind) });
    }
    Step forget;
    forget.id = QStringLiteral("forget_cluster_node");
    forget.description = tr("Remove %1 from the cluster's membership (run on %2)").arg(oldNode, viewer->facts.node);
    forget.host = viewer->host.name;
    forget.commands << RabbitCommands::forget(oldNode, false);
    forget.prechecks << pingFails(h, oldNode);
    forget.destructive = true;
    forget.destroys
        = tr("%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost").arg(oldNode);
    forget.undoDescription
        = tr("cannot be undone by a command: %1's data stays on %2 but the cluster no longer knows it").arg(oldNode, h);
    forget.verifications << OperationPlanner::membershipCheck(
        viewer->host.name, v, oldNode, NodeType::Unknown, false, 30000);
    plan.steps << forget;
    NodeFacts fresh = subject.facts;
    fresh.node = newNode;
    plan.steps << stopAppStep(h, newNode, fresh, v);
    plan.steps << resetStep(h, newNode, tr("reset deletes what %1 created since the hostname changed").arg(newNode));
    plan.steps << joinStep(h, newNode, viewer->facts.node, oldType, v);
    plan.steps << startAppStep(h, newNode, v,
        tr("leave the cluster again: stop_app, reset and start_app on %1").arg(newNode),
        { RabbitCommands::stopApp(), RabbitCommands::reset(), RabbitCommands::startApp() });
    plan.verification << OperationPlanner::membershipCheck(viewer->host.name, v, newNode, oldType, true, 60000);
    plan.verification << OperationPlanner::membershipCheck(viewer->host.name, v, oldNode, NodeType::Unknown, false, 0);
    plan.stateProbe = probeFor(subject.host, viewer->host.name, newNode);
    return plan;
}

Plan AddressPlanner::prepare(
    const ClusterProfile& profile, const HostProfile& subject, const QString& fix, CancelToken cancel)
{
    // Every RabbitMQ host of the profile is read in its own thread with its own SSH sessions; the
    // subject first, because the others resolve its current hostname too.
    // Only the subject and the cluster's hosts are asked for their node (one CLI call each); every
    // host is asked how it resolves the names (no Erlang VM started for that).
    QStringList members;
    for (const auto& h : profile.rabbitHosts())
        members << h.name;
    const auto readHost = [&](const HostProfile& h, const QString& newName) {
        SshExecutor ex(profile, cancel);
        FactCollector fc(ex);
        AddressHostFacts out;
        out.host = h;
        out.identity = fc.identity(h);
        if (!out.identity.reachable)
            return out;
        if (h.name == subject.name || members.contains(h.name))
            out.facts = fc.node(h, FactCollector::NoCookieHash);
        out.oldName = fc.resolve(h.name, hostnameOf(nodeOf(subject)));
        if (!newName.isEmpty())
            out.newName = fc.resolve(h.name, newName);
        if (h.name == subject.name && out.identity.hostname != hostnameOf(nodeOf(subject)))
            out.oldNodeAnswers = ex.run(h.name, RabbitCommands::pingNode(nodeOf(subject)), 30000).ok();
        return out;
    };
    const AddressHostFacts s = readHost(subject, QString());
    const QString oldName = hostnameOf(nodeOf(subject));
    const QString newName = s.identity.hostname != oldName ? s.identity.hostname : QString();
    AddressHostFacts subjectFacts = s;
    if (!newName.isEmpty() && s.identity.reachable) {
        SshExecutor ex(profile, cancel);
        subjectFacts.newName = FactCollector(ex).resolve(subject.name, newName);
    }
    // Not the global pool: Qt's raster painter borrows its threads, and the GUI thread would wait
    // behind these SSH reads.
    QThreadPool pool;
    QList<QFuture<AddressHostFacts>> futures;
    for (const auto& h : profile.rabbitHosts() + profile.spare) {
        if (h.name != subject.name)
            futures << QtConcurrent::run(&pool, readHost, h, newName);
    }
    QList<AddressHostFacts> peers;
    for (auto& f : futures)
        peers << f.result();
    return build(profile.name, profile.serviceKind, subjectFacts, peers, fix);
}

} // namespace warren
