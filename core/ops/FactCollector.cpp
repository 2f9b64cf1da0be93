#include "FactCollector.h"

#include "HostFiles.h"
#include "OpsText.h"
#include "RabbitCommands.h"
#include "parse/FactParsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace warren {

const NodeInfo* NodeFacts::member(const QString& nodeName) const
{
    for (const auto& n : status.nodes) {
        if (n.name == nodeName)
            return &n;
    }
    return nullptr;
}

QStringList NodeFacts::memberNames() const
{
    QStringList out;
    for (const auto& n : status.nodes)
        out << n.name;
    return out;
}

QStringList NodeFacts::discMembers() const
{
    QStringList out;
    for (const auto& n : status.nodes) {
        if (n.type == NodeType::Disc)
            out << n.name;
    }
    return out;
}

FactCollector::FactCollector(RemoteExecutor& executor)
    : m_executor(executor)
{
}

NodeFacts FactCollector::node(const HostProfile& host, int detail)
{
    NodeFacts f;
    f.host = host.name;
    f.node = host.node.isEmpty() ? normalizeNodeName(host.name) : host.node;

    // The modern form first; a node that does not know --formatter is 2.x-3.7.
    RemoteResult r
        = m_executor.run(host.name, RabbitCommands::clusterStatus(RabbitVersion::parse(QStringLiteral("3.8"))), 60000);
    if (!r.transportError.isEmpty()) {
        f.error = r.transportError;
        return f;
    }
    f.reachable = true;
    bool legacy = false;
    if (r.exitCode == 0) {
        auto parsed = parseClusterStatusJson(r.out);
        if (parsed.ok()) {
            f.haveStatus = true;
            f.status = parsed.value();
        }
    } else {
        const QString err = QString::fromUtf8(r.out + r.err);
        if (err.contains(QLatin1String("formatter")) || err.contains(QLatin1String("Usage"), Qt::CaseInsensitive)
            || err.contains(QLatin1String("invalid"), Qt::CaseInsensitive)) {
            const RemoteResult old
                = m_executor.run(host.name, RabbitCommands::ctl({ QStringLiteral("cluster_status") }), 60000);
            if (old.exitCode == 0) {
                legacy = true;
                auto parsed = parseClusterStatusLegacy(QString::fromUtf8(old.out));
                if (parsed.ok()) {
                    f.haveStatus = true;
                    f.status = parsed.value();
                }
            }
        }
        if (!f.haveStatus && err.contains(QLatin1String("requires the 'rabbit' app to be running"))) {
            f.vmOnly = true;
            f.error = QCoreApplication::translate("FactCollector",
                "its Erlang VM answers but cluster_status needs the RabbitMQ application, which is stopped");
        } else if (!f.haveStatus) {
            f.error = RabbitCommands::cliFailure(r.out, r.err);
        }
    }
    f.nodeAnswered = f.haveStatus;
    if (const NodeInfo* self = f.member(f.node)) {
        f.appRunning = self->running;
        f.version = RabbitVersion::parse(self->rabbitVersion);
        f.erlangVersion = self->erlangVersion;
    }
    if (!f.version.isKnown()) {
        if (legacy) {
            const RemoteResult st = m_executor.run(host.name, RabbitCommands::legacyStatus(), 60000);
            const LegacyStatusVersions v = parseLegacyStatusVersions(st.out);
            if (!v.rabbit.isEmpty())
                f.version = RabbitVersion::parse(v.rabbit);
            if (!v.erlang.isEmpty())
                f.erlangVersion = v.erlang;
        } else {
            const RemoteResult v = m_executor.run(host.name, RabbitCommands::cliVersion(), 60000);
            if (v.exitCode == 0)
                f.version = RabbitVersion::parse(lastOutputLine(v.out));
        }
    }
    if (f.version.mayHaveKhepri() && f.nodeAnswered) {
        const RemoteResult ff = m_executor.run(host.name, RabbitCommands::featureFlags(), 60000);
        if (const int khepri = khepriFlagState(ff.out); khepri >= 0)
            f.version.khepri = khepri == 1;
    }
    if (!f.nodeAnswered)
        return f;
    if (f.version.hasCookieHash() && !(detail & NoCookieHash)) {
        const RemoteResult c = m_executor.run(host.name, RabbitCommands::cookieHash(), 60000);
        if (c.exitCode == 0)
            f.cookieHash = lastOutputLine(c.out);
    }
    if ((detail & Queues) && f.appRunning) {
        const RemoteResult q = m_executor.run(host.name, RabbitCommands::localQueues(f.version), 120000);
        if (q.exitCode == 0) {
            const LocalQueueCount c = countLocalQueues(q.out, f.version.hasJsonClusterStatus());
            f.localQueues = c.queues;
            f.localMessages = c.messages;
        }
    }
    if ((detail & StopChecks) && f.version.hasHealthChecks() && f.appRunning) {
        const RemoteResult q = m_executor.run(host.name, RabbitCommands::quorumCritical(), 60000);
        f.quorumCritical = q.transportError.isEmpty() ? (q.exitCode == 0 ? 0 : 1) : -1;
        f.quorumDetail = lastOutputLine(q.exitCode == 0 ? q.out : (q.err.isEmpty() ? q.out : q.err));
        if (!f.version.hasClassicMirroring())
            return f; // 4.x: no classic mirrors; the command is a no-op there
        const RemoteResult m = m_executor.run(host.name, RabbitCommands::mirrorSyncCritical(), 60000);
        f.mirrorSyncCritical = m.transportError.isEmpty() ? (m.exitCode == 0 ? 0 : 1) : -1;
        f.mirrorDetail = lastOutputLine(m.exitCode == 0 ? m.out : (m.err.isEmpty() ? m.out : m.err));
    }
    return f;
}

