#pragma once

#include "drill/FailoverDrill.h"
#include "model/ClusterSnapshot.h"
#include "net/Transport.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QList>
#include <QString>

#include <optional>

namespace warren {

// What the failover drill does to the active node.
enum class DrillFault {
    Kill, // the VM halts at once (what SIGKILL or a power cut does to its peers)
    Stop, // `rabbitmqctl stop`: clients get connection.close first
};

// Everything a drill needs that comes from the profile and the live HAProxy: where to publish, the
// credentials, and which node is active now. Shared by `warrenctl drill failover` and the GUI.
struct DrillSetup
{
    FailoverDrillOptions options;
    HostProfile active;

    QString activeNode() const { return active.node.isEmpty() ? active.name : active.node; }

    // A drill kills or stops a node: only the lab runs it without the admin's explicit consent.
    static bool isLab(const ClusterProfile& profile);
    static bool faultFromKey(const QString& key, DrillFault* fault); // "kill", "stop"
    static QString faultKey(DrillFault fault);

    // The RabbitMQ host behind the AMQP server HAProxy sends clients to now (an UP, non-backup
    // server on port 5672); nullopt when none is a host of the profile.
    static std::optional<HostProfile> activeHost(const ClusterProfile& profile, const QList<HaproxyServer>& servers);

    // Reads the password and HAProxy's `show stat` (over SSH). Blocking: call it in a worker.
    // SSH goes through `transport` (nullptr: the network); the same for fault(), whose callback
    // keeps using it (it must outlive the drill).
    static std::optional<DrillSetup> prepare(
        const ClusterProfile& profile, QString* error, CancelToken cancel = {}, Transport* transport = nullptr);

    // The fault callback FailoverDrill calls once: over SSH to the active host.
    FailoverDrill::Fault fault(
        const ClusterProfile& profile, DrillFault kind, CancelToken cancel = {}, Transport* transport = nullptr) const;
};

} // namespace warren
