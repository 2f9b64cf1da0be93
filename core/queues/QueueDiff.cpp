#include "QueueDiff.h"

namespace warren {

QString queueChangeKindKey(QueueChange::Kind kind)
{
    switch (kind) {
    case QueueChange::Kind::Appeared:
        return QStringLiteral("appeared");
    case QueueChange::Kind::Vanished:
        return QStringLiteral("vanished");
    case QueueChange::Kind::HomeMoved:
        return QStringLiteral("home-moved");
    case QueueChange::Kind::SyncLost:
        return QStringLiteral("sync-lost");
    case QueueChange::Kind::SyncRegained:
        return QStringLiteral("sync-regained");
    }
    return {};
}

namespace {
    // Nodes in `a` but not in `b` (both sorted lists, short).
    QStringList minus(const QStringList& a, const QStringList& b)
    {
        QStringList out;
        for (const auto& x : a) {
            if (!b.contains(x))
                out.append(x);
        }
        return out;
    }
} // namespace

QList<QueueChange> QueueDiff::compute(const QueueSnapshot& before, const QueueSnapshot& after)
{
    QList<QueueChange> changes;
    for (const auto& q : after.queues()) {
        const QueueInfo* old = before.find(q.key());
        if (!old) {
            changes.append({ QueueChange::Kind::Appeared, q.key(), {}, {}, {} });
            continue;
        }
        if (old->homeNode != q.homeNode)
            changes.append({ QueueChange::Kind::HomeMoved, q.key(), old->homeNode, q.homeNode, {} });
        // A node that held an in-sync copy (home or synchronised replica) and no longer does
        // lost sync, whether its replica fell behind or went away; a node whose replica was
        // behind and is now in sync regained it.
        QStringList inSyncBefore = old->synchronisedNodes;
        if (!old->homeNode.isEmpty())
            inSyncBefore.append(old->homeNode);
        QStringList inSyncAfter = q.synchronisedNodes;
        if (!q.homeNode.isEmpty())
            inSyncAfter.append(q.homeNode);
        QStringList lost = minus(inSyncBefore, inSyncAfter);
        QStringList regained;
        for (const auto& n : old->unsynchronisedNodes) {
            if (inSyncAfter.contains(n))
                regained.append(n);
        }
        lost.sort();
        regained.sort();
        if (!lost.isEmpty())
            changes.append({ QueueChange::Kind::SyncLost, q.key(), {}, {}, lost });
        if (!regained.isEmpty())
            changes.append({ QueueChange::Kind::SyncRegained, q.key(), {}, {}, regained });
    }
    for (const auto& q : before.queues()) {
        if (after.indexOf(q.key()) < 0)
            changes.append({ QueueChange::Kind::Vanished, q.key(), {}, {}, {} });
    }
    return changes;
}

QList<qsizetype> QueueDiff::changedRows(const QueueSnapshot& before, const QueueSnapshot& after)
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QueueInfo* old = before.find(after.at(i).key());
        if (old && !(*old == after.at(i)))
            rows.append(i);
    }
    return rows;
}

} // namespace warren
