#include "Command.h"
#include "ops/AddressPlanner.h"
#include "ops/OperationLog.h"
#include "ops/OperationPlanner.h"
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

    class PlanCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("plan"); }
        QString synopsis() const override
        {
            return tr("cluster operations: join, convert, forget, sync-cookie, fix-address (shows the plan; --execute "
                      "runs it)");
        }
        QList<QCommandLineOption> options() const override
        {
            return {
                QCommandLineOption(
                    QStringLiteral("node"), tr("plan: the host (or node name) the operation is about."), tr("HOST")),
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

    private:
        const HostProfile* findHost(const ClusterProfile& p, const QString& value) const;
    };

    const HostProfile* PlanCommand::findHost(const ClusterProfile& p, const QString& value) const
    {
        if (const HostProfile* h = p.host(value))
            return h;
        for (const auto* list : { &p.hosts, &p.spare }) {
            for (const auto& h : *list) {
                if (!h.node.isEmpty() && h.node == value)
                    return &h;
            }
        }
        return nullptr;
    }

    int PlanCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        const auto& p = ctx.parser;
        const bool json = ctx.format == QLatin1String("json");
        if (ctx.args.isEmpty()) {
            ctx.err(tr("plan needs an operation: join, convert, forget, sync-cookie or fix-address"));
            return Usage;
        }
        const QString op = ctx.args.first();
        const QString nodeArg = p.value(QStringLiteral("node"));
        if (nodeArg.isEmpty() && op != QLatin1String("sync-cookie")) {
            ctx.err(tr("plan %1 needs --node HOST").arg(op));
            return Usage;
        }
        NodeType type = NodeType::Unknown;
        if (p.isSet(QStringLiteral("type"))) {
            type = nodeTypeFromKey(p.value(QStringLiteral("type")));
            if (type == NodeType::Unknown) {
                ctx.err(tr("--type must be disc or ram, not \"%1\"", "RabbitMQ node type")
                            .arg(p.value(QStringLiteral("type"))));
                return Usage;
            }
        }

        Plan plan;
        if (op == QLatin1String("join") || op == QLatin1String("convert")) {
            const HostProfile* node = findHost(profile, nodeArg);
            if (!node || !node->isRabbit()) {
                ctx.err(tr("\"%1\" is not a RabbitMQ host of profile %2").arg(nodeArg, profile.name));
                return Usage;
            }
            if (op == QLatin1String("join")) {
                const HostProfile* to = findHost(profile, p.value(QStringLiteral("to")));
                if (!to || !to->isRabbit()) {
                    ctx.err(tr("plan join needs --to HOST, a RabbitMQ host of profile %1").arg(profile.name));
                    return Usage;
                }
                if (to->name == node->name) {
                    ctx.err(tr("--node and --to name the same host"));
                    return Usage;
                }
                plan = OperationPlanner::prepareJoin(
                    profile, *node, *to, type == NodeType::Unknown ? NodeType::Disc : type);
            } else {
                if (type == NodeType::Unknown) {
                    ctx.err(tr("plan convert needs --type disc or --type ram", "RabbitMQ node type"));
                    return Usage;
                }
                plan = OperationPlanner::prepareConvert(profile, *node, type);
            }
        } else if (op == QLatin1String("forget")) {
            const HostProfile* node = findHost(profile, nodeArg);
            const QString nodeName = node ? (node->node.isEmpty() ? normalizeNodeName(node->name) : node->node)
                                          : normalizeNodeName(nodeArg);
            if (!isPlausibleNodeName(nodeName)) {
                ctx.err(
                    tr("\"%1\" is not a RabbitMQ node name (NAME@HOST: letters, digits, '_', '-', '.')").arg(nodeName));
                return Usage;
            }
            const QString via = p.value(QStringLiteral("via"));
            if (!via.isEmpty() && !findHost(profile, via)) {
                ctx.err(tr("\"%1\" is not a host of profile %2").arg(via, profile.name));
                return Usage;
            }
            plan = OperationPlanner::prepareForget(profile, nodeName, via);
        } else if (op == QLatin1String("sync-cookie")) {
            const HostProfile* from = findHost(profile, p.value(QStringLiteral("from")));
            if (!from || !from->isRabbit()) {
                ctx.err(tr("plan sync-cookie needs --from HOST, a RabbitMQ host of profile %1").arg(profile.name));
                return Usage;
            }
            QList<HostProfile> targets;
            for (const auto& name : p.value(QStringLiteral("to")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const HostProfile* t = findHost(profile, name.trimmed());
                if (!t || !t->isRabbit() || t->name == from->name) {
                    ctx.err(tr("\"%1\" is not another RabbitMQ host of profile %2").arg(name, profile.name));
                    return Usage;
                }
                targets << *t;
            }
            if (targets.isEmpty()) {
                ctx.err(tr("plan sync-cookie needs --to HOST[,HOST...]"));
                return Usage;
            }
            plan = OperationPlanner::prepareSyncCookie(profile, *from, targets);
        } else if (op == QLatin1String("fix-address")) {
            const HostProfile* node = findHost(profile, nodeArg);
            if (!node || !node->isRabbit()) {
                ctx.err(tr("\"%1\" is not a RabbitMQ host of profile %2").arg(nodeArg, profile.name));
                return Usage;
            }
            const QString fix = p.value(QStringLiteral("fix"));
            if (!fix.isEmpty() && !AddressPlanner::fixKeys().contains(fix)) {
                ctx.err(tr("--fix must be one of %1, not \"%2\"")
                            .arg(AddressPlanner::fixKeys().join(QStringLiteral(", ")), fix));
                return Usage;
            }
            plan = AddressPlanner::prepare(profile, *node, fix);
        } else {
            ctx.err(tr("unknown operation \"%1\" (join, convert, forget, sync-cookie, fix-address)").arg(op));
            return Usage;
        }

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
                if (r.failedStep >= 0) {
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

} // namespace warren::ctl
