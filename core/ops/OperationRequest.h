#pragma once

#include "Plan.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace warren {

enum class OperationKind { Join, Convert, Forget, SyncCookie, FixAddress, Maintenance, Stop, Start, Restart, Replicas };

// One cluster operation as `warrenctl plan` lists it and the Operations menu offers it.
struct OperationInfo
{
    OperationKind kind = OperationKind::Join;
    QString key; // "join", "convert", ...: the command line's word and the wizard's key
    // Every plan that does something holds a destructive step (reset, forget, a replaced cookie):
    // `--execute` needs `--yes`, the wizard a typed confirmation. Otherwise only some plans do
    // (destroys() says which).
    bool alwaysDestructive = false;

    QString title() const; // translated: the wizard's window title, the CLI's list
    QString description() const; // translated: what it does, a few sentences
    QString destroys() const; // translated: what its destructive steps destroy, and when
    QString appliesTo() const; // translated: the RabbitMQ versions and metadata stores it applies to
};

// The arguments of one operation, as typed on the command line or chosen on the wizard's first
// page, validated against the profile, and the plan they build (through OperationPlanner or
// AddressPlanner). `warrenctl plan` parses its command line into one; the wizards fill one from
// their form. Both show the same refusal for the same input: the texts are this class's.
//
// Which host a value names (findHost), one rule everywhere:
//   - the host's name in the profile (rabbit1),
//   - its RabbitMQ node name: the profile's `node`, or rabbit@NAME when the profile sets none
//     (the name RabbitMQ gives a node by default),
//   - its address (10.0.0.11, or the DNS name Warren connects to).
//   Cluster hosts and spares alike; leading and trailing spaces are ignored, nothing else is: the
//   match is exact (node names are case-sensitive to Erlang). rabbit@NAME is NOT accepted when the
//   profile gives the host another node name: after a hostname change (fix-address) the two names
//   are different nodes, and guessing one from the other would act on the wrong one.
//   A value that names two different hosts (e.g. two nodes on one machine share an address) is
//   refused, naming both: an operation never picks one by itself. A value that starts with '-'
//   is refused as an option, whatever the profile says.
// forget alone accepts a node that is no longer in the profile: its node name (NAME@HOST, or NAME
// for rabbit@NAME) in ASCII letters, digits, '_', '-' and '.'.
class OperationRequest final
{
    Q_DECLARE_TR_FUNCTIONS(OperationRequest)
public:
    static QList<OperationInfo> operations(); // in menu order
    static QStringList keys();
    static std::optional<OperationInfo> info(const QString& key);
    static OperationInfo info(OperationKind kind);
    static QString unknownOperationText(const QString& key); // translated
    static QString missingOperationText(); // translated

    struct Lookup
    {
        enum class Miss { None, Empty, Option, Unknown, Ambiguous };
        const HostProfile* host = nullptr;
        Miss miss = Miss::None; // why host is nullptr
        QString error; // translated; empty for an empty value (the caller names what is missing)
    };
    static Lookup findHost(const ClusterProfile& profile, const QString& value);
    static QString nodeNameOf(const HostProfile& host); // the profile's node name, rabbit@NAME by default

    OperationKind kind = OperationKind::Join;
    QString node; // join, convert, forget, fix-address, maintenance, replicas: the node the operation is about
    QString target; // join: a member of the cluster to join
    QString type; // join (empty: disc), convert: "disc" or "ram"
    QString via; // forget: the surviving host that runs forget_cluster_node (empty: any running one)
    QString from; // sync-cookie: the host whose cookie is copied
    QStringList to; // sync-cookie: the hosts that receive it
    QString fix; // fix-address: one of AddressPlanner::fixKeys() (empty: the plan lists them)
    QString action; // maintenance: "enter" or "exit"; replicas: "grow", "shrink" or "rebalance"
    QString queue; // replicas: one quorum queue by its exact name (in vhost, "/" by default)
    QString vhost; // replicas: the vhost of the queue or of the set; empty: every vhost
    QString filter; // replicas: the set of quorum queues whose names match this regular expression
    bool stopNode = false; // maintenance enter: stop the node once it is drained
    bool force = false; // maintenance enter, stop, restart: override the safe-to-stop gate
    static QStringList maintenanceActions(); // enter, exit

    // Empty when the request can be planned; otherwise one translated line. known: what the last
    // snapshot says about the nodes (the wizard has one; the CLI none: then the planner's
    // preflight applies the same rule to the live facts).
    QString validate(const ClusterProfile& profile, const ClusterSnapshot& known = {}) const;
    // The planner of a valid request (reads the facts over SSH when called: blocking, for a worker
    // thread or the CLI); an empty function and *error set when validate() refuses it.
    std::function<Plan(CancelToken)> planner(
        const ClusterProfile& profile, const ClusterSnapshot& known, QString* error) const;
};

} // namespace warren
