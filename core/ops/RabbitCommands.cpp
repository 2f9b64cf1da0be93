#include "RabbitCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace warren::RabbitCommands {

namespace {
    RemoteCommand priv(const QStringList& argv)
    {
        return RemoteCommand { argv, true };
    }
} // namespace

RemoteCommand ctl(const QStringList& args)
{
    return priv(QStringList { QStringLiteral("rabbitmqctl") } + args);
}

RemoteCommand stopApp()
{
    return ctl({ QStringLiteral("stop_app") });
}
RemoteCommand startApp()
{
    return ctl({ QStringLiteral("start_app") });
}
RemoteCommand reset()
{
    return ctl({ QStringLiteral("reset") });
}
RemoteCommand forceReset()
{
    return ctl({ QStringLiteral("force_reset") });
}

RemoteCommand join(const RabbitVersion& v, const QString& targetNode, NodeType type, const QString& selfNode)
{
    if (v.legacyClusterCommand())
        return legacyCluster({ targetNode }, type, selfNode);
    RemoteCommand c = ctl({ QStringLiteral("join_cluster") });
    if (type == NodeType::Ram)
        c.arg(QStringLiteral("--ram"));
    return c.value(targetNode);
}

RemoteCommand legacyCluster(const QStringList& otherNodes, NodeType type, const QString& selfNode)
{
    RemoteCommand c = ctl({ QStringLiteral("cluster") });
    for (const auto& n : otherNodes)
        c.value(n);
    if (type == NodeType::Disc)
        c.value(selfNode);
    return c;
}

RemoteCommand changeNodeType(NodeType type)
{
    return ctl({ QStringLiteral("change_cluster_node_type"),
        type == NodeType::Ram ? QStringLiteral("ram") : QStringLiteral("disc") });
}

RemoteCommand forget(const QString& node, bool offline)
{
    RemoteCommand c = ctl({ QStringLiteral("forget_cluster_node") });
    if (offline)
        c.arg(QStringLiteral("--offline"));
    return c.value(node);
}

RemoteCommand shrinkQuorumMembers(const QString& node)
{
    return priv({ QStringLiteral("rabbitmq-queues"), QStringLiteral("shrink") })
        .value(node)
        .arg(QStringLiteral("--errors-only"));
}

RemoteCommand growQuorumMembers(const QString& node)
{
    return priv({ QStringLiteral("rabbitmq-queues"), QStringLiteral("grow") }).value(node).arg(QStringLiteral("all"));
}

QStringList shrinkErrors(const QByteArray& output)
{
    // "Shrinking quorum queues on NODE...", then a table: vhost, name, size, result.
    QStringList errors;
    for (const QString& line : QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 4 || f.at(0) == QLatin1String("vhost"))
            continue;
        errors << QStringLiteral("%1/%2: %3").arg(f.at(0), f.at(1), f.mid(3).join(QLatin1Char(' ')).trimmed());
    }
    return errors;
}

RemoteCommand clusterStatus(const RabbitVersion& v)
{
    if (v.isKnown() && !v.hasJsonClusterStatus())
        return ctl({ QStringLiteral("cluster_status") });
    return ctl({ QStringLiteral("-q"), QStringLiteral("cluster_status"), QStringLiteral("--formatter"),
        QStringLiteral("json") });
}

RemoteCommand checkRunning()
{
    return priv({ QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("check_running") });
}

RemoteCommand legacyStatus()
{
    return ctl({ QStringLiteral("status") });
}
RemoteCommand cliVersion()
{
    return ctl({ QStringLiteral("-q"), QStringLiteral("version") });
}

RemoteCommand featureFlags()
{
    return ctl({ QStringLiteral("-q"), QStringLiteral("list_feature_flags"), QStringLiteral("name"),
        QStringLiteral("state"), QStringLiteral("--formatter"), QStringLiteral("json") });
}

RemoteCommand cookieHash()
{
    return priv({ QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("erlang_cookie_hash") });
}

RemoteCommand localQueues(const RabbitVersion& v)
{
    if (v.isKnown() && !v.hasJsonClusterStatus())
        return ctl({ QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("name"),
            QStringLiteral("messages") });
    return ctl({ QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("--local"), QStringLiteral("name"),
        QStringLiteral("messages"), QStringLiteral("--formatter"), QStringLiteral("json") });
}

RemoteCommand drain()
{
    return priv({ QStringLiteral("rabbitmq-upgrade"), QStringLiteral("drain") });
}

RemoteCommand revive()
{
    return priv({ QStringLiteral("rabbitmq-upgrade"), QStringLiteral("revive") });
}

RemoteCommand maintenanceStatus()
{
    return priv({ QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("status"),
        QStringLiteral("--formatter"), QStringLiteral("json") });
}

