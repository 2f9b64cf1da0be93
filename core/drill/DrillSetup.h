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

// The drill's bounds, for `warrenctl drill failover` and the HAProxy window's spin boxes alike: it
// publishes a bounded number of messages (enough to see the switch, few enough to read back) and
// gives up after a bounded time.
struct DrillLimits
{
    static constexpr int MinMessages = 10;
    static constexpr int MaxMessages = 100000;
    static constexpr int DefaultMessages = 1000;
    static constexpr int MinSeconds = 10;
    static constexpr int MaxSeconds = 3600;
    static constexpr int DefaultSeconds = 120;

    static int faultAfter(int messages) { return messages / 5 > 1 ? messages / 5 : 1; } // a fifth in: confirms before
    static QString messagesError(); // translated: what a number out of bounds gets
    static QString secondsError();
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

    // Sets the options' messages, fault point and time limit from the user's numbers, bounded by
    // DrillLimits.
    void setLimits(int messages, int seconds);

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
