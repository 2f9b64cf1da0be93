#include "MessageRates.h"

#include "parse/ApiParsers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace warren {

namespace {
    double rate(const QJsonObject& stats, const char* key)
    {
        const QJsonValue details = stats.value(QLatin1String(key));
        if (!details.isObject())
            return -1;
        const QJsonValue r = details.toObject().value(QLatin1String("rate"));
        return r.isDouble() ? r.toDouble() : -1;
    }

    qint64 count(const QJsonObject& totals, const char* key)
    {
        // jsonCounter: 1e308 here was an undefined conversion, like the one fuzz_api_queues found
        return jsonCounter(totals.value(QLatin1String(key)));
    }
} // namespace

Parsed<MessageRates> MessageRates::fromOverviewJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ParseError { QCoreApplication::translate("Parser", "the overview is not a JSON object: %1")
                                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                             : QStringLiteral("?")) };
    const QJsonObject o = doc.object();
    MessageRates r;
    const QJsonValue stats = o.value(QLatin1String("message_stats"));
    if (stats.isObject()) {
        const QJsonObject s = stats.toObject();
        // With message_stats present, a missing rate means nothing of that kind has flowed yet.
        r.publish = qMax(0.0, rate(s, "publish_details"));
        r.deliver = qMax(0.0, rate(s, "deliver_get_details"));
        r.ack = qMax(0.0, rate(s, "ack_details"));
    }
    const QJsonValue totals = o.value(QLatin1String("queue_totals"));
    if (totals.isObject()) {
        r.ready = count(totals.toObject(), "messages_ready");
        r.unacked = count(totals.toObject(), "messages_unacknowledged");
    }
    return r;
}

} // namespace warren
