#pragma once

#include "QueueSnapshot.h"

#include <QFlags>
#include <QRegularExpression>

#include <optional>

namespace warren {

// Why a queue needs the admin's attention.
enum class QueueProblem : unsigned {
    None = 0,
    NotSynchronised = 1u << 0, // a mirror or quorum member is behind or offline
    HomeNodeDown = 1u << 1, // its master/leader's node is down (or the broker says "down")
    NoMirrorsUnderHaPolicy = 1u << 2, // an HA policy applies but it has no mirror at all
    NoLeader = 1u << 3, // a quorum queue without an elected leader (QueueInfo::leaderless)
    BelowTargetSize = 1u << 4, // a quorum queue with fewer members (or online members) than its target
    StreamReplicaMissing = 1u << 5, // a stream with no replica on a cluster node
};
Q_DECLARE_FLAGS(QueueProblems, QueueProblem)
Q_DECLARE_OPERATORS_FOR_FLAGS(QueueProblems)

QueueProblems problemsOf(const QueueInfo& queue, const QueueSnapshot& snapshot);
// "not-synchronised", "home-node-down", "no-mirrors", "no-leader", "below-target-size",
// "stream-replica-missing" (stable: exports and scripts use them)
QStringList problemKeys(QueueProblems problems);

// The filters the CLI and the queue table share; all set criteria must match. Build it, call
// compile() once, then matches() per row (cheap: no allocation per row).
struct QueueFilter
{
    QString text; // name contains this (case-insensitive), or matches it as a regex
    bool regex = false;
    QString vhost; // exact; empty: any
    std::optional<QueueType> type;
    QString node; // the queue has a replica (any role) on this node; empty: any
    bool problemsOnly = false;

    // False with *error set when the regular expression is invalid.
    bool compile(QString* error = nullptr);
    bool isEmpty() const;
    bool matches(const QueueInfo& queue, const QueueSnapshot& snapshot) const;
    // Rows of the snapshot that match, in order.
    QList<qsizetype> apply(const QueueSnapshot& snapshot) const;

private:
    QRegularExpression m_re;
    bool m_compiled = false;
};

} // namespace warren
