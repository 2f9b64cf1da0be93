#include "HaproxyExport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace warren {

namespace {

    // Everything written into the file comes from the profile or the command line: only words that
    // cannot break a haproxy.cfg line (no blanks, quotes, '#', newlines) are accepted.
    bool plainWord(const QString& s)
    {
        static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9._:/@%+=-]+\\z"));
        return !s.isEmpty() && s.size() <= 255 && re.match(s).hasMatch();
    }

    QString timeText(qint64 seconds)
    {
        if (seconds % 3600 == 0)
            return QStringLiteral("%1h").arg(seconds / 3600);
        return QStringLiteral("%1s").arg(seconds);
    }

    // The RabbitMQ version the snapshot saw (the answering node's, else the first node's that says).
    QString brokerVersion(const ClusterSnapshot& snapshot)
    {
        if (!snapshot.rabbitVersion.isEmpty())
            return snapshot.rabbitVersion;
        for (const auto& n : snapshot.nodes) {
            if (!n.rabbitVersion.isEmpty())
                return n.rabbitVersion;
        }
        return {};
    }

    QString hostPort(const QString& host, int port)
    {
        if (host.contains(QLatin1Char(':')))
            return QStringLiteral("[%1]:%2").arg(host).arg(port);
        return QStringLiteral("%1:%2").arg(host).arg(port);
    }

} // namespace

bool HaproxyExportOptions::layoutFromKey(const QString& key, Layout* layout)
{
    if (key == QLatin1String("active-backup")) {
        *layout = Layout::ActiveBackup;
        return true;
    }
    if (key == QLatin1String("balanced")) {
        *layout = Layout::Balanced;
        return true;
    }
    return false;
}

QList<HaproxyExport::Node> HaproxyExport::nodes(const ClusterProfile& profile, const ClusterSnapshot* snapshot)
{
    QList<Node> out;
    for (const auto& h : profile.rabbitHosts())
        out << Node { h.name, h.address };
    if (snapshot) {
        for (const auto& n : snapshot->nodes) {
            const QString host = hostOfNode(n.name);
            bool known = false;
            for (const auto& o : std::as_const(out))
                known = known || o.name.compare(host, Qt::CaseInsensitive) == 0;
            if (!known && plainWord(host))
                out << Node { host, host };
        }
    }
    return out;
}

