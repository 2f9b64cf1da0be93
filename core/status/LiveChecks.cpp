#include "LiveChecks.h"

#include "parse/ErlangTerm.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace warren {

HealthCheckAnswer parseHealthCheck(int httpStatus, const QByteArray& body)
{
    HealthCheckAnswer a;
    if (httpStatus != 200 && httpStatus != 503)
        return a;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status.isEmpty())
        return a;
    a.answered = true;
    a.ok = status == QLatin1String("ok") && httpStatus == 200;
    a.reason = o.value(QStringLiteral("reason")).toString();
    if (!a.ok && o.value(QStringLiteral("queues")).isArray())
        a.queues = int(o.value(QStringLiteral("queues")).toArray().size());
    return a;
}

HealthCheckAnswer parseMirrorSyncCheck(int httpStatus, const QByteArray& body)
{
    // The management API answered (the caller got an HTTP status), only the check is unknown to it:
    // 404, or 406 when the request's Accept header meets cowboy's fallback route (Qt's, seen on 4.0.5).
    if (httpStatus == 404 || httpStatus == 406) {
        // 4.0 removed classic queue mirroring and this check with it: no mirror is at risk.
        HealthCheckAnswer a;
        a.answered = true;
        a.ok = true;
        a.queues = 0;
        return a;
    }
    return parseHealthCheck(httpStatus, body);
}

StopSafety stopSafetyFrom(const HealthCheckAnswer& quorum, const HealthCheckAnswer& mirror, const QString& whyUnknown)
{
    StopSafety s;
    s.checkedAt = QDateTime::currentDateTimeUtc();
    if (!quorum.answered || !mirror.answered) {
        s.reason = whyUnknown;
        return s;
    }
    if (quorum.ok && mirror.ok) {
        s.verdict = StopSafety::Verdict::Safe;
        return s;
    }
    s.verdict = StopSafety::Verdict::NotSafe;
    // A failed check that lists no queues still counts as at least one queue at risk.
    s.quorumQueuesAtRisk = quorum.ok ? 0 : qMax(1, quorum.queues);
    s.mirrorsAtRisk = mirror.ok ? 0 : qMax(1, mirror.queues);
    QStringList reasons;
    if (!quorum.ok && !quorum.reason.isEmpty())
        reasons << quorum.reason;
    if (!mirror.ok && !mirror.reason.isEmpty())
        reasons << mirror.reason;
    s.reason = reasons.join(QStringLiteral("; "));
    return s;
}

QString stopSafetyText(const StopSafety& safety)
{
    switch (safety.verdict) {
    case StopSafety::Verdict::Unknown:
        return {};
    case StopSafety::Verdict::Safe:
        return QCoreApplication::translate("Status", "safe to stop", "a RabbitMQ node: stopping it now loses no queue");
    case StopSafety::Verdict::NotSafe:
        break;
    }
    QStringList parts;
    if (safety.quorumQueuesAtRisk > 0)
        parts << QCoreApplication::translate("Status", "%n quorum queue(s) would lose their majority",
            "quorum queue: RabbitMQ replicated queue type", safety.quorumQueuesAtRisk);
    if (safety.mirrorsAtRisk > 0)
        parts << QCoreApplication::translate("Status", "%n mirrored queue(s) would have no synchronised mirror",
            "mirror: a replica of a classic mirrored queue", safety.mirrorsAtRisk);
    return QCoreApplication::translate("Status", "not safe to stop: %1", "list of reasons")
        .arg(parts.join(QStringLiteral(", ")));
}

Parsed<QHash<QString, int>> countQueueLeaders(const QByteArray& queuesJson)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(queuesJson, &err);
    if (err.error != QJsonParseError::NoError)
        return ParseError { err.errorString() };
    if (!doc.isArray())
        return ParseError { QCoreApplication::translate("Status", "expected a JSON array of queues") };
    QHash<QString, int> counts;
    for (const QJsonValue v : doc.array()) {
        const QJsonObject q = v.toObject();
        QString node = q.value(QStringLiteral("leader")).toString();
        if (node.isEmpty())
            node = q.value(QStringLiteral("node")).toString();
        if (!node.isEmpty())
            ++counts[node];
    }
    return counts;
}

