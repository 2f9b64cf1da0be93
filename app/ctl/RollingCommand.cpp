#include "Command.h"
#include "TextTable.h"
#include "drill/DrillSetup.h"
#include "haproxy/HaproxyPush.h"
#include "ops/MaintenancePlanner.h"
#include "ops/OperationRequest.h"
#include "ops/RollingRestart.h"
#include "status/HaproxyRouting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warren::ctl {

namespace {

    enum RollingExit { Blocked = 4, Failed = 5, NeedsYes = 6 };

    // `rolling-restart`: every node restarted one at a time (RollingRestart), the order shown first.
    class RollingCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("rolling-restart"); }
        QString synopsis() const override
        {
            return tr("rolling-restart [--order HOST,...] [--plain] [--client] [--execute]: restart every node "
                      "one at a time through maintenance (HAProxy drain, rabbitmq-upgrade drain), the HAProxy "
                      "active node last; --plain restarts without draining (to compare); --client publishes "
                      "through HAProxy meanwhile and counts per node");
        }
        QList<QCommandLineOption> options() const override
        {
            return {
                QCommandLineOption(QStringLiteral("order"),
                    tr("rolling-restart: the hosts in the order to restart them (default: the profile's, the node "
                       "HAProxy sends clients to last)."),
                    tr("HOST,...")),
                QCommandLineOption(QStringLiteral("plain"),
                    tr("rolling-restart: stop and start each node without maintenance (what a plain restart does), "
                       "for comparison.")),
                QCommandLineOption(QStringLiteral("client"),
                    tr("rolling-restart: publish with confirms through HAProxy during each node's turn and report "
                       "the gap, reconnects, lost and duplicated messages per node (the lab, or "
                       "--confirm-real-cluster).")),
            };
        }
        int run(Context& ctx) override;
    };

    QString seconds(qint64 ms)
    {
        return ms < 0 ? QStringLiteral("-") : QString::number(ms / 1000.0, 'f', 1);
    }

    int RollingCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        const auto& p = ctx.parser;
        const bool json = ctx.format == QLatin1String("json");
        RollingRestart::Options options;
        options.plain = p.isSet(QStringLiteral("plain"));
        options.force = p.isSet(QStringLiteral("force"));
        options.client = p.isSet(QStringLiteral("client"));
        if (options.client && !DrillSetup::isLab(profile) && !p.isSet(QStringLiteral("confirm-real-cluster"))) {
            ctx.err(tr("--client publishes test messages through HAProxy of cluster %1; it runs on the lab only, "
                       "unless you add --confirm-real-cluster")
                        .arg(profile.name));
            return Usage;
        }
        if (p.isSet(QStringLiteral("order"))) {
            options.order = p.value(QStringLiteral("order")).split(QLatin1Char(','));
            if (const QString why = RollingRestart::checkOrder(profile, options.order); !why.isEmpty()) {
                ctx.err(why);
                return Usage;
            }
            for (QString& h : options.order)
                h = OperationRequest::findHost(profile, h).host->name;
        } else {
            QString error;
            HaproxyPush haproxy(profile);
            QString active;
            if (const auto stats = haproxy.readStats(&error)) {
                if (const auto host = DrillSetup::activeHost(profile, *stats))
                    active = host->name;
            }
            options.order = RollingRestart::defaultOrder(profile, active);
            if (!json)
                ctx.out(active.isEmpty()
                        ? tr("HAProxy's active node is not known (%1): the profile's order.").arg(error)
                            + QLatin1Char('\n')
                        : tr("%1 is HAProxy's active node: it goes last, so clients move once.").arg(active)
                            + QLatin1Char('\n'));
        }
        if (!json) {
            ctx.out(tr("Order: %1").arg(options.order.join(QStringLiteral(" → "))) + QLatin1Char('\n'));
            ctx.out(
                (options.plain ? tr("Each node: the safe-to-stop checks, stop, start, verified a running member again "
                                    "(HAProxy and clients are not told).")
                               : tr("Each node: maintenance enter with the node stopped (safe-to-stop checks, HAProxy "
                                    "drain, sessions closed, maint, rabbitmq-upgrade drain, stop), then maintenance "
                                    "exit (start, revive, quorum members online, HAProxy ready and UP). Each node's "
                                    "plans are read when its turn comes; a failure stops the run."))
                + QLatin1Char('\n'));
        }
        if (!p.isSet(QStringLiteral("execute"))) {
            if (!json) {
                if (!options.order.isEmpty()) {
                    const HostProfile* first = profile.host(options.order.first());
                    const Plan plan = options.plain
                        ? MaintenancePlanner::prepareService(
                            profile, *first, MaintenancePlanner::Service::Restart, options.force)
                        : MaintenancePlanner::prepareEnter(profile, *first, true, options.force);
                    ctx.out(QLatin1Char('\n') + tr("The first node's plan, as it would run now:") + QLatin1Char('\n')
                        + plan.toText(profile.ssh.sudo));
                }
                ctx.out(QLatin1Char('\n') + tr("Preview only: nothing was run. Add --execute to run it.")
                    + QLatin1Char('\n'));
            }
            return Ok;
        }
        if (options.force && !p.isSet(QStringLiteral("yes"))) {
            ctx.err(tr("--force overrides the safe-to-stop checks: add --yes to confirm"));
            return NeedsYes;
        }

        RollingRestart rolling(profile, options);
        if (!json) {
            RollingRestart::Observer obs;
            obs.nodeStarted = [&](int i, const QString& host) {
                ctx.out(QLatin1Char('\n') + tr("=== node %1/%2: %3").arg(i + 1).arg(options.order.size()).arg(host)
                    + QLatin1Char('\n'));
            };
            obs.planStarted
                = [&](const QString&, const Plan& plan) { ctx.out(tr("--- %1").arg(plan.title) + QLatin1Char('\n')); };
            obs.runner.stepFinished = [&](int, bool ok, const QString& message) {
                ctx.out(QStringLiteral("    ") + (ok ? tr("ok: %1").arg(message) : tr("FAILED: %1").arg(message))
                    + QLatin1Char('\n'));
            };
            obs.runner.stepStarted = [&](int) {};
            obs.nodeFinished = [&](int, const RollingNodeReport& r) {
                ctx.out(tr("%1: %2 (%3 s)").arg(r.host, r.message, seconds(r.outOfServiceMs)) + QLatin1Char('\n'));
            };
            rolling.setObserver(obs);
        }
        const QList<RollingNodeReport> reports = rolling.run();
        bool ok = reports.size() == options.order.size();
        QJsonArray rows;
        QStringList header { tr("NODE"), tr("RESULT"), tr("TURN (s)") };
        if (options.client)
            header << tr("GAP (s)") << tr("RECONNECTS") << tr("LOST") << tr("DUPLICATED") << tr("CONFIRMED");
        TextTable table(header);
        for (const auto& r : reports) {
            ok = ok && r.ok;
            QStringList row { r.host, r.ok ? tr("ok") : tr("FAILED"), seconds(r.outOfServiceMs) };
            QJsonObject o { { QStringLiteral("host"), r.host }, { QStringLiteral("ok"), r.ok },
                { QStringLiteral("message"), r.message }, { QStringLiteral("turnMs"), r.outOfServiceMs } };
            if (options.client) {
                ok = ok && r.clientRan && r.client.lost == 0;
                row << (r.client.switchSeconds < 0 ? QStringLiteral("-")
                                                   : QString::number(r.client.switchSeconds, 'f', 2))
                    << QString::number(r.client.reconnects) << QString::number(r.client.lost)
                    << QString::number(r.client.duplicated) << QString::number(r.client.confirmed);
                o.insert(QStringLiteral("client"), r.client.toJson());
            }
            table.addRow(row);
            rows.append(o);
        }
        if (json) {
            ctx.out(QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("plain"), options.plain },
                                  { QStringLiteral("order"), QJsonArray::fromStringList(options.order) },
                                  { QStringLiteral("nodes"), rows }, { QStringLiteral("ok"), ok } })
                    .toJson(QJsonDocument::Indented)));
        } else {
            ctx.out(QLatin1Char('\n') + table.render());
            if (reports.size() < options.order.size())
                ctx.out(tr("Stopped after %1: the nodes after it were not touched.").arg(reports.last().host)
                    + QLatin1Char('\n'));
        }
        return ok ? int(Ok) : int(Failed);
    }

} // namespace

std::unique_ptr<Command> makeRollingCommand()
{
    return std::make_unique<RollingCommand>();
}

} // namespace warren::ctl
