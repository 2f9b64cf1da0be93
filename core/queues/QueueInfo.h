#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringList>

namespace warren {

// "mirrored" is a classic queue with mirrors or under an HA policy; the API and rabbitmqctl
// both call it "classic", Warren tells them apart because the admin's question is about mirrors.
enum class QueueType { Classic, Mirrored, Quorum, Stream, Unknown };

QString queueTypeKey(QueueType type); // "classic", "mirrored", "quorum", "stream", "unknown": stable
QueueType queueTypeFromKey(const QString& key);

// A queue is identified by vhost and name; both may hold any character, so the key joins them
// with a character that neither RabbitMQ nor the key's users ever put in a vhost name.
struct QueueKey
{
    QString vhost;
    QString name;
    friend bool operator==(const QueueKey&, const QueueKey&) = default;
};
inline size_t qHash(const QueueKey& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.vhost, key.name);
}

// One queue and where it lives, as the admin compares it across nodes. Node lists are sorted
// and hold full node names (rabbit@host).
struct QueueInfo
{
    QString vhost;
    QString name;
    QueueType type = QueueType::Unknown;
    QString homeNode; // classic: master; quorum: leader; empty when unknown
    QStringList synchronisedNodes; // classic: synchronised mirrors; quorum: other online members
    QStringList unsynchronisedNodes; // classic: mirrors not in sync; quorum: members not online
    qint64 messagesReady = -1; // -1: not reported (statistics not there yet, or not asked)
    qint64 messagesUnacknowledged = -1;
    qint64 consumers = -1;
    QString state; // running, down, syncing, crashed, stopped, minority, ... ("live" is reported as running)
    QString policy; // effective policy name, empty when none
    bool haPolicy = false; // the effective policy mirrors it (ha-mode), when the source tells
    // Quorum queues: no elected leader. The broker reports an empty leader, state "minority", or
    // fewer members online than a majority (without one Raft cannot elect a leader). homeNode
    // then keeps the last leader the broker recorded (the API's "node").
    bool leaderless = false;
    // The size the queue was declared for: quorum x-quorum-initial-group-size (else the policy's
    // target-group-size), stream x-initial-cluster-size; -1 when not set (the broker's default:
    // quorum_cluster_size = 3 for quorum queues, every cluster node for streams, in 4.0).
    int targetSize = -1;

    QueueKey key() const { return { vhost, name }; }
    bool isReplicated() const { return type == QueueType::Mirrored || type == QueueType::Quorum; }
    // Every replica is in sync (or, for quorum, online); true for unreplicated queues.
    bool fullySynchronised() const { return unsynchronisedNodes.isEmpty(); }
    // home, synchronised and unsynchronised nodes, sorted, without duplicates
    QStringList nodes() const;

    friend bool operator==(const QueueInfo&, const QueueInfo&) = default;
};

// What a node is for one queue: one cell of the queue/node matrix.
enum class QueueRole { Absent, Home, Synchronised, Unsynchronised };
QueueRole roleOn(const QueueInfo& queue, const QString& node);

// Fills type, synchronised and unsynchronised lists from what the broker reports, so every
// source maps the same way. Classic: home = master, synchronised = synchronised mirrors,
// unsynchronised = mirrors minus synchronised. Quorum: home = leader, synchronised = online
// members other than the leader, unsynchronised = members not online.
void assignClassicReplicas(QueueInfo& queue, const QStringList& mirrors, const QStringList& synchronisedMirrors);
void assignQuorumReplicas(
    QueueInfo& queue, const QString& leader, const QStringList& members, const QStringList& online);
// Sets leaderless for a quorum queue from what assignQuorumReplicas saw (leaderReported: the
// source asked for the leader and got an empty answer).
void markQuorumLeadership(QueueInfo& queue, bool leaderReportedEmpty, qsizetype memberCount, qsizetype onlineCount);

// RabbitMQ 4.0's default for a quorum queue without x-quorum-initial-group-size (rabbit app env
// quorum_cluster_size, deps/rabbit/Makefile).
constexpr int kDefaultQuorumGroupSize = 3;
// The first integer after `key` in an argument or policy text ("x-quorum-initial-group-size":5,
// {"x-quorum-initial-group-size",5}, ...); -1 when absent.
int integerAfterKey(QStringView text, QStringView key);

} // namespace warren
