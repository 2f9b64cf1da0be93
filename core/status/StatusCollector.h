#pragma once

#include "api/HttpClient.h"
#include "model/ClusterSnapshot.h"
#include "net/Transport.h"
#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "status/ClusterReach.h"
#include "status/LiveChecks.h"
#include "util/Cancel.h"

namespace warren {

// Builds one ClusterSnapshot from a profile: the management API first (/api/overview,
// /api/nodes with columns=), SSH `rabbitmqctl cluster_status` when no API answers, and the HAProxy
// stats (CSV page over HTTP, or `show stat` on the stats socket over SSH). Blocking: run it in a
// worker (QtConcurrent) from the GUI; the CLI may call it directly.
// Every request goes through a Transport: the network by default, a recorded transcript in tests.
class StatusCollector
{
public:
    explicit StatusCollector(ClusterProfile profile, CancelToken cancel = {});
    // `transport` must outlive the collector.
    StatusCollector(ClusterProfile profile, CancelToken cancel, Transport& transport);

    // The slower checks a poll may add to the overview (a poller runs them at its own cadence).
    struct Checks
    {
        bool stopSafety = false; // each running node's own health checks (parallel)
        bool crossCheck = false; // SSH cluster_status against the API's view
        bool queueLeaders = false; // one columns-limited /api/queues request
        bool statisticsInterval = false; // collect_statistics_interval over SSH
        // What the broker is: feature flags, deprecated features in use, metadata store (and
        // under Khepri its Raft leader over SSH). Also read when membership changed since the
        // previous poll.
        bool brokerFacts = false;
        // The API's view at the previous poll (membershipKey): a change forces the cross-check.
        QString previousMembership;
    };

    ClusterSnapshot collect() { return collect(Checks {}); }
    ClusterSnapshot collect(const Checks& checks);
    // After collect(): which checks ran, and the API's view before any cross-check marks.
    RefreshedChecks refreshed() const { return m_refreshed; }
    QString membership() const { return m_membership; }

    // When SSH met an unknown host key, the host and its key, so a GUI can ask the user.
    struct UnknownHostKey
    {
        QString host;
        QString address;
        HostKeyInfo key;
    };
    QList<UnknownHostKey> unknownHostKeys() const { return m_unknownKeys; }

    SshTarget sshTarget(const HostProfile& host) const;
    HttpRequestOptions apiOptions(QString* error) const;

private:
    void probeReach(ClusterSnapshot& snap);
    bool collectFromApi(ClusterSnapshot& snap);
    bool collectFromSsh(ClusterSnapshot& snap);
    void collectHaproxy(ClusterSnapshot& snap);
    void crossCheck(ClusterSnapshot& snap);
    void collectStopSafety(ClusterSnapshot& snap);
    void collectQueueLeaders(ClusterSnapshot& snap);
    void collectStatisticsInterval(ClusterSnapshot& snap);
    void collectShutdownOrder(ClusterSnapshot& snap);
    void collectBrokerFacts(ClusterSnapshot& snap);
    void collectKhepriStatus(ClusterSnapshot& snap, MetadataStoreStatus& store);
    // `rabbitmqctl cluster_status` on one host (JSON, legacy text on old brokers).
    bool runClusterStatus(SshChannel& ssh, const QString& source, ClusterSnapshot& snap, QList<NodeInfo>* nodes,
        QList<QStringList>* partitions, int timeoutMs = 60000);
    bool openSsh(SshChannel& ssh, const HostProfile& host, const QString& source, ClusterSnapshot& snap);
    std::unique_ptr<SshChannel> channelTo(const HostProfile& host) const; // not yet open

    ClusterProfile m_profile;
    CancelToken m_cancel;
    Transport* m_transport;
    QList<UnknownHostKey> m_unknownKeys;
    RefreshedChecks m_refreshed;
    QString m_membership;
    QUrl m_answeringApi;
    int m_sshFailedCtl = 0; // hosts that answered SSH while cluster_status failed there
    // Which hosts Warren reaches, and which APIs stalled this round (their cluster-wide queries
    // wait for a peer the cluster has not yet given up on, and so would cluster_status).
    ClusterReach m_reach;
};

} // namespace warren
