#include "Command.h"
#include "drill/DrillSetup.h"
#include "drill/FailoverDrill.h"

#include <QJsonDocument>

namespace warren::ctl {

namespace {

    class DrillCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("drill"); }
        QString synopsis() const override
        {
            return tr("failover drill through HAProxy: drill failover [--fault kill|stop]");
        }
        QList<QCommandLineOption> options() const override
        {
            return {
                QCommandLineOption(QStringLiteral("fault"),
                    tr("drill failover: kill (default) or stop the active node."), tr("FAULT")),
                QCommandLineOption(QStringLiteral("messages"),
                    tr("drill failover: how many messages to publish (default %1, %2 to %3).")
                        .arg(DrillLimits::DefaultMessages)
                        .arg(DrillLimits::MinMessages)
                        .arg(DrillLimits::MaxMessages),
                    tr("N")),
                QCommandLineOption(QStringLiteral("seconds"),
                    tr("drill failover: give up after this many seconds (default %1, %2 to %3).")
                        .arg(DrillLimits::DefaultSeconds)
                        .arg(DrillLimits::MinSeconds)
                        .arg(DrillLimits::MaxSeconds),
                    tr("S")),
                QCommandLineOption(QStringLiteral("confirm-real-cluster"),
                    tr("drill failover: allow the drill on a cluster that is not the lab.")),
            };
        }
        int run(Context& ctx) override;
    };

    int DrillCommand::run(Context& ctx)
    {
        if (ctx.args.value(0) != QLatin1String("failover")) {
            ctx.err(tr("usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N] "
                       "[--seconds S]"));
            return Usage;
        }
        const ClusterProfile& profile = *ctx.profile;
        if (!DrillSetup::isLab(profile) && !ctx.parser.isSet(QStringLiteral("confirm-real-cluster"))) {
            ctx.err(
                tr("the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add "
                   "--confirm-real-cluster")
                    .arg(profile.name));
            return Usage;
        }
        DrillFault fault = DrillFault::Kill;
        const QString faultKey = ctx.parser.isSet(QStringLiteral("fault")) ? ctx.parser.value(QStringLiteral("fault"))
                                                                           : QStringLiteral("kill");
        if (!DrillSetup::faultFromKey(faultKey, &fault)) {
            ctx.err(tr("unknown fault \"%1\" (use kill or stop)").arg(faultKey));
            return Usage;
        }
        // A number within the drill's bounds, or the refusal.
        auto bounded = [&ctx](const QString& option, int fallback, int min, int max, const QString& error, int* value) {
            *value = fallback;
            if (!ctx.parser.isSet(option))
                return true;
            bool ok = false;
            *value = ctx.parser.value(option).toInt(&ok);
            if (ok && *value >= min && *value <= max)
                return true;
            ctx.err(error);
            return false;
        };
        int messages = 0;
        int seconds = 0;
        if (!bounded(QStringLiteral("messages"), DrillLimits::DefaultMessages, DrillLimits::MinMessages,
                DrillLimits::MaxMessages, DrillLimits::messagesError(), &messages)
            || !bounded(QStringLiteral("seconds"), DrillLimits::DefaultSeconds, DrillLimits::MinSeconds,
                DrillLimits::MaxSeconds, DrillLimits::secondsError(), &seconds))
            return Usage;
        QString error;
        auto setup = DrillSetup::prepare(profile, &error);
        if (!setup) {
            ctx.err(error);
            return profile.host(profile.haproxy.host) ? Unreadable : Usage;
        }
        setup->setLimits(messages, seconds);
        const FailoverDrillOptions& o = setup->options;
        if (ctx.format != QLatin1String("json"))
            ctx.out(tr("Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: "
                       "%6 %7.")
                        .arg(o.messages)
                        .arg(o.host)
                        .arg(o.port)
                        .arg(o.queue)
                        .arg(o.faultAfter)
                        .arg(faultKey, setup->activeNode())
                + QLatin1Char('\n'));
        FailoverDrill drill(o, setup->fault(profile, fault));
        const FailoverDrillReport rep = drill.run();
        if (ctx.format == QLatin1String("json")) {
            QJsonObject root = rep.toJson();
            root.insert(QStringLiteral("fault"), faultKey);
            root.insert(QStringLiteral("node"), setup->activeNode());
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
                        .arg(setup->activeNode(), setup->active.name)
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
