#include "Command.h"
#include "haproxy/ConfigDiff.h"
#include "haproxy/HaproxyConfig.h"
#include "haproxy/HaproxyExport.h"
#include "haproxy/HaproxyLint.h"
#include "haproxy/HaproxyPush.h"
#include "status/StatusCollector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace warren::ctl {

namespace {

    constexpr qint64 kMaxFileBytes = HaproxyConfig::kMaxBytes + 1;

    class HaproxyCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("haproxy"); }
        QString synopsis() const override
        {
            return tr("haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]");
        }
        bool needsProfile() const override { return false; }
        QList<QCommandLineOption> options() const override
        {
            return {
                QCommandLineOption(
                    QStringLiteral("layout"), tr("haproxy export: active-backup (default) or balanced."), tr("LAYOUT")),
                QCommandLineOption(QStringLiteral("active"),
                    tr("haproxy export: the host that takes traffic (active-backup)."), tr("HOST")),
                QCommandLineOption(QStringLiteral("balance"),
                    tr("haproxy export: roundrobin (default) or leastconn (balanced)."), tr("ALGO")),
                QCommandLineOption(QStringLiteral("heartbeat"),
                    tr("haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60)."), tr("SECONDS")),
                QCommandLineOption(QStringLiteral("haproxy-version"),
                    tr("haproxy lint: the HAProxy release that will load the file, e.g. 3.0 (default 2.6)."),
                    tr("VERSION")),
                QCommandLineOption(
                    QStringLiteral("management"), tr("haproxy export: also proxy the management UI (15672).")),
                QCommandLineOption(QStringLiteral("bind"),
                    tr("haproxy export: address HAProxy listens on (default: the HAProxy host's address)."),
                    tr("ADDR")),
                QCommandLineOption(QStringLiteral("log"),
                    tr("haproxy export: what follows `log` in global (default \"/dev/log local0\"), or \"none\"."),
                    tr("TARGET")),
                QCommandLineOption(QStringLiteral("yes"),
                    tr("Carry out changes (without it, commands that change hosts only show what they would do).")),
            };
        }
        int run(Context& ctx) override;

    private:
        int runExport(Context& ctx);
        int runLint(Context& ctx);
        int runValidate(Context& ctx);
        int runPush(Context& ctx);
        bool heartbeat(Context& ctx, int* seconds);
        std::optional<QByteArray> readFile(Context& ctx, const QString& path);
        ClusterSnapshot snapshot(const ClusterProfile& profile);
    };

    int HaproxyCommand::run(Context& ctx)
    {
        const QString sub = ctx.args.value(0);
        if (sub == QLatin1String("export"))
            return runExport(ctx);
        if (sub == QLatin1String("lint"))
            return runLint(ctx);
        if (sub == QLatin1String("validate"))
            return runValidate(ctx);
        if (sub == QLatin1String("push"))
            return runPush(ctx);
        ctx.err(tr("usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)"));
        return Usage;
    }

    bool HaproxyCommand::heartbeat(Context& ctx, int* seconds)
    {
        *seconds = 60;
        if (!ctx.parser.isSet(QStringLiteral("heartbeat")))
            return true;
        bool ok = false;
        *seconds = ctx.parser.value(QStringLiteral("heartbeat")).toInt(&ok);
        if (!ok || *seconds < 0 || *seconds > 86400) {
            ctx.err(tr("--heartbeat takes a number of seconds (0–86400)"));
            return false;
        }
        return true;
    }

    std::optional<QByteArray> HaproxyCommand::readFile(Context& ctx, const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.err(tr("cannot read %1: %2").arg(path, f.errorString()));
            return std::nullopt;
        }
        // Read at most one byte past the bound: the parser reports the rest as unread.
        return f.read(kMaxFileBytes);
    }

    ClusterSnapshot HaproxyCommand::snapshot(const ClusterProfile& profile)
    {
        StatusCollector collector(profile);
        return collector.collect();
    }

    int HaproxyCommand::runExport(Context& ctx)
    {
        if (!ctx.profile) {
            ctx.err(tr("--cluster PROFILE.json is required for \"haproxy export\""));
            return Usage;
        }
        HaproxyExportOptions o;
        if (ctx.parser.isSet(QStringLiteral("layout"))
            && !HaproxyExportOptions::layoutFromKey(ctx.parser.value(QStringLiteral("layout")), &o.layout)) {
            ctx.err(tr("unknown layout \"%1\" (use active-backup or balanced)")
                        .arg(ctx.parser.value(QStringLiteral("layout"))));
            return Usage;
        }
        o.active = ctx.parser.value(QStringLiteral("active"));
        if (ctx.parser.isSet(QStringLiteral("balance")))
            o.balance = ctx.parser.value(QStringLiteral("balance"));
        o.management = ctx.parser.isSet(QStringLiteral("management"));
        o.bindAddress = ctx.parser.value(QStringLiteral("bind"));
        if (ctx.parser.isSet(QStringLiteral("log")))
            o.logTarget = ctx.parser.value(QStringLiteral("log")) == QLatin1String("none")
                ? QString()
                : ctx.parser.value(QStringLiteral("log"));
        o.generator = QStringLiteral("warrenctl %1").arg(QCoreApplication::applicationVersion());
        if (!heartbeat(ctx, &o.heartbeatSeconds))
            return Usage;
        const ClusterSnapshot snap = snapshot(*ctx.profile);
        const auto text = HaproxyExport::generate(*ctx.profile, snap.hasNodes() ? &snap : nullptr, o);
        if (!text.ok()) {
            ctx.err(text.error().toString());
            return Usage;
        }
        ctx.out(text.value());
        return Ok;
    }

    int HaproxyCommand::runLint(Context& ctx)
    {
        const QString path = ctx.args.value(1);
        if (path.isEmpty()) {
            ctx.err(tr("usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS] "
                       "[--haproxy-version VERSION]"));
            return Usage;
        }
        HaproxyLintContext lc;
        if (!heartbeat(ctx, &lc.heartbeatSeconds))
            return Usage;
        if (ctx.parser.isSet(QStringLiteral("haproxy-version"))) {
            lc.haproxyVersion = HaproxyLint::versionFromText(ctx.parser.value(QStringLiteral("haproxy-version")));
            if (lc.haproxyVersion < 0) {
                ctx.err(tr("--haproxy-version takes a release such as 2.6 or 3.0"));
                return Usage;
            }
        }
        const auto data = readFile(ctx, path);
        if (!data)
            return Usage;
        if (ctx.profile) {
            lc.profile = *ctx.profile;
            const ClusterSnapshot snap = snapshot(*ctx.profile);
            if (snap.hasNodes())
                lc.snapshot = snap;
        }
        const auto findings = HaproxyLint::lint(HaproxyConfig::parse(*data), lc);
        int counts[3] = { 0, 0, 0 };
        for (const auto& f : findings)
            ++counts[int(f.severity)];
        if (ctx.format == QLatin1String("json")) {
            QJsonArray arr;
            for (const auto& f : findings)
                arr.append(f.toJson());
            const QJsonObject root { { QStringLiteral("file"), path }, { QStringLiteral("findings"), arr },
                { QStringLiteral("errors"), counts[int(HaproxyFinding::Severity::Error)] },
                { QStringLiteral("warnings"), counts[int(HaproxyFinding::Severity::Warning)] },
                { QStringLiteral("infos"), counts[int(HaproxyFinding::Severity::Info)] } };
            ctx.out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        } else {
            for (const auto& f : findings) {
                const QString severity = f.severity == HaproxyFinding::Severity::Error ? tr("error")
                    : f.severity == HaproxyFinding::Severity::Warning                  ? tr("warning")
                                                                                       : tr("info");
                // One string for the label and the fix: a full-width colon takes no space after it.
                ctx.out(QStringLiteral("%1:%2: %3 %4: %5\n    %6\n")
                            .arg(path)
                            .arg(f.line)
                            .arg(severity, f.code, f.message, tr("fix: %1").arg(f.fix)));
            }
            ctx.out(tr("%1: %2 error(s), %3 warning(s), %4 note(s)")
                        .arg(path)
                        .arg(counts[int(HaproxyFinding::Severity::Error)])
                        .arg(counts[int(HaproxyFinding::Severity::Warning)])
                        .arg(counts[int(HaproxyFinding::Severity::Info)])
                + QLatin1Char('\n'));
        }
        return HaproxyLint::hasErrors(findings) ? Unreadable : Ok;
    }

    int HaproxyCommand::runValidate(Context& ctx)
    {
        const QString path = ctx.args.value(1);
        if (path.isEmpty()) {
            ctx.err(tr("usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]"));
            return Usage;
        }
        const auto data = readFile(ctx, path);
        if (!data)
            return Usage;
        std::optional<HaproxyValidation> v = HaproxyPush::validateLocally(*data);
        if (!v) {
            if (!ctx.profile) {
                ctx.err(
                    tr("no haproxy binary here; give --cluster PROFILE.json to check on the profile's HAProxy host"));
                return Usage;
            }
            HaproxyPush push(*ctx.profile);
            v = push.validateRemotely(*data);
        }
        const QString where = v->where == QLatin1String("local") ? tr("this machine") : v->where;
        if (!v->output.isEmpty())
            ctx.out(v->output + QLatin1Char('\n'));
        if (!v->ok) {
            ctx.err(tr("%1: HAProxy on %2 refuses the file").arg(path, where));
            return Unreadable;
        }
        ctx.out(tr("%1: valid (haproxy -c on %2)").arg(path, where) + QLatin1Char('\n'));
        return Ok;
    }

    int HaproxyCommand::runPush(Context& ctx)
    {
        const QString path = ctx.args.value(1);
        if (path.isEmpty() || !ctx.profile) {
            ctx.err(tr("usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]"));
            return Usage;
        }
        const auto data = readFile(ctx, path);
        if (!data)
            return Usage;
        if (data->size() >= kMaxFileBytes) {
            ctx.err(tr("%1 is too large for a haproxy.cfg").arg(path));
            return Usage;
        }
        HaproxyPush push(*ctx.profile);
        if (const QString problem = push.profileProblem(); !problem.isEmpty()) {
            ctx.err(problem);
            return Usage;
        }
        QString error;
        const auto current = push.readCurrent(&error);
        if (!current) {
            ctx.err(error);
            return Unreadable;
        }
        const QString remoteName = QStringLiteral("%1:%2").arg(push.hostName(), push.configPath());
        const QString diff = unifiedDiff(QString::fromUtf8(*current), QString::fromUtf8(*data), remoteName, path);
        if (diff.isEmpty())
            ctx.out(tr("%1 already has this content.").arg(remoteName) + QLatin1Char('\n'));
        else
            ctx.out(diff);
        HaproxyLintContext lc;
        lc.profile = *ctx.profile;
        const auto findings = HaproxyLint::lint(HaproxyConfig::parse(*data), lc);
        for (const auto& f : findings) {
            if (f.severity == HaproxyFinding::Severity::Error)
                ctx.err(tr("lint: line %1: %2 %3").arg(f.line).arg(f.code, f.message));
        }
        if (!ctx.parser.isSet(QStringLiteral("yes"))) {
            ctx.out(QLatin1Char('\n') + tr("With --yes, warrenctl would:") + QLatin1Char('\n'));
            int n = 0;
            for (const auto& s : push.plan())
                ctx.out(QStringLiteral("  %1. %2\n").arg(++n).arg(s));
            ctx.out(tr("Nothing was changed.") + QLatin1Char('\n'));
            return Ok;
        }
        const auto report = push.push(*data, [&](const QString& line) { ctx.out(QStringLiteral("* %1\n").arg(line)); });
        if (!report.ok) {
            ctx.err(report.restored ? tr("push failed and the previous file was restored: %1").arg(report.error)
                                    : tr("push failed: %1").arg(report.error));
            return Unreadable;
        }
        for (const auto& s : report.servers)
            ctx.out(QStringLiteral("  %1/%2 %3 %4 %5\n")
                        .arg(s.proxy, s.name, s.address, s.backup ? tr("backup") : tr("active"), s.status));
        return Ok;
    }

} // namespace

std::unique_ptr<Command> makeHaproxyCommand()
{
    return std::make_unique<HaproxyCommand>();
}

} // namespace warren::ctl
