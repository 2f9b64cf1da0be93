#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace warren {

// The outputs FactCollector reads from a RabbitMQ host before planning, as pure functions (the
// fuzz targets node_facts and host_identity feed them hostile output).

// The last non-empty line, ANSI escapes removed, trimmed (a CLI's answer after its log noise).
QString lastOutputLine(const QByteArray& out);

// JSON output of the CLI may follow log noise lines: from the first line that starts with '[' or
// '{' and parses to its end. Null when there is none.
QJsonDocument jsonAfterNoise(const QByteArray& out);

// `rabbitmqctl status` of a 2.x-3.7 node: {rabbit,"RabbitMQ","3.6.16"} and {erlang_version,"..."}.
struct LegacyStatusVersions
{
    QString rabbit; // digits and dots; empty when absent
    QString erlang; // trimmed; empty when absent
};
LegacyStatusVersions parseLegacyStatusVersions(const QByteArray& out);

// `rabbitmq-diagnostics list_feature_flags --formatter json` (after noise): is khepri_db enabled?
// -1 when the flag is not listed, 0 when it is but not enabled, 1 when enabled.
int khepriFlagState(const QByteArray& out);

// The node's local queues (RabbitCommands::localQueues): a JSON array of {"messages": N} (3.8+)
// or legacy tab-separated "name<TAB>messages" lines. Message counts below 0 or unreadable count
// as 0; the sum saturates instead of overflowing.
struct LocalQueueCount
{
    int queues = 0;
    qint64 messages = 0;
};
LocalQueueCount countLocalQueues(const QByteArray& out, bool json);

// `getent hosts NAME` (RabbitCommands::resolveHost): the first address; empty when none.
QString firstResolvedAddress(const QByteArray& out);

// RabbitCommands::identityProbe's sectioned output (@hostname, @addresses, @mounts, @datadirs,
// @datadirs-ok), read without privileges.
struct IdentityProbe
{
    QString hostname; // short: up to the first dot
    QStringList addresses; // hostname -I
    QStringList dataEntries; // every entry of the mnesia directory
    QStringList dataDirs; // those that are a node's data directory (NAME@HOST, no known sibling suffix)
    bool dataDirsRead = false;
    bool hostsInPlace = false; // /etc/hosts and /etc/rabbitmq are not on one mount (rewrite in place)
};
IdentityProbe parseIdentityProbe(const QByteArray& out);

} // namespace warren
