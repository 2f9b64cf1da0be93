#include "QueueCollector.h"

#include "QueueParsers.h"
#include "api/ApiHosts.h"
#include "api/ManagementApi.h"
#include "parse/ClusterStatusParser.h"
#include "parse/FactParsers.h"
#include "status/StatusCollector.h"
#include "util/ShellQuote.h"
#include "util/Text.h"

#include <QCoreApplication>

namespace warren {

QueueCollector::QueueCollector(ClusterProfile profile, CancelToken cancel)
    : QueueCollector(std::move(profile), Options {}, std::move(cancel))
{
}

QueueCollector::QueueCollector(ClusterProfile profile, Options options, CancelToken cancel)
    : QueueCollector(std::move(profile), options, std::move(cancel), networkTransport())
{
}

QueueCollector::QueueCollector(ClusterProfile profile, Options options, CancelToken cancel, Transport& transport)
    : m_profile(std::move(profile))
    , m_options(options)
    , m_cancel(std::move(cancel))
    , m_transport(&transport)
{
}

QStringList QueueCollector::apiColumns()
{
    return { QStringLiteral("name"), QStringLiteral("vhost"), QStringLiteral("type"), QStringLiteral("node"),
        QStringLiteral("slave_nodes"), QStringLiteral("synchronised_slave_nodes"), QStringLiteral("leader"),
        QStringLiteral("members"), QStringLiteral("online"), QStringLiteral("messages_ready"),
        QStringLiteral("messages_unacknowledged"), QStringLiteral("consumers"), QStringLiteral("state"),
        QStringLiteral("policy"), QStringLiteral("effective_policy_definition"), QStringLiteral("arguments") };
}

void QueueCollector::addSource(QueueSnapshot& snap, const QString& source, bool ok, const QString& error)
{
    m_sources.append(SourceStatus { source, ok, error });
    snap.sources = m_sources;
}

QString QueueCollector::errorSummary() const
{
    QStringList reasons;
    if (!m_stalled.isEmpty()) {
        reasons << m_stalled; // the one reason that matters; the sources keep the details
    } else {
        for (const auto& s : m_sources) {
            if (!s.ok)
                reasons << QStringLiteral("%1: %2").arg(s.source, s.error);
        }
    }
    if (m_cancel.isCancelled())
        reasons << QCoreApplication::translate("Queues", "cancelled");
    return reasons.join(QStringLiteral("; "));
}

QueueSnapshot QueueCollector::collect()
{
    QueueSnapshot snap;
    m_sources.clear();
    m_stalled.clear();
    m_ok = false;
    m_reach.probe(m_profile, m_cancel, m_transport);
    if (m_options.source != Source::SshOnly)
        m_ok = collectFromApi(snap);
    if (!m_ok && m_reach.clusterQueriesStall()) {
        // The APIs that stalled wait for the host Warren cannot reach either: until the cluster
        // gives up on it (net_ticktime), list_queues over SSH would wait the same way.
        const QStringList names = m_reach.unreachableHosts();
        QStringList why;
        for (const auto& host : m_profile.rabbitHosts()) {
            if (const HostReach* r = m_reach.of(host); r && !r->unreachable.isEmpty())
                why << (names.size() == 1 ? r->unreachable : QStringLiteral("%1: %2").arg(host.name, r->unreachable));
        }
        const QString unreachable = names.join(QStringLiteral(", "));
        m_stalled
            = QCoreApplication::translate("Queues",
                "%1 unreachable from Warren (%2); the cluster-wide queue listing waits for it until the cluster gives "
                "up on it "
                "(net_ticktime, about a minute): the API on %3 gave no answer within %4 s, and rabbitmqctl list_queues "
                "over SSH "
                "would wait the same way, so it was not started")
                  .arg(unreachable, why.join(QStringLiteral("; ")), m_reach.stuckApis().join(QStringLiteral(", ")))
                  .arg(ClusterReach::ShortTimeoutMs / 1000);
        if (m_options.source != Source::ApiOnly)
            addSource(snap, QCoreApplication::translate("Queues", "rabbitmqctl list_queues over SSH"), false,
                QCoreApplication::translate("Queues", "not started: it would wait for %1, as the API did")
                    .arg(unreachable));
    } else if (!m_ok && !m_cancel.isCancelled() && m_options.source != Source::ApiOnly) {
        m_ok = collectFromSsh(snap);
    }
    snap.takenAt = QDateTime::currentDateTimeUtc();
    snap.sources = m_sources;
    return snap;
}

bool QueueCollector::collectFromApi(QueueSnapshot& snap)
{
    StatusCollector helper(m_profile, m_cancel);
    QString passwordError;
    HttpRequestOptions options = helper.apiOptions(&passwordError);
    auto source
        = [](const HostProfile& host) { return QCoreApplication::translate("Queues", "API on %1").arg(host.name); };
    ApiHostWalk walk;
    walk.failed = [&](const HostProfile& host, const QString& error) { addSource(snap, source(host), false, error); };
    walk.transport = m_transport;
    m_reach.guardWalk(walk, m_profile, options, m_cancel, m_transport);
    walk.answered = [&](const HostProfile& host, ManagementApi& api, const HttpResult& nodesReply) {
        const auto nodes = parseApiNodes(nodesReply.body);
        HttpRequestOptions slow = options;
        slow.timeoutMs = qMax(options.timeoutMs, m_options.apiTimeoutMs);
        ManagementApi queuesApi(host.apiUrl, slow, m_cancel, m_transport);
        const bool skipCounters = m_options.counters == Counters::Skip;
        HttpResult reply = queuesApi.queuesRaw(apiColumns(), 0, 0, skipCounters, false);
        bool countersDropped = false;
        if (!reply.ok() && !skipCounters && !m_cancel.isCancelled()
            && (reply.error == HttpResult::Error::Network || reply.error == HttpResult::Error::Timeout
                || reply.error == HttpResult::Error::Server)) {
            // 3.10 formats every queue's statistics before it sends a byte; at tens of thousands
            // of queues on a busy node that outlasts the API's own 60 s idle timeout (an empty
            // reply). Placement is what the comparison needs: ask again without statistics
            // (correct node lists, no counters), several times cheaper for the broker.
            HttpResult placement = queuesApi.queuesRaw(apiColumns(), 0, 0, true, false);
            if (placement.ok()) {
                reply = std::move(placement);
                countersDropped = true;
            }
        }
        if (!reply.ok()) {
            addSource(snap, source(host), false, reply.errorString);
            return false;
        }
        auto queues = parseApiQueues(reply.body);
        reply.body = QByteArray(); // free the body before the snapshot's index is built
        if (!queues.ok()) {
            addSource(snap, source(host), false,
                QCoreApplication::translate("Queues", "unreadable /api/queues answer: %1")
                    .arg(queues.error().toString()));
            return false;
        }
        if (skipCounters || countersDropped) {
            // Without statistics the answer has no effective_policy_definition: which policies
            // mirror comes from /api/policies (a few lines), so an HA queue that lost every
            // mirror is still "mirrored" and a problem.
            const HttpResult policies = api.policiesRaw();
            const auto ha
                = policies.ok() ? parseApiHaPolicies(policies.body) : Parsed<QSet<QueueKey>>(QSet<QueueKey> {});
            if (ha.ok())
                applyHaPolicies(queues.value(), ha.value());
        }
        snap = QueueSnapshot(std::move(queues.value()));
        if (nodes.ok())
            snap.setClusterNodes(nodes.value());
        snap.via = QStringLiteral("api");
        snap.countersSkipped = skipCounters || countersDropped;
        addSource(snap, source(host), true,
            countersDropped
                ? QCoreApplication::translate("Queues", "no message counters: the request with statistics timed out")
                : QString());
        return true;
    };
    bool any = false;
    if (walkApiHosts(m_profile, options, passwordError, m_cancel, walk, &any))
        return true;
    if (!any)
        addSource(snap, QCoreApplication::translate("Queues", "management API"), false,
            QCoreApplication::translate("Queues", "no host in the profile has an API URL"));
    return false;
}

bool QueueCollector::collectFromSsh(QueueSnapshot& snap)
{
    StatusCollector helper(m_profile, m_cancel);
    const bool sudo = m_profile.ssh.sudo;
    const QString ctl = QStringLiteral("rabbitmqctl");
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return false;
        const QString source = QCoreApplication::translate("Queues", "SSH on %1").arg(host.name);
        if (const HostReach* reach = m_reach.of(host); reach && !reach->unreachable.isEmpty()) {
            addSource(snap, source, false, reach->unreachable);
            continue;
        }
        const auto channel = m_transport->ssh(helper.sshTarget(host), m_cancel);
        SshChannel& ssh = *channel;
        if (!ssh.open()) {
            addSource(snap, source, false, ssh.errorString());
            continue;
        }
        // A vhost name comes from the cluster: it is a value, never an option (RemoteCommand).
        auto command = [&](const QStringList& argv) {
            RemoteCommand c { {}, true };
            for (int i = 0; i < argv.size(); ++i) {
                if (i > 0 && argv.at(i - 1) == QLatin1String("-p"))
                    c.value(argv.at(i));
                else
                    c.arg(argv.at(i));
            }
            return c;
        };
        auto run
            = [&](const QStringList& argv) { return ssh.exec(command(argv).toShell(sudo), m_options.sshTimeoutMs); };
        const auto vhostsOut
            = run({ ctl, QStringLiteral("-q"), QStringLiteral("list_vhosts"), QStringLiteral("name") });
        if (ssh.error() != SshSession::Error::None) {
            addSource(snap, source, false, ssh.errorString());
            continue;
        }
        if (vhostsOut.exitCode != 0) {
            const QString why
                = firstLine(vhostsOut.err).isEmpty() ? firstLine(vhostsOut.out) : firstLine(vhostsOut.err);
            addSource(snap, source, false,
                QCoreApplication::translate("Queues", "rabbitmqctl list_vhosts failed (exit %1): %2")
                    .arg(vhostsOut.exitCode)
                    .arg(why));
            continue;
        }
        const QStringList vhosts = parseListVhosts(vhostsOut.out);
        // The info items differ by version: 4.x refuses slave_pids (classic mirroring is gone),
        // 2.x-3.7 know no quorum columns. The CLI on the node's host is the node's release.
        const auto versionOut = run({ ctl, QStringLiteral("-q"), QStringLiteral("version") });
        const RabbitVersion version = versionOut.exitCode == 0 && ssh.error() == SshSession::Error::None
            ? RabbitVersion::parse(lastOutputLine(versionOut.out))
            : RabbitVersion {};
        QList<QueueInfo> all;
        bool failed = false;
        for (const auto& vhost : vhosts) {
            if (m_cancel.isCancelled())
                return false;
            const QString refused
                = command({ ctl, QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("-p"), vhost })
                      .refusal();
            if (!refused.isEmpty()) {
                // Listed by the API only; over SSH it is skipped, and the sources say why.
                addSource(snap, QCoreApplication::translate("Queues", "vhost %1 over SSH on %2").arg(vhost, host.name),
                    false, refused);
                continue;
            }
            const auto policiesOut = run({ ctl, QStringLiteral("-q"), QStringLiteral("list_policies"),
                QStringLiteral("-p"), vhost, QStringLiteral("--no-table-headers") });
            const QSet<QString> ha = policiesOut.exitCode == 0 ? haPolicyNames(policiesOut.out) : QSet<QString> {};
            QStringList columns = listQueuesColumnsFor(version);
            const bool legacy = columns == legacyListQueuesColumns();
            auto out = run(
                QStringList { ctl, QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("-p"), vhost }
                + (legacy ? QStringList {} : QStringList { QStringLiteral("--no-table-headers") }) + columns);
            if (out.exitCode != 0 && ssh.error() == SshSession::Error::None && !version.isKnown()) {
                // Brokers before 3.8 know neither quorum columns nor --no-table-headers.
                columns = legacyListQueuesColumns();
                const auto old = run(QStringList { ctl, QStringLiteral("-q"), QStringLiteral("list_queues"),
                                         QStringLiteral("-p"), vhost }
                    + columns);
                if (old.exitCode == 0)
                    out = old;
            }
            if (ssh.error() != SshSession::Error::None || out.exitCode != 0) {
                const QString why = ssh.error() != SshSession::Error::None ? ssh.errorString()
                    : firstLine(out.err).isEmpty()                         ? firstLine(out.out)
                                                                           : firstLine(out.err);
                addSource(snap, source, false,
                    QCoreApplication::translate("Queues", "rabbitmqctl list_queues -p %1 failed: %2").arg(vhost, why));
                failed = true;
                break;
            }
            auto parsed = parseListQueues(out.out, columns, vhost, ha);
            if (!parsed.ok()) {
                addSource(snap, source, false,
                    QCoreApplication::translate("Queues", "unreadable list_queues output: %1")
                        .arg(parsed.error().toString()));
                failed = true;
                break;
            }
            all += parsed.value();
        }
        if (failed)
            continue;
        // The API's order: vhost, then name.
        std::stable_sort(all.begin(), all.end(), [](const QueueInfo& a, const QueueInfo& b) {
            return a.vhost != b.vhost ? a.vhost < b.vhost : a.name < b.name;
        });
        snap = QueueSnapshot(std::move(all));
        const auto status
            = run({ ctl, QStringLiteral("cluster_status"), QStringLiteral("--formatter"), QStringLiteral("json") });
        if (status.exitCode == 0) {
            const auto parsed = parseClusterStatus(status.out);
            if (parsed.ok())
                snap.setClusterNodes(parsed->nodes);
        }
        snap.via = QStringLiteral("ssh");
        addSource(snap, source, true);
        return true;
    }
    return false;
}

} // namespace warren
