#include "ApiParsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace warren {

namespace {

    constexpr qsizetype kMaxJsonBytes = 64 * 1024 * 1024;

    // Offset of the first non-blank byte: where a structural error "is" in a JSON document.
    qsizetype firstNonBlank(const QByteArray& json)
    {
        qsizetype i = 0;
        while (i < json.size() && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n'))
            ++i;
        return i;
    }

} // namespace

Parsed<QJsonDocument> readApiJson(const QByteArray& json)
{
    if (json.size() > kMaxJsonBytes)
        return ParseError { QCoreApplication::translate("Parser", "input too large: more than %1 MiB")
                                .arg(kMaxJsonBytes / (1024 * 1024)),
            1, 1 };
    if (firstNonBlank(json) >= json.size())
        return ParseError { QCoreApplication::translate("Parser", "the management API sent an empty answer"), 1, 1 };
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return parseErrorAtUtf8(
            json, error.offset, QCoreApplication::translate("Parser", "invalid JSON: %1").arg(error.errorString()));
    return doc;
}

// The management API answers failures with {"error": ..., "reason": ...}.
ParseError apiWrongShape(const QByteArray& json, const QJsonDocument& doc, const QString& expected)
{
    const QJsonObject o = doc.object();
    if (doc.isObject() && o.contains(QLatin1String("error"))) {
        QString reason = o.value(QLatin1String("reason")).toString();
        if (reason.isEmpty())
            reason = o.value(QLatin1String("error")).toString();
        return parseErrorAtUtf8(json, firstNonBlank(json),
            QCoreApplication::translate("Parser", "the management API answered with an error: %1").arg(reason));
    }
    return parseErrorAtUtf8(json, firstNonBlank(json), expected);
}

namespace {
    Parsed<QJsonDocument> readJson(const QByteArray& json)
    {
        return readApiJson(json);
    }
    ParseError wrongShape(const QByteArray& json, const QJsonDocument& doc, const QString& expected)
    {
        return apiWrongShape(json, doc, expected);
    }

    // Counters are absent with columns=, and null for a few seconds after start_app: both mean unknown.
    // otherKey: the name another RabbitMQ version gives the field, read when key gives nothing.
    qint64 counter(const QJsonObject& o, QLatin1String key, QLatin1String otherKey = {})
    {
        const qint64 c = jsonCounter(o.value(key));
        return c < 0 && !otherKey.isEmpty() ? counter(o, otherKey) : c;
    }

    QString text(const QJsonObject& o, QLatin1String key, QLatin1String otherKey = {})
    {
        const QJsonValue v = o.value(key);
        const QString t = v.isString() ? v.toString() : QString();
        return t.isEmpty() && !otherKey.isEmpty() ? text(o, otherKey) : t;
    }

} // namespace

qint64 jsonCounter(const QJsonValue& v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9.0e18)
        return -1;
    return qint64(d);
}

Parsed<QList<NodeInfo>> parseApiNodes(const QByteArray& json)
{
    auto doc = readJson(json);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return wrongShape(
            json, doc.value(), QCoreApplication::translate("Parser", "expected a JSON array of nodes from /api/nodes"));

    QList<NodeInfo> nodes;
    const QJsonArray array = doc.value().array();
    if (array.size() > kMaxClusterNodes)
        return ParseError { QCoreApplication::translate("Parser", "more than %1 nodes: not the status of one cluster")
                                .arg(kMaxClusterNodes) };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        const QJsonObject o = entry.toObject();
        const QString name = text(o, QLatin1String("name"));
        if (!entry.isObject() || name.isEmpty())
            return parseErrorAtUtf8(json, firstNonBlank(json),
                QCoreApplication::translate("Parser", "entry %1 of /api/nodes is not a node with a name").arg(i + 1));
        NodeInfo n;
        n.name = normalizeNodeName(name);
        n.type = nodeTypeFromKey(text(o, QLatin1String("type")));
        n.running = o.value(QLatin1String("running")).toBool(false);
        n.memoryAlarm = o.value(QLatin1String("mem_alarm")).toBool(false);
        n.diskAlarm = o.value(QLatin1String("disk_free_alarm")).toBool(false);
        n.underMaintenance = o.value(QLatin1String("being_drained")).toBool(false); // 4.x; absent on 3.10
        for (const QJsonValue p : o.value(QLatin1String("partitions")).toArray()) {
            if (p.isString() && !p.toString().isEmpty())
                n.partitions.append(normalizeNodeName(p.toString()));
        }
        // /api/nodes lists the node's applications with versions; the OTP release is only in
        // /api/overview, but accept top-level fields should a version carry them.
        for (const QJsonValue a : o.value(QLatin1String("applications")).toArray()) {
            const QJsonObject app = a.toObject();
            if (app.value(QLatin1String("name")).toString() == QLatin1String("rabbit"))
                n.rabbitVersion = text(app, QLatin1String("version"));
        }
        if (n.rabbitVersion.isEmpty())
            n.rabbitVersion = text(o, QLatin1String("rabbitmq_version"));
        n.erlangVersion = text(o, QLatin1String("erlang_version"));
        n.uptimeMs = counter(o, QLatin1String("uptime"));
        n.memUsed = counter(o, QLatin1String("mem_used"));
        n.memLimit = counter(o, QLatin1String("mem_limit"));
        n.diskFree = counter(o, QLatin1String("disk_free"));
        n.diskFreeLimit = counter(o, QLatin1String("disk_free_limit"));
        n.fdUsed = counter(o, QLatin1String("fd_used"));
        n.fdTotal = counter(o, QLatin1String("fd_total"));
        n.socketsUsed = counter(o, QLatin1String("sockets_used"));
        n.socketsTotal = counter(o, QLatin1String("sockets_total"));
        n.procUsed = counter(o, QLatin1String("proc_used"));
        n.procTotal = counter(o, QLatin1String("proc_total"));
        nodes.append(n);
    }
    return nodes;
}

Parsed<OverviewInfo> parseApiOverview(const QByteArray& json)
{
    auto doc = readJson(json);
    if (!doc)
        return doc.error();
    const QJsonObject o = doc.value().object();
    if (!doc.value().isObject() || o.contains(QLatin1String("error")))
        return wrongShape(
            json, doc.value(), QCoreApplication::translate("Parser", "expected a JSON object from /api/overview"));

    OverviewInfo info;
    info.clusterName = text(o, QLatin1String("cluster_name"));
    info.node = text(o, QLatin1String("node"));
    info.rabbitVersion = text(o, QLatin1String("rabbitmq_version"), QLatin1String("product_version"));
    info.erlangVersion = text(o, QLatin1String("erlang_version"));
    info.managementVersion = text(o, QLatin1String("management_version"));
    info.statisticsIntervalMs
        = counter(o, QLatin1String("statistics_interval"), QLatin1String("collect_statistics_interval"));
    if (info.node.isEmpty() && info.rabbitVersion.isEmpty() && info.managementVersion.isEmpty())
        return parseErrorAtUtf8(json, firstNonBlank(json),
            QCoreApplication::translate("Parser", "the JSON object is not an /api/overview answer"));
    return info;
}

} // namespace warren
