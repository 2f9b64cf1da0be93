#include "ApiQueueParsers.h"

#include "JsonStreamReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warren {

namespace {

    using queueparse::normalState;

    // The reader for /api/queues: an array of queue objects, or a paged {"items": [...]} object.
    class QueuesJsonReader final : public JsonStreamReader
    {
    public:
        using JsonStreamReader::JsonStreamReader;

        Parsed<QList<QueueInfo>> read();

    private:
        struct Raw
        {
            QueueInfo q;
            QString typeKey;
            QString argType;
            QString leader;
            QStringList mirrors;
            QStringList syncMirrors;
            QStringList members;
            QStringList online;
            QString node;
        };

        bool queue(QueueInfo* out);
    };

    bool QueuesJsonReader::queue(QueueInfo* out)
    {
        if (!expect('{'))
            return false;
        Raw r;
        bool haveLeader = false;
        QString haMode;
        qint64 argGroupSize = -1; // x-quorum-initial-group-size
        qint64 argClusterSize = -1; // x-initial-cluster-size (streams)
        qint64 policyGroupSize = -1; // target-group-size
        if (peek('}')) {
            ++m_p;
        } else {
            for (;;) {
                QByteArrayView key;
                QString decodedKey;
                bool escaped = false;
                if (!string(&key, &decodedKey, &escaped) || !expect(':'))
                    return false;
                if (escaped) {
                    if (!skipValue())
                        return false;
                } else if (key == "name") {
                    if (!stringValue(&r.q.name, false))
                        return false;
                } else if (key == "vhost") {
                    if (!stringValue(&r.q.vhost, true))
                        return false;
                } else if (key == "type") {
                    if (!stringValue(&r.typeKey, true))
                        return false;
                } else if (key == "node") {
                    if (!stringValue(&r.node, true))
                        return false;
                } else if (key == "slave_nodes") {
                    if (!stringList(&r.mirrors))
                        return false;
                } else if (key == "synchronised_slave_nodes") {
                    if (!stringList(&r.syncMirrors))
                        return false;
                } else if (key == "leader") {
                    if (!stringValue(&r.leader, true))
                        return false;
                    haveLeader = true;
                } else if (key == "members") {
                    if (!stringList(&r.members))
                        return false;
                } else if (key == "online") {
                    if (!stringList(&r.online))
                        return false;
                } else if (key == "messages_ready") {
                    if (!integer(&r.q.messagesReady))
                        return false;
                } else if (key == "messages_unacknowledged") {
                    if (!integer(&r.q.messagesUnacknowledged))
                        return false;
                } else if (key == "consumers") {
                    if (!integer(&r.q.consumers))
                        return false;
                } else if (key == "state") {
                    if (!stringValue(&r.q.state, true))
                        return false;
                } else if (key == "policy") {
                    if (!stringValue(&r.q.policy, true))
                        return false;
                } else if (key == "effective_policy_definition") {
                    if (!objectFind({ { "ha-mode", &haMode }, { "target-group-size", nullptr, &policyGroupSize } }))
                        return false;
                } else if (key == "arguments") {
                    if (!objectFind(
                            { { "x-queue-type", &r.argType }, { "x-quorum-initial-group-size", nullptr, &argGroupSize },
                                { "x-initial-cluster-size", nullptr, &argClusterSize } }))
                        return false;
                } else if (!skipValue()) {
                    return false;
                }
                if (peek(',')) {
                    ++m_p;
                    continue;
                }
                if (!expect('}'))
                    return false;
                break;
            }
        }
        QueueInfo& q = r.q;
        if (q.name.isNull())
            return fail(QCoreApplication::translate("Queues", "a queue without a name"));
        q.state = normalState(q.state);
        q.haPolicy = !haMode.isEmpty();
        const QString& type = r.typeKey.isEmpty() ? r.argType : r.typeKey;
        if (type == QLatin1String("quorum") || type == QLatin1String("stream")) {
            // A stopped leader's queue has no "leader"; "node" then names where it was.
            assignQuorumReplicas(q, haveLeader && !r.leader.isEmpty() ? r.leader : r.node, r.members, r.online);
            const qint64 target = type == QLatin1String("stream") ? argClusterSize
                : argGroupSize > 0                                ? argGroupSize
                                                                  : policyGroupSize;
            q.targetSize = target > 0 && target < 1000 ? int(target) : -1;
            if (type == QLatin1String("stream"))
                q.type = QueueType::Stream;
            markQuorumLeadership(q, haveLeader && r.leader.isEmpty(), r.members.size(), r.online.size());
        } else {
            q.homeNode = r.node;
            q.type = type.isEmpty() || type == QLatin1String("classic") ? QueueType::Classic : QueueType::Unknown;
            if (q.type == QueueType::Classic)
                assignClassicReplicas(q, r.mirrors, r.syncMirrors);
            else
                q.homeNode = r.node;
        }
        *out = std::move(q);
        return true;
    }

