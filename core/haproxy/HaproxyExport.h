#pragma once

#include "model/ClusterSnapshot.h"
#include "parse/ParseError.h"
#include "profile/ClusterProfile.h"

#include <QString>
#include <QStringList>

namespace warren {

struct HaproxyExportOptions
{
    enum class Layout { ActiveBackup, Balanced };
    Layout layout = Layout::ActiveBackup;
    QString active; // host that takes traffic (active-backup); empty: the first node
    QString balance = QStringLiteral("roundrobin"); // balanced layout: roundrobin or leastconn
    int heartbeatSeconds = 60; // the AMQP heartbeat clients negotiate
    bool management = false; // also proxy the management UI (15672)
    QString bindAddress; // empty: the address of the profile's HAProxy host, else 0.0.0.0
    int checkInterMs = 2000; // health checks: interval, successes to come UP, failures to go DOWN
    int checkRise = 2;
    int checkFall = 3;
    int maxconn = 4096;
    // The worker drops root after binding (Debian's package creates haproxy:haproxy). Empty: not written.
    QString user = QStringLiteral("haproxy");
    QString group = QStringLiteral("haproxy");
    // What follows `log` in global: Debian's default; "127.0.0.1:514 local0",
    // "stdout format raw local0" (foreground/containers). Empty: no logging at all.
    QString logTarget = defaultLogTarget();
    QString generator = QStringLiteral("Warren"); // written into the header comment

    static bool layoutFromKey(const QString& key, Layout* layout); // "active-backup", "balanced"
    static QString defaultLogTarget() { return QStringLiteral("/dev/log local0"); }
};

// Writes haproxy.cfg for the cluster Warren sees: the profile's RabbitMQ hosts plus any node the
// snapshot knows that the profile does not. Only client ports are proxied (AMQP, optionally the
// management UI): epmd and the distribution port are node-to-node and never go through HAProxy.
// HaproxyLint finds nothing in what this writes.
class HaproxyExport final
{
public:
    struct Node
    {
        QString name;
        QString address;
    };

    static Parsed<QString> generate(
        const ClusterProfile& profile, const ClusterSnapshot* snapshot, const HaproxyExportOptions& options);
    static QList<Node> nodes(const ClusterProfile& profile, const ClusterSnapshot* snapshot);
};

} // namespace warren
