#pragma once

#include "parse/ParseError.h"

#include <QByteArray>

namespace warren {

// Cluster-wide message flow from /api/overview: message_stats rates (per second, as the broker
// averages them) and queue_totals counts. -1: not reported (a rate appears only once messages
// have flowed; a broker with stats disabled reports none).
struct MessageRates
{
    double publish = -1;
    double deliver = -1; // deliver_get: deliveries and basic.get
    double ack = -1;
    qint64 ready = -1;
    qint64 unacked = -1;

    bool hasAny() const { return publish >= 0 || deliver >= 0 || ack >= 0 || ready >= 0 || unacked >= 0; }

    // The overview answer (columns including message_stats and queue_totals).
    static Parsed<MessageRates> fromOverviewJson(const QByteArray& json);
};

} // namespace warren
