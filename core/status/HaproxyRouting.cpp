#include "HaproxyRouting.h"

namespace warren {

bool HaproxyRouting::takesTraffic(const HaproxyServer& server)
{
    // "UP 1/3" is an UP server going down: it still serves until the last check fails.
    return server.status.startsWith(QLatin1String("UP")) || server.status == QLatin1String("no check");
}

QStringList HaproxyRouting::servingServers(const QList<HaproxyServer>& servers, const QString& proxy)
{
    QStringList active;
    QString firstBackup;
    for (const HaproxyServer& s : servers) {
        if (s.proxy != proxy || !takesTraffic(s))
            continue;
        if (s.backup) {
            if (firstBackup.isEmpty())
                firstBackup = s.name;
        } else {
            active.append(s.name);
        }
    }
    if (!active.isEmpty())
        return active;
    if (!firstBackup.isEmpty())
        return { firstBackup };
    return {};
}

bool HaproxyRouting::isServing(const QList<HaproxyServer>& servers, const HaproxyServer& server)
{
    return servingServers(servers, server.proxy).contains(server.name);
}

QStringList HaproxyRouting::proxies(const QList<HaproxyServer>& servers)
{
    QStringList out;
    for (const HaproxyServer& s : servers) {
        if (!out.contains(s.proxy))
            out.append(s.proxy);
    }
    return out;
}

QString HaproxyRouting::hostOfAddress(const QString& address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1Char('['))) {
        const int end = a.indexOf(QLatin1Char(']'));
        return end > 0 ? a.mid(1, end - 1) : a.mid(1);
    }
    // One colon: host:port. More than one without brackets: a bare IPv6 address.
    if (a.count(QLatin1Char(':')) == 1)
        return a.left(a.indexOf(QLatin1Char(':')));
    return a;
}

QString HaproxyRouting::nodeForServer(const ClusterProfile& profile, const HaproxyServer& server)
{
    const QString host = hostOfAddress(server.address);
    if (host.isEmpty())
        return {};
    for (const QList<HostProfile>* list : { &profile.hosts, &profile.spare }) {
        for (const HostProfile& h : *list) {
            if (!h.isRabbit())
                continue;
            if (h.address.compare(host, Qt::CaseInsensitive) == 0 || h.name.compare(host, Qt::CaseInsensitive) == 0)
                return h.node.isEmpty() ? normalizeNodeName(h.name) : h.node;
        }
    }
    return {};
}

} // namespace warren
