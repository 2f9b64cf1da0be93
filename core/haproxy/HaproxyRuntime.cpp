#include "HaproxyRuntime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace warren::HaproxyRuntime {

RemoteCommand send(const QString& socket, const QString& line)
{
    RemoteCommand c({ QStringLiteral("socat"), QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:") + socket }, true);
    c.input = line.toUtf8() + '\n';
    return c;
}

RemoteCommand showStat(const QString& socket)
{
    return send(socket, QStringLiteral("show stat"));
}

bool isIdentifier(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    return re.match(name).hasMatch();
}

QString serverId(const HaproxyServer& s)
{
    return s.proxy + QLatin1Char('/') + s.name;
}

namespace {
    QString each(const QList<HaproxyServer>& servers, const QString& pattern)
    {
        QStringList parts;
        for (const auto& s : servers)
            parts << pattern.arg(serverId(s));
        return parts.join(QStringLiteral("; "));
    }
} // namespace

QString setState(const QList<HaproxyServer>& servers, const QString& state)
{
    return each(servers, QStringLiteral("set server %1 state ") + state);
}

QString shutdownSessions(const QList<HaproxyServer>& servers)
{
    return each(servers, QStringLiteral("shutdown sessions server %1"));
}

QString failure(const QByteArray& out)
{
    return QString::fromUtf8(out).trimmed();
}

QString adminState(const HaproxyServer& s)
{
    if (s.status.startsWith(QLatin1String("MAINT")))
        return QStringLiteral("maint");
    if (s.status.startsWith(QLatin1String("DRAIN")))
        return QStringLiteral("drain");
    return QStringLiteral("ready");
}

bool isSettledUp(const HaproxyServer& s)
{
    // "UP 1/3" is UP but going down (a check failed), "UP" after MAINT until the checks settle.
    return s.status == QLatin1String("UP") || s.status == QLatin1String("no check");
}

QList<HaproxyServer> notIn(
    const QList<HaproxyServer>& all, const QList<HaproxyServer>& wanted, const QString& state, QString* why)
{
    QList<HaproxyServer> out;
    QStringList text;
    for (const auto& w : wanted) {
        const HaproxyServer* found = nullptr;
        for (const auto& s : all) {
            if (s.proxy == w.proxy && s.name == w.name)
                found = &s;
        }
        const bool ok = found && (state == QLatin1String("up") ? isSettledUp(*found) : adminState(*found) == state);
        if (!ok)
            out << w;
        text << QStringLiteral("%1 %2").arg(
            serverId(w), found ? found->status : QCoreApplication::translate("HaproxyRuntime", "not listed"));
    }
    *why = text.join(QStringLiteral(", "));
    return out;
}

} // namespace warren::HaproxyRuntime
