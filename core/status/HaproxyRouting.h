#pragma once

#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"

#include <QList>
#include <QString>

namespace warren {

// Where HAProxy sends traffic, worked out from `show stat` the way HAProxy itself decides: in each
// proxy the active servers that are UP take the connections; only when none is UP does the first
// backup that is UP take them (without `option allbackups`). NOLB, MAINT and DRAIN take no new
// connections. Shared by the graph, the event list and the CLI.
class HaproxyRouting final
{
public:
    HaproxyRouting() = delete;

    // True when this server would get new connections now.
    static bool takesTraffic(const HaproxyServer& server);
    // The servers of `proxy` that serve now (names), in `show stat` order.
    static QStringList servingServers(const QList<HaproxyServer>& servers, const QString& proxy);
    static bool isServing(const QList<HaproxyServer>& servers, const HaproxyServer& server);
    // Proxy names in first-seen order.
    static QStringList proxies(const QList<HaproxyServer>& servers);

    // The RabbitMQ node a server points at: its address (host or host:port, IPv6 in brackets) is
    // compared with the profile's hosts' addresses and names. Empty when no host matches.
    static QString nodeForServer(const ClusterProfile& profile, const HaproxyServer& server);
    static QString hostOfAddress(const QString& address); // "10.0.0.1:5672" -> "10.0.0.1"
};

} // namespace warren
