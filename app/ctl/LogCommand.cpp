#include "Command.h"
#include "TextTable.h"
#include "ops/OperationLog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace warren::ctl {

namespace {

    // The operation log's last entries: where an operation stopped, including a command that started
    // and never reported back (Warren killed mid-step).
    class LogCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("log"); }
        QString synopsis() const override
        {
            return tr("the operation log's last commands (with --cluster: that cluster's only)");
        }
        QList<QCommandLineOption> options() const override
        {
            return { QCommandLineOption(QStringLiteral("last"), tr("log: how many entries to show (default 20)."),
                tr("N"), QStringLiteral("20")) };
        }
        bool needsProfile() const override { return false; }
        int run(Context& ctx) override;
    };

    int LogCommand::run(Context& ctx)
    {
        bool ok = false;
        const int last = ctx.parser.value(QStringLiteral("last")).toInt(&ok);
        if (!ok || last <= 0) {
            ctx.err(tr("--last must be a positive number"));
            return Usage;
        }
        const OperationLog log;
        if (!QFileInfo::exists(log.path())) {
            if (ctx.format != QLatin1String("json"))
                ctx.out(tr("No operation has run yet: %1 does not exist.").arg(log.path()) + QLatin1Char('\n'));
            return Ok;
        }
        QString error;
        QList<OperationLogEntry> entries = log.readAll(&error);
        if (entries.isEmpty() && !error.isEmpty()) {
            ctx.err(tr("cannot read the operation log %1: %2").arg(log.path(), error));
            return Unreadable;
        }
        if (ctx.profile) {
            const QString cluster = ctx.profile->name;
            entries.removeIf([&](const OperationLogEntry& e) { return e.cluster != cluster; });
        }
        if (entries.size() > last)
            entries = entries.mid(entries.size() - last);
        if (ctx.format == QLatin1String("json")) {
            for (const auto& e : entries)
                ctx.out(
                    QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
            return Ok;
        }
        ctx.out(tr("Operation log: %1").arg(log.path()) + QLatin1Char('\n'));
        TextTable table({ tr("TIME"), tr("CLUSTER"), tr("HOST"), tr("STEP"), tr("RESULT"), tr("COMMAND") });
        for (const auto& e : entries) {
            const QString result = e.interrupted ? tr("INTERRUPTED: started, no result recorded")
                : !e.error.isEmpty()             ? e.error
                                                 : tr("exit %1").arg(e.exitCode);
            table.addRow({ QLocale().toString((e.startedAt.isValid() ? e.startedAt : e.time).toLocalTime(),
                               QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                e.cluster, e.host, e.step, result, e.command });
        }
        ctx.out(table.render());
        return Ok;
    }

} // namespace

std::unique_ptr<Command> makeLogCommand()
{
    return std::make_unique<LogCommand>();
}

} // namespace warren::ctl
