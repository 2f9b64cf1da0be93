#pragma once

#include "RabbitVersion.h"
#include "parse/ClusterStatusParser.h"

#include <QString>

namespace warren {

// What Warren read from one RabbitMQ host before planning (never the cookie itself).
struct NodeFacts
{
    QString host; // profile host name
    QString node; // rabbit@host
    bool reachable = false; // SSH works and the CLI ran
    QString error; // translated, when not reachable or the node did not answer
    RabbitVersion version;
    QString erlangVersion;
    bool nodeAnswered = false; // cluster_status answered: the Erlang VM runs
    // The Erlang VM answered the CLI, but cluster_status wanted the rabbit application running (seen
    // on 3.10 after a failed join_cluster): the application is stopped, membership unknown.
    bool vmOnly = false;
    bool appRunning = false; // the rabbit application runs on it
    bool haveStatus = false;
    ClusterStatus status; // membership as this node reports it
    QString cookieHash; // erlang_cookie_hash; empty when unknown
    int localQueues = -1; // -1: not counted
    qint64 localMessages = -1;
    int quorumCritical = -1; // 0 ok, 1 critical, -1 not checked / unknown
    QString quorumDetail;
    int mirrorSyncCritical = -1;
    QString mirrorDetail;

    const NodeInfo* member(const QString& nodeName) const;
    QStringList memberNames() const;
    QStringList discMembers() const;
};

// What a host says about its own identity (fix-address): read without privileges, never a secret.
struct HostIdentity
{
    QString host; // profile host name
    bool reachable = false;
    QString error; // translated, when not reachable
    QString hostname; // hostname -s now
    QStringList addresses; // hostname -I
    QStringList dataDirs; // node names with a data directory in /var/lib/rabbitmq/mnesia (empty: unreadable)
    QStringList dataEntries; // every entry there (the directories' -rename, -feature_flags, ... siblings)
    bool dataDirsRead = false;
    QByteArray envConf; // /etc/rabbitmq/rabbitmq-env.conf as it is
    bool envConfExists = false;
    QString configuredNode; // NODENAME in it; empty when unset
    QByteArray hostsFile; // /etc/hosts as it is
    // /etc/hosts cannot be replaced by a rename from /etc/rabbitmq (a bind mount: containers, the
    // lab; or another file system): it is rewritten in place instead.
    bool hostsInPlace = false;
    // The node name the host's RabbitMQ uses: NODENAME, else rabbit@HOSTNAME.
    QString nodeName() const
    {
        return configuredNode.isEmpty() ? QStringLiteral("rabbit@") + hostname : configuredNode;
    }
};

// Name resolution and ports from one host to another.
struct LinkFacts
{
    QString from; // host that resolves and connects
    QString to; // host name that is resolved (the part after '@' of the node name)
    bool checked = false;
    bool resolves = false;
    QString address; // what it resolves to
    bool epmdOpen = false; // 4369
    bool distOpen = false; // 25672
    QString error;
};

} // namespace warren
