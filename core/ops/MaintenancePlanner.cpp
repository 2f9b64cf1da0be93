#include "MaintenancePlanner.h"

#include "FactCollector.h"
#include "OperationPlanner.h"
#include "PlanParts.h"
#include "RabbitCommands.h"
#include "SshExecutor.h"
#include "haproxy/HaproxyRuntime.h"
#include "haproxy/StatCsv.h"
#include "status/HaproxyRouting.h"

namespace warren {

using namespace PlanParts;

namespace {

    QString serverList(const QList<HaproxyServer>& servers)
    {
        QStringList parts;
        for (const auto& s : servers)
            parts << QStringLiteral("%1 (%2)").arg(HaproxyRuntime::serverId(s), s.status);
        return parts.join(QStringLiteral(", "));
    }

    // `show stat` on the HAProxy host until every server is in `state` ("drain", "maint" or "up").
    Check serverStateCheck(const ClusterProfile& p, const QList<HaproxyServer>& servers, const QString& state,
        const QString& description, int waitMs)
    {
        Check c;
        c.description = description;
        c.host = p.haproxy.host;
        c.command = HaproxyRuntime::showStat(p.haproxy.statsSocket);
        c.expect = Check::Expect::Predicate;
        c.summarized = true;
        c.waitMs = waitMs;
        c.predicate = [servers, state](const RemoteResult& r, QString* why) {
            const auto parsed = parseHaproxyStatCsv(r.out);
            if (r.exitCode != 0 || !parsed.ok()) {
                *why = MaintenancePlanner::tr("show stat could not be read (exit code %1)").arg(r.exitCode);
                return false;
            }
            return HaproxyRuntime::notIn(parsed.value(), servers, state, why).isEmpty();
        };
        return c;
    }

    Check sessionsClosedCheck(const ClusterProfile& p, const QList<HaproxyServer>& servers, int waitMs)
    {
        Check c = serverStateCheck(
            p, servers, {}, MaintenancePlanner::tr("HAProxy counts no session left on the node's servers"), waitMs);
        c.predicate = [servers](const RemoteResult& r, QString* why) {
            const auto parsed = parseHaproxyStatCsv(r.out);
            if (r.exitCode != 0 || !parsed.ok()) {
                *why = MaintenancePlanner::tr("show stat could not be read (exit code %1)").arg(r.exitCode);
                return false;
            }
            QStringList left;
            for (const auto& s : parsed.value()) {
                for (const auto& w : servers) {
                    if (s.proxy == w.proxy && s.name == w.name && s.currentSessions > 0)
                        left << QStringLiteral("%1: %2").arg(HaproxyRuntime::serverId(s)).arg(s.currentSessions);
                }
            }
            *why = left.isEmpty() ? MaintenancePlanner::tr("no sessions")
                                  : MaintenancePlanner::tr("sessions left: %1").arg(left.join(QStringLiteral(", ")));
            return left.isEmpty();
        };
        return c;
    }

    // One Runtime API command on the node's servers, verified by show stat (or a custom check).
    Step runtimeStep(const ClusterProfile& p, const QString& id, const QString& description, const QString& line,
        const Check& verify, const QString& undoDescription, const QString& undoLine)
    {
        Step s;
        s.id = id;
        s.description = description;
        s.host = p.haproxy.host;
        s.commands << HaproxyRuntime::send(p.haproxy.statsSocket, line);
        s.outputCheck = [](const RemoteResult& r, QString* why) {
            *why = HaproxyRuntime::failure(r.out);
            if (!why->isEmpty())
                *why = MaintenancePlanner::tr("HAProxy answered: %1").arg(*why);
            return why->isEmpty();
        };
        s.verifications << verify;
        s.undoDescription = undoDescription;
        if (!undoLine.isEmpty())
            s.undoCommands << HaproxyRuntime::send(p.haproxy.statsSocket, undoLine);
        s.timeoutMs = 30000;
        return s;
    }

