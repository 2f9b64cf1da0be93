#include "StatusCollector.h"

#include "api/ApiHosts.h"
#include "api/ManagementApi.h"
#include "haproxy/StatCsv.h"
#include "ops/RabbitVersion.h"
#include "parse/BrokerParsers.h"
#include "parse/ClusterStatusParser.h"
#include "secrets/SecretStore.h"
#include "util/ShellQuote.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace warren {

namespace {
    void addSource(ClusterSnapshot& snap, const QString& source, bool ok, const QString& error = {})
    {
        snap.sources.append(SourceStatus { source, ok, error });
    }

    // After an API stalled, cluster_status over SSH gets this long (it normally takes 1-3 s).
    constexpr int StalledCtlTimeoutMs = 8000;

    // Where a Debian/RPM node keeps its Mnesia directory (RABBITMQ_MNESIA_BASE's default).
    const QString MnesiaBase = QStringLiteral("/var/lib/rabbitmq/mnesia/");

} // namespace

StatusCollector::StatusCollector(ClusterProfile profile, CancelToken cancel)
    : StatusCollector(std::move(profile), std::move(cancel), networkTransport())
{
}

StatusCollector::StatusCollector(ClusterProfile profile, CancelToken cancel, Transport& transport)
    : m_profile(std::move(profile))
    , m_cancel(std::move(cancel))
    , m_transport(&transport)
{
}

