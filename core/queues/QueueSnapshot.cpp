#include "QueueSnapshot.h"

#include "ops/RabbitVersion.h"

#include <algorithm>

namespace warren {

QueueSnapshot::QueueSnapshot(QList<QueueInfo> queues)
    : m_queues(std::move(queues))
{
    m_index.reserve(m_queues.size());
    for (qsizetype i = 0; i < m_queues.size(); ++i)
        m_index.insert(m_queues[i].key(), i);
    rebuildNodes();
}

const QueueInfo* QueueSnapshot::find(const QueueKey& key) const
{
    const qsizetype row = indexOf(key);
    return row < 0 ? nullptr : &m_queues[row];
}

QueueSnapshot QueueSnapshot::withRows(QList<QueueInfo> rows) const
{
    QueueSnapshot other(std::move(rows));
    other.m_clusterNodes = m_clusterNodes;
    other.m_downNodes = m_downNodes;
    other.m_brokerVersion = m_brokerVersion;
    other.m_knowsNodeStates = m_knowsNodeStates;
    other.rebuildNodes();
    other.takenAt = takenAt;
    other.via = via;
    other.countersSkipped = countersSkipped;
    other.sources = sources;
    return other;
}

void QueueSnapshot::setClusterNodes(const QList<NodeInfo>& nodes)
{
    m_clusterNodes.clear();
    m_downNodes.clear();
    m_brokerVersion.clear();
    RabbitVersion highest;
    for (const auto& n : nodes) {
        m_clusterNodes.append(n.name);
        if (!n.running)
            m_downNodes.insert(n.name);
        const RabbitVersion v = RabbitVersion::parse(n.rabbitVersion);
        if (v.isKnown() && (!highest.isKnown() || v.atLeast(highest.major, highest.minor))) {
            highest = v;
            m_brokerVersion = n.rabbitVersion;
        }
    }
    std::sort(m_clusterNodes.begin(), m_clusterNodes.end());
    m_knowsNodeStates = !nodes.isEmpty();
    rebuildNodes();
}

bool QueueSnapshot::hasClassicMirroring() const
{
    const RabbitVersion v = RabbitVersion::parse(m_brokerVersion);
    return !v.isKnown() || v.major < 4;
}

QStringList QueueSnapshot::missingStreamReplicas(const QueueInfo& queue) const
{
    if (queue.type != QueueType::Stream || m_clusterNodes.isEmpty())
        return {};
    const QStringList members = queue.nodes();
    if (queue.targetSize > 0 && members.size() >= queue.targetSize)
        return {};
    QStringList missing;
    for (const auto& n : m_clusterNodes) {
        if (!members.contains(n))
            missing.append(n);
    }
    return missing;
}

int QueueSnapshot::quorumTargetSize(const QueueInfo& queue) const
{
    if (queue.type != QueueType::Quorum)
        return -1;
    const int target = queue.targetSize > 0 ? queue.targetSize : kDefaultQuorumGroupSize;
    const qsizetype clusterSize = m_clusterNodes.isEmpty() ? m_nodes.size() : m_clusterNodes.size();
    return clusterSize > 0 ? int(qMin<qsizetype>(target, clusterSize)) : target;
}

void QueueSnapshot::rebuildNodes()
{
    QSet<QString> all(m_clusterNodes.cbegin(), m_clusterNodes.cend());
    for (const auto& q : m_queues) {
        if (!q.homeNode.isEmpty())
            all.insert(q.homeNode);
        for (const auto& n : q.synchronisedNodes)
            all.insert(n);
        for (const auto& n : q.unsynchronisedNodes)
            all.insert(n);
    }
    m_nodes = QStringList(all.cbegin(), all.cend());
    std::sort(m_nodes.begin(), m_nodes.end());
}

QueueSnapshot::Summary QueueSnapshot::summary() const
{
    Summary s;
    s.total = m_queues.size();
    for (const auto& q : m_queues) {
        if (q.isReplicated()) {
            if (q.fullySynchronised())
                ++s.fullySynchronised;
            else
                ++s.outOfSync;
        } else if (q.type == QueueType::Classic) {
            ++s.unreplicated;
        }
        if (q.state == QLatin1String("down") || (!q.homeNode.isEmpty() && m_downNodes.contains(q.homeNode)))
            ++s.homeNodeDown;
    }
    return s;
}

} // namespace warren
