#include "Command.h"
#include "drill/FailoverDrill.h"
#include "haproxy/HaproxyPush.h"
#include "ssh/SshSession.h"
#include "status/StatusCollector.h"
#include "util/ShellQuote.h"

#include <QJsonDocument>

namespace warren::ctl {

namespace {

class DrillCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    QString name() const override { return QStringLiteral("drill"); }
    QString synopsis() const override { return tr("failover drill through HAProxy: drill failover [--fault kill|stop]"); }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("fault"), tr("drill failover: kill (default) or stop the active node."), tr("FAULT")),
            QCommandLineOption(QStringLiteral("messages"), tr("drill failover: how many messages to publish (default 1000, at most 100000)."), tr("N")),
            QCommandLineOption(QStringLiteral("confirm-real-cluster"), tr("drill failover: allow the drill on a cluster that is not the lab.")),
        };
    }
    int run(Context& ctx) override;
};

int DrillCommand::run(Context& ctx)
{
    if (ctx.args.value(0) != QLatin1String("failover")) {
        ctx.err(tr("usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N]"));
        return Usage;
    }
    const ClusterProfile& profile = *ctx.profile;
    if (profile.serviceKind != QLatin1String("lab") && !ctx.parser.isSet(QStringLiteral("confirm-real-cluster"))) {
        ctx.err(tr("the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add "
                   "--confirm-real-cluster")
                    .arg(profile.name));
        return Usage;
    }
    const QString fault = ctx.parser.isSet(QStringLiteral("fault")) ? ctx.parser.value(QStringLiteral("fault")) : QStringLiteral("kill");
    if (fault != QLatin1String("kill") && fault != QLatin1String("stop")) {
        ctx.err(tr("unknown fault \"%1\" (use kill or stop)").arg(fault));
        return Usage;
    }
    FailoverDrillOptions o;
    if (ctx.parser.isSet(QStringLiteral("messages"))) {
        bool ok = false;
        o.messages = ctx.parser.value(QStringLiteral("messages")).toInt(&ok);
        if (!ok || o.messages < 10 || o.messages > 100000) {
            ctx.err(tr("--messages takes a number between 10 and 100000"));
            return Usage;
        }
    }
    o.faultAfter = qMax(1, o.messages / 5);
    const HostProfile* lb = profile.host(profile.haproxy.host);
    if (!lb) {
        ctx.err(tr("the profile names no HAProxy host (haproxy.host)"));
        return Usage;
    }
    o.host = lb->address;
    StatusCollector collector(profile);
    QString error;
    const auto api = collector.apiOptions(&error);
    if (api.password.isEmpty()) {
        ctx.err(tr("no password for %1: %2").arg(profile.api.user, error));
        return Unreadable;
    }
    o.user = profile.api.user;
    o.password = api.password;

    // The active node: the AMQP server HAProxy sends clients to now.
    HaproxyPush haproxy(profile);
    const auto stats = haproxy.readStats(&error);
    if (!stats) {
        ctx.err(error);
        return Unreadable;
    }
    const HostProfile* active = nullptr;
    for (const auto& s : *stats) {
        if (s.backup || !s.isUp() || !s.address.endsWith(QStringLiteral(":5672")))
            continue;
        const QString address = s.address.left(s.address.lastIndexOf(QLatin1Char(':')));
        for (const auto& h : profile.rabbitHosts()) {
            if (h.address == address || h.name == address)
                active = profile.host(h.name);
        }
    }
    if (!active) {
        ctx.err(tr("HAProxy shows no active AMQP server that is a node of this cluster"));
        return Unreadable;
    }
    if (ctx.format != QLatin1String("json"))
        ctx.out(tr("Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.")
                .arg(o.messages)
                .arg(o.host)
                .arg(o.port)
                .arg(o.queue)
                .arg(o.faultAfter)
                .arg(fault, active->node.isEmpty() ? active->name : active->node)
        + QLatin1Char('\n'));
    const SshTarget target = collector.sshTarget(*active);
    auto inject = [&](QString* why) {
        SshSession ssh(target);
        if (!ssh.open()) {
            *why = ssh.errorString();
            return false;
        }
        // kill: the VM halts at once, no graceful shutdown (what SIGKILL or a power cut does to the
        // node's peers); stop: `rabbitmqctl stop`, clients get connection.close first.
        const RemoteCommand cmd = fault == QLatin1String("kill")
            ? RemoteCommand{{QStringLiteral("rabbitmqctl"), QStringLiteral("eval"), QStringLiteral("erlang:halt(137).")}, true}
            : RemoteCommand{{QStringLiteral("rabbitmqctl"), QStringLiteral("stop")}, true};
        const auto r = ssh.exec(cmd.toShell(profile.ssh.sudo), 60000);
        if (ssh.error() != SshSession::Error::None) {
            *why = ssh.errorString();
            return false;
        }
        // `eval` loses its node while it halts and exits non-zero: that is the point.
        if (fault == QLatin1String("stop") && r.exitCode != 0) {
            *why = QString::fromUtf8(r.err.left(300)).trimmed();
            return false;
        }
        return true;
    };
    FailoverDrill drill(o, inject);
    const FailoverDrillReport rep = drill.run();
    if (ctx.format == QLatin1String("json")) {
        QJsonObject root = rep.toJson();
        root.insert(QStringLiteral("fault"), fault);
        root.insert(QStringLiteral("node"), active->node.isEmpty() ? active->name : active->node);
        ctx.out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        ctx.out(tr("switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, "
                   "duplicated %8; reconnects %9")
                    .arg(rep.switchSeconds < 0 ? QStringLiteral("-") : QString::number(rep.switchSeconds, 'f', 1))
                    .arg(rep.published)
                    .arg(rep.confirmed)
                    .arg(rep.unconfirmed)
                    .arg(rep.nacked)
                    .arg(rep.inQueue)
                    .arg(rep.lost)
                    .arg(rep.duplicated)
                    .arg(rep.reconnects)
            + QLatin1Char('\n'));
        ctx.out(tr("%1 is down now; start it again when you are done (lab: lab/labctl start %2).")
                    .arg(active->node.isEmpty() ? active->name : active->node, active->name)
            + QLatin1Char('\n'));
    }
    if (!rep.ok) {
        ctx.err(rep.error);
        return Unreadable;
    }
    return Ok;
}

} // namespace

std::unique_ptr<Command> makeDrillCommand()
{
    return std::make_unique<DrillCommand>();
}

} // namespace warren::ctl
