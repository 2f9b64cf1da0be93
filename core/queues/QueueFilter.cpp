#include "QueueFilter.h"

#include <QCoreApplication>

namespace warren {

QueueProblems problemsOf(const QueueInfo& queue, const QueueSnapshot& snapshot)
{
    QueueProblems p;
    if (!queue.fullySynchronised())
        p |= QueueProblem::NotSynchronised;
    if (queue.state == QLatin1String("down") || (!queue.homeNode.isEmpty() && snapshot.isNodeDown(queue.homeNode)))
        p |= QueueProblem::HomeNodeDown;
    if (queue.haPolicy && queue.type != QueueType::Quorum && queue.synchronisedNodes.isEmpty()
        && queue.unsynchronisedNodes.isEmpty())
        p |= QueueProblem::NoMirrorsUnderHaPolicy;
    if (queue.type == QueueType::Quorum) {
        if (queue.leaderless)
            p |= QueueProblem::NoLeader;
        const int target = snapshot.quorumTargetSize(queue);
        const qsizetype members = queue.nodes().size();
        const qsizetype online = members - queue.unsynchronisedNodes.size();
        if (target > 0 && (members < target || online < target))
            p |= QueueProblem::BelowTargetSize;
    } else if (queue.type == QueueType::Stream && !snapshot.missingStreamReplicas(queue).isEmpty()) {
        p |= QueueProblem::StreamReplicaMissing;
    }
    return p;
}

QStringList problemKeys(QueueProblems problems)
{
    QStringList keys;
    if (problems & QueueProblem::NotSynchronised)
        keys << QStringLiteral("not-synchronised");
    if (problems & QueueProblem::HomeNodeDown)
        keys << QStringLiteral("home-node-down");
    if (problems & QueueProblem::NoMirrorsUnderHaPolicy)
        keys << QStringLiteral("no-mirrors");
    if (problems & QueueProblem::NoLeader)
        keys << QStringLiteral("no-leader");
    if (problems & QueueProblem::BelowTargetSize)
        keys << QStringLiteral("below-target-size");
    if (problems & QueueProblem::StreamReplicaMissing)
        keys << QStringLiteral("stream-replica-missing");
    return keys;
}

bool QueueFilter::compile(QString* error)
{
    m_compiled = true;
    if (regex && !text.isEmpty()) {
        m_re = QRegularExpression(text, QRegularExpression::UseUnicodePropertiesOption);
        if (!m_re.isValid()) {
            if (error)
                *error = QCoreApplication::translate("Queues", "invalid regular expression \"%1\": %2")
                             .arg(text, m_re.errorString());
            return false;
        }
        m_re.optimize();
    }
    return true;
}

bool QueueFilter::isEmpty() const
{
    return text.isEmpty() && vhost.isEmpty() && !type && node.isEmpty() && !problemsOnly;
}

bool QueueFilter::matches(const QueueInfo& queue, const QueueSnapshot& snapshot) const
{
    Q_ASSERT(m_compiled || !regex || text.isEmpty());
    if (!vhost.isEmpty() && queue.vhost != vhost)
        return false;
    if (type && queue.type != *type)
        return false;
    if (!node.isEmpty() && queue.homeNode != node && !queue.synchronisedNodes.contains(node)
        && !queue.unsynchronisedNodes.contains(node))
        return false;
    if (!text.isEmpty()) {
        if (regex) {
            if (!m_re.match(queue.name).hasMatch())
                return false;
        } else if (!queue.name.contains(text, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (problemsOnly && !problemsOf(queue, snapshot))
        return false;
    return true;
}

QList<qsizetype> QueueFilter::apply(const QueueSnapshot& snapshot) const
{
    QList<qsizetype> rows;
    const auto& qs = snapshot.queues();
    for (qsizetype i = 0; i < qs.size(); ++i) {
        if (matches(qs[i], snapshot))
            rows.append(i);
    }
    return rows;
}

} // namespace warren
