#include "SnapshotDiff.h"

#include "HaproxyRouting.h"

#include <QHash>

namespace warren {

namespace {

    ClusterEvent event(
        ClusterEvent::Kind kind, ClusterEvent::Severity severity, const QDateTime& at, QStringList args = {})
    {
        ClusterEvent e;
        e.kind = kind;
        e.severity = severity;
        e.at = at;
        e.args = std::move(args);
        return e;
    }

    QStringList groupTexts(const QList<QStringList>& groups)
    {
        QStringList out;
        for (const QStringList& g : groups)
            out.append(g.join(QStringLiteral(", ")));
        return out;
    }

    QString serverKey(const HaproxyServer& s)
    {
        return s.proxy + QLatin1Char('/') + s.name;
    }

} // namespace

QString ClusterEvent::text() const
{
    const auto arg = [this](int i) { return args.value(i); };
    switch (kind) {
    case Kind::Watching:
        return tr("Watching %1: %n node(s), %2 running", "RabbitMQ nodes", count).arg(arg(0)).arg(count2);
    case Kind::NodeStopped:
        return tr("%1 stopped", "a RabbitMQ node").arg(arg(0));
    case Kind::NodeStarted:
        return tr("%1 started", "a RabbitMQ node").arg(arg(0));
    case Kind::NodeAppeared:
        return tr("%1 joined the cluster", "a RabbitMQ node").arg(arg(0));
    case Kind::NodeDisappeared:
        return tr("%1 is no longer listed in the cluster", "a RabbitMQ node").arg(arg(0));
    case Kind::MemoryAlarm:
        return tr("Memory alarm on %1: publishers are blocked", "a RabbitMQ node").arg(arg(0));
    case Kind::MemoryAlarmCleared:
        return tr("Memory alarm on %1 cleared", "a RabbitMQ node").arg(arg(0));
    case Kind::DiskAlarm:
        return tr("Disk alarm on %1: publishers are blocked", "a RabbitMQ node").arg(arg(0));
    case Kind::DiskAlarmCleared:
        return tr("Disk alarm on %1 cleared", "a RabbitMQ node").arg(arg(0));
    case Kind::PartitionDetected: {
        QStringList groups;
        for (const QString& g : args)
            groups.append(tr("[%1]", "a group of nodes in a partition").arg(g));
        return tr("Partition detected between %1", "network partition of the RabbitMQ cluster")
            .arg(groups.join(tr(" and ", "between two partition groups")));
    }
    case Kind::PartitionHealed:
        return tr("Partition healed: every node sees every other", "network partition of the RabbitMQ cluster");
    case Kind::ServingChanged:
        return backup ? tr("HAProxy %1 now serving from %2 (backup)", "listener, server").arg(arg(0), arg(1))
                      : tr("HAProxy %1 now serving from %2 (active)", "listener, server").arg(arg(0), arg(1));
    case Kind::NoServerServing:
        return tr("HAProxy %1 has no server UP: clients cannot connect", "listener").arg(arg(0));
    case Kind::ServerStateChanged:
        return tr("HAProxy server %1/%2: %3 → %4", "listener/server: old state → new state")
            .arg(arg(0), arg(1), arg(2), arg(3));
    case Kind::SourceFailed:
        return tr("%1 stopped answering: %2", "a status source (API on rabbit1, SSH on rabbit2...)")
            .arg(arg(0), arg(1));
    case Kind::SourceRecovered:
        return tr("%1 answers again", "a status source (API on rabbit1, SSH on rabbit2...)").arg(arg(0));
    case Kind::NoSourceAnswered:
        return tr("No source answered: the view shows the last data collected");
    }
    return {};
}

QString ClusterEvent::kindKey() const
{
    switch (kind) {
    case Kind::Watching:
        return QStringLiteral("watching");
    case Kind::NodeStopped:
        return QStringLiteral("node-stopped");
    case Kind::NodeStarted:
        return QStringLiteral("node-started");
    case Kind::NodeAppeared:
        return QStringLiteral("node-appeared");
    case Kind::NodeDisappeared:
        return QStringLiteral("node-disappeared");
    case Kind::MemoryAlarm:
        return QStringLiteral("memory-alarm");
    case Kind::MemoryAlarmCleared:
        return QStringLiteral("memory-alarm-cleared");
    case Kind::DiskAlarm:
        return QStringLiteral("disk-alarm");
    case Kind::DiskAlarmCleared:
        return QStringLiteral("disk-alarm-cleared");
    case Kind::PartitionDetected:
        return QStringLiteral("partition-detected");
    case Kind::PartitionHealed:
        return QStringLiteral("partition-healed");
    case Kind::ServingChanged:
        return QStringLiteral("serving-changed");
    case Kind::NoServerServing:
        return QStringLiteral("no-server-serving");
    case Kind::ServerStateChanged:
        return QStringLiteral("server-state-changed");
    case Kind::SourceFailed:
        return QStringLiteral("source-failed");
    case Kind::SourceRecovered:
        return QStringLiteral("source-recovered");
    case Kind::NoSourceAnswered:
        return QStringLiteral("no-source-answered");
    }
    return {};
}

void SnapshotDiff::reset()
{
    m_lastWithNodes = {};
    m_last = {};
    m_hasLast = false;
}

QList<ClusterEvent> SnapshotDiff::feed(const ClusterSnapshot& snapshot)
{
    QList<ClusterEvent> out;
    const QDateTime at = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    if (m_hasLast)
        compareSources(m_last, snapshot, out);
    if (!snapshot.hasNodes()) {
        if (!m_hasLast || m_last.hasNodes())
            out.append(event(ClusterEvent::Kind::NoSourceAnswered, ClusterEvent::Severity::Warning, at));
    } else if (!m_lastWithNodes.hasNodes()) {
        ClusterEvent e
            = event(ClusterEvent::Kind::Watching, ClusterEvent::Severity::Info, at, { snapshot.clusterName });
        e.count = int(snapshot.nodes.size());
        for (const NodeInfo& n : snapshot.nodes)
            e.count2 += n.running ? 1 : 0;
        out.append(e);
        // Problems present from the start are events too: the list is where the admin looks.
        ClusterSnapshot calm;
        calm.takenAt = snapshot.takenAt;
        for (NodeInfo n : snapshot.nodes) {
            n.running = true;
            n.memoryAlarm = n.diskAlarm = false;
            n.partitions.clear();
            calm.nodes.append(n);
        }
        for (HaproxyServer s : snapshot.haproxyServers) {
            s.status = QStringLiteral("UP");
            calm.haproxyServers.append(s);
        }
        // Against a calm cluster where HAProxy serves from its active servers: only departures
        // from that are told (a state change from an imagined UP would be a false story).
        for (const ClusterEvent& e2 : compare(calm, snapshot)) {
            if (e2.kind != ClusterEvent::Kind::ServerStateChanged)
                out.append(e2);
        }
    } else {
        out.append(compare(m_lastWithNodes, snapshot));
    }
    m_last = snapshot;
    m_hasLast = true;
    if (snapshot.hasNodes())
        m_lastWithNodes = snapshot;
    return out;
}

void SnapshotDiff::compareSources(const ClusterSnapshot& before, const ClusterSnapshot& after, QList<ClusterEvent>& out)
{
    const QDateTime at = after.takenAt.isValid() ? after.takenAt : QDateTime::currentDateTimeUtc();
    QHash<QString, bool> was;
    for (const SourceStatus& s : before.sources)
        was.insert(s.source, s.ok);
    for (const SourceStatus& s : after.sources) {
        const auto it = was.constFind(s.source);
        // A source asked for the first time only because another one failed counts as answering
        // before: its failure is news.
        const bool wasOk = it == was.cend() ? true : *it;
        if (wasOk && !s.ok)
            out.append(
                event(ClusterEvent::Kind::SourceFailed, ClusterEvent::Severity::Warning, at, { s.source, s.error }));
        else if (!wasOk && s.ok)
            out.append(event(ClusterEvent::Kind::SourceRecovered, ClusterEvent::Severity::Good, at, { s.source }));
    }
}

QList<ClusterEvent> SnapshotDiff::compare(const ClusterSnapshot& before, const ClusterSnapshot& after)
{
    using K = ClusterEvent::Kind;
    using S = ClusterEvent::Severity;
    QList<ClusterEvent> out;
    const QDateTime at = after.takenAt.isValid() ? after.takenAt : QDateTime::currentDateTimeUtc();

    for (const NodeInfo& n : after.nodes) {
        const NodeInfo* old = before.node(n.name);
        if (!old) {
            out.append(event(K::NodeAppeared, S::Info, at, { n.name }));
            continue;
        }
        if (old->running && !n.running)
            out.append(event(K::NodeStopped, S::Critical, at, { n.name }));
        else if (!old->running && n.running)
            out.append(event(K::NodeStarted, S::Good, at, { n.name }));
        if (!old->memoryAlarm && n.memoryAlarm)
            out.append(event(K::MemoryAlarm, S::Critical, at, { n.name }));
        else if (old->memoryAlarm && !n.memoryAlarm)
            out.append(event(K::MemoryAlarmCleared, S::Good, at, { n.name }));
        if (!old->diskAlarm && n.diskAlarm)
            out.append(event(K::DiskAlarm, S::Critical, at, { n.name }));
        else if (old->diskAlarm && !n.diskAlarm)
            out.append(event(K::DiskAlarmCleared, S::Good, at, { n.name }));
    }
    for (const NodeInfo& n : before.nodes) {
        if (!after.node(n.name))
            out.append(event(K::NodeDisappeared, S::Warning, at, { n.name }));
    }

    if (after.partitions != before.partitions) {
        if (!after.partitions.isEmpty())
            out.append(event(K::PartitionDetected, S::Critical, at, groupTexts(after.partitions)));
        else
            out.append(event(K::PartitionHealed, S::Good, at));
    }

    QHash<QString, QString> oldStatus;
    for (const HaproxyServer& s : before.haproxyServers)
        oldStatus.insert(serverKey(s), s.status);
    for (const HaproxyServer& s : after.haproxyServers) {
        const auto it = oldStatus.constFind(serverKey(s));
        if (it != oldStatus.cend() && *it != s.status) {
            const bool up = s.status.startsWith(QLatin1String("UP"));
            out.append(event(K::ServerStateChanged, up ? S::Good : S::Warning, at, { s.proxy, s.name, *it, s.status }));
        }
    }
    for (const QString& proxy : HaproxyRouting::proxies(after.haproxyServers)) {
        const QStringList now = HaproxyRouting::servingServers(after.haproxyServers, proxy);
        const QStringList then = HaproxyRouting::servingServers(before.haproxyServers, proxy);
        if (now == then)
            continue;
        if (now.isEmpty()) {
            out.append(event(K::NoServerServing, S::Critical, at, { proxy }));
            continue;
        }
        for (const QString& name : now) {
            if (then.contains(name))
                continue;
            ClusterEvent e = event(K::ServingChanged, S::Info, at, { proxy, name });
            for (const HaproxyServer& s : after.haproxyServers) {
                if (s.proxy == proxy && s.name == name)
                    e.backup = s.backup;
            }
            e.severity = e.backup ? S::Warning : S::Good;
            out.append(e);
        }
    }
    return out;
}

} // namespace warren
