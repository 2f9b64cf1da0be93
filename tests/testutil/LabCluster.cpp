#include "LabCluster.h"

#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace testutil {

QJsonObject labClusterStatus(const QString& host)
{
    const ProcResult r = labExec(host,
        { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("cluster_status"),
            QStringLiteral("--formatter"), QStringLiteral("json") });
    // Skip any log noise before the JSON line.
    for (const QByteArray& line : r.out.split('\n')) {
        const auto doc = QJsonDocument::fromJson(line.trimmed());
        if (doc.isObject())
            return doc.object();
    }
    return {};
}

bool listedIn(const QJsonObject& status, const QString& key, const QString& node)
{
    return status.value(key).toArray().contains(node);
}

bool labNodeRunning(const QString& host)
{
    return labExec(
        host, { QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("check_running") })
        .ok();
}

QString labCookieHash(const QString& host)
{
    return QString::fromUtf8(
        labExec(host,
            { QStringLiteral("rabbitmq-diagnostics"), QStringLiteral("-q"), QStringLiteral("erlang_cookie_hash") })
            .out)
        .trimmed();
}

QString labCookieFile()
{
    return labStateDir() + QStringLiteral("/secrets/erlang-cookie");
}

void restoreRabbit4Standalone()
{
    const QString four = QStringLiteral("rabbit@rabbit4");
    const QStringList rabbitmqctl { QStringLiteral("rabbitmqctl") };
    labExec(QStringLiteral("rabbit4"),
        { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("/var/lib/rabbitmq/.erlang.cookie.warren-backup"),
            QStringLiteral("/var/lib/rabbitmq/.erlang.cookie.warren-new") });
    if (labCookieHash(QStringLiteral("rabbit4")) != labCookieHash(QStringLiteral("rabbit1"))) {
        labctl({ QStringLiteral("stop"), QStringLiteral("rabbit4") });
        labExec(QStringLiteral("rabbit4"),
            { QStringLiteral("install"), QStringLiteral("-m"), QStringLiteral("0400"), QStringLiteral("-o"),
                QStringLiteral("rabbitmq"), QStringLiteral("-g"), QStringLiteral("rabbitmq"), labCookieFile(),
                QStringLiteral("/var/lib/rabbitmq/.erlang.cookie") });
        labctl({ QStringLiteral("start"), QStringLiteral("rabbit4") });
    }
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    const bool member
        = listedIn(one, QStringLiteral("disk_nodes"), four) || listedIn(one, QStringLiteral("ram_nodes"), four);
    if (member) {
        labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("stop_app") });
        labExec(QStringLiteral("rabbit1"), rabbitmqctl + QStringList { QStringLiteral("forget_cluster_node"), four });
    }
    const QJsonObject self = labClusterStatus(QStringLiteral("rabbit4"));
    if (member
        || self.value(QStringLiteral("disk_nodes")).toArray().size()
                + self.value(QStringLiteral("ram_nodes")).toArray().size()
            != 1) {
        if (!member) // else stopped above
            labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("stop_app") });
        labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("force_reset") });
    }
    if (!labNodeRunning(QStringLiteral("rabbit4")))
        labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("start_app") });
    // A reset deletes the lab's API user on rabbit4; `labctl up` notices and adds it again.
    labctl({ QStringLiteral("up") });
}

} // namespace testutil
