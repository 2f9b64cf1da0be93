#include "StatusCollector.h"

#include "api/ApiHosts.h"
#include "api/ManagementApi.h"
#include "haproxy/StatCsv.h"
#include "parse/ClusterStatusParser.h"
#include "secrets/SecretStore.h"
#include "util/ShellQuote.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace warren {

namespace {
void addSource(ClusterSnapshot& snap, const QString& source, bool ok, const QString& error = {})
{
    snap.sources.append(SourceStatus{source, ok, error});
}

// Per-node probes are short: a healthy node answers a health check in milliseconds, and an
// unreachable one must not hold the whole poll for the profile's full timeout.
constexpr int ProbeTimeoutMs = 4000;

// Reachability: a TCP connect costs the broker nothing; it succeeds within a round trip, is
// refused at once, or fails: "no route" once ARP gives up (~3 s on a LAN) or no answer at all.
constexpr int ReachTimeoutMs = 3000;
// SSH is asked only when the API port has not accepted within this (a LAN answers in < 1 ms) or
// failed, so a healthy host's sshd never sees Warren's probes.
constexpr int ReachSshAfterMs = 500;
// After an API stalled, cluster_status over SSH gets this long (it normally takes 1-3 s).
constexpr int StalledCtlTimeoutMs = 8000;

// Where a Debian/RPM node keeps its Mnesia directory (RABBITMQ_MNESIA_BASE's default).
const QString MnesiaBase = QStringLiteral("/var/lib/rabbitmq/mnesia/");

QString nodeOfHost(const HostProfile& host)
{
    return host.node.isEmpty() ? normalizeNodeName(host.name) : host.node;
}

enum class Connect { Ok, Refused, Failed };

// One blocking TCP connect (a worker thread's). QAbstractSocket::waitForConnected drops the
// attempt when it times out, so each attempt gets its whole budget at once.
Connect tcpConnect(const QString& host, quint16 port, int timeoutMs, QString* why)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(host, port);
    if (socket.waitForConnected(timeoutMs)) {
        socket.abort();
        return Connect::Ok;
    }
    const auto error = socket.error();
    *why = error == QAbstractSocket::SocketTimeoutError
        ? QCoreApplication::translate("Status", "no answer within %1 s").arg(QLocale::c().toString(timeoutMs / 1000.0, 'g', 2))
        : socket.errorString();
    return error == QAbstractSocket::ConnectionRefusedError ? Connect::Refused : Connect::Failed;
}

} // namespace

StatusCollector::StatusCollector(ClusterProfile profile, CancelToken cancel)
    : m_profile(std::move(profile))
    , m_cancel(std::move(cancel))
{
}

SshTarget StatusCollector::sshTarget(const HostProfile& host) const
{
    SshTarget t;
    t.host = host.name;
    t.address = host.address;
    t.port = m_profile.sshPortFor(host);
    t.user = m_profile.ssh.user;
    t.keyFile = m_profile.ssh.keyFile;
    t.knownHosts = m_profile.ssh.knownHosts;
    t.timeoutMs = m_profile.ssh.timeoutMs;
    return t;
}

