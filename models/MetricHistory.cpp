#include "MetricHistory.h"

namespace warren {

namespace {
    double known(qint64 v)
    {
        return v < 0 ? -1.0 : double(v);
    }
} // namespace

double MetricHistory::Sample::value(Metric metric) const
{
    switch (metric) {
    case Metric::MemoryUsed:
        return memUsed;
    case Metric::MemoryLimit:
        return memLimit;
    case Metric::FileDescriptors:
        return fd;
    case Metric::Sockets:
        return sockets;
    case Metric::Processes:
        return procs;
    }
    return -1;
}

void MetricHistory::add(const ClusterSnapshot& snapshot)
{
    if (!snapshot.hasNodes())
        return;
    const QDateTime at = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    const double t = at.toMSecsSinceEpoch() / 1000.0;
    m_latest = qMax(m_latest, t);
    for (const NodeInfo& n : snapshot.nodes) {
        if (!m_samples.contains(n.name))
            m_order.append(n.name);
        QList<Sample>& list = m_samples[n.name];
        if (!list.isEmpty() && list.last().time >= t)
            continue; // the same snapshot twice, or a clock step back
        Sample s;
        s.time = t;
        if (n.running) {
            s.memUsed = known(n.memUsed);
            s.memLimit = known(n.memLimit);
            s.fd = known(n.fdUsed);
            s.sockets = known(n.socketsUsed);
            s.procs = known(n.procUsed);
        }
        list.append(s);
    }
    if (m_cluster.isEmpty() || m_cluster.last().time < t)
        m_cluster.append({ t, snapshot.rates });
    const double oldest = m_latest - MaxAgeSeconds;
    {
        qsizetype drop = 0;
        while (drop < m_cluster.size() && m_cluster.at(drop).time < oldest)
            ++drop;
        drop = qMax(drop, m_cluster.size() - MaxSamples);
        if (drop > 0)
            m_cluster.remove(0, drop);
    }
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
        QList<Sample>& list = it.value();
        qsizetype drop = 0;
        while (drop < list.size() && list.at(drop).time < oldest)
            ++drop;
        drop = qMax(drop, list.size() - MaxSamples);
        if (drop > 0)
            list.remove(0, drop);
    }
}

void MetricHistory::clear()
{
    m_samples.clear();
    m_order.clear();
    m_cluster.clear();
    m_latest = 0;
}

const QList<MetricHistory::Sample>& MetricHistory::samples(const QString& node) const
{
    static const QList<Sample> none;
    const auto it = m_samples.constFind(node);
    return it == m_samples.cend() ? none : *it;
}

int MetricHistory::sampleCount() const
{
    int n = 0;
    for (const auto& list : m_samples)
        n += int(list.size());
    return n;
}

} // namespace warren
