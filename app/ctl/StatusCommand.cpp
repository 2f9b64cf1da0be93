#include "Command.h"
#include "TextTable.h"
#include "status/StatusCollector.h"

#include <QJsonDocument>
#include <QLocale>

namespace warren::ctl {

namespace {

    class StatusCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("status"); }
        QString synopsis() const override { return tr("nodes, partitions and HAProxy servers"); }
        int run(Context& ctx) override;
    };

    int StatusCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        const QString& format = ctx.format;
        StatusCollector collector(profile);
        const ClusterSnapshot snap = collector.collect();
        for (const auto& k : collector.unknownHostKeys())
            ctx.err(tr(
                "unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4")
                        .arg(k.host, k.address, k.key.type, k.key.fingerprint, profile.filePath));
        if (!snap.hasNodes()) {
            QStringList reasons;
            for (const auto& s : snap.sources) {
                if (!s.ok)
                    reasons << QStringLiteral("%1: %2").arg(s.source, s.error);
            }
            ctx.err(tr("cannot read cluster %1: %2").arg(profile.name, reasons.join(QStringLiteral("; "))));
            if (format == QLatin1String("json"))
                ctx.out(QString::fromUtf8(QJsonDocument(snap.toJson()).toJson(QJsonDocument::Indented)));
            return Unreadable;
        }
        if (format == QLatin1String("json")) {
            ctx.out(QString::fromUtf8(QJsonDocument(snap.toJson()).toJson(QJsonDocument::Indented)));
            return Ok;
        }
        const QString via = snap.via == QLatin1String("api") ? tr("management API") : tr("SSH (rabbitmqctl)");
        ctx.out(tr("Cluster %1 — read via %2%3, %4")
                    .arg(profile.name, via,
                        snap.rabbitVersion.isEmpty() ? QString() : tr(", RabbitMQ %1").arg(snap.rabbitVersion),
                        QLocale().toString(snap.takenAt.toLocalTime(), QLocale::ShortFormat))
            + QLatin1Char('\n'));
        TextTable nodes({ tr("NODE"), tr("TYPE"), tr("STATE"), tr("ALARMS"), tr("PARTITIONED FROM") });
        for (const auto& n : snap.nodes) {
            QStringList alarms;
            if (n.memoryAlarm)
                alarms << tr("memory");
            if (n.diskAlarm)
                alarms << tr("disk");
            const QString type = n.type == NodeType::Disc ? tr("disc", "RabbitMQ node type")
                : n.type == NodeType::Ram                 ? tr("ram", "RabbitMQ node type")
                                                          : tr("unknown");
            nodes.addRow({ n.name, type, n.running ? tr("running") : tr("stopped"),
                alarms.isEmpty() ? QStringLiteral("-") : alarms.join(QLatin1Char(',')),
                n.partitions.isEmpty() ? QStringLiteral("-") : n.partitions.join(QLatin1Char(',')) });
        }
        ctx.out(nodes.render());
        if (snap.partitions.isEmpty()) {
            ctx.out(tr("Partitions: none") + QLatin1Char('\n'));
        } else {
            QStringList groups;
            for (const auto& g : snap.partitions)
                groups << QLatin1Char('[') + g.join(QStringLiteral(", ")) + QLatin1Char(']');
            ctx.out(
                tr("PARTITIONED into %n group(s) that cannot see each other: %1", nullptr, int(snap.partitions.size()))
                    .arg(groups.join(QStringLiteral("  ")))
                + QLatin1Char('\n'));
        }
        if (!snap.haproxyServers.isEmpty()) {
            ctx.out(QLatin1Char('\n') + tr("HAProxy servers") + QLatin1Char('\n'));
            TextTable servers({ tr("PROXY"), tr("SERVER"), tr("ADDRESS"), tr("ROLE"), tr("STATUS"), tr("LAST CHECK"),
                tr("SESSIONS") });
            for (const auto& s : snap.haproxyServers)
                servers.addRow({ s.proxy, s.name, s.address.isEmpty() ? QStringLiteral("-") : s.address,
                    s.backup ? tr("backup") : tr("active"), s.status,
                    s.checkStatus.isEmpty() ? QStringLiteral("-") : s.checkStatus,
                    QString::number(s.currentSessions) });
            ctx.out(servers.render());
        }
        QStringList problems;
        for (const auto& s : snap.sources) {
            if (!s.ok)
                problems << QStringLiteral("  %1: %2").arg(s.source, s.error);
        }
        if (!problems.isEmpty())
            ctx.out(QLatin1Char('\n') + tr("Sources that did not answer:") + QLatin1Char('\n')
                + problems.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return Ok;
    }

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace warren::ctl
