#include "ReplicaPlanner.h"

#include "PlanParts.h"
#include "RabbitCommands.h"
#include "queues/QueueCollector.h"
#include "queues/QueueFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warren {

using namespace PlanParts;

namespace {

    // How many queues a preview names before "and N more".
    constexpr int kListed = 20;
    // A selection of more queues than this is one command per queue all the same, but said so.
    constexpr int kManyCommands = 100;

    QString label(const QueueInfo& q)
    {
        return q.vhost == QLatin1String("/") ? q.name : ReplicaPlanner::tr("%1 (vhost %2)").arg(q.name, q.vhost);
    }

    QString hostsOf(const QStringList& nodes)
    {
        QStringList out;
        for (const auto& n : nodes)
            out << hostnameOf(n);
        return out.isEmpty() ? ReplicaPlanner::tr("none", "no members") : out.join(QStringLiteral(", "));
    }

    QStringList onlineMembers(const QueueInfo& q)
    {
        QStringList out;
        for (const auto& n : q.nodes()) {
            if (!q.unsynchronisedNodes.contains(n))
                out << n;
        }
        return out;
    }

    // Lines of a list, the first kListed and "and N more".
    QString listed(const QStringList& lines)
    {
        QStringList shown = lines.mid(0, kListed);
        if (lines.size() > kListed)
            shown << ReplicaPlanner::tr("… and %n more", "queues", int(lines.size() - kListed));
        return shown.join(QLatin1Char('\n'));
    }

    bool running(const QueueSnapshot& snap, const QString& node)
    {
        return snap.clusterNodes().contains(node) && !snap.isNodeDown(node);
    }

    // A profile host whose node runs in the cluster: `prefer` first, never `avoid`.
    const HostProfile* runningHost(
        const ClusterProfile& p, const QueueSnapshot& snap, const QString& prefer, const QString& avoid)
    {
        const HostProfile* found = nullptr;
        for (const auto& h : p.rabbitHosts()) {
            const QString node = nodeOf(h);
            if (node == avoid || !running(snap, node))
                continue;
            if (node == prefer)
                return p.host(h.name);
            if (!found)
                found = p.host(h.name);
        }
        return found;
    }

    RemoteCommand queuesCli(const QString& sub)
    {
        return RemoteCommand({ QStringLiteral("rabbitmq-queues"), sub }, true);
    }

    RemoteCommand addMember(const QueueInfo& q, const QString& node)
    {
        return queuesCli(QStringLiteral("add_member"))
            .arg(QStringLiteral("--vhost"))
            .value(q.vhost)
            .arg(QStringLiteral("--"))
            .value(q.name)
            .value(node);
    }

    RemoteCommand deleteMember(const QueueInfo& q, const QString& node)
    {
        return queuesCli(QStringLiteral("delete_member"))
            .arg(QStringLiteral("--vhost"))
            .value(q.vhost)
            .arg(QStringLiteral("--"))
            .value(q.name)
            .value(node);
    }

