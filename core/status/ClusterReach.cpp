#include "ClusterReach.h"

#include "api/ManagementApi.h"
#include "net/Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace warren {

namespace {

    // Reachability: a TCP connect costs the broker nothing; it succeeds within a round trip, is
    // refused at once, or fails: "no route" once ARP gives up (~3 s on a LAN) or no answer at all.
    constexpr int ReachTimeoutMs = 3000;
    // SSH is asked only when the API port has not accepted within this (a LAN answers in < 1 ms) or
    // failed, so a healthy host's sshd never sees Warren's probes.
    constexpr int ReachSshAfterMs = 500;

    using Connect = Transport::Connect;

} // namespace

QString nodeOfHost(const HostProfile& host)
{
    return host.node.isEmpty() ? normalizeNodeName(host.name) : host.node;
}

void ClusterReach::clear()
{
    m_hostNames.clear();
    m_reach.clear();
    m_stuckApis.clear();
}

void ClusterReach::probe(const ClusterProfile& profile, const CancelToken& cancel, Transport* transport)
{
    clear();
    Transport& net = transport ? *transport : networkTransport();
    const QList<HostProfile> hosts = profile.rabbitHosts();
    if (cancel.isCancelled())
        return;
    QThreadPool sshPool; // the SSH half of each host's probe, when its API port is slow to answer
    sshPool.setMaxThreadCount(qMax(1, int(hosts.size())));
    const auto probeOne = [&profile, &sshPool, &net](const HostProfile& host) {
        HostReach r;
        r.node = nodeOfHost(host);
        const QString sshAddress = host.address.isEmpty() ? host.name : host.address;
        const auto sshPort = quint16(profile.sshPortFor(host));
        QString sshWhy;
        if (!host.apiUrl.isValid()) {
            if (net.connect(sshAddress, sshPort, ReachTimeoutMs, &sshWhy) == Connect::Failed)
                r.unreachable
                    = QCoreApplication::translate("Status", "SSH does not accept a connection: %1").arg(sshWhy);
            return r;
        }
        // 0: the API port has not settled, 1: it accepted or refused (the host answered), 2: failed.
        std::atomic_int apiState { 0 };
        QFuture<Connect> ssh = QtConcurrent::run(&sshPool, [&apiState, &sshWhy, &net, sshAddress, sshPort] {
            QElapsedTimer waited;
            waited.start();
            while (apiState.load() == 0 && waited.elapsed() < ReachSshAfterMs)
                QThread::msleep(10);
            if (apiState.load() == 1)
                return Connect::Ok; // not asked: not needed
            return net.connect(
                sshAddress, sshPort, int(qMax<qint64>(ReachSshAfterMs, ReachTimeoutMs - waited.elapsed())), &sshWhy);
        });
        QString apiWhy;
        const Connect api = net.connect(host.apiUrl.host(),
            quint16(host.apiUrl.port(host.apiUrl.scheme() == QLatin1String("https") ? 443 : 80)), ReachTimeoutMs,
            &apiWhy);
        apiState.store(api == Connect::Failed ? 2 : 1);
        const Connect sshOutcome = ssh.result();
        if (api == Connect::Ok)
            return r;
        if (api == Connect::Failed && sshOutcome == Connect::Failed)
            r.unreachable = QCoreApplication::translate("Status", "neither its API nor SSH accept a connection: %1; %2")
                                .arg(apiWhy, sshWhy);
        else
            r.apiError = QCoreApplication::translate("Status", "port %1: %2").arg(host.apiUrl.port()).arg(apiWhy);
        return r;
    };
    // One thread per host: an unreachable host costs one connect timeout, not one per host.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, int(hosts.size())));
    m_reach = QtConcurrent::blockingMapped<QList<HostReach>>(&pool, hosts, probeOne);
    for (const HostProfile& host : hosts)
        m_hostNames << host.name;
}

const HostReach* ClusterReach::of(const HostProfile& host) const
{
    const qsizetype i = m_hostNames.indexOf(host.name);
    return i >= 0 && i < m_reach.size() ? &m_reach.at(i) : nullptr;
}

bool ClusterReach::isUnreachable(const HostProfile& host) const
{
    const HostReach* r = of(host);
    return r && !r->unreachable.isEmpty();
}

bool ClusterReach::anyUnreachable() const
{
    return std::any_of(m_reach.cbegin(), m_reach.cend(), [](const HostReach& r) { return !r.unreachable.isEmpty(); });
}

QStringList ClusterReach::unreachableHosts() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_reach.size() && i < m_hostNames.size(); ++i) {
        if (!m_reach.at(i).unreachable.isEmpty())
            names << m_hostNames.at(i);
    }
    return names;
}

void ClusterReach::guardWalk(ApiHostWalk& walk, const ClusterProfile& profile, const HttpRequestOptions& options,
    const CancelToken& cancel, Transport* transport)
{
    m_stuckApis.clear();
    const bool anyOut = anyUnreachable();
    // With a member out of reach, the others' cluster-wide answers may wait for it (until
    // net_ticktime): ask every reachable API at once, with the short timeout, so a poll costs one
    // timeout rather than one per node. (Otherwise one node at a time: the first one answers.)
    QHash<QString, HttpResult> asked;
    if (anyOut && !options.password.isEmpty()) {
        QList<HostProfile> reachable;
        for (const auto& host : profile.rabbitHosts()) {
            if (host.apiUrl.isValid() && !isUnreachable(host))
                reachable << host;
        }
        HttpRequestOptions shortOptions = options;
        shortOptions.timeoutMs = qMin(shortOptions.timeoutMs, ShortTimeoutMs);
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, int(reachable.size())));
        const QList<HttpResult> replies = QtConcurrent::blockingMapped<QList<HttpResult>>(
            &pool, reachable, [shortOptions, cancel, transport](const HostProfile& host) {
                return ManagementApi(host.apiUrl, shortOptions, cancel, transport).nodesRaw();
            });
        for (qsizetype i = 0; i < reachable.size(); ++i)
            asked.insert(reachable.at(i).name, replies.at(i));
    }
    // A host Warren cannot reach is not asked again this round.
    walk.skipReason = [this](const HostProfile& host) {
        const HostReach* reach = of(host);
        return reach ? reach->unreachable : QString();
    };
    // With a member out of reach, or one API already stalled, the others' cluster-wide answers
    // may stall too: do not wait the profile's full timeout on each.
    walk.adjustOptions = [this, anyOut](const HostProfile&, HttpRequestOptions& o) {
        if (!m_stuckApis.isEmpty() || anyOut)
            o.timeoutMs = qMin(o.timeoutMs, ShortTimeoutMs);
    };
    walk.nodesFailed = [this](const HostProfile& host, const HttpResult& r) {
        if (r.error == HttpResult::Error::Timeout)
            m_stuckApis << host.name;
    };
    walk.prefetchedNodes = std::move(asked);
}

} // namespace warren
