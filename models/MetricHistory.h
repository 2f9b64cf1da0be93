#pragma once

#include "model/ClusterSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace warren {

// Per-node figures over time for the live charts, kept in memory while the window is open.
// Bounded twice: samples older than MaxAgeSeconds are dropped, and a node keeps at most
// MaxSamples (a 1 s interval for an hour).
class MetricHistory final
{
public:
    static constexpr qint64 MaxAgeSeconds = 3600;
    static constexpr int MaxSamples = 3600;

    enum class Metric { MemoryUsed, MemoryLimit, FileDescriptors, Sockets, Processes };

    struct Sample
    {
        double time = 0; // seconds since the epoch (QCustomPlot's date-time axis unit)
        double memUsed = -1;
        double memLimit = -1;
        double fd = -1;
        double sockets = -1;
        double procs = -1;
        double value(Metric metric) const;
    };

    // Cluster-wide message flow at one time.
    struct ClusterSample
    {
        double time = 0;
        MessageRates rates;
    };

    void add(const ClusterSnapshot& snapshot); // snapshots without node data are ignored
    void clear();

    QStringList nodes() const { return m_order; }
    const QList<Sample>& samples(const QString& node) const;
    const QList<ClusterSample>& clusterSamples() const { return m_cluster; }
    int sampleCount() const;
    double latestTime() const { return m_latest; }

private:
    QHash<QString, QList<Sample>> m_samples;
    QStringList m_order;
    QList<ClusterSample> m_cluster;
    double m_latest = 0;
};

} // namespace warren
