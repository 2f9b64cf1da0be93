#include "ManagementApi.h"

#include "net/Transport.h"

#include <QUrlQuery>

namespace warren {

ManagementApi::ManagementApi(QUrl baseUrl, HttpRequestOptions options, CancelToken cancel, Transport* transport)
    : m_base(std::move(baseUrl))
    , m_options(std::move(options))
    , m_cancel(std::move(cancel))
    , m_transport(transport)
{
}

QStringList ManagementApi::nodeColumns()
{
    return { QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("running"), QStringLiteral("mem_alarm"),
        QStringLiteral("disk_free_alarm"), QStringLiteral("partitions"), QStringLiteral("uptime"),
        QStringLiteral("mem_used"), QStringLiteral("mem_limit"), QStringLiteral("disk_free"),
        QStringLiteral("disk_free_limit"), QStringLiteral("fd_used"), QStringLiteral("fd_total"),
        QStringLiteral("sockets_used"), QStringLiteral("sockets_total"), QStringLiteral("proc_used"),
        QStringLiteral("proc_total"), QStringLiteral("applications"), QStringLiteral("being_drained") };
}

QUrl ManagementApi::endpoint(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto& [k, v] : query)
            q.addQueryItem(k, v);
        url.setQuery(q);
    }
    return url;
}

HttpResult ManagementApi::get(const QUrl& url)
{
    return m_transport ? m_transport->get(url, m_options, m_cancel) : httpGet(url, m_options, m_cancel);
}

HttpResult ManagementApi::overviewRaw()
{
    return get(endpoint(QStringLiteral("/api/overview"),
        { { QStringLiteral("columns"),
            QStringLiteral("cluster_name,node,rabbitmq_version,erlang_version,management_version,"
                           "message_stats,queue_totals") } }));
}

HttpResult ManagementApi::nodesRaw()
{
    return get(endpoint(
        QStringLiteral("/api/nodes"), { { QStringLiteral("columns"), nodeColumns().join(QLatin1Char(',')) } }));
}

HttpResult ManagementApi::queuesRaw(
    const QStringList& columns, int page, int pageSize, bool disableStats, bool queueTotals)
{
    QList<std::pair<QString, QString>> q;
    if (!columns.isEmpty())
        q.append({ QStringLiteral("columns"), columns.join(QLatin1Char(',')) });
    if (page > 0) {
        q.append({ QStringLiteral("page"), QString::number(page) });
        q.append({ QStringLiteral("page_size"), QString::number(pageSize) });
    }
    if (disableStats)
        q.append({ QStringLiteral("disable_stats"), QStringLiteral("true") });
    if (queueTotals)
        q.append({ QStringLiteral("enable_queue_totals"), QStringLiteral("true") });
    return get(endpoint(QStringLiteral("/api/queues"), q));
}

HttpResult ManagementApi::policiesRaw()
{
    return get(endpoint(
        QStringLiteral("/api/policies"), { { QStringLiteral("columns"), QStringLiteral("vhost,name,definition") } }));
}

HttpResult ManagementApi::featureFlagsRaw()
{
    return get(endpoint(QStringLiteral("/api/feature-flags")));
}

HttpResult ManagementApi::deprecatedFeaturesUsedRaw()
{
    return get(endpoint(QStringLiteral("/api/deprecated-features/used")));
}

HttpResult ManagementApi::healthCheckRaw(const QString& check)
{
    return get(endpoint(QStringLiteral("/api/health/checks/") + check));
}

} // namespace warren
