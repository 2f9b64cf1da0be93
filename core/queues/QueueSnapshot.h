#pragma once

#include "QueueInfo.h"
#include "model/ClusterSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace warren {

// All queues of a cluster at one moment, with the nodes they are compared across. Rows are kept
// in the broker's order (vhost, name) and found through a hash, so a model on top updates rows
// in place and a diff between two polls costs O(queues).
class QueueSnapshot final
{
public:
    QueueSnapshot() = default;
    explicit QueueSnapshot(QList<QueueInfo> queues);

    const QList<QueueInfo>& queues() const { return m_queues; }
    qsizetype size() const { return m_queues.size(); }
    bool isEmpty() const { return m_queues.isEmpty(); }
    const QueueInfo& at(qsizetype row) const { return m_queues.at(row); }
    // Row of a queue, -1 when absent.
    qsizetype indexOf(const QueueKey& key) const { return m_index.value(key, -1); }
    const QueueInfo* find(const QueueKey& key) const;
    // The same moment (nodes, node states, time, sources) with other rows, e.g. the same queues
    // in a table's row order.
    QueueSnapshot withRows(QList<QueueInfo> rows) const;

    // Cluster nodes, sorted: the matrix's columns. Every node a queue mentions is included, plus
    // the nodes the cluster reported (running or not).
    QStringList nodes() const { return m_nodes; }
    void setClusterNodes(const QList<NodeInfo>& nodes);
    bool isNodeDown(const QString& node) const { return m_downNodes.contains(node); }
    const QSet<QString>& downNodes() const { return m_downNodes; }
    bool knowsNodeStates() const { return m_knowsNodeStates; }
    // The nodes the cluster itself reported (not those only a queue mentions), sorted.
    QStringList clusterNodes() const { return m_clusterNodes; }
    // The highest RabbitMQ version the cluster's nodes reported ("" when none did).
    QString brokerVersion() const { return m_brokerVersion; }
    // Whether classic queues may have mirrors: false on RabbitMQ 4.x (mirroring was removed in
    // 4.0), true when the version is unknown (as before versions were read).
    bool hasClassicMirroring() const;
    // A stream's missing replicas: cluster nodes that hold no member of it (empty when the
    // cluster's nodes are unknown, for other queue types, or when the stream was declared with
    // x-initial-cluster-size and has at least that many members).
    QStringList missingStreamReplicas(const QueueInfo& queue) const;
    // The member count a quorum queue should have: its target size (default 3), at most the
    // cluster's node count; -1 for other types.
    int quorumTargetSize(const QueueInfo& queue) const;

    QDateTime takenAt;
    QString via; // "api" or "ssh"
    // The source was asked without statistics (placement only, or the fallback after the request
    // with statistics timed out): every counter is -1 because nobody asked, not because the broker
    // had none yet.
    bool countersSkipped = false;
    QList<SourceStatus> sources;

    struct Summary
    {
        qsizetype total = 0;
        qsizetype fullySynchronised = 0; // replicated queues with every replica in sync
        qsizetype outOfSync = 0; // replicated queues with at least one replica behind
        qsizetype homeNodeDown = 0;
        qsizetype unreplicated = 0; // classic queues without mirrors
    };
    Summary summary() const;

private:
    void rebuildNodes();
    QList<QueueInfo> m_queues;
    QHash<QueueKey, qsizetype> m_index;
    QStringList m_nodes;
    QStringList m_clusterNodes;
    QSet<QString> m_downNodes;
    QString m_brokerVersion;
    bool m_knowsNodeStates = false;
};

} // namespace warren
