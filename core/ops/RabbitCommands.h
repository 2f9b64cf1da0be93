#pragma once

#include "RabbitVersion.h"
#include "model/ClusterSnapshot.h"
#include "util/ShellQuote.h"

#include <QString>

namespace warren {

// The RabbitMQ CLI commands operations use, in the form the node's version knows. Every one is a
// RemoteCommand (argv, quoted by shellCommand); node and host names are always single arguments.
namespace RabbitCommands {

    RemoteCommand ctl(const QStringList& args); // rabbitmqctl ARGS (privileged)
    RemoteCommand stopApp();
    RemoteCommand startApp();
    RemoteCommand reset();
    RemoteCommand forceReset();
    // 3.x+: join_cluster [--ram] TARGET. 2.x: cluster TARGET [SELF] (a node that lists itself is disc).
    RemoteCommand join(const RabbitVersion& v, const QString& targetNode, NodeType type, const QString& selfNode);
    // 2.x re-clusters with the other members (plus itself for disc) after a reset.
    RemoteCommand legacyCluster(const QStringList& otherNodes, NodeType type, const QString& selfNode);
    RemoteCommand changeNodeType(NodeType type);
    RemoteCommand forget(const QString& node, bool offline);
    // rabbitmq-queues shrink NODE --errors-only: removes NODE's member from every quorum queue
    // (from 3.8); undone by growQuorumMembers once the node runs in the cluster again.
    RemoteCommand shrinkQuorumMembers(const QString& node);
    RemoteCommand growQuorumMembers(const QString& node);
    // The rows of `rabbitmq-queues shrink NODE --errors-only`: "vhost/name: error ..." per quorum
    // queue that kept its member on NODE (e.g. no majority without it).
    QStringList shrinkErrors(const QByteArray& output);
    RemoteCommand clusterStatus(const RabbitVersion& v); // JSON on 3.8+, the Erlang-term form before
    RemoteCommand checkRunning(); // rabbitmq-diagnostics -q check_running (3.8+)
    RemoteCommand legacyStatus(); // rabbitmqctl status (2.x-3.7: running_applications)
    RemoteCommand cliVersion(); // rabbitmqctl -q version (the CLI's own; no node needed)
    RemoteCommand featureFlags(); // list_feature_flags name state --formatter json (3.8+)
    RemoteCommand cookieHash(); // rabbitmq-diagnostics -q erlang_cookie_hash: never the cookie
    RemoteCommand localQueues(const RabbitVersion& v); // name + messages of the node's own queues
    RemoteCommand quorumCritical(); // rabbitmq-queues check_if_node_is_quorum_critical
    RemoteCommand mirrorSyncCritical(); // rabbitmq-queues check_if_node_is_mirror_sync_critical
    RemoteCommand resolveHost(const QString& hostname); // getent hosts NAME (unprivileged)
    // A TCP connect from the host (bash's /dev/tcp; unprivileged; host and port passed as
    // positional parameters, never pasted into the script).
    RemoteCommand tcpProbe(const QString& host, int port, int seconds = 3);

    // Stopping and starting the whole node (Erlang VM included), as the profile's "service" says:
    // "systemd" (default): systemctl stop|start rabbitmq-server; "lab": the lab's
    // /usr/local/sbin/warren-lab-service stop|start (installed by lab/labctl).
    RemoteCommand serviceStop(const QString& kind);
    RemoteCommand serviceStart(const QString& kind);
    RemoteCommand ping(); // rabbitmq-diagnostics -q ping: the Erlang VM answers
    // Maintenance mode (3.8+, feature flag maintenance_mode_status): drain suspends the node's client
    // listeners, closes its client connections and moves its quorum leaders and classic queue masters
    // away; revive undoes it. maintenanceStatus: `rabbitmq-diagnostics -q status --formatter json`,
    // read by underMaintenance().
    RemoteCommand drain();
    RemoteCommand revive();
    RemoteCommand maintenanceStatus();
    // is_under_maintenance of that JSON; false with *error set when it cannot be read.
    bool underMaintenance(const QByteArray& statusJson, QString* error);
    // rabbitmq-upgrade await_online_quorum_plus_one -t SECONDS: every quorum queue has a quorum
    // plus one member online (so the node's members are back, or stopping one node loses none).
    RemoteCommand awaitQuorumPlusOne(int seconds);
    // rabbitmqctl -q list_connections pid: the node's client connections, one per line.
    RemoteCommand listConnections();
    RemoteCommand pingNode(const QString& node); // the same for a named node (-n NODE)

