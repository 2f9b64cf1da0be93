#pragma once

#include "parse/ParseError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace warren {

struct HostProfile
{
    QString name; // short host name (rabbit1)
    QString address; // IP or DNS name Warren connects to
    QString node; // RabbitMQ node name (rabbit@rabbit1); empty for non-RabbitMQ hosts
    QUrl apiUrl; // management API base, e.g. http://10.0.0.1:15672
    QStringList roles; // "rabbitmq", "haproxy"
    int sshPort = 0; // 0: the profile's default
    bool isRabbit() const { return roles.isEmpty() || roles.contains(QStringLiteral("rabbitmq")); }
};

struct SshSettings
{
    QString user;
    int port = 22;
    QString keyFile; // private key; empty: ssh-agent / password
    QString knownHosts; // OpenSSH known_hosts file Warren verifies against and appends to
    bool sudo = false; // run privileged commands through `sudo -n`
    int timeoutMs = 10000;
};

struct ApiSettings
{
    QString user;
    QString passwordFile; // a file holding the password (lab); never the password itself
    bool verifyTls = true;
    int timeoutMs = 10000;
};

struct HaproxySettings
{
    QString host; // name of a host in hosts (SSH to it for the stats socket)
    QString statsSocket; // path on that host
    QUrl statsUrl; // CSV stats page (";csv")
    QString configPath;
    // The port HAProxy takes AMQP clients on (its amqp frontend's bind; the failover drill and
    // maintenance's client go through it). 5672 unless the profile says otherwise.
    int amqpPort = 5672;
    // argv that reloads HAProxy without dropping established connections, run privileged on the
    // HAProxy host; empty means the systemd default (`systemctl reload haproxy`).
    QStringList reload;

    QStringList reloadArgv() const
    {
        return reload.isEmpty()
            ? QStringList { QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("haproxy") }
            : reload;
    }
};

// A RabbitMQ node name as the broker accepts it (NAME@HOST: letters, digits, '_', '-', '.'; no
// leading '-'). Names that fail it never reach a command.
bool isPlausibleNodeName(const QString& name);

// A cluster Warren administers. Stored as JSON ("warren-cluster-profile/1"); secrets are never
// part of it: the API password lives in the SecretStore (or a referenced file for the lab).
struct ClusterProfile
{
    QString name;
    QString filePath; // where it was loaded from / saved to
    SshSettings ssh;
    ApiSettings api;
    QString serviceKind = QStringLiteral("systemd");
    QList<HostProfile> hosts;
    QList<HostProfile> spare; // hosts known to Warren but not (yet) cluster members
    HaproxySettings haproxy;

    QList<HostProfile> rabbitHosts() const;
    const HostProfile* host(const QString& name) const;
    int sshPortFor(const HostProfile& h) const { return h.sshPort > 0 ? h.sshPort : ssh.port; }
    QString secretKey() const; // key of the API password in the SecretStore

    QJsonObject toJson() const;
    static Parsed<ClusterProfile> fromJson(const QByteArray& json);
    static Parsed<ClusterProfile> load(const QString& path);
    bool save(const QString& path, QString* error) const;
};

} // namespace warren
