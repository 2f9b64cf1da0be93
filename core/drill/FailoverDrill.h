#pragma once

#include "util/Cancel.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace warren {

struct FailoverDrillOptions
{
    QString host; // HAProxy's AMQP address
    int port = 5672;
    QString vhost = QStringLiteral("/");
    QString user;
    QString password; // never logged
    QString queue = QStringLiteral("ha.warren-drill"); // matches the usual `^ha\.` mirroring policy
    int messages = 1000; // bounded
    int faultAfter = 200; // confirmed messages before the fault is injected
    int window = 50; // unconfirmed messages in flight at most
    // New messages per second (0: as fast as confirms allow). A paced drill keeps a client publishing
    // through HAProxy for messages/rate seconds: long enough for a maintenance or a rolling restart.
    int ratePerSecond = 0;
    // Asked as it publishes: once true, no new message is published (those in flight are confirmed,
    // then the queue is read back). For a client that runs as long as something else does.
    std::function<bool()> stopWhen;
    int timeoutMs = 120000;
};

struct FailoverDrillReport
{
    bool ok = false;
    QString error; // translated, one line
    int published = 0; // basic.publish calls, retries included
    int confirmed = 0; // distinct messages the broker confirmed
    int nacked = 0;
    int unconfirmed = 0; // distinct messages never confirmed
    int lost = 0; // confirmed but not in the queue afterwards
    int duplicated = 0; // in the queue more than once
    int inQueue = 0; // messages read back
    int reconnects = 0;
    double switchSeconds = -1; // from the fault to the first confirm through HAProxy again

    QJsonObject toJson() const;
};

// Where a running drill is, for a progress display.
struct FailoverDrillProgress
{
    enum class Phase { Publishing, FaultInjected, ReadingBack };
    Phase phase = Phase::Publishing;
    int total = 0;
    int confirmed = 0;
    int published = 0;
    int reconnects = 0;
    qint64 elapsedMs = 0;
};

// Publishes a bounded stream of persistent messages with publisher confirms through HAProxy to a
// mirrored (or quorum) queue, injects a fault (the callback kills or stops the active node) after
// `faultAfter` confirms, keeps publishing (reconnecting through HAProxy, re-sending what was not
// confirmed), then reads the queue back and counts. The queue is deleted at the end. Blocking.
class FailoverDrill final
{
public:
    using Fault = std::function<bool(QString* error)>;
    using Progress = std::function<void(const FailoverDrillProgress&)>;
    FailoverDrill(FailoverDrillOptions options, Fault fault, CancelToken cancel = {});
    // Called from run()'s thread, at most every 200 ms, and at each phase change.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    FailoverDrillReport run();

private:
    FailoverDrillOptions m_options;
    Fault m_fault;
    CancelToken m_cancel;
    Progress m_progress;
};

} // namespace warren