void StatusCollector::probeReach(ClusterSnapshot& snap)
{
    const QList<HostProfile> hosts = m_profile.rabbitHosts();
    const ClusterProfile& profile = m_profile;
    QThreadPool sshPool; // the SSH half of each host's probe, when its API port is slow to answer
    sshPool.setMaxThreadCount(qMax(1, int(hosts.size())));
    const auto probe = [&profile, &sshPool](const HostProfile& host) {
        HostReach r;
        r.node = nodeOfHost(host);
        const QString sshAddress = host.address.isEmpty() ? host.name : host.address;
        const auto sshPort = quint16(profile.sshPortFor(host));
        QString sshWhy;
        if (!host.apiUrl.isValid()) {
            if (tcpConnect(sshAddress, sshPort, ReachTimeoutMs, &sshWhy) == Connect::Failed)
                r.unreachable = QCoreApplication::translate("Status", "SSH does not accept a connection: %1").arg(sshWhy);
            return r;
        }
        // 0: the API port has not settled, 1: it accepted or refused (the host answered), 2: failed.
        std::atomic_int apiState{0};
        QFuture<Connect> ssh = QtConcurrent::run(&sshPool, [&apiState, &sshWhy, sshAddress, sshPort] {
            QElapsedTimer waited;
            waited.start();
            while (apiState.load() == 0 && waited.elapsed() < ReachSshAfterMs)
                QThread::msleep(10);
            if (apiState.load() == 1)
                return Connect::Ok; // not asked: not needed
            return tcpConnect(sshAddress, sshPort, int(qMax<qint64>(ReachSshAfterMs, ReachTimeoutMs - waited.elapsed())), &sshWhy);
        });
        QString apiWhy;
        const Connect api = tcpConnect(host.apiUrl.host(),
            quint16(host.apiUrl.port(host.apiUrl.scheme() == QLatin1String("https") ? 443 : 80)), ReachTimeoutMs, &apiWhy);
        apiState.store(api == Connect::Failed ? 2 : 1);
        const Connect sshOutcome = ssh.result();
        if (api == Connect::Ok)
            return r;
        if (api == Connect::Failed && sshOutcome == Connect::Failed)
            r.unreachable = QCoreApplication::translate("Status", "neither its API nor SSH accept a connection: %1; %2").arg(apiWhy, sshWhy);
        else
            r.apiError = QCoreApplication::translate("Status", "port %1: %2").arg(host.apiUrl.port()).arg(apiWhy);
        return r;
    };
    // One thread per host: an unreachable host costs one connect timeout, not one per host.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, int(hosts.size())));
    m_reach = QtConcurrent::blockingMapped<QList<HostReach>>(&pool, hosts, probe);
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (!m_reach.at(i).unreachable.isEmpty())
            addSource(snap, QCoreApplication::translate("Status", "connection to %1").arg(hosts.at(i).name), false, m_reach.at(i).unreachable);
    }
    snap.reach = m_reach;
}

const HostReach* StatusCollector::reachOf(const HostProfile& host) const
{
    const QString node = nodeOfHost(host);
    for (const HostReach& r : m_reach) {
        if (r.node == node)
            return &r;
    }
    return nullptr;
}

bool StatusCollector::isUnreachable(const HostProfile& host) const
{
    const HostReach* r = reachOf(host);
    return r && !r->unreachable.isEmpty();
}

HttpRequestOptions StatusCollector::apiOptions(QString* error) const
{
    HttpRequestOptions o;
    o.user = m_profile.api.user;
    o.verifyTls = m_profile.api.verifyTls;
    o.timeoutMs = m_profile.api.timeoutMs;
    o.password = secretStore().lookup(m_profile.secretKey());
    if (o.password.isEmpty() && !m_profile.api.passwordFile.isEmpty())
        o.password = readSecretFile(m_profile.api.passwordFile, error);
    else if (o.password.isEmpty() && error)
        *error = QCoreApplication::translate("Status", "no API password is known for user \"%1\" in this session").arg(m_profile.api.user);
    return o;
}

