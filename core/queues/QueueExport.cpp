#include "QueueExport.h"

#include "QueueFilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace warren {

QStringList QueueExport::csvColumns()
{
    return { QStringLiteral("vhost"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("home_node"),
        QStringLiteral("synchronised_nodes"), QStringLiteral("unsynchronised_nodes"), QStringLiteral("messages_ready"),
        QStringLiteral("messages_unacknowledged"), QStringLiteral("consumers"), QStringLiteral("state") };
}

QString QueueExport::csvField(const QString& field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QByteArray QueueExport::csvRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += csvField(fields[i]);
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

namespace {
    QString counter(qint64 v)
    {
        return v < 0 ? QString() : QString::number(v);
    }

    QJsonValue jsonCounter(qint64 v)
    {
        return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    }
} // namespace

QByteArray QueueExport::toCsv(const QueueSnapshot& snapshot, const QList<qsizetype>& rows)
{
    QByteArray out = csvRecord(csvColumns());
    out.reserve(out.size() + rows.size() * 120);
    for (const qsizetype row : rows) {
        const QueueInfo& q = snapshot.at(row);
        out += csvRecord({ q.vhost, q.name, queueTypeKey(q.type), q.homeNode,
            q.synchronisedNodes.join(QLatin1Char(';')), q.unsynchronisedNodes.join(QLatin1Char(';')),
            counter(q.messagesReady), counter(q.messagesUnacknowledged), counter(q.consumers), q.state });
    }
    return out;
}

QByteArray QueueExport::toCsv(const QueueSnapshot& snapshot)
{
    QList<qsizetype> rows(snapshot.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = i;
    return toCsv(snapshot, rows);
}

QByteArray QueueExport::toJson(const QueueSnapshot& snapshot, const QList<qsizetype>& rows)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("warren-queues/1"));
    root.insert(QStringLiteral("taken_at"), snapshot.takenAt.toString(Qt::ISODate));
    root.insert(QStringLiteral("via"), snapshot.via);
    root.insert(QStringLiteral("counters"), !snapshot.countersSkipped); // false: asked without statistics
    root.insert(QStringLiteral("nodes"), QJsonArray::fromStringList(snapshot.nodes()));
    QStringList down(snapshot.downNodes().cbegin(), snapshot.downNodes().cend());
    down.sort();
    root.insert(QStringLiteral("down_nodes"), QJsonArray::fromStringList(down));
    // added with RabbitMQ 4.x support: the version the nodes reported and whether classic
    // queues can still have mirrors there (4.0 removed classic mirroring)
    root.insert(QStringLiteral("rabbitmq_version"),
        snapshot.brokerVersion().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(snapshot.brokerVersion()));
    root.insert(QStringLiteral("classic_mirroring"), snapshot.hasClassicMirroring());
    const auto s = snapshot.summary();
    root.insert(QStringLiteral("summary"),
        QJsonObject { { QStringLiteral("total"), s.total },
            { QStringLiteral("fully_synchronised"), s.fullySynchronised },
            { QStringLiteral("out_of_sync"), s.outOfSync }, { QStringLiteral("home_node_down"), s.homeNodeDown },
            { QStringLiteral("unreplicated"), s.unreplicated } });
    QJsonArray queues;
    for (const qsizetype row : rows) {
        const QueueInfo& q = snapshot.at(row);
        QJsonObject o { { QStringLiteral("vhost"), q.vhost }, { QStringLiteral("name"), q.name },
            { QStringLiteral("type"), queueTypeKey(q.type) },
            { QStringLiteral("home_node"),
                q.homeNode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.homeNode) },
            { QStringLiteral("synchronised_nodes"), QJsonArray::fromStringList(q.synchronisedNodes) },
            { QStringLiteral("unsynchronised_nodes"), QJsonArray::fromStringList(q.unsynchronisedNodes) },
            { QStringLiteral("messages_ready"), jsonCounter(q.messagesReady) },
            { QStringLiteral("messages_unacknowledged"), jsonCounter(q.messagesUnacknowledged) },
            { QStringLiteral("consumers"), jsonCounter(q.consumers) }, { QStringLiteral("state"), q.state },
            { QStringLiteral("policy"), q.policy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.policy) },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problemKeys(problemsOf(q, snapshot))) } };
        // Added for quorum queues and streams (4.x); members stay in the node lists above.
        if (q.type == QueueType::Quorum) {
            o.insert(QStringLiteral("leader_elected"), !q.leaderless);
            o.insert(QStringLiteral("target_size"), snapshot.quorumTargetSize(q));
        } else if (q.type == QueueType::Stream) {
            o.insert(
                QStringLiteral("missing_replica_nodes"), QJsonArray::fromStringList(snapshot.missingStreamReplicas(q)));
        }
        queues.append(o);
    }
    root.insert(QStringLiteral("queues"), queues);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<QStringList> QueueExport::parseCsv(const QByteArray& csv, QString* error)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
            continue; // the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes && error)
        *error = QCoreApplication::translate("Queues", "unterminated quoted field in CSV");
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace warren
