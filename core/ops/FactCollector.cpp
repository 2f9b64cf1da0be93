#include "FactCollector.h"

#include "HostFiles.h"
#include "OpsText.h"
#include "RabbitCommands.h"

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

namespace {

QString lastLine(const QByteArray& out)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    QString text = QString::fromUtf8(out);
    text.remove(ansi);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// JSON output of the CLI may follow log noise lines: take from the first '[' or '{' line.
QJsonDocument jsonAfterNoise(const QByteArray& out)
{
    const QList<QByteArray> lines = out.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray t = lines[i].trimmed();
        if (t.startsWith('[') || t.startsWith('{')) {
            const QByteArray rest = lines.mid(i).join('\n');
            const auto doc = QJsonDocument::fromJson(rest);
            if (!doc.isNull())
                return doc;
        }
    }
    return {};
}

} // namespace

NodeFacts FactCollector::node(const HostProfile& host, int detail)
{
    NodeFacts f;
    f.host = host.name;
    f.node = host.node.isEmpty() ? normalizeNodeName(host.name) : host.node;

    // The modern form first; a node that does not know --formatter is 2.x-3.7.
    RemoteResult r = m_executor.run(host.name, RabbitCommands::clusterStatus(RabbitVersion::parse(QStringLiteral("3.8"))), 60000);
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
            const RemoteResult old = m_executor.run(host.name, RabbitCommands::ctl({QStringLiteral("cluster_status")}), 60000);
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
            f.error = QCoreApplication::translate("FactCollector", "its Erlang VM answers but cluster_status needs the RabbitMQ application, which is stopped");
        } else if (!f.haveStatus) {
            f.error = lastLine(r.err.isEmpty() ? r.out : r.err);
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
            static const QRegularExpression re(QStringLiteral("\\{rabbit,\"RabbitMQ\",\"([0-9.]+)\"\\}"));
            const auto m = re.match(QString::fromUtf8(st.out));
            if (m.hasMatch())
                f.version = RabbitVersion::parse(m.captured(1));
            static const QRegularExpression erl(QStringLiteral("\\{erlang_version,\"([^\"]*)\""));
            const auto e = erl.match(QString::fromUtf8(st.out));
            if (e.hasMatch())
                f.erlangVersion = e.captured(1).trimmed();
        } else {
            const RemoteResult v = m_executor.run(host.name, RabbitCommands::cliVersion(), 60000);
            if (v.exitCode == 0)
                f.version = RabbitVersion::parse(lastLine(v.out));
        }
    }
    if (f.version.mayHaveKhepri() && f.nodeAnswered) {
        const RemoteResult ff = m_executor.run(host.name, RabbitCommands::featureFlags(), 60000);
        const QJsonDocument doc = jsonAfterNoise(ff.out);
        for (const auto& v : doc.array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() == QLatin1String("khepri_db"))
                f.version.khepri = o.value(QStringLiteral("state")).toString() == QLatin1String("enabled");
        }
    }
    if (!f.nodeAnswered)
        return f;
    if (f.version.hasCookieHash() && !(detail & NoCookieHash)) {
        const RemoteResult c = m_executor.run(host.name, RabbitCommands::cookieHash(), 60000);
        if (c.exitCode == 0)
            f.cookieHash = lastLine(c.out);
    }
    if ((detail & Queues) && f.appRunning) {
        const RemoteResult q = m_executor.run(host.name, RabbitCommands::localQueues(f.version), 120000);
        if (q.exitCode == 0) {
            f.localQueues = 0;
            f.localMessages = 0;
            if (f.version.hasJsonClusterStatus()) {
                for (const auto& v : jsonAfterNoise(q.out).array()) {
                    ++f.localQueues;
                    f.localMessages += v.toObject().value(QStringLiteral("messages")).toVariant().toLongLong();
                }
            } else {
                for (const auto& line : QString::fromUtf8(q.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    const QStringList cols = line.split(QLatin1Char('\t'));
                    if (cols.size() < 2 || line.startsWith(QLatin1String("Listing")) || line.startsWith(QLatin1String("...")))
                        continue;
                    ++f.localQueues;
                    f.localMessages += cols.last().trimmed().toLongLong();
                }
            }
        }
    }
    if ((detail & StopChecks) && f.version.hasHealthChecks() && f.appRunning) {
        const RemoteResult q = m_executor.run(host.name, RabbitCommands::quorumCritical(), 60000);
        f.quorumCritical = q.transportError.isEmpty() ? (q.exitCode == 0 ? 0 : 1) : -1;
        f.quorumDetail = lastLine(q.exitCode == 0 ? q.out : (q.err.isEmpty() ? q.out : q.err));
        const RemoteResult m = m_executor.run(host.name, RabbitCommands::mirrorSyncCritical(), 60000);
        f.mirrorSyncCritical = m.transportError.isEmpty() ? (m.exitCode == 0 ? 0 : 1) : -1;
        f.mirrorDetail = lastLine(m.exitCode == 0 ? m.out : (m.err.isEmpty() ? m.out : m.err));
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
        l.address = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0).simplified().section(QLatin1Char(' '), 0, 0);
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
    QString section;
    QStringList mounts;
    for (const QString& raw : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('@'))) {
            section = line.mid(1);
            if (section == QLatin1String("datadirs-ok"))
                id.dataDirsRead = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        if (section == QLatin1String("hostname"))
            id.hostname = line.section(QLatin1Char('.'), 0, 0);
        else if (section == QLatin1String("addresses"))
            id.addresses = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (section == QLatin1String("mounts"))
            mounts << line;
        else if (section == QLatin1String("datadirs")) {
            id.dataEntries << line;
            static const QRegularExpression sibling(QStringLiteral("(-plugins-expand|-feature_flags|-rename|\\.pid|\\.warren-[a-z]+)$"));
            if (line.contains(QLatin1Char('@')) && !sibling.match(line).hasMatch())
                id.dataDirs << line;
        }
    }
    // A rename from /etc/rabbitmq onto /etc/hosts works only within one mount.
    id.hostsInPlace = mounts.size() != 2 || mounts[0] != mounts[1];
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
