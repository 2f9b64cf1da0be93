#include "QueueSnapshot.h"

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
    for (const auto& n : nodes) {
        m_clusterNodes.append(n.name);
        if (!n.running)
            m_downNodes.insert(n.name);
    }
    m_knowsNodeStates = !nodes.isEmpty();
    rebuildNodes();
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