ClusterSnapshot StatusCollector::collect(const Checks& checks)
{
    ClusterSnapshot snap;
    snap.clusterName = m_profile.name;
    m_unknownKeys.clear();
    m_refreshed = {};
    m_membership.clear();
    m_answeringApi.clear();
    m_sshFailedCtl = 0;
    m_reach.clear();
    m_stuckApis.clear();
    probeReach(snap);
    QStringList unreachable;
    for (const auto& host : m_profile.rabbitHosts()) {
        if (isUnreachable(host))
            unreachable << host.name;
    }
    const bool viaApi = !m_cancel.isCancelled() && collectFromApi(snap);
    if (viaApi) {
        m_membership = membershipKey(snap.nodes);
        if (!m_cancel.isCancelled() && (checks.crossCheck || m_membership != checks.previousMembership))
            crossCheck(snap);
        if (!m_cancel.isCancelled() && checks.stopSafety)
            collectStopSafety(snap);
        if (!m_cancel.isCancelled() && checks.queueLeaders)
            collectQueueLeaders(snap);
    } else if (!m_stuckApis.isEmpty() && !unreachable.isEmpty()) {
        // The APIs that stalled wait for the node Warren cannot reach either: until the cluster
        // gives up on it (net_ticktime), cluster_status would wait the same way.
        addSource(snap, QCoreApplication::translate("Status", "cluster_status over SSH"), false,
            QCoreApplication::translate("Status", "not asked: the API on %1 accepts connections but does not answer; its cluster "
                                                  "queries wait, as cluster_status would, for %2, which Warren cannot reach either")
                .arg(m_stuckApis.join(QStringLiteral(", ")), unreachable.join(QStringLiteral(", "))));
    } else if (!m_cancel.isCancelled()) {
        collectFromSsh(snap);
        if (!snap.hasNodes() && !m_cancel.isCancelled() && m_sshFailedCtl == m_profile.rabbitHosts().size()
            && m_sshFailedCtl > 0)
            collectShutdownOrder(snap);
    }
    if (!m_cancel.isCancelled() && checks.statisticsInterval && snap.hasNodes() && !snap.wholeClusterDown)
        collectStatisticsInterval(snap);
    if (!m_cancel.isCancelled())
        collectHaproxy(snap);
    applyReach(snap.nodes, m_reach);
    snap.takenAt = QDateTime::currentDateTimeUtc();
    return snap;
}

bool StatusCollector::collectFromApi(ClusterSnapshot& snap)
{
    QString passwordError;
    const auto options = apiOptions(&passwordError);
    auto source = [](const HostProfile& host) { return QCoreApplication::translate("Status", "API on %1").arg(host.name); };
    const bool anyUnreachable = std::any_of(m_reach.cbegin(), m_reach.cend(), [](const HostReach& r) { return !r.unreachable.isEmpty(); });
    // With a member out of reach, the others' cluster-wide answers may wait for it (until
    // net_ticktime): ask every reachable API at once, with the short timeout, so a poll costs one
    // timeout rather than one per node. (Otherwise one node at a time: the first one answers.)
    QHash<QString, HttpResult> asked;
    if (anyUnreachable && !options.password.isEmpty()) {
        QList<HostProfile> reachable;
        for (const auto& host : m_profile.rabbitHosts()) {
            if (host.apiUrl.isValid() && !isUnreachable(host))
                reachable << host;
        }
        HttpRequestOptions shortOptions = options;
        shortOptions.timeoutMs = qMin(shortOptions.timeoutMs, ProbeTimeoutMs);
        const CancelToken cancel = m_cancel;
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, int(reachable.size())));
        const QList<HttpResult> replies = QtConcurrent::blockingMapped<QList<HttpResult>>(&pool, reachable,
            [shortOptions, cancel](const HostProfile& host) { return ManagementApi(host.apiUrl, shortOptions, cancel).nodesRaw(); });
        for (qsizetype i = 0; i < reachable.size(); ++i)
            asked.insert(reachable.at(i).name, replies.at(i));
    }
    ApiHostWalk walk;
    walk.failed = [&](const HostProfile& host, const QString& error) { addSource(snap, source(host), false, error); };
    // A host Warren cannot reach is not asked again this round.
    walk.skipReason = [&](const HostProfile& host) {
        const HostReach* reach = reachOf(host);
        return reach ? reach->unreachable : QString();
    };
    // With a member out of reach, or one API already stalled, the others' cluster-wide answers
    // may stall too: do not wait the profile's full timeout on each.
    walk.adjustOptions = [&](const HostProfile&, HttpRequestOptions& o) {
        if (!m_stuckApis.isEmpty() || anyUnreachable)
            o.timeoutMs = qMin(o.timeoutMs, ProbeTimeoutMs);
    };
    walk.nodesFailed = [&](const HostProfile& host, const HttpResult& r) {
        if (r.error == HttpResult::Error::Timeout)
            m_stuckApis << host.name;
    };
    walk.prefetchedNodes = std::move(asked);
    walk.answered = [&](const HostProfile& host, ManagementApi& api, const HttpResult& nodesReply) {
        auto nodes = parseApiNodes(nodesReply.body);
        if (!nodes.ok()) {
            addSource(snap, source(host), false, QCoreApplication::translate("Status", "unreadable /api/nodes answer: %1").arg(nodes.error().toString()));
            return false;
        }
        snap.nodes = nodes.value();
        const auto overviewReply = api.overviewRaw();
        if (overviewReply.ok()) {
            if (const auto rates = MessageRates::fromOverviewJson(overviewReply.body); rates.ok())
                snap.rates = rates.value();
            const auto overview = parseApiOverview(overviewReply.body);
            if (overview.ok()) {
                snap.rabbitVersion = overview->rabbitVersion;
                // /api/nodes carries no Erlang version; the overview knows the answering node's.
                for (auto& n : snap.nodes) {
                    if (n.name != overview->node)
                        continue;
                    if (n.rabbitVersion.isEmpty())
                        n.rabbitVersion = overview->rabbitVersion;
                    n.erlangVersion = overview->erlangVersion;
                }
            }
        }
        snap.partitions = partitionGroups(snap.nodes);
        addSource(snap, source(host), true);
        snap.via = QStringLiteral("api");
        m_answeringApi = host.apiUrl;
        return true;
    };
    bool any = false;
    if (walkApiHosts(m_profile, options, passwordError, m_cancel, walk, &any))
        return true;
    if (!any)
        addSource(snap, QCoreApplication::translate("Status", "management API"), false, QCoreApplication::translate("Status", "no host in the profile has an API URL"));
    return false;
}