std::unique_ptr<SshChannel> StatusCollector::channelTo(const HostProfile& host) const
{
    return m_transport->ssh(sshTarget(host), m_cancel);
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
    m_reach.probe(m_profile, m_cancel, m_transport);
    const QList<HostProfile> hosts = m_profile.rabbitHosts();
    for (const HostProfile& host : hosts) {
        if (const HostReach* r = m_reach.of(host); r && !r->unreachable.isEmpty())
            addSource(
                snap, QCoreApplication::translate("Status", "connection to %1").arg(host.name), false, r->unreachable);
    }
    snap.reach = m_reach.hosts();
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
        *error = QCoreApplication::translate("Status", "no API password is known for user \"%1\" in this session")
                     .arg(m_profile.api.user);
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
    probeReach(snap);
    const bool viaApi = !m_cancel.isCancelled() && collectFromApi(snap);
    if (viaApi) {
        m_membership = membershipKey(snap.nodes);
        const bool membershipChanged = m_membership != checks.previousMembership;
        if (!m_cancel.isCancelled() && (checks.crossCheck || membershipChanged))
            crossCheck(snap);
        // A node that stopped or came back may have moved the Khepri leader.
        if (!m_cancel.isCancelled()
            && (checks.brokerFacts || (membershipChanged && !checks.previousMembership.isEmpty())))
            collectBrokerFacts(snap);
        // Where queues lead (and so which node is safe to stop) changes with a node's state:
        // read both at once rather than at their next turn (up to a minute later).
        const bool stateChanged = membershipChanged && !checks.previousMembership.isEmpty();
        if (!m_cancel.isCancelled() && (checks.stopSafety || stateChanged))
            collectStopSafety(snap);
        if (!m_cancel.isCancelled() && (checks.queueLeaders || stateChanged))
            collectQueueLeaders(snap);
    } else if (m_reach.clusterQueriesStall()) {
        // The APIs that stalled wait for the node Warren cannot reach either: until the cluster
        // gives up on it (net_ticktime), cluster_status would wait the same way.
        addSource(snap, QCoreApplication::translate("Status", "cluster_status over SSH"), false,
            QCoreApplication::translate("Status",
                "not asked: the API on %1 accepts connections but does not answer; its cluster "
                "queries wait, as cluster_status would, for %2, which Warren cannot reach either")
                .arg(m_reach.stuckApis().join(QStringLiteral(", ")),
                    m_reach.unreachableHosts().join(QStringLiteral(", "))));
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
    applyReach(snap.nodes, m_reach.hosts());
    snap.takenAt = QDateTime::currentDateTimeUtc();
    return snap;
}

bool StatusCollector::collectFromApi(ClusterSnapshot& snap)
{
    QString passwordError;
    const auto options = apiOptions(&passwordError);
    auto source
        = [](const HostProfile& host) { return QCoreApplication::translate("Status", "API on %1").arg(host.name); };
    ApiHostWalk walk;
    walk.failed = [&](const HostProfile& host, const QString& error) { addSource(snap, source(host), false, error); };
    walk.transport = m_transport;
    m_reach.guardWalk(walk, m_profile, options, m_cancel, m_transport);
    walk.answered = [&](const HostProfile& host, ManagementApi& api, const HttpResult& nodesReply) {
        auto nodes = parseApiNodes(nodesReply.body);
        if (!nodes.ok()) {
            addSource(snap, source(host), false,
                QCoreApplication::translate("Status", "unreadable /api/nodes answer: %1")
                    .arg(nodes.error().toString()));
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
        addSource(snap, QCoreApplication::translate("Status", "management API"), false,
            QCoreApplication::translate("Status", "no host in the profile has an API URL"));
    return false;
}

bool StatusCollector::openSsh(SshChannel& ssh, const HostProfile& host, const QString& source, ClusterSnapshot& snap)
{
    if (ssh.open())
        return true;
    if (ssh.error() == SshSession::Error::HostKeyUnknown)
        m_unknownKeys.append({ host.name, host.address, ssh.hostKey() });
    addSource(snap, source, false, ssh.errorString());
    return false;
}

bool StatusCollector::runClusterStatus(SshChannel& ssh, const QString& source, ClusterSnapshot& snap,
    QList<NodeInfo>* nodes, QList<QStringList>* partitions, int timeoutMs)
{
    const RemoteCommand modern { { QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status"),
                                     QStringLiteral("--formatter"), QStringLiteral("json") },
        true };
    auto result = ssh.exec(modern.toShell(m_profile.ssh.sudo), timeoutMs);
    if (result.exitCode != 0 && ssh.error() == SshSession::Error::None) {
        // 2.x–3.7 know no --formatter: ask in the legacy form.
        const RemoteCommand legacy { { QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status") }, true };
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
        addSource(snap, source, false,
            QCoreApplication::translate("Status", "rabbitmqctl cluster_status failed (exit %1): %2")
                .arg(result.exitCode)
                .arg(why));
        return false;
    }
    const auto status = parseClusterStatus(result.out);
    if (!status.ok()) {
        addSource(snap, source, false,
            QCoreApplication::translate("Status", "unreadable cluster_status output: %1")
                .arg(status.error().toString()));
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
        if (const HostReach* reach = m_reach.of(host); reach && !reach->unreachable.isEmpty()) {
            addSource(snap, source, false, reach->unreachable);
            continue;
        }
        const auto channel = channelTo(host);
        if (!openSsh(*channel, host, source, snap))
            continue;
        // After a stalled API, a stalled cluster_status is likely for the same reason: ask once, briefly.
        const bool stalled = !m_reach.stuckApis().isEmpty();
        if (!runClusterStatus(
                *channel, source, snap, &snap.nodes, &snap.partitions, stalled ? StalledCtlTimeoutMs : 60000)) {
            if (stalled && channel->error() == SshSession::Error::Timeout)
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
        const QString source
            = QCoreApplication::translate("Status", "cluster_status on %1 (cross-check)").arg(host.name);
        if (m_reach.isUnreachable(host))
            continue;
        const auto channel = channelTo(host);
        if (!openSsh(*channel, host, source, snap))
            continue;
        QList<NodeInfo> nodes;
        if (!runClusterStatus(*channel, source, snap, &nodes, nullptr))
            continue;
        markDisagreements(snap.nodes, nodes);
        // The API of 3.x does not say which node is in maintenance; cluster_status does.
        for (const auto& n : nodes) {
            for (auto& s : snap.nodes) {
                if (s.name == n.name)
                    s.underMaintenance = s.underMaintenance || n.underMaintenance;
            }
        }
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
    options.timeoutMs = qMin(options.timeoutMs, ClusterReach::ShortTimeoutMs);
    QList<HostProfile> hosts;
    for (const auto& host : m_profile.rabbitHosts()) {
        const NodeInfo* n = snap.node(nodeOfHost(host));
        if (n && n->running && host.apiUrl.isValid() && !m_reach.isUnreachable(host))
            hosts << host;
    }
    const CancelToken cancel = m_cancel;
    Transport* transport = m_transport;
    const auto probe = [options, cancel, transport](const HostProfile& host) {
        SafetyProbe p;
        p.node = nodeOfHost(host);
        ManagementApi api(host.apiUrl, options, cancel, transport);
        const HttpResult q = api.healthCheckRaw(QStringLiteral("node-is-quorum-critical"));
        const HealthCheckAnswer quorum = parseHealthCheck(q.httpStatus, q.body);
        if (!quorum.answered) {
            // Whether the host or only its API is out of reach is the reach probe's to say.
            p.safety = stopSafetyFrom(quorum, {}, q.errorString);
            return p;
        }
        const HttpResult m = api.healthCheckRaw(QStringLiteral("node-is-mirror-sync-critical"));
        p.safety = stopSafetyFrom(quorum, parseMirrorSyncCheck(m.httpStatus, m.body), m.errorString);
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
    ManagementApi api(m_answeringApi, apiOptions(&passwordError), m_cancel, m_transport);
    QElapsedTimer clock;
    clock.start();
    // disable_stats: the node columns need no statistics, and at 10k queues that halves the cost.
    const HttpResult reply
        = api.queuesRaw({ QStringLiteral("node"), QStringLiteral("leader"), QStringLiteral("type") }, 0, 0, true);
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
        if ((n && !n->running) || m_reach.isUnreachable(host))
            continue;
        const auto channel = channelTo(host);
        SshChannel& ssh = *channel;
        if (!ssh.open())
            continue;
        const RemoteCommand cmd { { QStringLiteral("rabbitmqctl"), QStringLiteral("eval"),
                                      QStringLiteral("application:get_env(rabbit, collect_statistics_interval).") },
            true };
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
        if (const HostReach* reach = m_reach.of(host); reach && !reach->unreachable.isEmpty()) {
            errors << QStringLiteral("%1: %2").arg(host.name, reach->unreachable);
            continue;
        }
        const auto channel = channelTo(host);
        SshChannel& ssh = *channel;
        if (!ssh.open()) {
            errors << QStringLiteral("%1: %2").arg(host.name, ssh.errorString());
            continue;
        }
        const QString dir = MnesiaBase + node + QLatin1Char('/');
        const RemoteCommand readRunning { { QStringLiteral("cat"), dir + QStringLiteral("nodes_running_at_shutdown") },
            true };
        const auto r = ssh.exec(readRunning.toShell(m_profile.ssh.sudo), 20000);
        const auto list = r.exitCode == 0 ? parseNodeListFile(QString::fromUtf8(r.out))
                                          : Parsed<QStringList>(ParseError { firstLine(r.err) });
        if (list.ok())
            running.insert(node, list.value());
        else
            errors << QStringLiteral("%1: %2").arg(host.name, list.error().message);
        const RemoteCommand readMembers { { QStringLiteral("cat"), dir + QStringLiteral("cluster_nodes.config") },
            true };
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

void StatusCollector::collectBrokerFacts(ClusterSnapshot& snap)
{
    if (!m_answeringApi.isValid())
        return;
    QString passwordError;
    ManagementApi api(m_answeringApi, apiOptions(&passwordError), m_cancel, m_transport);
    BrokerFacts facts;
    const RabbitVersion version = RabbitVersion::parse(snap.version());

    // Feature flags (3.8+), and from them the store: khepri_db enabled means Khepri.
    const HttpResult flagsReply = api.featureFlagsRaw();
    if (flagsReply.ok()) {
        const auto flags = parseFeatureFlags(flagsReply.body);
        if (flags.ok()) {
            facts.featureFlags = flags.value();
            facts.featureFlagsKnown = true;
            facts.metadata.store = storeFromFeatureFlags(facts.featureFlags);
            facts.metadata.foundBy = QStringLiteral("feature_flag");
        } else {
            facts.errors << QCoreApplication::translate("Status", "unreadable /api/feature-flags answer: %1")
                                .arg(flags.error().toString());
        }
    } else {
        facts.errors << QCoreApplication::translate("Status", "/api/feature-flags: %1").arg(flagsReply.errorString);
    }
    if (facts.metadata.store == MetadataStore::Unknown && version.isKnown() && !version.mayHaveKhepri()) {
        facts.metadata.store = MetadataStore::Mnesia; // Khepri arrived with 3.13
        facts.metadata.foundBy = QStringLiteral("version");
    }
    if (m_cancel.isCancelled())
        return;

    // Deprecated features in use: the broker says from 3.13; before, Warren looks for them.
    bool fromApi = false;
    if (!version.isKnown() || version.mayHaveKhepri()) {
        const HttpResult used = api.deprecatedFeaturesUsedRaw();
        if (used.ok()) {
            const auto features = parseDeprecatedFeatures(used.body);
            if (features.ok()) {
                facts.deprecatedInUse = features.value();
                facts.deprecatedKnown = fromApi = true;
                facts.deprecatedFoundBy = QStringLiteral("api");
            } else {
                facts.errors << QCoreApplication::translate("Status", "unreadable /api/deprecated-features answer: %1")
                                    .arg(features.error().toString());
            }
        } else if (used.httpStatus != 404) {
            facts.errors
                << QCoreApplication::translate("Status", "/api/deprecated-features/used: %1").arg(used.errorString);
        }
    }
    if (fromApi) {
        // 4.0 declares ram_node_type deprecated but does not track its use: Warren sees ram nodes itself.
        for (const DeprecatedFeature& d : deprecatedFeaturesFromChecks(snap.nodes, {})) {
            if (!facts.deprecated(d.name))
                facts.deprecatedInUse << d;
        }
    } else if (!m_cancel.isCancelled()) {
        const HttpResult policies = api.policiesRaw();
        const auto ha = policies.ok() ? parseHaPolicies(policies.body) : Parsed<QStringList>(ParseError {});
        if (ha.ok()) {
            facts.deprecatedInUse = deprecatedFeaturesFromChecks(snap.nodes, ha.value());
            facts.deprecatedKnown = true;
            facts.deprecatedFoundBy = QStringLiteral("checks");
        } else {
            facts.errors << QCoreApplication::translate("Status", "/api/policies: %1")
                                .arg(policies.ok() ? ha.error().toString() : policies.errorString);
        }
    }

    if (facts.metadata.isKhepri() && !m_cancel.isCancelled()) {
        facts.metadata.setMembersFrom(snap.nodes);
        collectKhepriStatus(snap, facts.metadata);
    }
    for (const QString& e : std::as_const(facts.errors))
        addSource(snap, QCoreApplication::translate("Status", "broker facts from the API"), false, e);
    facts.readAt = QDateTime::currentDateTimeUtc();
    snap.broker = facts;
    m_refreshed.brokerFacts = true;
}

void StatusCollector::collectKhepriStatus(ClusterSnapshot& snap, MetadataStoreStatus& store)
{
    // The Raft roles are in no API answer: ask one running node over SSH.
    QStringList errors;
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return;
        const NodeInfo* n = snap.node(nodeOfHost(host));
        if ((n && !n->running) || m_reach.isUnreachable(host))
            continue;
        const auto channel = channelTo(host);
        SshChannel& ssh = *channel;
        if (!ssh.open()) {
            errors << QStringLiteral("%1: %2").arg(host.name, ssh.errorString());
            continue;
        }
        const RemoteCommand cmd { { QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"),
                                      QStringLiteral("metadata_store_status"), QStringLiteral("--formatter"),
                                      QStringLiteral("json") },
            true };
        const auto result = ssh.exec(cmd.toShell(m_profile.ssh.sudo), 30000);
        if (ssh.error() != SshSession::Error::None || result.exitCode != 0) {
            errors << QStringLiteral("%1: %2").arg(
                host.name, ssh.error() != SshSession::Error::None ? ssh.errorString() : firstLine(result.err));
            continue;
        }
        const auto status = parseMetadataStoreStatus(result.out);
        if (!status.ok()) {
            errors << QStringLiteral("%1: %2").arg(host.name, status.error().toString());
            continue;
        }
        if (status->store == MetadataStore::Mnesia) {
            // khepri_db is being enabled right now, or the flag state lags: the node says Mnesia.
            store.store = MetadataStore::Mnesia;
            store.members.clear();
            store.membersRunning = -1;
        } else {
            store.raft = status->raft;
            store.leader = status->leader;
        }
        store.foundBy = QStringLiteral("metadata_store_status");
        return;
    }
    store.error = errors.isEmpty()
        ? QCoreApplication::translate("Status", "no running node to ask for metadata_store_status")
        : QCoreApplication::translate("Status", "metadata_store_status over SSH: %1")
              .arg(errors.join(QStringLiteral("; ")));
}

void StatusCollector::collectHaproxy(ClusterSnapshot& snap)
{
    const auto& hp = m_profile.haproxy;
    QString lastError;
    if (hp.statsUrl.isValid()) {
        HttpRequestOptions o;
        o.timeoutMs = m_profile.api.timeoutMs;
        o.verifyTls = m_profile.api.verifyTls;
        const auto reply = m_transport->get(hp.statsUrl, o, m_cancel);
        if (reply.ok()) {
            const auto servers = parseHaproxyStatCsv(reply.body);
            if (servers.ok()) {
                snap.haproxyServers = servers.value();
                addSource(snap, QCoreApplication::translate("Status", "HAProxy stats page"), true);
                return;
            }
            addSource(snap, QCoreApplication::translate("Status", "HAProxy stats page"), false,
                QCoreApplication::translate("Status", "unreadable stats CSV: %1").arg(servers.error().toString()));
        } else {
            // The client's hint for a refused connection names the management plugin: not here.
            const QString why = reply.error == HttpResult::Error::Refused
                ? QCoreApplication::translate(
                    "Status", "%1: connection refused (is HAProxy running, with its stats page on that port?)")
                      .arg(hp.statsUrl.toDisplayString(QUrl::RemoveUserInfo))
                : reply.errorString;
            addSource(snap, QCoreApplication::translate("Status", "HAProxy stats page"), false, why);
        }
    }
    const HostProfile* host = hp.host.isEmpty() ? nullptr : m_profile.host(hp.host);
    if (!host || hp.statsSocket.isEmpty() || m_cancel.isCancelled())
        return;
    const QString source = QCoreApplication::translate("Status", "HAProxy stats socket on %1").arg(host->name);
    const auto channel = channelTo(*host);
    SshChannel& ssh = *channel;
    if (!ssh.open()) {
        if (ssh.error() == SshSession::Error::HostKeyUnknown)
            m_unknownKeys.append({ host->name, host->address, ssh.hostKey() });
        addSource(snap, source, false, ssh.errorString());
        return;
    }
    const RemoteCommand cmd {
        { QStringLiteral("socat"), QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:") + hp.statsSocket }, true
    };
    const auto result = ssh.exec(cmd.toShell(m_profile.ssh.sudo), 20000, QByteArrayLiteral("show stat\n"));
    if (ssh.error() != SshSession::Error::None || result.exitCode != 0) {
        addSource(snap, source, false,
            ssh.error() != SshSession::Error::None ? ssh.errorString()
                                                   : QCoreApplication::translate("Status", "socat failed (exit %1): %2")
                                                         .arg(result.exitCode)
                                                         .arg(firstLine(result.err)));
        return;
    }
    const auto servers = parseHaproxyStatCsv(result.out);
    if (!servers.ok()) {
        addSource(snap, source, false,
            QCoreApplication::translate("Status", "unreadable stats CSV: %1").arg(servers.error().toString()));
        return;
    }
    snap.haproxyServers = servers.value();
    addSource(snap, source, true);
}

} // namespace warren