    Parsed<QList<QueueInfo>> QueuesJsonReader::read()
    {
        QList<QueueInfo> queues;
        ws();
        if (m_p < m_end && *m_p == '{') {
            // A paged answer ({"items": [...], ...}) or an error ({"error": ..., "reason": ...}).
            ++m_p;
            bool found = false;
            QString reason;
            if (!peek('}')) {
                for (;;) {
                    QByteArrayView key;
                    QString dk;
                    bool escaped = false;
                    if (!string(&key, &dk, &escaped) || !expect(':'))
                        return m_error;
                    if (!escaped && key == "items") {
                        auto inner = read();
                        if (!inner.ok())
                            return inner;
                        queues = std::move(inner.value());
                        found = true;
                    } else if (!escaped && key == "reason" && peek('"')) {
                        if (!stringValue(&reason, false))
                            return m_error;
                    } else if (!skipValue()) {
                        return m_error;
                    }
                    if (peek(',')) {
                        ++m_p;
                        continue;
                    }
                    if (!expect('}'))
                        return m_error;
                    break;
                }
            } else {
                ++m_p;
            }
            if (!found)
                return ParseError { reason.isEmpty()
                        ? QCoreApplication::translate("Queues", "expected a list of queues")
                        : QCoreApplication::translate("Queues", "the API refused: %1").arg(reason) };
            return queues;
        }
        if (!expect('['))
            return m_error;
        // A queue takes ~150–400 bytes of JSON with Warren's columns.
        queues.reserve(m_json.size() / 200 + 1);
        if (peek(']')) {
            ++m_p;
            return queues;
        }
        for (;;) {
            QueueInfo q;
            if (!queue(&q))
                return m_error;
            queues.append(std::move(q));
            if (peek(',')) {
                ++m_p;
                continue;
            }
            if (!expect(']'))
                return m_error;
            break;
        }
        queues.squeeze();
        return queues;
    }

} // namespace

Parsed<QList<QueueInfo>> parseApiQueues(QByteArrayView json)
{
    QueuesJsonReader reader(json);
    return reader.read();
}

Parsed<QSet<QueueKey>> parseApiHaPolicies(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return parseErrorAtUtf8(json, error.offset, error.errorString());
    if (!doc.isArray())
        return ParseError { QCoreApplication::translate("Queues", "/api/policies did not answer a list"), 0, 0 };
    QSet<QueueKey> ha;
    for (const auto& v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("definition")).toObject().contains(QLatin1String("ha-mode")))
            ha.insert({ o.value(QLatin1String("vhost")).toString(), o.value(QLatin1String("name")).toString() });
    }
    return ha;
}

void applyHaPolicies(QList<QueueInfo>& queues, const QSet<QueueKey>& haPolicies)
{
    if (haPolicies.isEmpty())
        return;
    for (QueueInfo& q : queues) {
        if (q.policy.isEmpty() || q.haPolicy || !haPolicies.contains({ q.vhost, q.policy }))
            continue;
        q.haPolicy = true;
        if (q.type == QueueType::Classic)
            q.type = QueueType::Mirrored;
    }
}

} // namespace warren
