#pragma once

#include <QJsonObject>
#include <QString>

// Ground truth about the lab's RabbitMQ nodes, read with the lab's own rabbitmqctl, and the way
// back to the lab's resting state after a test that joins or re-cookies rabbit4.
namespace testutil {

QJsonObject labClusterStatus(const QString& host); // rabbitmqctl cluster_status --formatter json
bool listedIn(
    const QJsonObject& status, const QString& key, const QString& node); // key: disk_nodes, ram_nodes, running_nodes
bool labNodeRunning(const QString& host); // rabbitmq-diagnostics check_running
QString labCookieHash(const QString& host); // rabbitmq-diagnostics erlang_cookie_hash
QString labCookieFile(); // the lab's cookie (lab/state/secrets)
// rabbit4 with the lab's cookie, out of the cluster, reset, running standalone.
void restoreRabbit4Standalone();

} // namespace testutil
