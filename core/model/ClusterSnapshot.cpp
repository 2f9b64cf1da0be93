#include "ClusterSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace warren {

QString nodeTypeKey(NodeType type)
{
    switch (type) {
    case NodeType::Disc:
        return QStringLiteral("disc");
    case NodeType::Ram:
        return QStringLiteral("ram");
    case NodeType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

NodeType nodeTypeFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("disc") || k == QLatin1String("disk"))
        return NodeType::Disc;
    if (k == QLatin1String("ram"))
        return NodeType::Ram;
    return NodeType::Unknown;
}

QStringList NodeInfo::alarms() const
{
    QStringList out;
    if (memoryAlarm)
        out << QStringLiteral("memory");
    if (diskAlarm)
        out << QStringLiteral("disk");
    return out;
}

QString metadataStoreKey(MetadataStore store)
{
    switch (store) {
    case MetadataStore::Mnesia:
        return QStringLiteral("mnesia");
    case MetadataStore::Khepri:
        return QStringLiteral("khepri");
    case MetadataStore::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString metadataStoreName(MetadataStore store)
{
    switch (store) {
    case MetadataStore::Mnesia:
        return QStringLiteral("Mnesia");
    case MetadataStore::Khepri:
        return QStringLiteral("Khepri");
    case MetadataStore::Unknown:
        break;
    }
    return QCoreApplication::translate("Status", "unknown store", "metadata store not known");
}

const KhepriMember* MetadataStoreStatus::member(const QString& node) const
{
    for (const auto& m : raft) {
        if (m.node == node)
            return &m;
    }
    return nullptr;
}

void MetadataStoreStatus::setMembersFrom(const QList<NodeInfo>& nodes)
{
    members.clear();
    membersRunning = 0;
    for (const NodeInfo& n : nodes) {
        members << n.name;
        if (n.running)
            ++membersRunning;
    }
}

QStringList BrokerFacts::disabledFlags() const
{
    QStringList out;
    for (const auto& f : featureFlags) {
        if (!f.enabled())
            out << f.name;
    }
    return out;
}

QStringList BrokerFacts::flagsNeededBeforeUpgrade() const
{
    QStringList out;
    for (const auto& f : featureFlags) {
        if (f.neededBeforeUpgrade())
            out << f.name;
    }
    return out;
}

const DeprecatedFeature* BrokerFacts::deprecated(const QString& name) const
{
    for (const auto& d : deprecatedInUse) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QString ClusterSnapshot::version() const
{
    QString common;
    for (const auto& n : nodes) {
        if (n.rabbitVersion.isEmpty())
            continue;
        if (common.isEmpty())
            common = n.rabbitVersion;
        else if (common != n.rabbitVersion)
            return rabbitVersion.isEmpty() ? common : rabbitVersion;
    }
    return common.isEmpty() ? rabbitVersion : common;
}

bool ClusterSnapshot::versionsDiffer() const
{
    QString first;
    for (const auto& n : nodes) {
        if (n.rabbitVersion.isEmpty())
            continue;
        if (first.isEmpty())
            first = n.rabbitVersion;
        else if (first != n.rabbitVersion)
            return true;
    }
    return false;
}

const NodeInfo* ClusterSnapshot::node(const QString& name) const
{
    for (const auto& n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

NodeInfo* ClusterSnapshot::node(const QString& name)
{
    for (auto& n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

static QJsonValue optionalNumber(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

QJsonObject ClusterSnapshot::toJson() const
{
    QJsonArray nodeArray;
    for (const auto& n : nodes) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), n.name);
        o.insert(QStringLiteral("type"), nodeTypeKey(n.type));
        o.insert(QStringLiteral("running"), n.running);
        o.insert(QStringLiteral("maintenance"), n.underMaintenance);
        o.insert(QStringLiteral("alarms"), QJsonArray::fromStringList(n.alarms()));
        o.insert(QStringLiteral("partitions"), QJsonArray::fromStringList(n.partitions));
        if (!n.rabbitVersion.isEmpty())
            o.insert(QStringLiteral("rabbitmq_version"), n.rabbitVersion);
        if (!n.erlangVersion.isEmpty())
            o.insert(QStringLiteral("erlang_version"), n.erlangVersion);
        o.insert(QStringLiteral("uptime_ms"), optionalNumber(n.uptimeMs));
        o.insert(QStringLiteral("mem_used"), optionalNumber(n.memUsed));
        o.insert(QStringLiteral("mem_limit"), optionalNumber(n.memLimit));
        o.insert(QStringLiteral("disk_free"), optionalNumber(n.diskFree));
        o.insert(QStringLiteral("disk_free_limit"), optionalNumber(n.diskFreeLimit));
        if (n.safety.verdict != StopSafety::Verdict::Unknown) {
            QJsonObject safety;
            safety.insert(QStringLiteral("safe"), n.safety.verdict == StopSafety::Verdict::Safe);
            safety.insert(QStringLiteral("quorum_queues_at_risk"), n.safety.quorumQueuesAtRisk);
            safety.insert(QStringLiteral("mirrors_at_risk"), n.safety.mirrorsAtRisk);
            if (!n.safety.reason.isEmpty())
                safety.insert(QStringLiteral("reason"), n.safety.reason);
            o.insert(QStringLiteral("safe_to_stop"), safety);
        }
        if (!n.disagreement.isEmpty()) {
            QJsonObject d;
            d.insert(QStringLiteral("api"), n.disagreement.api);
            d.insert(QStringLiteral("cluster_status"), n.disagreement.clusterStatus);
            o.insert(QStringLiteral("sources_disagree"), d);
        }
        if (!n.unreachableFromWarren.isEmpty())
            o.insert(QStringLiteral("unreachable_from_warren"), n.unreachableFromWarren);
        if (n.queueLeaders >= 0)
            o.insert(QStringLiteral("queue_leaders"), n.queueLeaders);
        nodeArray.append(o);
    }
    QJsonArray partitionArray;
    for (const auto& group : partitions)
        partitionArray.append(QJsonArray::fromStringList(group));
    QJsonArray servers;
    for (const auto& s : haproxyServers) {
        QJsonObject o;
        o.insert(QStringLiteral("proxy"), s.proxy);
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("address"), s.address);
        o.insert(QStringLiteral("role"), s.backup ? QStringLiteral("backup") : QStringLiteral("active"));
        o.insert(QStringLiteral("status"), s.status);
        o.insert(QStringLiteral("check_status"), s.checkStatus);
        o.insert(QStringLiteral("current_sessions"), double(s.currentSessions));
        servers.append(o);
    }
    QJsonArray sourceArray;
    for (const auto& s : sources) {
        QJsonObject o;
        o.insert(QStringLiteral("source"), s.source);
        o.insert(QStringLiteral("ok"), s.ok);
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        sourceArray.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("cluster"), clusterName);
    root.insert(QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("via"), via);
    root.insert(QStringLiteral("nodes"), nodeArray);
    root.insert(QStringLiteral("partitions"), partitionArray);
    QJsonObject hap;
    hap.insert(QStringLiteral("servers"), servers);
    root.insert(QStringLiteral("haproxy"), hap);
    root.insert(QStringLiteral("sources"), sourceArray);
    if (statisticsIntervalMs > 0)
        root.insert(QStringLiteral("statistics_interval_ms"), double(statisticsIntervalMs));
    // Added with 4.x support (issue 15): new keys only.
    const QString v = version();
    root.insert(QStringLiteral("version"), v.isEmpty() ? QJsonValue() : QJsonValue(v));
    {
        const MetadataStoreStatus& m = broker.metadata;
        QJsonObject store;
        store.insert(QStringLiteral("store"), metadataStoreKey(m.store));
        if (!m.foundBy.isEmpty())
            store.insert(QStringLiteral("found_by"), m.foundBy);
        if (m.isKhepri()) {
            store.insert(QStringLiteral("leader"), m.leader.isEmpty() ? QJsonValue() : QJsonValue(m.leader));
            store.insert(QStringLiteral("members"), QJsonArray::fromStringList(m.members));
            store.insert(QStringLiteral("members_running"), m.membersRunning < 0 ? QJsonValue() : m.membersRunning);
            store.insert(QStringLiteral("majority_up"), m.membersRunning < 0 ? QJsonValue() : m.majorityUp());
            QJsonArray raft;
            for (const auto& r : m.raft) {
                QJsonObject o;
                o.insert(QStringLiteral("node"), r.node);
                o.insert(QStringLiteral("raft_state"), r.raftState);
                if (!r.membership.isEmpty())
                    o.insert(QStringLiteral("membership"), r.membership);
                if (r.term >= 0)
                    o.insert(QStringLiteral("term"), double(r.term));
                if (r.commitIndex >= 0)
                    o.insert(QStringLiteral("commit_index"), double(r.commitIndex));
                raft.append(o);
            }
            store.insert(QStringLiteral("raft"), raft);
        }
        if (!m.error.isEmpty())
            store.insert(QStringLiteral("error"), m.error);
        root.insert(QStringLiteral("metadata_store"), store);
    }
    if (broker.featureFlagsKnown) {
        QJsonObject ff;
        ff.insert(QStringLiteral("disabled"), QJsonArray::fromStringList(broker.disabledFlags()));
        ff.insert(
            QStringLiteral("needed_before_upgrade"), QJsonArray::fromStringList(broker.flagsNeededBeforeUpgrade()));
        root.insert(QStringLiteral("feature_flags"), ff);
    }
    if (broker.deprecatedKnown) {
        QJsonObject dep;
        dep.insert(QStringLiteral("found_by"), broker.deprecatedFoundBy);
        QJsonArray used;
        for (const auto& d : broker.deprecatedInUse) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), d.name);
            if (!d.phase.isEmpty())
                o.insert(QStringLiteral("phase"), d.phase);
            if (!d.where.isEmpty())
                o.insert(QStringLiteral("where"), QJsonArray::fromStringList(d.where));
            if (!d.foundBy.isEmpty())
                o.insert(QStringLiteral("found_by"), d.foundBy);
            used.append(o);
        }
        dep.insert(QStringLiteral("in_use"), used);
        root.insert(QStringLiteral("deprecated_features"), dep);
    }
    if (wholeClusterDown) {
        QJsonObject down;
        down.insert(QStringLiteral("start_order"), QJsonArray::fromStringList(shutdown.startOrder));
        down.insert(QStringLiteral("stopped_last"), QJsonArray::fromStringList(shutdown.stoppedLast));
        if (!shutdown.error.isEmpty())
            down.insert(QStringLiteral("error"), shutdown.error);
        root.insert(QStringLiteral("whole_cluster_down"), down);
    }
    return root;
}

QList<QStringList> partitionGroups(const QList<NodeInfo>& nodes)
{
    // Each node that reports unreachable peers sees the others as one group; the nodes nobody in
    // a group sees form the other side.
    // Sets keep it at nodes x reporting nodes (list scans made it cubic).
    QStringList all;
    for (const NodeInfo& n : nodes)
        all.append(n.name);
    QList<QStringList> groups;
    QSet<QStringList> known; // to skip repeated groups
    QSet<QString> seen; // names in some group
    for (const NodeInfo& n : nodes) {
        if (n.partitions.isEmpty())
            continue;
        const QSet<QString> unreachable(n.partitions.cbegin(), n.partitions.cend());
        QStringList group;
        for (const QString& other : std::as_const(all)) {
            if (!unreachable.contains(other))
                group.append(other);
        }
        if (known.contains(group))
            continue;
        known.insert(group);
        for (const QString& name : std::as_const(group))
            seen.insert(name);
        groups.append(group);
    }
    if (!groups.isEmpty()) {
        QStringList rest;
        for (const QString& name : std::as_const(all)) {
            if (!seen.contains(name))
                rest.append(name);
        }
        if (!rest.isEmpty())
            groups.append(rest);
    }
    return groups;
}

QString normalizeNodeName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.contains(QLatin1Char('@')))
        return n;
    return QStringLiteral("rabbit@") + n;
}

QString hostOfNode(const QString& node)
{
    const auto at = node.indexOf(QLatin1Char('@'));
    return at < 0 ? node : node.mid(at + 1);
}

} // namespace warren