bool underMaintenance(const QByteArray& statusJson, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(statusJson, &pe);
    const QJsonValue v = doc.object().value(QStringLiteral("is_under_maintenance"));
    if (pe.error != QJsonParseError::NoError || !v.isBool()) {
        *error = QCoreApplication::translate("RabbitCommands", "the node's status has no maintenance state");
        return false;
    }
    return v.toBool();
}

RemoteCommand awaitQuorumPlusOne(int seconds)
{
    return priv({ QStringLiteral("rabbitmq-upgrade"), QStringLiteral("await_online_quorum_plus_one"),
        QStringLiteral("-t"), QString::number(seconds) });
}

RemoteCommand listConnections()
{
    return priv({ QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("list_connections"),
        QStringLiteral("pid") });
}

RemoteCommand quorumCritical()
{
    return priv({ QStringLiteral("rabbitmq-queues"), QStringLiteral("check_if_node_is_quorum_critical") });
}

RemoteCommand mirrorSyncCritical()
{
    return priv({ QStringLiteral("rabbitmq-queues"), QStringLiteral("check_if_node_is_mirror_sync_critical") });
}

RemoteCommand resolveHost(const QString& hostname)
{
    return RemoteCommand { { QStringLiteral("getent"), QStringLiteral("hosts"), QStringLiteral("--") }, false }.value(
        hostname);
}

RemoteCommand tcpProbe(const QString& host, int port, int seconds)
{
    return RemoteCommand { { QStringLiteral("timeout"), QString::number(seconds), QStringLiteral("bash"),
                               QStringLiteral("-c"), QStringLiteral("exec 3<>\"/dev/tcp/$1/$2\""),
                               QStringLiteral("warren-probe"), host, QString::number(port) },
        false };
}

RemoteCommand serviceStop(const QString& kind)
{
    if (kind == QLatin1String("lab"))
        return priv({ QStringLiteral("/usr/local/sbin/warren-lab-service"), QStringLiteral("stop") });
    return priv({ QStringLiteral("systemctl"), QStringLiteral("stop"), QStringLiteral("rabbitmq-server") });
}

RemoteCommand serviceStart(const QString& kind)
{
    if (kind == QLatin1String("lab"))
        return priv({ QStringLiteral("/usr/local/sbin/warren-lab-service"), QStringLiteral("start") });
    return priv({ QStringLiteral("systemctl"), QStringLiteral("start"), QStringLiteral("rabbitmq-server") });
}

RemoteCommand ping()
{
    return priv({ QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("ping") });
}

QString cookiePath()
{
    return QStringLiteral("/var/lib/rabbitmq/.erlang.cookie");
}

RemoteCommand readCookie()
{
    return priv({ QStringLiteral("cat"), cookiePath() });
}

RemoteCommand backupCookie()
{
    return priv(
        { QStringLiteral("cp"), QStringLiteral("-p"), cookiePath(), cookiePath() + QStringLiteral(".warren-backup") });
}

RemoteCommand restoreCookie()
{
    return priv(
        { QStringLiteral("cp"), QStringLiteral("-p"), cookiePath() + QStringLiteral(".warren-backup"), cookiePath() });
}

RemoteCommand installCookieFromStdin()
{
    return priv({ QStringLiteral("install"), QStringLiteral("-m"), QStringLiteral("0400"), QStringLiteral("-o"),
        QStringLiteral("rabbitmq"), QStringLiteral("-g"), QStringLiteral("rabbitmq"), QStringLiteral("/dev/stdin"),
        cookiePath() + QStringLiteral(".warren-new") });
}

RemoteCommand moveCookieIntoPlace()
{
    return priv(
        { QStringLiteral("mv"), QStringLiteral("-f"), cookiePath() + QStringLiteral(".warren-new"), cookiePath() });
}

RemoteCommand identityProbe()
{
    // The script is fixed text: nothing from the profile or the user is pasted into it.
    return RemoteCommand {
        { QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral(
                "echo @hostname; hostname -s 2>/dev/null || hostname; "
                "echo @addresses; hostname -I 2>/dev/null; "
                "echo @mounts; findmnt -n -o TARGET --target /etc/hosts; findmnt -n -o TARGET --target /etc/rabbitmq; "
                "echo @datadirs; ls -1 /var/lib/rabbitmq/mnesia && echo @datadirs-ok; exit 0") },
        false
    };
}

QString hostsPath()
{
    return QStringLiteral("/etc/hosts");
}
QString envConfPath()
{
    return QStringLiteral("/etc/rabbitmq/rabbitmq-env.conf");
}
QString hostsBackupPath()
{
    return QStringLiteral("/etc/rabbitmq/hosts.warren-backup");
}
QString hostsStagingPath()
{
    return QStringLiteral("/etc/rabbitmq/hosts.warren-new");
}