bool StatusCollector::openSsh(SshSession& ssh, const HostProfile& host, const QString& source, ClusterSnapshot& snap)
{
    if (ssh.open())
        return true;
    if (ssh.error() == SshSession::Error::HostKeyUnknown)
        m_unknownKeys.append({host.name, host.address, ssh.hostKey()});
    addSource(snap, source, false, ssh.errorString());
    return false;
}

bool StatusCollector::runClusterStatus(SshSession& ssh, const QString& source, ClusterSnapshot& snap,
    QList<NodeInfo>* nodes, QList<QStringList>* partitions, int timeoutMs)
{
    const RemoteCommand modern{{QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status"),
                                   QStringLiteral("--formatter"), QStringLiteral("json")},
        true};
    auto result = ssh.exec(modern.toShell(m_profile.ssh.sudo), timeoutMs);
    if (result.exitCode != 0 && ssh.error() == SshSession::Error::None) {
        // 2.x–3.7 know no --formatter: ask in the legacy form.
        const RemoteCommand legacy{{QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status")}, true};
        const auto old = ssh.exec(legacy.toShell(m_profile.ssh.sudo), timeoutMs);
        if (old.exitCode == 0)
            result = old;
    }
    if (ssh.error() != SshSession::Error::None) {
        addSource(snap, source, false, ssh.errorString());
        return false;
    }
    if (result.exitCode != 0) {
        ++m_sshFailedCtl;
        const QString why = firstLine(result.err).isEmpty() ? firstLine(result.out) : firstLine(result.err);
        addSource(snap, source, false, QCoreApplication::translate("Status", "rabbitmqctl cluster_status failed (exit %1): %2").arg(result.exitCode).arg(why));
        return false;
    }
    const auto status = parseClusterStatus(result.out);
    if (!status.ok()) {
        addSource(snap, source, false, QCoreApplication::translate("Status", "unreadable cluster_status output: %1").arg(status.error().toString()));
        return false;
    }
    *nodes = status->nodes;
    if (partitions)
        *partitions = status->partitions;
    addSource(snap, source, true);
    return true;
}

bool StatusCollector::collectFromSsh(ClusterSnapshot& snap)
{
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return false;
        const QString source = QCoreApplication::translate("Status", "SSH on %1").arg(host.name);
        if (const HostReach* reach = reachOf(host); reach && !reach->unreachable.isEmpty()) {
            addSource(snap, source, false, reach->unreachable);
            continue;
        }
        SshSession ssh(sshTarget(host), m_cancel);
        if (!openSsh(ssh, host, source, snap))
            continue;
        // After a stalled API, a stalled cluster_status is likely for the same reason: ask once, briefly.
        const bool stalled = !m_stuckApis.isEmpty();
        if (!runClusterStatus(ssh, source, snap, &snap.nodes, &snap.partitions, stalled ? StalledCtlTimeoutMs : 60000)) {
            if (stalled && ssh.error() == SshSession::Error::Timeout)
                return false;
            continue;
        }
        snap.via = QStringLiteral("ssh");
        return true;
    }
    return false;
}

void StatusCollector::crossCheck(ClusterSnapshot& snap)
{
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return;
        const QString source = QCoreApplication::translate("Status", "cluster_status on %1 (cross-check)").arg(host.name);
        if (isUnreachable(host))
            continue;
        SshSession ssh(sshTarget(host), m_cancel);
        if (!openSsh(ssh, host, source, snap))
            continue;
        QList<NodeInfo> nodes;
        if (!runClusterStatus(ssh, source, snap, &nodes, nullptr))
            continue;
        markDisagreements(snap.nodes, nodes);
        m_refreshed.crossCheck = true;
        return;
    }
}

