#include "Command.h"
#include "TextTable.h"
#include "model/ClusterSnapshot.h"
#include "queues/QueueCollector.h"
#include "queues/QueueExport.h"
#include "queues/QueueFilter.h"

namespace warren::ctl {

namespace {

    class QueuesCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("queues"); }
        QString synopsis() const override { return tr("every queue with its home node and mirrors/members, per node"); }
        // "text" is the global default and means the table.
        QStringList formats() const override
        {
            return { QStringLiteral("text"), QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json") };
        }
        QList<QCommandLineOption> options() const override
        {
            return { QCommandLineOption(QStringLiteral("filter"),
                         tr("queues: only queues whose name matches this regular expression."), tr("REGEX")),
                QCommandLineOption(QStringLiteral("problems"),
                    tr("queues: only queues that are not fully synchronised, whose home node is down, or that have no "
                       "mirror under an HA policy; on RabbitMQ 4.x also quorum queues without a leader or below "
                       "their target size, and streams without a replica on a node.")),
                QCommandLineOption(
                    QStringLiteral("vhost"), tr("queues: only queues of this virtual host."), tr("VHOST")),
                QCommandLineOption(QStringLiteral("placement-only"),
                    tr("queues: ask without statistics: home node, mirrors/members and their sync state, no message "
                       "counters (several times cheaper for the broker at thousands of queues).")),
                QCommandLineOption(QStringLiteral("source"),
                    tr("queues: where to read: auto (the management API, rabbitmqctl over SSH when no API answers), "
                       "api, or ssh (rabbitmqctl list_queues: the broker's own records; the API lists a stream's "
                       "replicas from statistics that can lag a minute behind)."),
                    tr("SOURCE"), QStringLiteral("auto")) };
        }
        int run(Context& ctx) override;

    private:
        static QString cell(const QueueInfo& q, const QString& node, const QueueSnapshot& snap);
    };

    QString QueuesCommand::cell(const QueueInfo& q, const QString& node, const QueueSnapshot& snap)
    {
        switch (roleOn(q, node)) {
        case QueueRole::Home:
            if (q.leaderless)
                return tr("NOLEADER", "quorum queue: the last leader's node; no leader is elected");
            if (q.type == QueueType::Classic && !snap.hasClassicMirroring())
                return tr("home", "classic queue's node (RabbitMQ 4.x, no mirrors)");
            return q.type == QueueType::Quorum || q.type == QueueType::Stream ? tr("leader", "quorum queue leader")
                                                                              : tr("master", "classic queue master");
        case QueueRole::Synchronised:
            return q.type == QueueType::Quorum || q.type == QueueType::Stream ? tr("online", "quorum member in sync")
                                                                              : tr("synced", "mirror is synchronised");
        case QueueRole::Unsynchronised:
            return q.type == QueueType::Quorum || q.type == QueueType::Stream
                ? tr("OFFLINE", "quorum member not online")
                : tr("UNSYNCED", "mirror is not synchronised");
        case QueueRole::Absent:
            if (q.type == QueueType::Stream && snap.missingStreamReplicas(q).contains(node))
                return tr("MISSING", "stream: no replica on this cluster node");
            break;
        }
        return QStringLiteral("-");
    }

    int QueuesCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        QueueFilter filter;
        filter.text = ctx.parser.value(QStringLiteral("filter"));
        filter.regex = true;
        filter.vhost = ctx.parser.value(QStringLiteral("vhost"));
        filter.problemsOnly = ctx.parser.isSet(QStringLiteral("problems"));
        QString filterError;
        if (!filter.compile(&filterError)) {
            ctx.err(filterError);
            return Usage;
        }

        const bool placementOnly = ctx.parser.isSet(QStringLiteral("placement-only"));
        QueueCollector::Options options;
        const QString source = ctx.parser.value(QStringLiteral("source"));
        if (source == QLatin1String("api"))
            options.source = QueueCollector::Source::ApiOnly;
        else if (source == QLatin1String("ssh"))
            options.source = QueueCollector::Source::SshOnly;
        else if (source != QLatin1String("auto")) {
            ctx.err(tr("unknown --source %1: use auto, api or ssh").arg(source));
            return Usage;
        }
        if (placementOnly)
            options.counters = QueueCollector::Counters::Skip;
        QueueCollector collector(profile, options);
        const QueueSnapshot snap = collector.collect();
        if (!collector.ok()) {
            ctx.err(tr("cannot read the queues of cluster %1: %2").arg(profile.name, collector.errorSummary()));
            return Unreadable;
        }
        if (snap.countersSkipped && !placementOnly) {
            // The counters were asked for and are missing: say why once (the output keeps its shape).
            for (const auto& s : snap.sources) {
                if (s.ok && !s.error.isEmpty())
                    ctx.err(s.error);
            }
        }
        const QList<qsizetype> rows = filter.apply(snap);

        if (ctx.format == QLatin1String("csv")) {
            ctx.out(QString::fromUtf8(QueueExport::toCsv(snap, rows)));
            return Ok;
        }
        if (ctx.format == QLatin1String("json")) {
            ctx.out(QString::fromUtf8(QueueExport::toJson(snap, rows)));
            return Ok;
        }

        const QStringList nodes = snap.nodes();
        QStringList header { tr("VHOST"), tr("NAME"), tr("TYPE") };
        for (const auto& n : nodes) {
            header << (snap.isNodeDown(n) ? tr("%1 (down)", "node is down").arg(hostOfNode(n)) : hostOfNode(n));
        }
        // Without statistics the counter columns would be all "?": leave them out.
        const bool counters = !snap.countersSkipped;
        if (counters)
            header << tr("READY") << tr("UNACKED") << tr("CONSUMERS");
        header << tr("STATE");
        TextTable table(header);
        auto count = [](qint64 v) { return v < 0 ? QStringLiteral("?") : QString::number(v); };
        for (const qsizetype row : rows) {
            const QueueInfo& q = snap.at(row);
            QStringList cells { q.vhost, q.name, queueTypeKey(q.type) };
            for (const auto& n : nodes)
                cells << cell(q, n, snap);
            if (counters)
                cells << count(q.messagesReady) << count(q.messagesUnacknowledged) << count(q.consumers);
            cells << q.state;
            table.addRow(cells);
        }
        ctx.out(table.render());
        const auto s = snap.summary();
        QString line;
        if (snap.hasClassicMirroring()) {
            line = tr("%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of "
                      "sync, %5 on a node that is down, %6 unreplicated classic.")
                       .arg(s.total)
                       .arg(rows.size())
                       .arg(s.fullySynchronised)
                       .arg(s.outOfSync)
                       .arg(s.homeNodeDown)
                       .arg(s.unreplicated);
        } else {
            line = tr("%1 queues (%2 shown): %3 replicated with every member online, %4 with a member not online, %5 "
                      "on a node that is down, %6 classic (RabbitMQ %7 has no mirrors).")
                       .arg(s.total)
                       .arg(rows.size())
                       .arg(s.fullySynchronised)
                       .arg(s.outOfSync)
                       .arg(s.homeNodeDown)
                       .arg(s.unreplicated)
                       .arg(snap.brokerVersion());
        }
        ctx.out(line + QLatin1Char('\n'));
        return Ok;
    }

} // namespace

std::unique_ptr<Command> makeQueuesCommand()
{
    return std::make_unique<QueuesCommand>();
}

} // namespace warren::ctl