RemoteCommand readHostsFile()
{
    return RemoteCommand { { QStringLiteral("cat"), hostsPath() }, false };
}
RemoteCommand readEnvConf()
{
    return RemoteCommand { { QStringLiteral("cat"), envConfPath() }, false };
}
RemoteCommand fileHash(const QString& path)
{
    return RemoteCommand { { QStringLiteral("sha256sum"), path }, false };
}

RemoteCommand backupHosts()
{
    return priv({ QStringLiteral("cp"), QStringLiteral("-p"), hostsPath(), hostsBackupPath() });
}

RemoteCommand stageHostsFromStdin()
{
    return priv({ QStringLiteral("install"), QStringLiteral("-m"), QStringLiteral("0644"), QStringLiteral("-o"),
        QStringLiteral("root"), QStringLiteral("-g"), QStringLiteral("root"), QStringLiteral("/dev/stdin"),
        hostsStagingPath() });
}

RemoteCommand replaceHosts(bool inPlace)
{
    if (inPlace)
        return priv({ QStringLiteral("cp"), hostsStagingPath(), hostsPath() });
    return priv({ QStringLiteral("mv"), QStringLiteral("-f"), hostsStagingPath(), hostsPath() });
}

RemoteCommand restoreHosts()
{
    return priv({ QStringLiteral("cp"), hostsBackupPath(), hostsPath() });
}

RemoteCommand backupEnvConf()
{
    return priv({ QStringLiteral("cp"), QStringLiteral("-p"), envConfPath(),
        envConfPath() + QStringLiteral(".warren-backup") });
}

RemoteCommand stageEnvConfFromStdin()
{
    return priv({ QStringLiteral("install"), QStringLiteral("-m"), QStringLiteral("0644"), QStringLiteral("-o"),
        QStringLiteral("root"), QStringLiteral("-g"), QStringLiteral("root"), QStringLiteral("/dev/stdin"),
        envConfPath() + QStringLiteral(".warren-new") });
}

RemoteCommand replaceEnvConf()
{
    return priv(
        { QStringLiteral("mv"), QStringLiteral("-f"), envConfPath() + QStringLiteral(".warren-new"), envConfPath() });
}

RemoteCommand restoreEnvConf()
{
    return priv({ QStringLiteral("cp"), QStringLiteral("-p"), envConfPath() + QStringLiteral(".warren-backup"),
        envConfPath() });
}

RemoteCommand renameClusterNode(const QString& oldNode, const QString& newNode)
{
    return ctl({ QStringLiteral("-n"), oldNode, QStringLiteral("rename_cluster_node"), oldNode, newNode,
        QStringLiteral("--mnesia-dir"), dataDirOf(oldNode) });
}

RemoteCommand pingNode(const QString& node)
{
    return priv({ QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-n"), node, QStringLiteral("-q"),
        QStringLiteral("ping") });
}

QString dataDirOf(const QString& node, const QString& suffix)
{
    return QStringLiteral("/var/lib/rabbitmq/mnesia/") + node + suffix;
}

RemoteCommand moveDataDir(const QString& fromNode, const QString& toNode, const QString& suffix)
{
    return priv({ QStringLiteral("mv"), QStringLiteral("-T"), dataDirOf(fromNode, suffix), dataDirOf(toNode, suffix) });
}

QString cliFailure(const QByteArray& out, const QByteArray& err)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    QString text = QString::fromUtf8(err.isEmpty() ? out : err + '\n' + out);
    text.remove(ansi);
    QStringList lines;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    }
    if (lines.isEmpty())
        return {};
    QString error;
    QStringList verdict;
    for (const QString& l : lines) {
        if (error.isEmpty() && l.startsWith(QLatin1String("Error:")))
            error = l.mid(6).trimmed();
        // The diagnostics' findings about the target node ("* epmd reports: node 'rabbit' not
        // running at all", "* unable to connect to epmd ...", "* suggestion: start the node").
        static const QRegularExpression finding(
            QStringLiteral("^\\* (epmd reports: .*|unable to connect .*|suggestion: .*|TCP connection succeeded but "
                           ".*|connected to epmd .*)$"));
        if (const auto m = finding.match(l);
            m.hasMatch() && !m.captured(1).startsWith(QLatin1String("connected to epmd")))
            verdict << m.captured(1);
    }
    if (error.isEmpty())
        return lines.last().left(300);
    // "... on node 'rabbit@x'. Please see diagnostics information and suggestions below."
    const int please = error.indexOf(QLatin1String(". Please see"));
    if (please > 0)
        error = error.left(please);
    if (!verdict.isEmpty())
        error += QStringLiteral(" (%1)").arg(verdict.join(QStringLiteral("; ")));
    return error.left(400);
}

} // namespace warren::RabbitCommands