namespace {
struct SafetyProbe
{
    QString node;
    StopSafety safety;
};
} // namespace

void StatusCollector::collectStopSafety(ClusterSnapshot& snap)
{
    QString passwordError;
    HttpRequestOptions options = apiOptions(&passwordError);
    if (options.password.isEmpty())
        return;
    options.timeoutMs = qMin(options.timeoutMs, ProbeTimeoutMs);
    QList<HostProfile> hosts;
    for (const auto& host : m_profile.rabbitHosts()) {
        const NodeInfo* n = snap.node(nodeOfHost(host));
        if (n && n->running && host.apiUrl.isValid() && !isUnreachable(host))
            hosts << host;
    }
    const CancelToken cancel = m_cancel;
    const auto probe = [options, cancel](const HostProfile& host) {
        SafetyProbe p;
        p.node = nodeOfHost(host);
        ManagementApi api(host.apiUrl, options, cancel);
        const HttpResult q = api.healthCheckRaw(QStringLiteral("node-is-quorum-critical"));
        const HealthCheckAnswer quorum = parseHealthCheck(q.httpStatus, q.body);
        if (!quorum.answered) {
            // Whether the host or only its API is out of reach is the reach probe's to say.
            p.safety = stopSafetyFrom(quorum, {}, q.errorString);
            return p;
        }
        const HttpResult m = api.healthCheckRaw(QStringLiteral("node-is-mirror-sync-critical"));
        p.safety = stopSafetyFrom(quorum, parseHealthCheck(m.httpStatus, m.body), m.errorString);
        return p;
    };
    // One thread per node, so an unreachable node costs one probe timeout, not one per node.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, int(hosts.size())));
    const QList<SafetyProbe> probes = QtConcurrent::blockingMapped<QList<SafetyProbe>>(&pool, hosts, probe);
    for (const SafetyProbe& p : probes) {
        NodeInfo* n = snap.node(p.node);
        if (!n)
            continue;
        n->safety = p.safety;
    }
    m_refreshed.stopSafety = true;
}

