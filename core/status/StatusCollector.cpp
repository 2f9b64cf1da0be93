#include "StatusCollector.h"

#include "api/ManagementApi.h"
#include "haproxy/StatCsv.h"
#include "parse/ClusterStatusParser.h"
#include "secrets/SecretStore.h"
#include "util/ShellQuote.h"
#include "util/Text.h"

#include <QCoreApplication>

namespace warren {

namespace {
void addSource(ClusterSnapshot& snap, const QString& source, bool ok, const QString& error = {})
{
    snap.sources.append(SourceStatus{source, ok, error});
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

ClusterSnapshot StatusCollector::collect()
{
    ClusterSnapshot snap;
    snap.clusterName = m_profile.name;
    m_unknownKeys.clear();
    if (!collectFromApi(snap) && !m_cancel.isCancelled())
        collectFromSsh(snap);
    if (!m_cancel.isCancelled())
        collectHaproxy(snap);
    snap.takenAt = QDateTime::currentDateTimeUtc();
    return snap;
}

bool StatusCollector::collectFromApi(ClusterSnapshot& snap)
{
    QString passwordError;
    const auto options = apiOptions(&passwordError);
    bool any = false;
    for (const auto& host : m_profile.rabbitHosts()) {
        if (!host.apiUrl.isValid())
            continue;
        any = true;
        if (m_cancel.isCancelled())
            return false;
        const QString source = QCoreApplication::translate("Status", "API on %1").arg(host.name);
        if (options.password.isEmpty()) {
            addSource(snap, source, false, passwordError);
            return false; // every host would refuse the same way
        }
        ManagementApi api(host.apiUrl, options, m_cancel);
        const auto nodesReply = api.nodesRaw();
        if (!nodesReply.ok()) {
            addSource(snap, source, false, nodesReply.errorString);
            if (nodesReply.error == HttpResult::Error::Unauthorized || nodesReply.error == HttpResult::Error::Forbidden)
                return false;
            continue;
        }
        auto nodes = parseApiNodes(nodesReply.body);
        if (!nodes.ok()) {
            addSource(snap, source, false, QCoreApplication::translate("Status", "unreadable /api/nodes answer: %1").arg(nodes.error().toString()));
            continue;
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
        addSource(snap, source, true);
        snap.via = QStringLiteral("api");
        return true;
    }
    if (!any)
        addSource(snap, QCoreApplication::translate("Status", "management API"), false, QCoreApplication::translate("Status", "no host in the profile has an API URL"));
    return false;
}

bool StatusCollector::collectFromSsh(ClusterSnapshot& snap)
{
    for (const auto& host : m_profile.rabbitHosts()) {
        if (m_cancel.isCancelled())
            return false;
        const QString source = QCoreApplication::translate("Status", "SSH on %1").arg(host.name);
        SshSession ssh(sshTarget(host), m_cancel);
        if (!ssh.open()) {
            if (ssh.error() == SshSession::Error::HostKeyUnknown)
                m_unknownKeys.append({host.name, host.address, ssh.hostKey()});
            addSource(snap, source, false, ssh.errorString());
            continue;
        }
        const RemoteCommand modern{{QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status"),
                                       QStringLiteral("--formatter"), QStringLiteral("json")},
            true};
        auto result = ssh.exec(modern.toShell(m_profile.ssh.sudo), 60000);
        if (result.exitCode != 0 && ssh.error() == SshSession::Error::None) {
            // 2.x–3.7 know no --formatter: ask in the legacy form.
            const RemoteCommand legacy{{QStringLiteral("rabbitmqctl"), QStringLiteral("cluster_status")}, true};
            const auto old = ssh.exec(legacy.toShell(m_profile.ssh.sudo), 60000);
            if (old.exitCode == 0)
                result = old;
        }
        if (ssh.error() != SshSession::Error::None) {
            addSource(snap, source, false, ssh.errorString());
            continue;
        }
        if (result.exitCode != 0) {
            const QString why = firstLine(result.err).isEmpty() ? firstLine(result.out) : firstLine(result.err);
            addSource(snap, source, false, QCoreApplication::translate("Status", "rabbitmqctl cluster_status failed (exit %1): %2").arg(result.exitCode).arg(why));
            continue;
        }
        const auto status = parseClusterStatus(result.out);
        if (!status.ok()) {
            addSource(snap, source, false, QCoreApplication::translate("Status", "unreadable cluster_status output: %1").arg(status.error().toString()));
            continue;
        }
        snap.nodes = status->nodes;
        snap.partitions = status->partitions;
        addSource(snap, source, true);
        snap.via = QStringLiteral("ssh");
        return true;
    }
    return false;
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
