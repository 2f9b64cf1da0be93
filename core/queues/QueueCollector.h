#pragma once

#include "QueueSnapshot.h"
#include "net/Transport.h"
#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "status/ClusterReach.h"
#include "util/Cancel.h"

namespace warren {

// Reads every queue of a cluster into a QueueSnapshot. Blocking: run it in a worker; the CLI may
// call it directly. Cancellable between (and, through the CancelToken, inside) requests.
//
// Strategy, chosen by measurement on RabbitMQ 3.10 (see bench/README.md): ONE unpaged
// GET /api/queues?columns=... Every request formats all queues before paging, so pages cost
// O(all queues) each; sort= makes the broker compute statistics for every page. Statistics stay
// on by default: with disable_stats=true&enable_queue_totals=true 3.10 answers
// synchronised_slave_nodes from the master process's cached queue record, which goes stale when
// a mirror finishes syncing, and drops "consumers"; disable_stats=true alone is correct about
// placement but has no counters (Counters::Skip). /api/nodes (cheap) says which nodes are down.
// When no API answers: SSH `rabbitmqctl list_queues` per vhost, tab-separated.
// First, as StatusCollector does, whether Warren reaches each host (ClusterReach): a host out of
// reach is not asked, the others' /api/nodes briefly and at once, and when they stall (they wait
// for the cut member until net_ticktime) no list_queues is started over SSH, which would wait
// alike: the reason is said within seconds instead.
class QueueCollector final
{
public:
    enum class Counters { Include, Skip };
    enum class Source { Auto, ApiOnly, SshOnly };
    struct Options
    {
        Counters counters = Counters::Include;
        Source source = Source::Auto;
        // The broker sends nothing until the whole list is built: with statistics, 145 s at 100,000
        // queues on the lab's 3.10 (its HTTP listener's own idle timeout is 60 s unless raised).
        int apiTimeoutMs = 300000;
        int sshTimeoutMs = 180000;
    };

    explicit QueueCollector(ClusterProfile profile, CancelToken cancel = {});
    QueueCollector(ClusterProfile profile, Options options, CancelToken cancel = {});
    // Every request through `transport` (a recorded transcript in tests); it must outlive the collector.
    QueueCollector(ClusterProfile profile, Options options, CancelToken cancel, Transport& transport);

    // ok() false when no source could list the queues; sources() tells why.
    QueueSnapshot collect();
    bool ok() const { return m_ok; }
    QString errorSummary() const; // one line, translated

    // The columns= Warren asks /api/queues for.
    static QStringList apiColumns();

private:
    bool collectFromApi(QueueSnapshot& snap);
    bool collectFromSsh(QueueSnapshot& snap);
    void addSource(QueueSnapshot& snap, const QString& source, bool ok, const QString& error = {});

    ClusterProfile m_profile;
    Options m_options;
    CancelToken m_cancel;
    Transport* m_transport;
    ClusterReach m_reach;
    QList<SourceStatus> m_sources;
    QString m_stalled; // why the cluster-wide listing waits: errorSummary() says this first
    bool m_ok = false;
};

} // namespace warren
