#pragma once

#include "model/ClusterSnapshot.h"

// Snapshot pieces shaped like the lab's (3.10.8 nodes, HAProxy rabbit1 active / rabbit2 backup),
// shared by the offscreen GUI tests that feed snapshots without polling.
namespace testutil {

inline constexpr qint64 MiB = 1024 * 1024;
inline constexpr qint64 GiB = 1024 * MiB;

inline warren::NodeInfo makeNode(const QString& host, warren::NodeType type, qint64 memUsed)
{
    warren::NodeInfo n;
    n.name = warren::normalizeNodeName(host);
    n.type = type;
    n.running = true;
    n.rabbitVersion = QStringLiteral("3.10.8");
    n.erlangVersion = QStringLiteral("25.2.3");
    n.uptimeMs = 3LL * 86400 * 1000 + 4 * 3600 * 1000;
    n.memUsed = memUsed;
    n.memLimit = 1638 * MiB;
    n.diskFree = 48 * GiB;
    n.diskFreeLimit = 50 * MiB;
    n.fdUsed = 38;
    n.fdTotal = 1048576;
    n.socketsUsed = 2;
    n.socketsTotal = 943629;
    n.procUsed = 421;
    n.procTotal = 1048576;
    return n;
}

inline warren::HaproxyServer makeServer(const QString& name, const QString& address, bool backup, qint64 sessions)
{
    warren::HaproxyServer s;
    s.proxy = QStringLiteral("rabbitmq_amqp");
    s.name = name;
    s.address = address;
    s.backup = backup;
    s.status = QStringLiteral("UP");
    s.checkStatus = QStringLiteral("L4OK");
    s.currentSessions = sessions;
    s.lastChangeSeconds = 5 * 3600 + 12 * 60;
    return s;
}

} // namespace testutil
