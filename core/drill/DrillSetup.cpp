#include "DrillSetup.h"

#include "haproxy/HaproxyPush.h"
#include "ssh/SshSession.h"
#include "status/StatusCollector.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>

namespace warren {

bool DrillSetup::isLab(const ClusterProfile& profile)
{
    return profile.serviceKind == QLatin1String("lab");
}

QString DrillLimits::messagesError()
{
    return QCoreApplication::translate("DrillSetup", "the number of messages must be between %1 and %2")
        .arg(MinMessages)
        .arg(MaxMessages);
}

QString DrillLimits::secondsError()
{
    return QCoreApplication::translate("DrillSetup", "the drill's time limit must be between %1 and %2 seconds")
        .arg(MinSeconds)
        .arg(MaxSeconds);
}

void DrillSetup::setLimits(int messages, int seconds)
{
    options.messages = qBound(DrillLimits::MinMessages, messages, DrillLimits::MaxMessages);
    options.faultAfter = DrillLimits::faultAfter(options.messages);
    options.timeoutMs = qBound(DrillLimits::MinSeconds, seconds, DrillLimits::MaxSeconds) * 1000;
}

bool DrillSetup::faultFromKey(const QString& key, DrillFault* fault)
{
    if (key == QLatin1String("kill")) {
        *fault = DrillFault::Kill;
        return true;
    }
    if (key == QLatin1String("stop")) {
        *fault = DrillFault::Stop;
        return true;
    }
    return false;
}

QString DrillSetup::faultKey(DrillFault fault)
{
    return fault == DrillFault::Kill ? QStringLiteral("kill") : QStringLiteral("stop");
}

std::optional<HostProfile> DrillSetup::activeHost(const ClusterProfile& profile, const QList<HaproxyServer>& servers)
{
    for (const auto& s : servers) {
        if (s.backup || !s.isUp() || !s.address.endsWith(QStringLiteral(":5672")))
            continue;
        const QString address = s.address.left(s.address.lastIndexOf(QLatin1Char(':')));
        for (const auto& h : profile.rabbitHosts()) {
            if (h.address == address || h.name == address)
                return h;
        }
    }
    return std::nullopt;
}

std::optional<DrillSetup> DrillSetup::prepare(
    const ClusterProfile& profile, QString* error, CancelToken cancel, Transport* transport)
{
    const HostProfile* lb = profile.host(profile.haproxy.host);
    if (!lb) {
        *error = QCoreApplication::translate("DrillSetup", "the profile names no HAProxy host (haproxy.host)");
        return std::nullopt;
    }
    DrillSetup setup;
    setup.options.host = lb->address;
    setup.options.port = profile.haproxy.amqpPort;
    StatusCollector collector(profile);
    QString why;
    const auto api = collector.apiOptions(&why);
    if (api.password.isEmpty()) {
        *error = QCoreApplication::translate("DrillSetup", "no password for %1: %2").arg(profile.api.user, why);
        return std::nullopt;
    }
    setup.options.user = profile.api.user;
    setup.options.password = api.password;

    HaproxyPush haproxy(profile, cancel, transport ? *transport : networkTransport());
    const auto stats = haproxy.readStats(error);
    if (!stats)
        return std::nullopt;
    const auto active = activeHost(profile, *stats);
    if (!active) {
        *error = QCoreApplication::translate(
            "DrillSetup", "HAProxy shows no active AMQP server that is a node of this cluster");
        return std::nullopt;
    }
    setup.active = *active;
    return setup;
}

FailoverDrill::Fault DrillSetup::fault(
    const ClusterProfile& profile, DrillFault kind, CancelToken cancel, Transport* transport) const
{
    const SshTarget target = StatusCollector(profile).sshTarget(active);
    const bool sudo = profile.ssh.sudo;
    Transport* net = transport ? transport : &networkTransport();
    return [target, sudo, kind, cancel, net](QString* why) {
        const auto channel = net->ssh(target, cancel);
        SshChannel& ssh = *channel;
        if (!ssh.open()) {
            *why = ssh.errorString();
            return false;
        }
        const RemoteCommand cmd = kind == DrillFault::Kill
            ? RemoteCommand { { QStringLiteral("rabbitmqctl"), QStringLiteral("eval"),
                                  QStringLiteral("erlang:halt(137).") },
                  true }
            : RemoteCommand { { QStringLiteral("rabbitmqctl"), QStringLiteral("stop") }, true };
        const auto r = ssh.exec(cmd.toShell(sudo), 60000);
        if (ssh.error() != SshSession::Error::None) {
            *why = ssh.errorString();
            return false;
        }
        // `eval` loses its node while it halts and exits non-zero: that is the point.
        if (kind == DrillFault::Stop && r.exitCode != 0) {
            *why = QString::fromUtf8(r.err.left(300)).trimmed();
            return false;
        }
        return true;
    };
}

} // namespace warren