    Check maintenanceCheck(const QString& host, const QString& node, bool expect, int waitMs)
    {
        Check c;
        c.host = host;
        c.command = RabbitCommands::maintenanceStatus();
        c.expect = Check::Expect::Predicate;
        c.summarized = true;
        c.waitMs = waitMs;
        c.description = expect ? MaintenancePlanner::tr("%1 reports itself in maintenance mode").arg(node)
                               : MaintenancePlanner::tr("%1 reports itself out of maintenance mode").arg(node);
        c.predicate = [expect](const RemoteResult& r, QString* why) {
            QString error;
            const bool under = r.exitCode == 0 && RabbitCommands::underMaintenance(r.out, &error);
            if (r.exitCode != 0 || !error.isEmpty()) {
                *why = r.exitCode != 0 ? MaintenancePlanner::tr("status failed with exit code %1").arg(r.exitCode)
                                       : error;
                return false;
            }
            *why = under ? MaintenancePlanner::tr("in maintenance") : MaintenancePlanner::tr("not in maintenance");
            return under == expect;
        };
        return c;
    }

    Check noConnectionsCheck(const QString& host, const QString& node, int waitMs)
    {
        Check c;
        c.host = host;
        c.command = RabbitCommands::listConnections();
        c.expect = Check::Expect::Predicate;
        c.summarized = true;
        c.waitMs = waitMs;
        c.description = MaintenancePlanner::tr("%1 has no client connection left").arg(node);
        // list_connections lists the whole cluster's connections: those of this node are the ones
        // whose pid names it (<rabbit@rabbit1.1699786540.12345.0>).
        const QString mine = QLatin1Char('<') + node + QLatin1Char('.');
        c.predicate = [mine](const RemoteResult& r, QString* why) {
            int n = 0;
            for (const QString& line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                n += line.contains(mine) ? 1 : 0;
            *why = r.exitCode != 0 ? MaintenancePlanner::tr("list_connections failed with exit code %1").arg(r.exitCode)
                                   : MaintenancePlanner::tr("%n connection(s)", nullptr, n);
            return r.exitCode == 0 && n == 0;
        };
        return c;
    }

    Check stoppedCheck(const QString& host, const QString& node, int waitMs)
    {
        Check c;
        c.host = host;
        c.command = RabbitCommands::ping();
        c.expect = Check::Expect::ExitNonZero;
        c.waitMs = waitMs;
        c.description = MaintenancePlanner::tr("%1 no longer answers (its Erlang VM is stopped)").arg(node);
        return c;
    }

    // The safe-to-stop gate: the quorum and mirror checks as preflight items. With force a failed
    // one becomes a warning, and what is at risk is returned (for the step's confirmation).
    QStringList gate(Plan& plan, const NodeFacts& f, bool force)
    {
        const auto before = plan.preflight.size();
        addStopChecks(plan, f);
        QStringList atRisk;
        for (auto i = before; i < plan.preflight.size(); ++i) {
            PreflightItem& item = plan.preflight[i];
            if (item.state != State::Failed || !force)
                continue;
            item.state = State::Warning;
            atRisk << (item.detail.isEmpty() ? item.title : item.detail);
            item.detail = MaintenancePlanner::tr("overridden (--force): %1").arg(item.detail);
        }
        return atRisk;
    }

    void markAtRisk(Step& s, const QStringList& atRisk)
    {
        if (atRisk.isEmpty())
            return;
        s.destructive = true;
        s.destroys = MaintenancePlanner::tr("the safe-to-stop checks failed and are overridden: %1")
                         .arg(atRisk.join(QStringLiteral("; ")));
    }

    Step stopStep(const ClusterProfile& p, const HostProfile& h, const NodeFacts& f, bool force)
    {
        const QString node = nodeOf(h);
        Step s;
        s.id = QStringLiteral("stop");
        s.description
            = MaintenancePlanner::tr("Stop %1 (the whole node, through the %2 service)").arg(node, p.serviceKind);
        s.host = h.name;
        if (!force)
            s.prechecks = stopPrechecks(h.name, f);
        s.commands << RabbitCommands::serviceStop(p.serviceKind);
        s.verifications << stoppedCheck(h.name, node, 60000);
        s.undoDescription = MaintenancePlanner::tr("start the node again");
        s.undoCommands << RabbitCommands::serviceStart(p.serviceKind);
        s.timeoutMs = 180000;
        return s;
    }

    Step startStep(const ClusterProfile& p, const HostProfile& h, const NodeFacts& f)
    {
        const QString node = nodeOf(h);
        Step s;
        s.id = QStringLiteral("start");
        s.host = h.name;
        if (f.vmOnly) {
            s.description
                = MaintenancePlanner::tr("Start the RabbitMQ application on %1 (its Erlang VM runs)").arg(node);
            s.commands << RabbitCommands::startApp();
            s.undoDescription = MaintenancePlanner::tr("stop the application again");
            s.undoCommands << RabbitCommands::stopApp();
        } else {
            s.description
                = MaintenancePlanner::tr("Start %1 (through the %2 service) and wait until it runs in the cluster")
                      .arg(node, p.serviceKind);
            s.commands << RabbitCommands::serviceStart(p.serviceKind);
            s.undoDescription = MaintenancePlanner::tr("stop the node again");
            s.undoCommands << RabbitCommands::serviceStop(p.serviceKind);
        }
        s.verifications << appState(h.name, f.version, node, true, 120000)
                        << OperationPlanner::membershipCheck(h.name, f.version, node, NodeType::Unknown, true, 60000);
        s.timeoutMs = 300000;
        return s;
    }

    Plan base(const ClusterProfile& p, const HostProfile& h, const QString& operation, const QString& title,
        const MaintenanceFacts& f)
    {
        Plan plan;
        plan.operation = operation;
        plan.cluster = p.name;
        plan.subjectHost = h.name;
        plan.version = f.node.version;
        plan.title = title;
        plan.stateProbe = probeFor(h, {}, nodeOf(h));
        addReachability(plan, f.node);
        return plan;
    }

    // What HAProxy does for the node, as preflight items. requireServing: draining the node's
    // servers must leave each proxy another server that takes traffic (refused unless force).
    void haproxyPreflight(Plan& plan, const ClusterProfile& p, const MaintenanceFacts& f, const QString& node,
        bool requireServing, bool force, QStringList* atRisk)
    {
        const QString title = MaintenancePlanner::tr("HAProxy's servers for %1").arg(node);
        if (!f.haproxyInProfile) {
            plan.preflight << item(title, State::Info,
                MaintenancePlanner::tr(
                    "the profile names no HAProxy (host and stats socket): only RabbitMQ's own drain closes the "
                    "node's client connections; clients reconnect to the other nodes themselves"));
            return;
        }
        if (!f.haproxyError.isEmpty()) {
            plan.preflight << item(title, State::Failed, f.haproxyError);
            return;
        }
        if (f.servers.isEmpty()) {
            plan.preflight << item(
                title, State::Info, MaintenancePlanner::tr("no HAProxy server points at %1").arg(node));
            return;
        }
        for (const auto& s : f.servers) {
            if (!HaproxyRuntime::isIdentifier(s.proxy) || !HaproxyRuntime::isIdentifier(s.name)) {
                plan.refusals << MaintenancePlanner::tr(
                    "HAProxy server \"%1\" has a name Warren does not send to the Runtime API")
                                     .arg(HaproxyRuntime::serverId(s));
                return;
            }
        }
        plan.preflight << item(title, State::Ok, serverList(f.servers));
        if (!requireServing)
            return;
        for (const auto& mine : f.servers) {
            QStringList others;
            for (const auto& s : f.allServers) {
                if (s.proxy == mine.proxy && s.name != mine.name && s.isUp()
                    && HaproxyRuntime::adminState(s) == QLatin1String("ready"))
                    others << s.name;
            }
            const QString what = MaintenancePlanner::tr("Proxy %1 keeps a server").arg(mine.proxy);
            if (!others.isEmpty()) {
                plan.preflight << item(what, State::Ok, others.join(QStringLiteral(", ")));
                continue;
            }
            const QString risk
                = MaintenancePlanner::tr("no other server of proxy %1 is UP: its clients lose service while %2 is out")
                      .arg(mine.proxy, node);
            if (force) {
                plan.preflight << item(
                    what, State::Warning, MaintenancePlanner::tr("overridden (--force): %1").arg(risk));
                *atRisk << risk;
            } else {
                plan.preflight << item(what, State::Failed, risk);
            }
        }
    }

    QList<HaproxyServer> serversNotIn(const MaintenanceFacts& f, const QString& state)
    {
        QList<HaproxyServer> out;
        for (const auto& s : f.servers) {
            if (HaproxyRuntime::adminState(s) != state)
                out << s;
        }
        return out;
    }

    const QString kMaint = QStringLiteral("maint");
    const QString kDrain = QStringLiteral("drain");
    const QString kReady = QStringLiteral("ready");

} // namespace

QString MaintenancePlanner::serviceKey(Service what)
{
    switch (what) {
    case Service::Stop:
        return QStringLiteral("stop");
    case Service::Start:
        return QStringLiteral("start");
    case Service::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

Plan MaintenancePlanner::buildEnter(
    const ClusterProfile& p, const HostProfile& h, const MaintenanceFacts& f, bool stopNode, bool force)
{
    const QString node = nodeOf(h);
    Plan plan = base(p, h, QStringLiteral("maintenance"),
        stopNode ? tr("Put %1 in maintenance and stop it").arg(node) : tr("Put %1 in maintenance").arg(node), f);
    if (!f.node.reachable)
        return plan;
    if (f.node.version.isKnown() && !f.node.version.hasHealthChecks()) {
        plan.notApplicable << tr("maintenance mode (rabbitmq-upgrade drain) exists from RabbitMQ 3.8 on; %1 runs %2")
                                  .arg(node, f.node.version.display());
        return plan;
    }
    const QList<HaproxyServer> toMaint = serversNotIn(f, kMaint);
    if (!f.node.appRunning) {
        if (toMaint.isEmpty() && f.haproxyError.isEmpty()) {
            plan.alreadyDone = tr("%1 is stopped and HAProxy sends it no clients").arg(node);
            return plan;
        }
        plan.preflight << item(tr("%1 runs", "node: a RabbitMQ node").arg(node), State::Failed,
            f.node.error.isEmpty() ? tr("the node is not running: there is nothing to drain") : f.node.error);
        return plan;
    }
    if (f.underMaintenance == 1 && toMaint.isEmpty() && !stopNode && f.haproxyError.isEmpty()) {
        plan.alreadyDone = tr("%1 is in maintenance and HAProxy sends it no clients").arg(node);
        return plan;
    }
    plan.preflight << item(tr("Cluster members"), State::Info, membersText(f.node));
    QStringList atRisk = gate(plan, f.node, force);
    haproxyPreflight(plan, p, f, node, true, force, &atRisk);
    if (f.underMaintenance == -1)
        plan.preflight << item(tr("%1's maintenance state").arg(node), State::Warning,
            f.maintenanceError.isEmpty() ? tr("unknown") : f.maintenanceError);
    else
        plan.preflight << item(tr("%1's maintenance state").arg(node), State::Info,
            f.underMaintenance == 1 ? tr("in maintenance already") : tr("in service"));
    if (!f.servers.isEmpty())
        plan.preflight << item(tr("HAProxy forgets runtime states on a reload"), State::Warning,
            tr("a reload or restart of HAProxy during the maintenance puts these servers back to ready, unless "
               "haproxy.cfg loads a server-state-file; do not reload HAProxy until the maintenance ends"));

    const int firstStep = int(plan.steps.size());
    if (!toMaint.isEmpty()) {
        const QString ids = serverList(toMaint);
        QList<HaproxyServer> toDrain;
        for (const auto& s : toMaint) {
            if (HaproxyRuntime::adminState(s) == kReady)
                toDrain << s;
        }
        if (!toDrain.isEmpty())
            plan.steps << runtimeStep(p, QStringLiteral("haproxy_drain"),
                tr("HAProxy: no new clients to %1 (servers to drain: %2)").arg(node, ids),
                HaproxyRuntime::setState(toDrain, kDrain),
                serverStateCheck(p, toDrain, kDrain, tr("show stat lists the servers as DRAIN"), 10000),
                tr("put the servers back to ready"), HaproxyRuntime::setState(toDrain, kReady));
        plan.steps << runtimeStep(p, QStringLiteral("haproxy_close_sessions"),
            tr("HAProxy: close the clients' sessions on %1 (they reconnect to another server)").arg(node),
            HaproxyRuntime::shutdownSessions(toMaint), sessionsClosedCheck(p, toMaint, 15000),
            tr("closed sessions stay closed (their clients have reconnected elsewhere); put the servers back to "
               "ready"),
            HaproxyRuntime::setState(toMaint, kReady));
        plan.steps << runtimeStep(p, QStringLiteral("haproxy_maint"),
            tr("HAProxy: servers of %1 to maint (no traffic, no health checks)").arg(node),
            HaproxyRuntime::setState(toMaint, kMaint),
            serverStateCheck(p, toMaint, kMaint, tr("show stat lists the servers as MAINT"), 10000),
            tr("put the servers back to ready"), HaproxyRuntime::setState(toMaint, kReady));
    }
    if (f.underMaintenance != 1) {
        Step d;
        d.id = QStringLiteral("drain");
        d.description = tr("RabbitMQ: drain %1 (client listeners suspended, connections closed, queue leaders "
                           "moved to other nodes)")
                            .arg(node);
        d.host = h.name;
        if (!force)
            d.prechecks = stopPrechecks(h.name, f.node);
        d.commands << RabbitCommands::drain();
        d.verifications << maintenanceCheck(h.name, node, true, 60000) << noConnectionsCheck(h.name, node, 30000);
        d.undoDescription = tr("revive the node (back in service)");
        d.undoCommands << RabbitCommands::revive();
        d.timeoutMs = 300000;
        plan.steps << d;
    }
    if (stopNode)
        plan.steps << stopStep(p, h, f.node, true);
    if (plan.steps.size() > firstStep)
        markAtRisk(plan.steps[firstStep], atRisk);

    if (!f.servers.isEmpty())
        plan.verification << serverStateCheck(
            p, f.servers, kMaint, tr("HAProxy sends %1 no clients (its servers are MAINT)").arg(node), 10000);
    if (!stopNode)
        plan.verification << maintenanceCheck(h.name, node, true, 10000);
    plan.followUps << tr("bring it back with: warrenctl maintenance %1 exit").arg(h.name);
    return plan;
}

Plan MaintenancePlanner::buildExit(const ClusterProfile& p, const HostProfile& h, const MaintenanceFacts& f)
{
    const QString node = nodeOf(h);
    Plan plan = base(p, h, QStringLiteral("maintenance"), tr("Bring %1 back from maintenance").arg(node), f);
    if (!f.node.reachable)
        return plan;
    const QList<HaproxyServer> toReady = serversNotIn(f, kReady);
    if (f.node.appRunning && f.underMaintenance == 0 && toReady.isEmpty() && f.haproxyError.isEmpty()) {
        plan.alreadyDone = tr("%1 runs, is not in maintenance and HAProxy sends it clients").arg(node);
        return plan;
    }
    plan.preflight << item(tr("%1 runs", "node: a RabbitMQ node").arg(node),
        f.node.appRunning ? State::Ok : State::Info,
        f.node.appRunning ? membersText(f.node) : tr("stopped: it is started first"));
    haproxyPreflight(plan, p, f, node, false, false, nullptr);

    if (!f.node.appRunning)
        plan.steps << startStep(p, h, f.node);
    if (f.underMaintenance != 0) {
        Step r;
        r.id = QStringLiteral("revive");
        r.description = tr("RabbitMQ: revive %1 (client listeners resumed; it may lead queues again)").arg(node);
        r.host = h.name;
        r.commands << RabbitCommands::revive();
        r.verifications << maintenanceCheck(h.name, node, false, 30000);
        if (!f.node.version.isKnown() || f.node.version.hasHealthChecks()) {
            // After the revive: a node in maintenance does not count as online for this check.
            Check caught;
            caught.description
                = tr("every quorum queue has a quorum plus one member online (the node's members caught up)");
            caught.host = h.name;
            caught.command = RabbitCommands::awaitQuorumPlusOne(120);
            caught.timeoutMs = 150000;
            r.verifications << caught;
        }
        r.undoDescription = tr("drain the node again");
        r.undoCommands << RabbitCommands::drain();
        r.timeoutMs = 120000;
        plan.steps << r;
    }
    if (!toReady.isEmpty()) {
        plan.steps << runtimeStep(p, QStringLiteral("haproxy_ready"),
            tr("HAProxy: servers of %1 back to ready, and wait until their health checks say UP").arg(node),
            HaproxyRuntime::setState(toReady, kReady),
            serverStateCheck(p, toReady, QStringLiteral("up"), tr("show stat lists the servers as UP"), 30000),
            tr("put the servers back to maint"), HaproxyRuntime::setState(toReady, kMaint));
    }
    plan.verification << maintenanceCheck(h.name, node, false, 10000);
    if (!f.servers.isEmpty())
        plan.verification << serverStateCheck(p, f.servers, QStringLiteral("up"),
            tr("HAProxy sends %1 clients again (its servers are UP)").arg(node), 30000);
    return plan;
}

Plan MaintenancePlanner::buildService(
    const ClusterProfile& p, const HostProfile& h, Service what, const MaintenanceFacts& f, bool force)
{
    const QString node = nodeOf(h);
    const QString title = what == Service::Stop ? tr("Stop %1").arg(node)
        : what == Service::Start                ? tr("Start %1").arg(node)
                                                : tr("Restart %1").arg(node);
    Plan plan = base(p, h, serviceKey(what), title, f);
    if (!f.node.reachable)
        return plan;
    const bool running = f.node.appRunning;
    if (what == Service::Stop && !running && !f.node.nodeAnswered) {
        plan.alreadyDone = tr("%1 is stopped").arg(node);
        return plan;
    }
    if (what == Service::Start && running) {
        plan.alreadyDone = tr("%1 runs").arg(node);
        return plan;
    }
    if (what != Service::Start && (running || f.node.nodeAnswered)) {
        plan.preflight << item(tr("Cluster members"), State::Info, membersText(f.node));
        QStringList atRisk = running ? gate(plan, f.node, force) : QStringList();
        haproxyPreflight(plan, p, f, node, false, false, nullptr);
        QStringList serving;
        for (const auto& s : f.servers) {
            if (HaproxyRouting::isServing(f.allServers, s))
                serving << HaproxyRuntime::serverId(s);
        }
        if (!serving.isEmpty())
            plan.preflight << item(tr("HAProxy sends it clients"), State::Warning,
                tr("%1 take(s) traffic now: their clients are cut off when the node stops; maintenance (warrenctl "
                   "maintenance %2 enter) drains them first")
                    .arg(serving.join(QStringLiteral(", ")), h.name));
        Step s = stopStep(p, h, f.node, force || !running);
        markAtRisk(s, atRisk);
        plan.steps << s;
    }
    if (what != Service::Stop) {
        NodeFacts before = f.node;
        before.vmOnly = before.vmOnly && plan.steps.isEmpty(); // a stop step stops the Erlang VM too
        plan.steps << startStep(p, h, before);
        plan.verification << OperationPlanner::membershipCheck(
            h.name, f.node.version, node, NodeType::Unknown, true, 30000);
    } else {
        plan.verification << stoppedCheck(h.name, node, 10000);
    }
    return plan;
}

MaintenanceFacts MaintenancePlanner::collect(const ClusterProfile& p, const HostProfile& h, CancelToken cancel)
{
    MaintenanceFacts f;
    SshExecutor ex(p, cancel);
    FactCollector fc(ex);
    f.node = fc.node(h, FactCollector::StopChecks | FactCollector::NoCookieHash);
    if (f.node.appRunning && f.node.version.hasHealthChecks()) {
        const RemoteResult r = ex.run(h.name, RabbitCommands::maintenanceStatus(), 60000);
        QString error;
        const bool under = r.ok() && RabbitCommands::underMaintenance(r.out, &error);
        if (!r.ok())
            f.maintenanceError
                = r.transportError.isEmpty() ? RabbitCommands::cliFailure(r.out, r.err) : r.transportError;
        else if (!error.isEmpty())
            f.maintenanceError = error;
        else
            f.underMaintenance = under ? 1 : 0;
    }
    f.haproxyInProfile = !p.haproxy.host.isEmpty() && !p.haproxy.statsSocket.isEmpty() && p.host(p.haproxy.host);
    if (f.haproxyInProfile) {
        const RemoteResult r = ex.run(p.haproxy.host, HaproxyRuntime::showStat(p.haproxy.statsSocket), 20000);
        const auto parsed = parseHaproxyStatCsv(r.out);
        if (!r.ok())
            f.haproxyError
                = tr("show stat on %1 (%2): %3")
                      .arg(p.haproxy.host, p.haproxy.statsSocket,
                          r.transportError.isEmpty() ? RabbitCommands::cliFailure(r.out, r.err) : r.transportError);
        else if (!parsed.ok())
            f.haproxyError = tr("unreadable show stat output: %1").arg(parsed.error().toString());
        else
            f.allServers = parsed.value();
        const QString node = nodeOf(h);
        for (const auto& s : f.allServers) {
            if (HaproxyRouting::nodeForServer(p, s) == node)
                f.servers << s;
        }
    }
    return f;
}

Plan MaintenancePlanner::prepareEnter(
    const ClusterProfile& p, const HostProfile& h, bool stopNode, bool force, CancelToken cancel)
{
    return buildEnter(p, h, collect(p, h, cancel), stopNode, force);
}

Plan MaintenancePlanner::prepareExit(const ClusterProfile& p, const HostProfile& h, CancelToken cancel)
{
    return buildExit(p, h, collect(p, h, cancel));
}

Plan MaintenancePlanner::prepareService(
    const ClusterProfile& p, const HostProfile& h, Service what, bool force, CancelToken cancel)
{
    return buildService(p, h, what, collect(p, h, cancel), force);
}

} // namespace warren