QString describeNodeView(const NodeInfo& node)
{
    const QString running = node.running ? QCoreApplication::translate("Status", "running", "RabbitMQ node state")
                                         : QCoreApplication::translate("Status", "not running", "RabbitMQ node state");
    switch (node.type) {
    case NodeType::Disc:
        return QCoreApplication::translate("Status", "%1, disc", "node state, node type").arg(running);
    case NodeType::Ram:
        return QCoreApplication::translate("Status", "%1, ram", "node state, node type").arg(running);
    case NodeType::Unknown:
        break;
    }
    return running;
}

int markDisagreements(QList<NodeInfo>& apiNodes, const QList<NodeInfo>& clusterStatusNodes)
{
    const QString notListed
        = QCoreApplication::translate("Status", "not a member", "the source does not list this node");
    int count = 0;
    for (NodeInfo& a : apiNodes) {
        a.disagreement = {};
        const auto it = std::find_if(clusterStatusNodes.cbegin(), clusterStatusNodes.cend(),
            [&](const NodeInfo& c) { return c.name == a.name; });
        if (it == clusterStatusNodes.cend()) {
            a.disagreement = { describeNodeView(a), notListed };
            ++count;
            continue;
        }
        const bool typeDiffers = a.type != NodeType::Unknown && it->type != NodeType::Unknown && a.type != it->type;
        if (a.running != it->running || typeDiffers) {
            a.disagreement = { describeNodeView(a), describeNodeView(*it) };
            ++count;
        }
    }
    for (const NodeInfo& c : clusterStatusNodes) {
        if (std::any_of(apiNodes.cbegin(), apiNodes.cend(), [&](const NodeInfo& a) { return a.name == c.name; }))
            continue;
        NodeInfo added = c;
        added.disagreement = { notListed, describeNodeView(c) };
        apiNodes.append(added);
        ++count;
    }
    return count;
}

QString membershipKey(const QList<NodeInfo>& nodes)
{
    QStringList parts;
    for (const NodeInfo& n : nodes)
        parts << n.name + QLatin1Char(':') + (n.running ? QLatin1Char('1') : QLatin1Char('0')) + nodeTypeKey(n.type);
    parts.sort();
    return parts.join(QLatin1Char(','));
}

namespace {
    QStringList atoms(const ErlTerm& list)
    {
        QStringList out;
        for (const ErlTerm& t : list.items)
            out << t.asText();
        return out;
    }
} // namespace

Parsed<QStringList> parseNodeListFile(const QString& text)
{
    auto term = parseErlangTerm(QStringView(text).trimmed());
    if (!term.ok())
        return term.error();
    if (!term->isList())
        return ParseError { QCoreApplication::translate("Status", "expected a list of nodes") };
    return atoms(term.value());
}

Parsed<ClusterNodesFile> parseClusterNodesFile(const QString& text)
{
    auto term = parseErlangTerm(QStringView(text).trimmed());
    if (!term.ok())
        return term.error();
    if (!term->isTuple() || term->items.size() < 2 || !term->items.at(0).isList() || !term->items.at(1).isList())
        return ParseError { QCoreApplication::translate("Status", "expected {AllNodes, DiscNodes}") };
    return ClusterNodesFile { atoms(term->items.at(0)), atoms(term->items.at(1)) };
}

ShutdownOrder shutdownOrderFrom(const QMap<QString, QStringList>& runningAtShutdown)
{
    ShutdownOrder order;
    order.runningAtShutdown = runningAtShutdown;
    if (runningAtShutdown.isEmpty()) {
        order.error = QCoreApplication::translate("Status", "no node's shutdown record could be read");
        return order;
    }
    QStringList nodes = runningAtShutdown.keys();
    // Fewer nodes still running when it stopped = it stopped later. Ties keep name order.
    std::stable_sort(nodes.begin(), nodes.end(), [&](const QString& a, const QString& b) {
        return runningAtShutdown.value(a).size() < runningAtShutdown.value(b).size();
    });
    order.startOrder = nodes;
    const auto shortest = runningAtShutdown.value(nodes.first()).size();
    for (const QString& n : nodes) {
        if (runningAtShutdown.value(n).size() == shortest)
            order.stoppedLast << n;
    }
    return order;
}

