#pragma once

#include "HttpClient.h"
#include "parse/ApiParsers.h"

#include <QUrl>

namespace warren {

class Transport;

// The RabbitMQ management HTTP API, blocking, for worker threads. Requests name their columns so
// the broker formats only what Warren shows.
class ManagementApi
{
public:
    // Requests go through `transport` (nullptr: the network), which must outlive this object.
    ManagementApi(QUrl baseUrl, HttpRequestOptions options, CancelToken cancel = {}, Transport* transport = nullptr);

    HttpResult overviewRaw();
    HttpResult nodesRaw();
    // queues with columns= and optional paging (page 0: unpaged)
    HttpResult queuesRaw(const QStringList& columns, int page = 0, int pageSize = 500, bool disableStats = false,
        bool queueTotals = false);
    HttpResult healthCheckRaw(const QString& check); // e.g. "node-is-quorum-critical"
    HttpResult policiesRaw(); // every vhost's policies: vhost, name, definition
    HttpResult featureFlagsRaw(); // /api/feature-flags (3.8+)
    HttpResult deprecatedFeaturesUsedRaw(); // /api/deprecated-features/used (3.13+; 404 before)

    QUrl endpoint(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    static QStringList nodeColumns();

private:
    HttpResult get(const QUrl& url);
    QUrl m_base;
    HttpRequestOptions m_options;
    CancelToken m_cancel;
    Transport* m_transport = nullptr;
};

} // namespace warren