void StatusCollector::collectQueueLeaders(ClusterSnapshot& snap)
{
    if (!m_answeringApi.isValid())
        return;
    QString passwordError;
    ManagementApi api(m_answeringApi, apiOptions(&passwordError), m_cancel);
    QElapsedTimer clock;
    clock.start();
    // disable_stats: the node columns need no statistics, and at 10k queues that halves the cost.
    const HttpResult reply = api.queuesRaw({QStringLiteral("node"), QStringLiteral("leader"), QStringLiteral("type")}, 0, 0, true);
    const QString source = QCoreApplication::translate("Status", "queue leaders from the API");
    if (!reply.ok()) {
        addSource(snap, source, false, reply.errorString);
        return;
    }
    const auto counts = countQueueLeaders(reply.body);
    if (!counts.ok()) {
        addSource(snap, source, false, counts.error().toString());
        return;
    }
    for (NodeInfo& n : snap.nodes)
        n.queueLeaders = counts->value(n.name, 0);
    snap.leadersAt = QDateTime::currentDateTimeUtc();
    snap.leadersCostMs = clock.elapsed();
    m_refreshed.queueLeaders = true;
}

void StatusCollector::collectStatisticsInterval(ClusterSnapshot& snap)
{
    // Not in any API answer: ask one node's application environment.
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return;
        const NodeInfo* n = snap.node(nodeOfHost(host));
        if ((n && !n->running) || isUnreachable(host))
            continue;
        SshSession ssh(sshTarget(host), m_cancel);
        if (!ssh.open())
            continue;
        const RemoteCommand cmd{{QStringLiteral("rabbitmqctl"), QStringLiteral("eval"),
                                    QStringLiteral("application:get_env(rabbit, collect_statistics_interval).")},
            true};
        const auto result = ssh.exec(cmd.toShell(m_profile.ssh.sudo), 30000);
        if (ssh.error() != SshSession::Error::None || result.exitCode != 0)
            continue;
        const qint64 ms = parseStatisticsInterval(QString::fromUtf8(result.out));
        if (ms > 0) {
            snap.statisticsIntervalMs = ms;
            m_refreshed.statisticsInterval = true;
            return;
        }
    }
}

void StatusCollector::collectShutdownOrder(ClusterSnapshot& snap)
{
    const QString source = QCoreApplication::translate("Status", "Mnesia directories over SSH");
    QMap<QString, QStringList> running;
    QStringList members;
    QStringList disc;
    QStringList errors;
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return;
        const QString node = nodeOfHost(host);
        if (const HostReach* reach = reachOf(host); reach && !reach->unreachable.isEmpty()) {
            errors << QStringLiteral("%1: %2").arg(host.name, reach->unreachable);
            continue;
        }
        SshSession ssh(sshTarget(host), m_cancel);
        if (!ssh.open()) {
            errors << QStringLiteral("%1: %2").arg(host.name, ssh.errorString());
            continue;
        }
        const QString dir = MnesiaBase + node + QLatin1Char('/');
        const RemoteCommand readRunning{{QStringLiteral("cat"), dir + QStringLiteral("nodes_running_at_shutdown")}, true};
        const auto r = ssh.exec(readRunning.toShell(m_profile.ssh.sudo), 20000);
        const auto list = r.exitCode == 0 ? parseNodeListFile(QString::fromUtf8(r.out)) : Parsed<QStringList>(ParseError{firstLine(r.err)});
        if (list.ok())
            running.insert(node, list.value());
        else
            errors << QStringLiteral("%1: %2").arg(host.name, list.error().message);
        const RemoteCommand readMembers{{QStringLiteral("cat"), dir + QStringLiteral("cluster_nodes.config")}, true};
        const auto c = ssh.exec(readMembers.toShell(m_profile.ssh.sudo), 20000);
        if (c.exitCode == 0) {
            if (const auto file = parseClusterNodesFile(QString::fromUtf8(c.out)); file.ok()) {
                for (const QString& n : file->all)
                    if (!members.contains(n))
                        members << n;
                for (const QString& n : file->disc)
                    if (!disc.contains(n))
                        disc << n;
            }
        }
        if (!members.contains(node))
            members << node;
    }
    snap.shutdown = shutdownOrderFrom(running);
    if (!errors.isEmpty() && snap.shutdown.error.isEmpty() && running.size() < m_profile.rabbitHosts().size())
        snap.shutdown.error = errors.join(QStringLiteral("; "));
    addSource(snap, source, !running.isEmpty(), errors.join(QStringLiteral("; ")));
    snap.wholeClusterDown = true;
    snap.via = QStringLiteral("ssh");
    for (const QString& name : members) {
        NodeInfo n;
        n.name = name;
        n.running = false;
        n.type = disc.isEmpty() ? NodeType::Unknown : disc.contains(name) ? NodeType::Disc : NodeType::Ram;
        snap.nodes << n;
    }
}

