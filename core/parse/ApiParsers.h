#pragma once

#include "ParseError.h"
#include "model/ClusterSnapshot.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace warren {

struct OverviewInfo
{
    QString clusterName;
    QString node; // the node that answered
    QString rabbitVersion;
    QString erlangVersion;
    QString managementVersion;
    qint64 statisticsIntervalMs = -1; // "statistics_interval" when the API reports it (3.10 does not)
};

// A counter from the API (a JSON number): -1 when absent, null, negative, fractional beyond
// 64 bits or not finite, so no hostile number reaches an undefined conversion.
qint64 jsonCounter(const QJsonValue& value);

// A management API answer as JSON: too large, empty or invalid input is a ParseError.
Parsed<QJsonDocument> readApiJson(const QByteArray& json);
// "expected ..." at the document's start, or the API's own {"error","reason"} when it sent one.
ParseError apiWrongShape(const QByteArray& json, const QJsonDocument& doc, const QString& expected);

// GET /api/nodes (with or without columns=): name, type, running, mem_alarm, disk_free_alarm,
// partitions, versions (from applications where present), uptime, memory, disk, fd, sockets, procs.
Parsed<QList<NodeInfo>> parseApiNodes(const QByteArray& json);
// GET /api/overview
Parsed<OverviewInfo> parseApiOverview(const QByteArray& json);

} // namespace warren