Parsed<QString> HaproxyExport::generate(
    const ClusterProfile& profile, const ClusterSnapshot* snapshot, const HaproxyExportOptions& o)
{
    const QList<Node> all = nodes(profile, snapshot);
    if (all.isEmpty())
        return ParseError { QCoreApplication::translate(
            "HaproxyExport", "the cluster has no RabbitMQ nodes to put behind HAProxy") };
    for (const auto& n : all) {
        if (!plainWord(n.name) || !plainWord(n.address))
            return ParseError { QCoreApplication::translate(
                "HaproxyExport", "node %1 has an address that cannot be written into haproxy.cfg")
                                    .arg(n.name) };
    }
    if (o.heartbeatSeconds < 0 || o.heartbeatSeconds > 24 * 3600)
        return ParseError { QCoreApplication::translate(
            "HaproxyExport", "the heartbeat must be between 0 and 86400 seconds") };
    QString active = o.active;
    if (o.layout == HaproxyExportOptions::Layout::ActiveBackup) {
        if (active.isEmpty())
            active = all.first().name;
        bool found = false;
        for (const auto& n : all)
            found = found || n.name == active;
        if (!found) {
            QStringList names;
            for (const auto& n : all)
                names << n.name;
            return ParseError { QCoreApplication::translate(
                "HaproxyExport", "\"%1\" is not a node of this cluster (nodes: %2)")
                                    .arg(active, names.join(QStringLiteral(", "))) };
        }
    }
    if (o.balance != QLatin1String("roundrobin") && o.balance != QLatin1String("leastconn"))
        return ParseError { QCoreApplication::translate(
            "HaproxyExport", "unknown balance \"%1\" (use roundrobin or leastconn)")
                                .arg(o.balance) };

    QString bind = o.bindAddress;
    if (bind.isEmpty()) {
        const HostProfile* hp = profile.haproxy.host.isEmpty() ? nullptr : profile.host(profile.haproxy.host);
        bind = hp ? hp->address : QStringLiteral("0.0.0.0");
    }
    if (!plainWord(bind))
        return ParseError {
            QCoreApplication::translate("HaproxyExport", "\"%1\" is not an address HAProxy can bind to").arg(bind)
        };
    const QString socket = profile.haproxy.statsSocket.isEmpty() ? QStringLiteral("/run/haproxy/admin.sock")
                                                                 : profile.haproxy.statsSocket;
    if (!plainWord(socket))
        return ParseError { QCoreApplication::translate(
            "HaproxyExport", "the stats socket path \"%1\" cannot be written into haproxy.cfg")
                                .arg(socket) };
    int statsPort = 8404;
    QString statsUri = QStringLiteral("/stats");
    if (profile.haproxy.statsUrl.isValid() && profile.haproxy.statsUrl.port() > 0) {
        statsPort = profile.haproxy.statsUrl.port();
        const QString path = profile.haproxy.statsUrl.path();
        if (plainWord(path) && path.startsWith(QLatin1Char('/')))
            statsUri = path;
    }

    // Client and server timeouts must outlive the heartbeat by far: HAProxy must never be the one
    // that closes an idle but healthy AMQP connection.
    const qint64 idleSeconds = qMax<qint64>(3 * 3600, qint64(o.heartbeatSeconds) * 3);
    if (o.checkInterMs < 100 || o.checkInterMs > 3600 * 1000 || o.checkRise < 1 || o.checkRise > 100 || o.checkFall < 1
        || o.checkFall > 100)
        return ParseError { QCoreApplication::translate(
            "HaproxyExport", "health checks need an interval of 100 ms to 1 h and rise/fall between 1 and 100") };
    if (o.maxconn < 1 || o.maxconn > 10000000)
        return ParseError { QCoreApplication::translate("HaproxyExport", "maxconn must be between 1 and 10000000") };
    for (const QString& account : { o.user, o.group }) {
        if (!account.isEmpty() && !plainWord(account))
            return ParseError { QCoreApplication::translate(
                "HaproxyExport", "\"%1\" is not a user or group name HAProxy can switch to")
                                    .arg(account) };
    }
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    const QStringList logWords = o.logTarget.trimmed().split(blanks, Qt::SkipEmptyParts);
    for (const QString& w : logWords) {
        if (!plainWord(w))
            return ParseError { QCoreApplication::translate(
                "HaproxyExport", "the log target \"%1\" cannot be written into haproxy.cfg")
                                    .arg(o.logTarget) };
    }
    const bool logging = !logWords.isEmpty();
    const QString check
        = QStringLiteral("check inter %1 rise %2 fall %3").arg(o.checkInterMs).arg(o.checkRise).arg(o.checkFall);

    QStringList l;
    const bool ab = o.layout == HaproxyExportOptions::Layout::ActiveBackup;
    l << QStringLiteral("# haproxy.cfg for RabbitMQ cluster \"%1\", written by %2.").arg(profile.name, o.generator);
    if (ab)
        l << QStringLiteral(
            "# Layout: active-backup. %1 takes all clients; the others are backup servers and take over "
            "when it fails its health checks.")
                 .arg(active);
    else
        l << QStringLiteral("# Layout: balanced (%1) over all nodes.").arg(o.balance);
    l << QStringLiteral("# Timeouts: client/server %1, above the AMQP heartbeat of %2 s.")
             .arg(timeText(idleSeconds))
             .arg(o.heartbeatSeconds);
    l << QStringLiteral(
        "# Only client ports are proxied: epmd (4369) and the distribution port (25672) are node-to-node.");
    const QString version = snapshot ? brokerVersion(*snapshot) : QString();
    if (!version.isEmpty()) {
        l << QStringLiteral("# Written for RabbitMQ %1.").arg(version);
        // Streams arrived in 3.9; their protocol redirects clients to nodes by advertised address.
        const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
        const int minor = version.section(QLatin1Char('.'), 1, 1).toInt();
        if (major > 3 || (major == 3 && minor >= 9))
            l << QStringLiteral("# Stream clients (5552) are not proxied: the stream protocol sends each client to the "
                                "nodes of its stream; they connect to the nodes directly.");
    }
    l << QString();
    l << QStringLiteral("global");
    if (logging)
        l << QStringLiteral("    log %1").arg(logWords.join(QLatin1Char(' ')));
    l << QStringLiteral("    maxconn %1").arg(o.maxconn);
    if (!o.user.isEmpty())
        l << QStringLiteral("    user %1").arg(o.user);
    if (!o.group.isEmpty())
        l << QStringLiteral("    group %1").arg(o.group);
    l << QStringLiteral("    stats socket %1 mode 660 level admin").arg(socket);
    l << QStringLiteral("    stats timeout 30s");
    l << QString();
    l << QStringLiteral("defaults");
    if (logging)
        l << QStringLiteral("    log global");
    l << QStringLiteral("    mode tcp");
    if (logging) {
        l << QStringLiteral("    option tcplog");
        l << QStringLiteral("    option dontlognull");
    }
    l << QStringLiteral("    retries 3");
    l << QStringLiteral("    option redispatch");
    l << QStringLiteral("    timeout connect 5s");
    l << QStringLiteral("    timeout check 5s");
    l << QStringLiteral("    timeout client %1").arg(timeText(idleSeconds));
    l << QStringLiteral("    timeout server %1").arg(timeText(idleSeconds));
    l << QString();
    auto serverLines = [&](int port, const QString& checkText) {
        for (const auto& n : all) {
            QString line = QStringLiteral("    server %1 %2 %3").arg(n.name, hostPort(n.address, port), checkText);
            if (ab && n.name != active)
                line += QStringLiteral(" backup");
            l << line;
        }
    };
    l << QStringLiteral("listen amqp");
    l << QStringLiteral("    bind %1").arg(hostPort(bind, 5672));
    l << QStringLiteral("    mode tcp");
    l << QStringLiteral("    option tcpka");
    if (!ab)
        l << QStringLiteral("    balance %1").arg(o.balance);
    serverLines(5672, check);
    if (o.management) {
        l << QString();
        // RabbitMQ 3.10's /api/health/checks/* answer 401 without credentials, and credentials do
        // not belong in haproxy.cfg: the UI's start page (200 without login) shows the listener up.
        l << QStringLiteral("listen rabbitmq-management");
        l << QStringLiteral("    bind %1").arg(hostPort(bind, 15672));
        l << QStringLiteral("    mode http");
        if (logging)
            l << QStringLiteral("    option httplog");
        l << QStringLiteral("    timeout client 2m");
        l << QStringLiteral("    timeout server 2m");
        if (!ab)
            l << QStringLiteral("    balance %1").arg(o.balance);
        l << QStringLiteral("    option httpchk");
        l << QStringLiteral("    http-check send meth GET uri /");
        l << QStringLiteral("    http-check expect status 200");
        serverLines(15672,
            QStringLiteral("check inter %1 rise %2 fall %3")
                .arg(qMax(o.checkInterMs, 5000))
                .arg(o.checkRise)
                .arg(o.checkFall));
    }
    l << QString();
    l << QStringLiteral("listen stats");
    l << QStringLiteral("    bind %1").arg(hostPort(bind, statsPort));
    l << QStringLiteral("    mode http");
    if (logging)
        l << QStringLiteral("    option httplog");
    l << QStringLiteral("    timeout client 30s");
    l << QStringLiteral("    stats enable");
    l << QStringLiteral("    stats uri %1").arg(statsUri);
    l << QStringLiteral("    stats show-legends");
    l << QStringLiteral("    stats refresh 5s");
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace warren