LinkFacts FactCollector::resolve(const QString& fromHost, const QString& toHostname)
{
    LinkFacts l;
    l.from = fromHost;
    l.to = toHostname;
    const RemoteResult r = m_executor.run(fromHost, RabbitCommands::resolveHost(toHostname), 30000);
    if (!r.transportError.isEmpty()) {
        l.error = r.transportError;
        return l;
    }
    l.checked = true;
    l.resolves = r.exitCode == 0;
    if (l.resolves)
        l.address = firstResolvedAddress(r.out);
    return l;
}

LinkFacts FactCollector::link(const QString& fromHost, const QString& toHostname)
{
    LinkFacts l = resolve(fromHost, toHostname);
    if (!l.resolves)
        return l;
    l.epmdOpen = m_executor.run(fromHost, RabbitCommands::tcpProbe(toHostname, 4369), 30000).exitCode == 0;
    l.distOpen = m_executor.run(fromHost, RabbitCommands::tcpProbe(toHostname, 25672), 30000).exitCode == 0;
    return l;
}

HostIdentity FactCollector::identity(const HostProfile& host)
{
    HostIdentity id;
    id.host = host.name;
    const RemoteResult r = m_executor.run(host.name, RabbitCommands::identityProbe(), 30000);
    if (!r.transportError.isEmpty()) {
        id.error = r.transportError;
        return id;
    }
    id.reachable = true;
    IdentityProbe probe = parseIdentityProbe(r.out);
    id.hostname = probe.hostname;
    id.addresses = std::move(probe.addresses);
    id.dataEntries = std::move(probe.dataEntries);
    id.dataDirs = std::move(probe.dataDirs);
    id.dataDirsRead = probe.dataDirsRead;
    id.hostsInPlace = probe.hostsInPlace;
    const RemoteResult hosts = m_executor.run(host.name, RabbitCommands::readHostsFile(), 30000);
    if (hosts.exitCode == 0)
        id.hostsFile = hosts.out;
    const RemoteResult env = m_executor.run(host.name, RabbitCommands::readEnvConf(), 30000);
    id.envConfExists = env.exitCode == 0;
    if (id.envConfExists) {
        id.envConf = env.out;
        id.configuredNode = HostFiles::nodeNameOf(QString::fromUtf8(env.out));
    }
    return id;
}

} // namespace warren
