#include "QueueInfo.h"

#include <algorithm>

namespace warren {

QString queueTypeKey(QueueType type)
{
    switch (type) {
    case QueueType::Classic:
        return QStringLiteral("classic");
    case QueueType::Mirrored:
        return QStringLiteral("mirrored");
    case QueueType::Quorum:
        return QStringLiteral("quorum");
    case QueueType::Stream:
        return QStringLiteral("stream");
    case QueueType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QueueType queueTypeFromKey(const QString& key)
{
    if (key == QLatin1String("classic"))
        return QueueType::Classic;
    if (key == QLatin1String("mirrored"))
        return QueueType::Mirrored;
    if (key == QLatin1String("quorum"))
        return QueueType::Quorum;
    if (key == QLatin1String("stream"))
        return QueueType::Stream;
    return QueueType::Unknown;
}

QStringList QueueInfo::nodes() const
{
    QStringList all = synchronisedNodes + unsynchronisedNodes;
    if (!homeNode.isEmpty())
        all.append(homeNode);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

QueueRole roleOn(const QueueInfo& queue, const QString& node)
{
    if (queue.homeNode == node)
        return QueueRole::Home;
    if (queue.synchronisedNodes.contains(node))
        return QueueRole::Synchronised;
    if (queue.unsynchronisedNodes.contains(node))
        return QueueRole::Unsynchronised;
    return QueueRole::Absent;
}

namespace {
    QStringList sortedUnique(QStringList list)
    {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    }
} // namespace

void assignClassicReplicas(QueueInfo& queue, const QStringList& mirrors, const QStringList& synchronisedMirrors)
{
    QStringList sync;
    QStringList unsync;
    for (const auto& m : mirrors) {
        if (m == queue.homeNode)
            continue;
        (synchronisedMirrors.contains(m) ? sync : unsync).append(m);
    }
    // A synchronised mirror missing from the mirror list is still a mirror that is in sync.
    for (const auto& m : synchronisedMirrors) {
        if (m != queue.homeNode && !mirrors.contains(m))
            sync.append(m);
    }
    queue.synchronisedNodes = sortedUnique(std::move(sync));
    queue.unsynchronisedNodes = sortedUnique(std::move(unsync));
    if (queue.type == QueueType::Unknown || queue.type == QueueType::Classic)
        queue.type = (!mirrors.isEmpty() || !synchronisedMirrors.isEmpty() || queue.haPolicy) ? QueueType::Mirrored
                                                                                              : QueueType::Classic;
}

void assignQuorumReplicas(
    QueueInfo& queue, const QString& leader, const QStringList& members, const QStringList& online)
{
    queue.type = QueueType::Quorum;
    queue.homeNode = leader;
    QStringList sync;
    QStringList unsync;
    for (const auto& m : members) {
        if (!online.contains(m))
            unsync.append(m);
        else if (m != leader)
            sync.append(m);
    }
    queue.synchronisedNodes = sortedUnique(std::move(sync));
    queue.unsynchronisedNodes = sortedUnique(std::move(unsync));
}

void markQuorumLeadership(QueueInfo& queue, bool leaderReportedEmpty, qsizetype memberCount, qsizetype onlineCount)
{
    if (queue.type != QueueType::Quorum)
        return;
    const bool noMajority = memberCount > 0 && onlineCount < memberCount / 2 + 1;
    queue.leaderless = leaderReportedEmpty || queue.state == QLatin1String("minority") || noMajority;
}

int integerAfterKey(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return -1;
    qsizetype i = at + key.size();
    // skip the quote, separator and blanks between the key and its value, no further
    while (i < text.size() && i < at + key.size() + 12 && !text.at(i).isDigit())
        ++i;
    qsizetype end = i;
    while (end < text.size() && end < i + 6 && text.at(end).isDigit())
        ++end;
    if (end == i)
        return -1;
    bool ok = false;
    const int v = text.mid(i, end - i).toInt(&ok);
    return ok ? v : -1;
}

} // namespace warren
