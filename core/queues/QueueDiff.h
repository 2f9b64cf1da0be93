#pragma once

#include "QueueSnapshot.h"

#include <QList>

namespace warren {

// What changed for one queue between two snapshots (two polls, or a pinned snapshot and now).
struct QueueChange
{
    enum class Kind { Appeared, Vanished, HomeMoved, SyncLost, SyncRegained };
    Kind kind = Kind::Appeared;
    QueueKey key;
    QString fromNode; // HomeMoved: old home
    QString toNode; // HomeMoved: new home
    QStringList nodes; // SyncLost / SyncRegained: the nodes whose replica changed state
    friend bool operator==(const QueueChange&, const QueueChange&) = default;
};

QString queueChangeKindKey(
    QueueChange::Kind kind); // "appeared", "vanished", "home-moved", "sync-lost", "sync-regained"

// The changes from `before` to `after`, in `after`'s row order (vanished queues last, in
// `before`'s order). Rows whose only change is counters or state produce nothing: the admin
// asks about placement and synchronisation here. O(queues) with hash lookups.
class QueueDiff final
{
public:
    static QList<QueueChange> compute(const QueueSnapshot& before, const QueueSnapshot& after);
    // Rows of `after` whose displayed data differ from `before` (any field), for a model's
    // dataChanged; appeared rows are not listed (they are inserts).
    static QList<qsizetype> changedRows(const QueueSnapshot& before, const QueueSnapshot& after);
};

} // namespace warren
