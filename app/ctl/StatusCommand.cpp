#include "Command.h"
#include "TextTable.h"
#include "parse/BrokerParsers.h"
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

    private:
        static QString raftStateText(const QString& state);
        static QString brokerText(const ClusterSnapshot& snap);
    };

    QString StatusCommand::raftStateText(const QString& state)
    {
        if (state == QLatin1String("leader"))
            return tr("leader", "Raft state");
        if (state == QLatin1String("follower"))
            return tr("follower", "Raft state");
        if (state == QLatin1String("candidate"))
            return tr("candidate", "Raft state");
        return state;
    }

    // Version, metadata store, feature flags and deprecated features: what the broker is.
    QString StatusCommand::brokerText(const ClusterSnapshot& snap)
    {
        QString out;
        if (snap.versionsDiffer()) {
            QStringList versions;
            for (const NodeInfo& n : snap.nodes) {
                if (!n.rabbitVersion.isEmpty())
                    versions << QStringLiteral("%1 %2").arg(n.name, n.rabbitVersion);
            }
            out += tr("RabbitMQ versions differ: %1").arg(versions.join(QStringLiteral(", "))) + QLatin1Char('\n');
        }
        const BrokerFacts& b = snap.broker;
        const MetadataStoreStatus& m = b.metadata;
        if (m.store != MetadataStore::Unknown) {
            QString line = tr("Metadata store: %1").arg(metadataStoreName(m.store));
            if (m.isKhepri()) {
                line += QStringLiteral(", ")
                    + (m.leader.isEmpty() ? tr("no leader known") : tr("leader %1").arg(m.leader));
                if (m.membersRunning >= 0)
                    line += QStringLiteral(", ")
                        + tr("%1/%2 members running").arg(m.membersRunning).arg(m.members.size()) + QStringLiteral(" (")
                        + (m.majorityUp() ? tr("majority up") : tr("NO MAJORITY: metadata changes are refused"))
                        + QLatin1Char(')');
                if (!m.members.isEmpty())
                    line += QLatin1Char('\n') + tr("Khepri members: %1").arg(m.members.join(QStringLiteral(", ")));
            }
            out += line + QLatin1Char('\n');
            if (!m.error.isEmpty())
                out += tr("Metadata store status unknown: %1").arg(m.error) + QLatin1Char('\n');
        }
        if (b.featureFlagsKnown) {
            const QStringList disabled = b.disabledFlags();
            const QStringList needed = b.flagsNeededBeforeUpgrade();
            if (disabled.isEmpty())
                out += tr("Feature flags: all enabled") + QLatin1Char('\n');
            else
                out += tr("Feature flags disabled: %1").arg(disabled.join(QStringLiteral(", "))) + QLatin1Char('\n');
            if (!needed.isEmpty())
                out += tr("  Enable before upgrading (rabbitmqctl enable_feature_flag all): %1")
                           .arg(needed.join(QStringLiteral(", ")))
                    + QLatin1Char('\n');
        }
        if (b.deprecatedKnown) {
            const QString how = b.deprecatedFoundBy == QLatin1String("api")
                ? tr("as the broker reports them")
                : tr("found by Warren's checks: this release cannot report them");
            if (b.deprecatedInUse.isEmpty()) {
                out += tr("Deprecated features in use: none (%1)").arg(how) + QLatin1Char('\n');
            } else {
                out += tr("Deprecated features in use (%1):").arg(how) + QLatin1Char('\n');
                for (const DeprecatedFeature& d : b.deprecatedInUse) {
                    QString line = QStringLiteral("  ") + d.name;
                    if (!d.where.isEmpty())
                        line += QStringLiteral(" (") + d.where.join(QStringLiteral(", ")) + QLatin1Char(')');
                    out += line + QStringLiteral(": ") + deprecatedFeatureAdvice(d.name) + QLatin1Char('\n');
                }
            }
        }
        return out;
    }

    int StatusCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        const QString& format = ctx.format;
        StatusCollector collector(profile);
        StatusCollector::Checks checks;
        checks.brokerFacts = true; // version, metadata store, feature flags, deprecated features
        const ClusterSnapshot snap = collector.collect(checks);
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
        ctx.out(
            tr("Cluster %1 — read via %2%3, %4")
                .arg(profile.name, via, snap.version().isEmpty() ? QString() : tr(", RabbitMQ %1").arg(snap.version()),
                    QLocale().toString(snap.takenAt.toLocalTime(), QLocale::ShortFormat))
            + QLatin1Char('\n'));
        ctx.out(brokerText(snap));
        const MetadataStoreStatus& store = snap.broker.metadata;
        TextTable nodes({ tr("NODE"), tr("TYPE"), tr("STATE"), tr("ALARMS"), tr("PARTITIONED FROM") });
        for (const auto& n : snap.nodes) {
            QStringList alarms;
            if (n.memoryAlarm)
                alarms << tr("memory");
            if (n.diskAlarm)
                alarms << tr("disk");
            QString type = n.type == NodeType::Disc ? tr("disc", "RabbitMQ node type")
                : n.type == NodeType::Ram           ? tr("ram", "RabbitMQ node type")
                                                    : tr("unknown");
            if (store.isKhepri()) {
                // Khepri has no disc/ram distinction: the node's role in the store's Raft cluster.
                const KhepriMember* m = store.member(n.name);
                type = m ? tr("Khepri %1", "the node's Raft state in the metadata store: leader, follower")
                               .arg(raftStateText(m->raftState))
                         : tr("Khepri member");
            }
            QString state = n.running ? tr("running") : tr("stopped");
            if (n.underMaintenance)
                state += tr(", maintenance", "RabbitMQ node state: drained, serves no clients");
            nodes.addRow({ n.name, type, state, alarms.isEmpty() ? QStringLiteral("-") : alarms.join(QLatin1Char(',')),
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