    // The server's cookie file (Debian/RPM packages) and the steps that replace it atomically.
    QString cookiePath();
    RemoteCommand readCookie(); // cat: its output is a secret
    RemoteCommand backupCookie(); // cp -p to cookiePath() + ".warren-backup"
    RemoteCommand restoreCookie();
    RemoteCommand installCookieFromStdin(); // install -m 0400 -o rabbitmq -g rabbitmq /dev/stdin NEW
    RemoteCommand moveCookieIntoPlace(); // mv -f NEW cookiePath() (a rename: atomic)

    // fix-address: what a host says about its identity, and the files it changes.
    // One fixed script (no value pasted in): hostname, addresses, the mounts of /etc/hosts and
    // /etc/rabbitmq, the node data directories; sections start with "@NAME" lines. Unprivileged.
    RemoteCommand identityProbe();
    RemoteCommand readHostsFile(); // cat /etc/hosts (unprivileged)
    RemoteCommand readEnvConf(); // cat /etc/rabbitmq/rabbitmq-env.conf (unprivileged)
    RemoteCommand fileHash(const QString& path); // sha256sum PATH (unprivileged)
    QString hostsPath(); // /etc/hosts
    QString envConfPath(); // /etc/rabbitmq/rabbitmq-env.conf
    // Backup, staging file and atomic replacement of /etc/hosts. The staging and backup files live in
    // /etc/rabbitmq (there on every RabbitMQ host, one file system with /etc on most): mv -f is a
    // rename; where /etc/hosts is a bind mount (containers, the lab) it is rewritten in place (cp).
    QString hostsBackupPath();
    QString hostsStagingPath();
    RemoteCommand backupHosts(); // cp -p /etc/hosts BACKUP
    RemoteCommand stageHostsFromStdin(); // install -m 0644 -o root -g root /dev/stdin STAGING
    RemoteCommand replaceHosts(bool inPlace); // mv -f STAGING /etc/hosts | cp STAGING /etc/hosts
    RemoteCommand restoreHosts(); // cp BACKUP /etc/hosts
    RemoteCommand backupEnvConf();
    RemoteCommand stageEnvConfFromStdin();
    RemoteCommand replaceEnvConf(); // mv -f (same directory: a rename)
    RemoteCommand restoreEnvConf();
    // rename_cluster_node OLD NEW (3.x before 3.13, on the stopped node; the CLI becomes the node).
    // rabbitmqctl -n OLD rename_cluster_node OLD NEW --mnesia-dir DATADIR(OLD): the CLI becomes the
    // stopped node OLD and renames it in its local database (3.7 to 3.12).
    RemoteCommand renameClusterNode(const QString& oldNode, const QString& newNode);
    // mv -T FROM TO of a node data directory (and its -plugins-expand / -feature_flags siblings).
    RemoteCommand moveDataDir(const QString& fromNode, const QString& toNode, const QString& suffix = {});
    QString dataDirOf(const QString& node, const QString& suffix = {});

    // One line saying why a RabbitMQ CLI command failed. A node the CLI cannot reach prints "Error:
    // unable to perform an operation on node ...", then diagnostics whose last line is the CLI's own
    // cookie hash: the answer is the Error line with the diagnostics' verdict (epmd's report, the
    // suggestion). Other failures: the "Error:" line, else the last line. ANSI escapes removed.
    QString cliFailure(const QByteArray& out, const QByteArray& err);

} // namespace RabbitCommands

} // namespace warren