    // `list_queues -p V name type members leader` as JSON: name -> (members, leader) of its quorum queues.
    QHash<QString, QPair<QStringList, QString>> parseMembers(const QByteArray& out, bool* ok)
    {
        QHash<QString, QPair<QStringList, QString>> byName;
        // rabbitmqctl may print a banner line before the JSON array.
        const qsizetype start = out.indexOf('[');
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(start < 0 ? QByteArray() : out.mid(start), &err);
        *ok = err.error == QJsonParseError::NoError && doc.isArray();
        for (const auto& v : doc.array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("quorum"))
                continue;
            QStringList members;
            for (const auto& m : o.value(QStringLiteral("members")).toArray())
                members << m.toString();
            byName.insert(
                o.value(QStringLiteral("name")).toString(), { members, o.value(QStringLiteral("leader")).toString() });
        }
        return byName;
    }

    // After the step: every affected queue of one vhost has (or no longer has) a member on node.
    Check membersCheck(const QString& host, const QString& vhost, const QStringList& names, const QString& node,
        bool expectMember, int waitMs)
    {
        Check c;
        c.host = host;
        c.command = RabbitCommands::ctl({ QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("-p") });
        c.command.value(vhost).arg(QStringLiteral("name")).arg(QStringLiteral("type")).arg(QStringLiteral("members"));
        c.command.arg(QStringLiteral("leader")).arg(QStringLiteral("--formatter")).arg(QStringLiteral("json"));
        c.expect = Check::Expect::Predicate;
        c.summarized = true;
        c.waitMs = waitMs;
        c.description = expectMember
            ? ReplicaPlanner::tr("%n quorum queue(s) of vhost %1 have a member on %2", "", int(names.size()))
                  .arg(vhost, node)
            : ReplicaPlanner::tr("%n quorum queue(s) of vhost %1 have no member on %2", "", int(names.size()))
                  .arg(vhost, node);
        c.predicate = [names, node, expectMember](const RemoteResult& r, QString* why) {
            bool ok = false;
            const auto byName = r.exitCode == 0 ? parseMembers(r.out, &ok) : decltype(parseMembers({}, &ok)) {};
            if (!ok) {
                *why = ReplicaPlanner::tr("list_queues failed or was unreadable (exit code %1)").arg(r.exitCode);
                return false;
            }
            QStringList wrong;
            for (const auto& name : names) {
                const auto it = byName.constFind(name);
                if (it == byName.cend() || it->first.contains(node) != expectMember)
                    wrong << name;
            }
            *why = wrong.isEmpty() ? ReplicaPlanner::tr("%1 of %2 as expected").arg(names.size()).arg(names.size())
                                   : ReplicaPlanner::tr("not yet: %1").arg(wrong.mid(0, 5).join(QStringLiteral(", ")));
            return wrong.isEmpty();
        };
        return c;
    }

    // Leaders per node after the step: every selected queue of the vhost has one.
    Check leadersCheck(const QString& host, const QString& vhost, const QStringList& names, int waitMs)
    {
        Check c = membersCheck(host, vhost, names, QString(), false, waitMs);
        c.description
            = ReplicaPlanner::tr("%n quorum queue(s) of vhost %1 have a leader", "", int(names.size())).arg(vhost);
        c.predicate = [names](const RemoteResult& r, QString* why) {
            bool ok = false;
            const auto byName = r.exitCode == 0 ? parseMembers(r.out, &ok) : decltype(parseMembers({}, &ok)) {};
            if (!ok) {
                *why = ReplicaPlanner::tr("list_queues failed or was unreadable (exit code %1)").arg(r.exitCode);
                return false;
            }
            QMap<QString, int> leaders;
            int without = 0;
            for (const auto& name : names) {
                const QString leader = byName.value(name).second;
                if (leader.isEmpty())
                    ++without;
                else
                    ++leaders[hostnameOf(leader)];
            }
            QStringList parts;
            for (auto it = leaders.cbegin(); it != leaders.cend(); ++it)
                parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            *why = ReplicaPlanner::tr("leaders: %1").arg(parts.join(QStringLiteral(", ")));
            if (without > 0)
                *why += ReplicaPlanner::tr("; %n without a leader", "", without);
            return without == 0;
        };
        return c;
    }

    QString countsText(const QList<QPair<QString, int>>& counts)
    {
        QStringList parts;
        for (const auto& [node, n] : counts)
            parts << QStringLiteral("%1 %2").arg(hostnameOf(node)).arg(n);
        return parts.join(QStringLiteral(", "));
    }

    QStringList vhostsOf(const QList<QueueInfo>& queues)
    {
        QStringList out;
        for (const auto& q : queues) {
            if (!out.contains(q.vhost))
                out << q.vhost;
        }
        return out;
    }

    QStringList namesIn(const QList<QueueInfo>& queues, const QString& vhost)
    {
        QStringList out;
        for (const auto& q : queues) {
            if (q.vhost == vhost)
                out << q.name;
        }
        return out;
    }

    bool wholeCluster(const ReplicaPlanner::Target& t)
    {
        return t.queue.isEmpty() && t.filter.isEmpty() && t.vhost.isEmpty();
    }

} // namespace

QStringList ReplicaPlanner::actionKeys()
{
    return { QStringLiteral("grow"), QStringLiteral("shrink"), QStringLiteral("rebalance") };
}

std::optional<ReplicaPlanner::Action> ReplicaPlanner::actionFromKey(const QString& key)
{
    const int i = int(actionKeys().indexOf(key));
    if (i < 0)
        return std::nullopt;
    return Action(i);
}

QList<QueueInfo> ReplicaPlanner::select(const QueueSnapshot& snap, const Target& t, QString* error)
{
    QueueFilter filter;
    filter.type = QueueType::Quorum;
    filter.vhost = t.queue.isEmpty() ? t.vhost : (t.vhost.isEmpty() ? QStringLiteral("/") : t.vhost);
    filter.regex = true;
    filter.text = t.filter;
    if (!filter.compile(error))
        return {};
    QList<QueueInfo> out;
    for (const qsizetype row : filter.apply(snap)) {
        const QueueInfo& q = snap.at(row);
        if (t.queue.isEmpty() || q.name == t.queue)
            out << q;
    }
    return out;
}

