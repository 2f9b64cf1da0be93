#pragma once

#include "ops/NodeFacts.h"
#include "ops/RemoteExecutor.h"
#include "profile/ClusterProfile.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMutex>
#include <QStringList>

// Facts shaped like the lab's (3.10.8, rabbit1/rabbit2 disc, rabbit3 ram, rabbit4 standalone) and
// a small simulated cluster behind the RemoteExecutor seam, for GUI tests of the wizards.
namespace testutil {

inline warren::NodeInfo opsMember(const QString& name, warren::NodeType type, bool running = true)
{
    warren::NodeInfo n;
    n.name = name;
    n.type = type;
    n.running = running;
    return n;
}

inline QList<warren::NodeInfo> labMembers()
{
    using warren::NodeType;
    return { opsMember(QStringLiteral("rabbit@rabbit1"), NodeType::Disc),
        opsMember(QStringLiteral("rabbit@rabbit2"), NodeType::Disc),
        opsMember(QStringLiteral("rabbit@rabbit3"), NodeType::Ram) };
}

inline warren::NodeFacts opsFacts(const QString& host, const QList<warren::NodeInfo>& members,
    const QString& version = QStringLiteral("3.10.8"), bool khepri = false)
{
    warren::NodeFacts f;
    f.host = host;
    f.node = QStringLiteral("rabbit@") + host;
    f.reachable = f.nodeAnswered = f.appRunning = f.haveStatus = true;
    f.version = warren::RabbitVersion::parse(version, khepri);
    f.erlangVersion = QStringLiteral("25.2.3");
    f.status.nodes = members;
    f.cookieHash = QStringLiteral("LuqXkJH+UaD6yXPxvF1BXw==");
    f.localQueues = 2;
    f.localMessages = 17;
    f.quorumCritical = 0;
    f.quorumDetail = QStringLiteral("Node rabbit@%1 reported no quorum queues with minimum quorum").arg(host);
    f.mirrorSyncCritical = 0;
    f.mirrorDetail
        = QStringLiteral("Node rabbit@%1 reported no classic mirrored queues without online synchronised mirrors")
              .arg(host);
    return f;
}

inline warren::LinkFacts opsLink(const QString& from, const QString& to, const QString& address)
{
    warren::LinkFacts l;
    l.from = from;
    l.to = to;
    l.checked = l.resolves = l.epmdOpen = l.distOpen = true;
    l.address = address;
    return l;
}

// Answers the commands the plans run as a RabbitMQ cluster would: membership and node types
// change with join_cluster, change_cluster_node_type and forget_cluster_node, the application
// and the VM stop and start. failOnce: the first command containing it exits 69.
class SimulatedCluster final : public warren::RemoteExecutor
{
public:
    QString failOnce;
    QStringList calls;

    warren::RemoteResult run(
        const QString& host, const warren::RemoteCommand& command, int, const QByteArray& = {}) override
    {
        QMutexLocker lock(&m_mutex);
        const QString line = command.toShell(true);
        calls << host + QStringLiteral(": ") + line;
        const QString self = QStringLiteral("rabbit@") + host;
        warren::RemoteResult r;
        r.exitCode = 0;
        if (!failOnce.isEmpty() && line.contains(failOnce)) {
            failOnce.clear();
            r.exitCode = 69;
            r.err
                = "Error: unable to perform an operation on node 'rabbit@rabbit1'. Please see diagnostics information";
            return r;
        }
        if (line.contains(QLatin1String("stop_app")))
            m_appDown.insert(host, true);
        else if (line.contains(QLatin1String("start_app")))
            m_appDown.insert(host, false);
        else if (line.contains(QLatin1String("check_running")))
            r.exitCode = m_appDown.value(host) || m_vmDown.value(host) ? 69 : 0;
        else if (line.contains(QLatin1String(" ping")))
            r.exitCode = m_vmDown.value(host) ? 69 : 0;
        else if (line.contains(QLatin1String("warren-lab-service stop"))
            || line.contains(QLatin1String("systemctl stop")))
            m_vmDown.insert(host, true);
        else if (line.contains(QLatin1String("warren-lab-service start"))
            || line.contains(QLatin1String("systemctl start")))
            m_vmDown.insert(host, false);
        else if (line.contains(QLatin1String("join_cluster")))
            m_types.insert(
                self, line.contains(QLatin1String("--ram")) ? QStringLiteral("ram") : QStringLiteral("disc"));
        else if (line.contains(QLatin1String("change_cluster_node_type")))
            m_types.insert(self, line.contains(QLatin1String(" ram")) ? QStringLiteral("ram") : QStringLiteral("disc"));
        else if (line.contains(QLatin1String("forget_cluster_node")))
            m_types.remove(line.section(QLatin1Char(' '), -1).remove(QLatin1Char('\'')));
        else if (line.contains(QLatin1String("erlang_cookie_hash")))
            r.out = "LuqXkJH+UaD6yXPxvF1BXw==\n";
        else if (line.contains(QLatin1String(".erlang.cookie")) && line.contains(QLatin1String("cat ")))
            r.out = "NOTTHEREALCOOKIE";
        else if (line.contains(QLatin1String("cluster_status")))
            r.out = statusJson();
        else if (line.startsWith(QLatin1String("sha256sum "))) // every file is empty here
            r.out = QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex() + "  "
                + line.section(QLatin1Char(' '), 1).toUtf8() + '\n';
        return r;
    }
    bool useSudo() const override { return true; }

private:
    QByteArray statusJson() const
    {
        QStringList disc, ram, running;
        for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
            (it.value() == QLatin1String("ram") ? ram : disc) << QLatin1Char('"') + it.key() + QLatin1Char('"');
            if (!m_appDown.value(it.key().section(QLatin1Char('@'), 1)))
                running << QLatin1Char('"') + it.key() + QLatin1Char('"');
        }
        return QStringLiteral("{\"disk_nodes\":[%1],\"ram_nodes\":[%2],\"running_nodes\":[%3],\"partitions\":{}}")
            .arg(disc.join(QLatin1Char(',')), ram.join(QLatin1Char(',')), running.join(QLatin1Char(',')))
            .toUtf8();
    }

    QMutex m_mutex;
    QMap<QString, QString> m_types { { QStringLiteral("rabbit@rabbit1"), QStringLiteral("disc") },
        { QStringLiteral("rabbit@rabbit2"), QStringLiteral("disc") },
        { QStringLiteral("rabbit@rabbit3"), QStringLiteral("ram") } };
    QMap<QString, bool> m_appDown;
    QMap<QString, bool> m_vmDown;
};

} // namespace testutil