void StatusCollector::collectHaproxy(ClusterSnapshot& snap)
{
    const auto& hp = m_profile.haproxy;
    QString lastError;
    if (hp.statsUrl.isValid()) {
        HttpRequestOptions o;
        o.timeoutMs = m_profile.api.timeoutMs;
        o.verifyTls = m_profile.api.verifyTls;
        const auto reply = httpGet(hp.statsUrl, o, m_cancel);
        if (reply.ok()) {
            const auto servers = parseHaproxyStatCsv(reply.body);
            if (servers.ok()) {
                snap.haproxyServers = servers.value();
                addSource(snap, QCoreApplication::translate("Status", "HAProxy stats page"), true);
                return;
            }
            addSource(snap, QCoreApplication::translate("Status", "HAProxy stats page"), false, QCoreApplication::translate("Status", "unreadable stats CSV: %1").arg(servers.error().toString()));
        } else {
            // The client's hint for a refused connection names the management plugin: not here.
            const QString why = reply.error == HttpResult::Error::Refused
                ? QCoreApplication::translate("Status", "%1: connection refused (is HAProxy running, with its stats page on that port?)")
                      .arg(hp.statsUrl.toDisplayString(QUrl::RemoveUserInfo))
                : reply.errorString;
            addSource(snap, QCoreApplication::translate("Status", "HAProxy stats page"), false, why);
        }
    }
    const HostProfile* host = hp.host.isEmpty() ? nullptr : m_profile.host(hp.host);
    if (!host || hp.statsSocket.isEmpty() || m_cancel.isCancelled())
        return;
    const QString source = QCoreApplication::translate("Status", "HAProxy stats socket on %1").arg(host->name);
    SshSession ssh(sshTarget(*host), m_cancel);
    if (!ssh.open()) {
        if (ssh.error() == SshSession::Error::HostKeyUnknown)
            m_unknownKeys.append({host->name, host->address, ssh.hostKey()});
        addSource(snap, source, false, ssh.errorString());
        return;
    }
    const RemoteCommand cmd{{QStringLiteral("socat"), QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:") + hp.statsSocket}, true};
    const auto result = ssh.exec(cmd.toShell(m_profile.ssh.sudo), 20000, QByteArrayLiteral("show stat\n"));
    if (ssh.error() != SshSession::Error::None || result.exitCode != 0) {
        addSource(snap, source, false,
            ssh.error() != SshSession::Error::None ? ssh.errorString()
                                                   : QCoreApplication::translate("Status", "socat failed (exit %1): %2").arg(result.exitCode).arg(firstLine(result.err)));
        return;
    }
    const auto servers = parseHaproxyStatCsv(result.out);
    if (!servers.ok()) {
        addSource(snap, source, false, QCoreApplication::translate("Status", "unreadable stats CSV: %1").arg(servers.error().toString()));
        return;
    }
    snap.haproxyServers = servers.value();
    addSource(snap, source, true);
}

} // namespace warren
