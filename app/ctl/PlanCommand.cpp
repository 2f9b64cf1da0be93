#include "Command.h"
#include "ops/AddressPlanner.h"
#include "ops/OperationLog.h"
#include "ops/OperationRequest.h"
#include "ops/PlanRunner.h"
#include "ops/SshExecutor.h"
#include "status/StatusCollector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace warren::ctl {

namespace {

    // Exit codes beyond Command.h's: the plan cannot run, a step or the verification failed, a
    // destructive step was refused for want of --yes.
    enum PlanExit { Blocked = 4, Failed = 5, NeedsYes = 6 };

    class PlanCommand : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("plan"); }
        QString synopsis() const override
        {
            QString text = tr("cluster operations (shows the plan; --execute runs it, --yes allows its destructive "
                              "steps):");
            for (const OperationInfo& op : OperationRequest::operations()) {
                text += QStringLiteral("\n              %1  %2").arg(op.key, -12).arg(op.title());
                text += QStringLiteral("\n              %1  ").arg(QString(), -12)
                    + (op.alwaysDestructive ? tr("needs --yes: %1").arg(op.destroys())
                                            : tr("may need --yes: %1").arg(op.destroys()));
                text += QStringLiteral("\n              %1  ").arg(QString(), -12)
                    + tr("applies to: %1").arg(op.appliesTo());
            }
            return text;
        }
        QList<QCommandLineOption> options() const override
        {
            return {
                QCommandLineOption(QStringLiteral("node"),
                    tr("plan: the node the operation is about: its host name, node name or address."), tr("HOST")),
                QCommandLineOption(QStringLiteral("to"),
                    tr("plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...]."), tr("HOST")),
                QCommandLineOption(QStringLiteral("from"),
                    tr("plan sync-cookie: the host whose cookie is copied.", "cookie"), tr("HOST")),
                QCommandLineOption(QStringLiteral("type"),
                    tr("plan join/convert: node type, disc or ram.", "RabbitMQ node type"), tr("TYPE")),
                QCommandLineOption(QStringLiteral("via"),
                    tr("plan forget: the surviving host to run forget_cluster_node on."), tr("HOST")),
                QCommandLineOption(QStringLiteral("fix"),
                    tr("plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when "
                       "omitted)."),
                    tr("FIX")),
                QCommandLineOption(QStringLiteral("action"),
                    tr("plan maintenance: enter (take the node out of service) or exit (bring it back); plan "
                       "replicas: grow, shrink or rebalance."),
                    tr("ACTION")),
                QCommandLineOption(
                    QStringLiteral("stop"), tr("plan maintenance enter: also stop the node once drained.")),
                QCommandLineOption(QStringLiteral("force"),
                    tr("plan maintenance, stop, restart: go on although the safe-to-stop checks fail (needs --yes).")),
                QCommandLineOption(QStringLiteral("queue"),
                    tr("plan replicas: one quorum queue, by its exact name (in --vhost, / by default)."), tr("NAME")),
                QCommandLineOption(QStringLiteral("vhost"),
                    tr("plan replicas: the virtual host of the queue or of the set (default: every vhost)."),
                    tr("VHOST")),
                QCommandLineOption(QStringLiteral("filter"),
                    tr("plan replicas: the quorum queues whose names match this regular expression."), tr("REGEX")),
                QCommandLineOption(QStringLiteral("execute"), tr("plan: run the plan, not only show it.")),
                QCommandLineOption(
                    QStringLiteral("yes"), tr("plan: allow destructive steps (reset, forget) without asking.")),
                QCommandLineOption(QStringLiteral("resume-from"),
                    tr("plan: start at step N (retry or resume after a failure)."), tr("N")),
                QCommandLineOption(QStringLiteral("undo-step"),
                    tr("plan: undo step N of an earlier run instead of running the plan."), tr("N")),
            };
        }
        int run(Context& ctx) override;

    protected:
        // Shows the request's plan; with --execute runs it (shared by `plan` and `maintenance`).
        int runRequest(Context& ctx, const OperationRequest& request);

    private:
        static QString usage(OperationKind kind);
    };

    // `maintenance NODE enter|exit`: the same as `plan maintenance --node NODE --action ACTION`.
    class MaintenanceCommand final : public PlanCommand
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("maintenance"); }
        QString synopsis() const override
        {
            return tr("maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]: take a node out of "
                      "service without dropping clients (HAProxy drain, maint; rabbitmq-upgrade drain) and back");
        }
        QList<QCommandLineOption> options() const override { return {}; } // plan's options
        int run(Context& ctx) override
        {
            if (ctx.args.size() != 2) {
                ctx.err(tr("usage: warrenctl maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]"));
                return Usage;
            }
            OperationRequest request;
            request.kind = OperationKind::Maintenance;
            request.node = ctx.args.at(0);
            request.action = ctx.args.at(1);
            request.stopNode = ctx.parser.isSet(QStringLiteral("stop"));
            request.force = ctx.parser.isSet(QStringLiteral("force"));
            return runRequest(ctx, request);
        }
    };

    // The command line of one operation, printed after a refusal.
    QString PlanCommand::usage(OperationKind kind)
    {
        switch (kind) {
        case OperationKind::Join:
            return tr("usage: warrenctl plan join --node HOST --to HOST [--type disc|ram]");
        case OperationKind::Convert:
            return tr("usage: warrenctl plan convert --node HOST --type disc|ram");
        case OperationKind::Forget:
            return tr("usage: warrenctl plan forget --node HOST|NODE [--via HOST]");
        case OperationKind::SyncCookie:
            return tr("usage: warrenctl plan sync-cookie --from HOST --to HOST[,HOST...]");
        case OperationKind::FixAddress:
            return tr("usage: warrenctl plan fix-address --node HOST [--fix %1]")
                .arg(AddressPlanner::fixKeys().join(QLatin1Char('|')));
        case OperationKind::Maintenance:
            return tr("usage: warrenctl plan maintenance --node HOST --action enter|exit [--stop] [--force]");
        case OperationKind::Stop:
            return tr("usage: warrenctl plan stop --node HOST [--force]");
        case OperationKind::Start:
            return tr("usage: warrenctl plan start --node HOST");
        case OperationKind::Restart:
            return tr("usage: warrenctl plan restart --node HOST [--force]");
        case OperationKind::Replicas:
            return tr(
                "usage: warrenctl plan replicas --action grow|shrink --node HOST [--queue NAME | --filter REGEX] "
                "[--vhost VHOST]; plan replicas --action rebalance [--queue NAME | --filter REGEX] [--vhost VHOST]");
        }
        return {};
    }

    int PlanCommand::run(Context& ctx)
    {
        const auto& p = ctx.parser;
        if (ctx.args.isEmpty()) {
            ctx.err(OperationRequest::missingOperationText());
            return Usage;
        }
        const auto op = OperationRequest::info(ctx.args.first());
        if (!op) {
            ctx.err(OperationRequest::unknownOperationText(ctx.args.first()));
            return Usage;
        }
        OperationRequest request;
        request.kind = op->kind;
        if (op->kind == OperationKind::SyncCookie) {
            request.from = p.value(QStringLiteral("from"));
            const QString to = p.value(QStringLiteral("to"));
            // Empty entries ("a,,b") are kept: the request refuses them.
            request.to = to.isEmpty() ? QStringList() : to.split(QLatin1Char(','));
        } else {
            request.node = p.value(QStringLiteral("node"));
            request.target = p.value(QStringLiteral("to"));
        }
        request.type = p.value(QStringLiteral("type"));
        request.via = p.value(QStringLiteral("via"));
        request.fix = p.value(QStringLiteral("fix"));
        request.action = p.value(QStringLiteral("action"));
        request.stopNode = p.isSet(QStringLiteral("stop"));
        request.force = p.isSet(QStringLiteral("force"));
        request.queue = p.value(QStringLiteral("queue"));
        request.vhost = p.value(QStringLiteral("vhost"));
        request.filter = p.value(QStringLiteral("filter"));
        return runRequest(ctx, request);
    }

    int PlanCommand::runRequest(Context& ctx, const OperationRequest& request)
    {
        const ClusterProfile& profile = *ctx.profile;
        const auto& p = ctx.parser;
        const bool json = ctx.format == QLatin1String("json");
        QString why;
        const auto planner = request.planner(profile, {}, &why);
        if (!planner) {
            ctx.err(why);
            ctx.err(usage(request.kind));
            return Usage;
        }
        const Plan plan = planner({});

        const bool useSudo = profile.ssh.sudo;
        QJsonObject out { { QStringLiteral("plan"), plan.toJson(useSudo) } };
        auto finish = [&](int code, const RunResult* r) {
            if (json) {
                if (r) {
                    out.insert(QStringLiteral("result"),
                        QJsonObject { { QStringLiteral("outcome"), RunResult::outcomeKey(r->outcome) },
                            { QStringLiteral("message"), r->message },
                            { QStringLiteral("failedStep"), r->failedStep + 1 },
                            { QStringLiteral("completedSteps"), r->completedSteps },
                            { QStringLiteral("nodeState"), QJsonArray::fromStringList(r->nodeState) } });
                }
                ctx.out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
            }
            return code;
        };
        if (!json)
            ctx.out(plan.toText(useSudo));

        const bool execute = p.isSet(QStringLiteral("execute"));
        if (!plan.alreadyDone.isEmpty()) {
            if (!json)
                ctx.out(QLatin1Char('\n') + tr("Done: %1").arg(plan.alreadyDone) + QLatin1Char('\n'));
            RunResult r;
            r.outcome = RunResult::Outcome::AlreadyDone;
            r.message = plan.alreadyDone;
            return finish(Ok, &r);
        }
        if (plan.blocked()) {
            ctx.err(
                plan.needsChoice() ? tr("choose a fix with --fix (see above)") : tr("the plan cannot run (see above)"));
            return finish(Blocked, nullptr);
        }
        if (!execute) {
            if (!json)
                ctx.out(QLatin1Char('\n')
                    + tr("Preview only: nothing was run. Add --execute to run it%1.")
                          .arg(plan.hasDestructiveSteps() ? tr(" (and --yes for its destructive steps)") : QString())
                    + QLatin1Char('\n'));
            return finish(Ok, nullptr);
        }
        const bool yes = p.isSet(QStringLiteral("yes"));
        if (plan.hasDestructiveSteps() && !yes) {
            for (const auto& d : plan.destructiveSummary())
                ctx.err(tr("refused without --yes: %1").arg(d));
            RunResult r;
            r.outcome = RunResult::Outcome::DestructiveRefused;
            r.message = plan.destructiveSummary().join(QStringLiteral("; "));
            return finish(NeedsYes, &r);
        }

        OperationLog log;
        {
            QString ignored;
            StatusCollector targets(profile);
            const HttpRequestOptions api = targets.apiOptions(&ignored);
            log.addSecret(api.password);
        }
        SshExecutor executor(profile);
        PlanRunner runner(executor, &log);
        runner.setAllowDestructive(yes);
        if (!json) {
            PlanRunner::Observer obs;
            obs.stepStarted = [&](int i) {
                if (i < 0)
                    ctx.out(QLatin1Char('\n') + tr("==> verifying") + QLatin1Char('\n'));
                else
                    ctx.out(QLatin1Char('\n')
                        + tr("==> step %1/%2: %3").arg(i + 1).arg(plan.steps.size()).arg(plan.steps[i].description)
                        + QLatin1Char('\n'));
            };
            obs.output
                = [&](int, const QString& line) { ctx.out(QStringLiteral("    | ") + line + QLatin1Char('\n')); };
            obs.stepFinished = [&](int, bool ok, const QString& message) {
                ctx.out(QStringLiteral("    ") + (ok ? tr("ok: %1").arg(message) : tr("FAILED: %1").arg(message))
                    + QLatin1Char('\n'));
            };
            runner.setObserver(obs);
        }
        RunResult r;
        if (p.isSet(QStringLiteral("undo-step"))) {
            RunResult failed;
            failed.completedSteps = p.value(QStringLiteral("undo-step")).toInt();
            r = runner.undo(plan, failed);
        } else {
            const int from
                = p.isSet(QStringLiteral("resume-from")) ? p.value(QStringLiteral("resume-from")).toInt() - 1 : 0;
            if (from < 0 || from >= plan.steps.size()) {
                ctx.err(tr("--resume-from must be a step number from 1 to %1").arg(plan.steps.size()));
                return Usage;
            }
            r = runner.run(plan, from);
        }
        if (!json) {
            ctx.out(QStringLiteral("\n"));
            if (r.ok()) {
                ctx.out(tr("Result: %1").arg(r.message) + QLatin1Char('\n'));
            } else {
                ctx.out(tr("Result: %1").arg(r.message) + QLatin1Char('\n'));
                if (!r.nodeState.isEmpty())
                    ctx.out(tr("Verified state now:") + QLatin1Char('\n') + QStringLiteral("  ")
                        + r.nodeState.join(QStringLiteral("\n  ")) + QLatin1Char('\n'));
                if (r.failedStep >= 0 && r.completedSteps == 0) {
                    ctx.out(
                        tr("Choices: retry with --resume-from %1 (no step had completed: nothing to undo); or leave "
                           "it as it is.")
                            .arg(r.failedStep + 1)
                        + QLatin1Char('\n'));
                } else if (r.failedStep >= 0) {
                    ctx.out(tr("Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as "
                               "it is.")
                                .arg(r.failedStep + 1)
                                .arg(r.completedSteps)
                        + QLatin1Char('\n'));
                }
            }
            ctx.out(tr("Operation log: %1").arg(log.path()) + QLatin1Char('\n'));
        }
        return finish(r.ok() ? int(Ok) : int(Failed), &r);
    }

} // namespace

std::unique_ptr<Command> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

std::unique_ptr<Command> makeMaintenanceCommand()
{
    return std::make_unique<MaintenanceCommand>();
}

} // namespace warren::ctl
