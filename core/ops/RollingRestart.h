#pragma once

#include "PlanRunner.h"
#include "drill/FailoverDrill.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace warren {

// What one node's turn of a rolling restart did, and what a client publishing through HAProxy
// (with confirms) saw meanwhile, when one ran.
struct RollingNodeReport
{
    QString host;
    bool ok = false;
    QString message; // translated: the failed step's, or "verified"
    qint64 outOfServiceMs = -1; // from the first step to the node back in service (exit verified)
    bool clientRan = false;
    FailoverDrillReport client; // gap (switchSeconds), reconnects, lost, duplicated
};

// Restarts a cluster's nodes one at a time, each planned when its turn comes (facts change as nodes
// restart). Warren's way: maintenance enter with the node stopped (safe-to-stop gate, HAProxy
// drain -> sessions closed -> maint, rabbitmq-upgrade drain, stop), then maintenance exit (start,
// revive, quorum members online, HAProxy ready and UP). The plain way (for comparison, what a
// `systemctl restart` of each node does): `plan restart` (the gate, stop, start) with HAProxy left
// as it is. A failed node stops the run: the nodes after it are not touched. Blocking.
class RollingRestart final
{
    Q_DECLARE_TR_FUNCTIONS(RollingRestart)
public:
    struct Options
    {
        QStringList order; // host names; empty: defaultOrder()
        bool plain = false;
        bool force = false; // override the safe-to-stop gate (the plans' --force)
        // A client through HAProxy during each node's turn (paced, with confirms): its figures per node.
        bool client = false;
        int clientRate = 50; // messages per second
    };
    struct Observer
    {
        std::function<void(int index, const QString& host)> nodeStarted;
        std::function<void(const QString& host, const Plan& plan)> planStarted;
        PlanRunner::Observer runner; // the steps of each plan
        std::function<void(int index, const RollingNodeReport& report)> nodeFinished;
    };

    RollingRestart(ClusterProfile profile, Options options, CancelToken cancel = {});
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // The profile's RabbitMQ hosts in profile order, the one HAProxy sends clients to now last (so
    // clients move once, onto a node already restarted). activeHost: empty when unknown.
    static QStringList defaultOrder(const ClusterProfile& profile, const QString& activeHost);
    // Empty when every name is a RabbitMQ host of the profile, named once; otherwise why not.
    static QString checkOrder(const ClusterProfile& profile, const QStringList& order);

    QList<RollingNodeReport> run();

private:
    RollingNodeReport restartOne(const QString& host);
    RunResult runPlan(const Plan& plan);

    ClusterProfile m_profile;
    Options m_options;
    CancelToken m_cancel;
    Observer m_observer;
};

} // namespace warren