QString shutdownOrderText(const ShutdownOrder& order)
{
    if (!order.isKnown())
        return QCoreApplication::translate(
            "Status", "The whole cluster is down; which node stopped last is unknown: %1")
            .arg(order.error);
    const QString sep = QCoreApplication::translate("Status", ", ", "separator between list items");
    if (order.stoppedLast.size() == 1)
        return QCoreApplication::translate(
            "Status", "The whole cluster is down. %1 stopped last: start it first. Start order: %2.")
            .arg(order.stoppedLast.first(), order.startOrder.join(sep));
    return QCoreApplication::translate(
        "Status", "The whole cluster is down. %1 stopped together, last: start one of them first. Start order: %2.")
        .arg(order.stoppedLast.join(sep), order.startOrder.join(sep));
}

QString apiFallbackReason(const ClusterSnapshot& snapshot)
{
    if (snapshot.via != QLatin1String("ssh") || snapshot.wholeClusterDown || !snapshot.hasNodes())
        return {};
    QString why;
    for (const SourceStatus& s : snapshot.sources) {
        if (!s.ok) {
            why = QCoreApplication::translate("Status", "%1: %2", "source name: error message").arg(s.source, s.error);
            break;
        }
    }
    return QCoreApplication::translate("Status",
        "no management API answers (%1); membership and running state come from SSH "
        "cluster_status, figures are missing")
        .arg(why);
}

qint64 parseStatisticsInterval(const QString& evalOutput)
{
    const QString t = evalOutput.trimmed();
    if (t == QLatin1String("undefined"))
        return kDefaultStatisticsIntervalMs;
    auto term = parseErlangTerm(t);
    if (!term.ok() || !term->isTuple() || term->items.size() != 2 || !term->items.at(0).isAtom(u"ok")
        || term->items.at(1).kind != ErlTerm::Kind::Integer || term->items.at(1).integer <= 0)
        return -1;
    return term->items.at(1).integer;
}

void applyReach(QList<NodeInfo>& nodes, const QList<HostReach>& reach)
{
    for (NodeInfo& n : nodes) {
        n.unreachableFromWarren.clear();
        n.apiError.clear();
        for (const HostReach& r : reach) {
            if (r.node != n.name)
                continue;
            n.unreachableFromWarren = r.unreachable;
            if (n.running)
                n.apiError = r.apiError;
        }
    }
}

void carryForward(ClusterSnapshot& fresh, const ClusterSnapshot& previous, const RefreshedChecks& refreshed)
{
    // Safety comes from each node's own API: a verdict is kept only while that API still answers
    // (the snapshot came from the API, and the node has no API or reach mark). Otherwise it is
    // unknown: an old "safe to stop" must not outlive the source that could take it back.
    const bool viaApi = fresh.via == QLatin1String("api");
    for (NodeInfo& n : fresh.nodes) {
        const NodeInfo* old = previous.node(n.name);
        if (!old)
            continue;
        // A node's safety only means something while it runs. (Reachability is probed every poll.)
        if (!refreshed.stopSafety && n.running && old->running && viaApi && n.apiError.isEmpty()
            && n.unreachableFromWarren.isEmpty())
            n.safety = old->safety;
        if (!refreshed.crossCheck)
            n.disagreement = old->disagreement;
        // A stopped node leads no queue: its old count is not carried.
        if (!refreshed.queueLeaders && n.queueLeaders < 0 && n.running)
            n.queueLeaders = old->queueLeaders;
    }
    if (!refreshed.crossCheck && fresh.hasNodes()) {
        // A member only cluster_status listed stays on screen (marked) until the next cross-check.
        const QString notListed
            = QCoreApplication::translate("Status", "not a member", "the source does not list this node");
        for (const NodeInfo& old : previous.nodes) {
            if (old.disagreement.api == notListed && !fresh.node(old.name))
                fresh.nodes.append(old);
        }
    }
    if (!refreshed.queueLeaders && !fresh.leadersAt.isValid()) {
        fresh.leadersAt = previous.leadersAt;
        fresh.leadersCostMs = previous.leadersCostMs;
    }
    if (fresh.statisticsIntervalMs <= 0)
        fresh.statisticsIntervalMs = previous.statisticsIntervalMs;
    if (!refreshed.brokerFacts && !fresh.broker.isKnown() && previous.broker.isKnown()) {
        // The store, flags and deprecated features change rarely; which members run is this poll's.
        fresh.broker = previous.broker;
        if (fresh.broker.metadata.isKhepri())
            fresh.broker.metadata.setMembersFrom(fresh.nodes);
    }
}

} // namespace warren
