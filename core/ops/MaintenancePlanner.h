#pragma once

#include "NodeFacts.h"
#include "Plan.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>

namespace warren {

// What node maintenance and stop/start/restart read before planning: the node (with its stop
// checks), whether RabbitMQ has it in maintenance mode, and HAProxy's servers that point at it.
struct MaintenanceFacts
{
    NodeFacts node;
    int underMaintenance = -1; // 1 yes, 0 no, -1 unknown (not running, or not readable)
    QString maintenanceError; // translated, when unknown although the node runs
    bool haproxyInProfile = false; // the profile names a HAProxy host and stats socket
    QString haproxyError; // translated: show stat could not be read
    QList<HaproxyServer> allServers; // every server of `show stat`
    QList<HaproxyServer> servers; // those that point at the node (HaproxyRouting::nodeForServer)
};

// Builds the plans that take one node out of service and back without dropping clients:
//   maintenance enter: safe-to-stop gate -> HAProxy: the node's servers to drain, their sessions
//     closed, then maint (each verified with `show stat`) -> `rabbitmq-upgrade drain` (verified:
//     in maintenance, no client connections left) -> optionally the node stopped;
//   maintenance exit: start (when stopped; verified: running member) -> quorum members back
//     (await_online_quorum_plus_one) -> `rabbitmq-upgrade revive` -> HAProxy servers ready and UP;
//   stop / start / restart: the node through the profile's service kind, the stop behind the same
//     safe-to-stop gate.
// Steps whose goal already holds are left out; a plan whose goal holds is "already done".
// `force` overrides the safe-to-stop gate (and a proxy left without a server): the step that stops
// or drains then becomes destructive and names what is at risk, so it is confirmed like a reset.
class MaintenancePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(MaintenancePlanner)
public:
    enum class Service { Stop, Start, Restart };

    static Plan buildEnter(
        const ClusterProfile& profile, const HostProfile& host, const MaintenanceFacts& f, bool stopNode, bool force);
    static Plan buildExit(const ClusterProfile& profile, const HostProfile& host, const MaintenanceFacts& f);
    static Plan buildService(
        const ClusterProfile& profile, const HostProfile& host, Service what, const MaintenanceFacts& f, bool force);

    // Reads the facts over SSH (blocking: a worker thread or the CLI).
    static MaintenanceFacts collect(const ClusterProfile& profile, const HostProfile& host, CancelToken cancel = {});
    static Plan prepareEnter(
        const ClusterProfile& profile, const HostProfile& host, bool stopNode, bool force, CancelToken cancel = {});
    static Plan prepareExit(const ClusterProfile& profile, const HostProfile& host, CancelToken cancel = {});
    static Plan prepareService(
        const ClusterProfile& profile, const HostProfile& host, Service what, bool force, CancelToken cancel = {});

    static QString serviceKey(Service what); // stop, start, restart
};

} // namespace warren