QList<QPair<QString, int>> ReplicaPlanner::leaderCounts(const QueueSnapshot& snap, const QList<QueueInfo>& queues)
{
    QList<QPair<QString, int>> out;
    for (const auto& n : snap.clusterNodes()) {
        if (!snap.isNodeDown(n))
            out << qMakePair(n, 0);
    }
    for (const auto& q : queues) {
        if (q.leaderless || q.homeNode.isEmpty())
            continue;
        for (auto& [node, count] : out) {
            if (node == q.homeNode)
                ++count;
        }
    }
    return out;
}

Plan ReplicaPlanner::build(const ClusterProfile& p, const Target& t, const Facts& f)
{
    Plan plan;
    plan.operation = QStringLiteral("replicas");
    plan.cluster = p.name;
    plan.version = RabbitVersion::parse(f.queues.brokerVersion());
    plan.subjectHost = t.node.isEmpty() ? QString() : hostnameOf(t.node);
    const QString scope = !t.queue.isEmpty() ? tr("quorum queue %1").arg(t.queue)
        : !t.filter.isEmpty()                ? tr("quorum queues matching %1").arg(t.filter)
                                             : tr("every quorum queue");
    const QString scopeVhost = t.vhost.isEmpty() ? scope : tr("%1 of vhost %2").arg(scope, t.vhost);
    switch (t.action) {
    case Action::Grow:
        plan.title = tr("Grow %1 onto %2").arg(scopeVhost, t.node);
        break;
    case Action::Shrink:
        plan.title = tr("Shrink %1: remove the members on %2").arg(scopeVhost, t.node);
        break;
    case Action::Rebalance:
        plan.title = tr("Rebalance the leaders of %1").arg(scopeVhost);
        break;
    }
    const QString queuesTitle = tr("Quorum queues");
    if (!f.error.isEmpty()) {
        plan.preflight << item(queuesTitle, State::Failed, f.error);
        return plan;
    }
    if (plan.version.isKnown() && !plan.version.atLeast(3, 8)) {
        plan.notApplicable
            << tr("quorum queues exist from RabbitMQ 3.8 on; this cluster runs %1").arg(f.queues.brokerVersion());
        return plan;
    }
    QString error;
    const QList<QueueInfo> selected = select(f.queues, t, &error);
    if (!error.isEmpty()) {
        plan.refusals << error;
        return plan;
    }
    if (!t.queue.isEmpty() && selected.isEmpty()) {
        const QString vhost = t.vhost.isEmpty() ? QStringLiteral("/") : t.vhost;
        const QueueInfo* other = f.queues.find({ vhost, t.queue });
        plan.refusals << (other ? tr("%1 in vhost %2 is not a quorum queue: only quorum queues have members to grow, "
                                     "shrink or rebalance")
                                      .arg(t.queue, vhost)
                                : tr("there is no queue %1 in vhost %2").arg(t.queue, vhost));
        return plan;
    }
    plan.preflight << item(queuesTitle, State::Ok,
        f.queues.via == QLatin1String("api")
            ? tr("%n selected (read from the management API: a membership change shows there seconds late)",
                "quorum queues", int(selected.size()))
            : tr("%n selected", "quorum queues", int(selected.size())));
    if (selected.isEmpty()) {
        plan.alreadyDone = tr("no quorum queue matches: nothing to do");
        return plan;
    }
    const auto before = leaderCounts(f.queues, selected);
    plan.preflight << item(tr("Leaders per running node"), State::Info, countsText(before));

    if (t.action == Action::Rebalance) {
        if (before.size() < 2) {
            plan.refusals << tr("fewer than two nodes run: there is nowhere to move leaders to");
            return plan;
        }
        int low = INT_MAX, high = 0;
        for (const auto& [node, n] : before) {
            low = qMin(low, n);
            high = qMax(high, n);
        }
        if (high - low <= 1) {
            plan.alreadyDone = tr("the leaders are balanced already: %1").arg(countsText(before));
            return plan;
        }
        const HostProfile* via = runningHost(p, f.queues, {}, {});
        if (!via) {
            plan.refusals << tr("no host of the profile runs a node of the cluster");
            return plan;
        }
        const qsizetype total
            = std::count_if(selected.cbegin(), selected.cend(), [](const QueueInfo& q) { return !q.leaderless; });
        plan.preflight << item(tr("What changes"), State::Info,
            tr("RabbitMQ moves leaders from the busiest nodes to members on the others, about %1 per node; a queue's "
               "leader only moves to a node that holds one of its members. Clients of a moved queue reconnect to "
               "the new leader; no message is lost.")
                .arg(double(total) / double(before.size()), 0, 'f', 1));
        Step s;
        s.id = QStringLiteral("rebalance");
        s.host = via->name;
        s.description = tr("Rebalance the quorum queue leaders");
        RemoteCommand cmd = queuesCli(QStringLiteral("rebalance")).arg(QStringLiteral("quorum"));
        if ((t.vhost + t.queue).contains(QLatin1Char('^'))) {
            plan.refusals << tr("a vhost or queue name with '^' cannot be given to rebalance as an exact pattern: "
                                "rebalance every quorum queue, or select with --filter");
            return plan;
        }
        if (!t.vhost.isEmpty() || !t.queue.isEmpty()) {
            // An exact name through the rabbitmqctl wrapper, which refuses backslashes: each
            // metacharacter in a bracket expression ([.]); ^ and \ cannot be, so they are refused.
            const auto exact = [](const QString& s) {
                QString out = QStringLiteral("^");
                for (const QChar c : s)
                    out += QStringLiteral(".*+?()[]{}|$").contains(c) ? QStringLiteral("[%1]").arg(c) : QString(c);
                return out + QStringLiteral("$");
            };
            const QString vhost = t.vhost.isEmpty() ? QStringLiteral("/") : t.vhost;
            cmd.arg(QStringLiteral("--vhost-pattern")).value(exact(vhost));
            if (!t.queue.isEmpty())
                cmd.arg(QStringLiteral("--queue-pattern")).value(exact(t.queue));
        }
        if (!t.filter.isEmpty())
            cmd.arg(QStringLiteral("--queue-pattern")).value(t.filter);
        s.commands << cmd.arg(QStringLiteral("--formatter")).arg(QStringLiteral("json")); // no box-drawing table
        s.timeoutMs = 600000;
        s.undoDescription = tr("Nothing to undo: leaders move again at the next failover or rebalance.");
        plan.steps << s;
        for (const auto& vhost : vhostsOf(selected))
            plan.verification << leadersCheck(via->name, vhost, namesIn(selected, vhost), 30000);
        return plan;
    }

    // grow and shrink: about one node.
    const QString node = t.node;
    const bool grow = t.action == Action::Grow;
    if (grow && !running(f.queues, node)) {
        plan.refusals << (f.queues.clusterNodes().contains(node)
                ? tr("%1 is not running: a member can only be added on a running node of the cluster").arg(node)
                : tr("%1 is not a node of this cluster: join it first").arg(node));
        return plan;
    }
    QList<QueueInfo> affected;
    QStringList previews, leaderless, refused;
    for (const auto& q : selected) {
        const QStringList members = q.nodes();
        if (members.contains(node) == grow)
            continue;
        if (grow) {
            if (q.leaderless) {
                leaderless << label(q);
                continue;
            }
            previews << tr("%1: %2 → + %3").arg(label(q), hostsOf(members), hostnameOf(node));
        } else {
            QStringList after = members;
            after.removeAll(node);
            QStringList online = onlineMembers(q);
            online.removeAll(node);
            const int majority = int(after.size()) / 2 + 1;
            if (after.isEmpty())
                refused << tr("%1: %2 holds its only member").arg(label(q), hostnameOf(node));
            else if (q.leaderless)
                refused << tr("%1: no leader to commit the change").arg(label(q));
            else if (online.size() < majority)
                refused << tr(
                    "%1: %n member(s) online would be left of %2, a majority needs %3", "", int(online.size()))
                               .arg(label(q))
                               .arg(after.size())
                               .arg(majority);
            previews << tr("%1: %2 → − %3").arg(label(q), hostsOf(members), hostnameOf(node));
        }
        affected << q;
    }
    if (!leaderless.isEmpty()) {
        plan.preflight << item(tr("Without a leader"), State::Warning,
            tr("%n quorum queue(s) have no leader and cannot take a member until a majority of their members run:", "",
                int(leaderless.size()))
                + QLatin1Char('\n') + listed(leaderless));
        if (!t.queue.isEmpty()) {
            plan.refusals << tr("%1 has no leader: start a majority of its members first").arg(t.queue);
            return plan;
        }
    }
    if (!refused.isEmpty()) {
        plan.refusals << tr("removing the members on %1 would leave %n quorum queue(s) without a majority (narrow the "
                            "selection, or start their other members first):",
                             "", int(refused.size()))
                             .arg(node)
                + QLatin1Char('\n') + listed(refused);
        return plan;
    }
    if (affected.isEmpty()) {
        plan.alreadyDone = grow ? tr("every selected quorum queue has a member on %1").arg(node)
                                : tr("no selected quorum queue has a member on %1").arg(node);
        return plan;
    }
    plan.preflight << item(tr("What changes"), State::Info,
        tr("%n quorum queue(s):", "", int(affected.size())) + QLatin1Char('\n') + listed(previews));
    if (!grow) {
        int leaders = 0;
        for (const auto& q : affected)
            leaders += q.homeNode == node && !q.leaderless ? 1 : 0;
        if (leaders > 0)
            plan.preflight << item(tr("Leaders that move"), State::Info,
                tr("%n queue(s) led by %1 elect a new leader among their other members (a moment without a leader; "
                   "no message is lost)",
                    "", leaders)
                    .arg(node));
    }
    const bool one = wholeCluster(t);
    const HostProfile* via = grow ? runningHost(p, f.queues, node, {}) : runningHost(p, f.queues, {}, node);
    if (!via)
        via = runningHost(p, f.queues, {}, {});
    if (!via) {
        plan.refusals << tr("no host of the profile runs a node of the cluster");
        return plan;
    }
    if (!one && affected.size() > kManyCommands)
        plan.preflight << item(tr("Commands"), State::Warning,
            tr("one %1 per queue, %2 in all, each a second or more: without a selection one command covers every "
               "queue")
                .arg(grow ? QStringLiteral("add_member") : QStringLiteral("delete_member"))
                .arg(affected.size()));

    Step s;
    s.id = grow ? QStringLiteral("grow") : QStringLiteral("shrink");
    s.host = via->name;
    s.description = grow ? tr("Add a member on %1 to %n quorum queue(s)", "", int(affected.size())).arg(node)
                         : tr("Remove the member on %1 from %n quorum queue(s)", "", int(affected.size())).arg(node);
    if (grow) {
        Check runs;
        runs.description = tr("%1 runs").arg(node);
        runs.host = via->name;
        runs.command = RabbitCommands::pingNode(node);
        s.prechecks << runs;
        if (one) {
            s.commands << RabbitCommands::growQuorumMembers(node);
        } else {
            for (const auto& q : affected)
                s.commands << addMember(q, node);
        }
        s.undoDescription = tr("Remove the members on %1 again").arg(node);
        for (const auto& q : affected)
            s.undoCommands << deleteMember(q, node);
    } else {
        if (one) {
            s.commands << RabbitCommands::shrinkQuorumMembers(node);
            s.outputCheck = [](const RemoteResult& r, QString* why) {
                const QStringList errors = RabbitCommands::shrinkErrors(r.out);
                if (!errors.isEmpty())
                    *why = errors.join(QStringLiteral("; "));
                return errors.isEmpty();
            };
        } else {
            for (const auto& q : affected)
                s.commands << deleteMember(q, node);
        }
        s.undoDescription = tr("Add the members on %1 again (once it runs in the cluster)").arg(node);
        for (const auto& q : affected)
            s.undoCommands << addMember(q, node);
    }
    s.timeoutMs = 600000;
    plan.steps << s;
    for (const auto& vhost : vhostsOf(affected))
        plan.verification << membersCheck(via->name, vhost, namesIn(affected, vhost), node, grow, 30000);
    return plan;
}

ReplicaPlanner::Facts ReplicaPlanner::collect(const ClusterProfile& p, CancelToken cancel)
{
    // The broker's own records first (rabbitmqctl list_queues over SSH): the management API lists
    // a queue's members from statistics its leader emits, seconds (a stream's: minutes) behind a
    // membership change, and a doctor must not grow a member that was just removed as "present".
    Facts f;
    QueueCollector::Options options;
    options.counters = QueueCollector::Counters::Skip;
    options.source = QueueCollector::Source::SshOnly;
    QueueCollector ssh(p, options, cancel);
    f.queues = ssh.collect();
    if (ssh.ok() || cancel.isCancelled()) {
        if (!ssh.ok())
            f.error = ssh.errorSummary();
        return f;
    }
    options.source = QueueCollector::Source::ApiOnly;
    QueueCollector api(p, options, cancel);
    f.queues = api.collect();
    if (!api.ok())
        f.error = tr("%1; %2").arg(ssh.errorSummary(), api.errorSummary());
    return f;
}

Plan ReplicaPlanner::prepare(const ClusterProfile& p, const Target& t, CancelToken cancel)
{
    return build(p, t, collect(p, cancel));
}

} // namespace warren
