#include "Command.h"
#include "TextTable.h"
#include "status/ConnectionTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warren::ctl {

namespace {

    class CheckCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("check"); }
        QString synopsis() const override { return tr("test SSH and API access to every host"); }
        int run(Context& ctx) override;
    };

    int CheckCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        const QString& format = ctx.format;
        const auto results = testConnections(profile);
        int exit = Ok;
        TextTable table({ tr("HOST"), tr("ADDRESS"), tr("SSH"), tr("API") });
        QJsonArray array;
        for (const auto& r : results) {
            if (r.hostKey.state == HostKeyInfo::State::Unknown
                || r.hostKey.state == HostKeyInfo::State::NoKnownHostsFile
                || r.hostKey.state == HostKeyInfo::State::Changed)
                exit = HostKey;
            else if ((!r.sshOk || (r.apiTested && !r.apiOk)) && exit == Ok)
                exit = Unreadable;
            table.addRow({ r.host, r.address, r.sshMessage, r.apiTested ? r.apiMessage : QStringLiteral("-") });
            QJsonObject o;
            o.insert(QStringLiteral("host"), r.host);
            o.insert(QStringLiteral("address"), r.address);
            o.insert(QStringLiteral("ssh_ok"), r.sshOk);
            o.insert(QStringLiteral("ssh_message"), r.sshMessage);
            o.insert(QStringLiteral("host_key_fingerprint"), r.hostKey.fingerprint);
            o.insert(QStringLiteral("host_key_type"), r.hostKey.type);
            static const char* states[] = { "known", "unknown", "changed", "unknown", "error" };
            o.insert(QStringLiteral("host_key_state"), QLatin1String(states[int(r.hostKey.state)]));
            if (r.apiTested) {
                o.insert(QStringLiteral("api_ok"), r.apiOk);
                o.insert(QStringLiteral("api_message"), r.apiMessage);
            }
            array.append(o);
        }
        if (format == QLatin1String("json"))
            ctx.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        else
            ctx.out(table.render());
        return exit;
    }

    class HostkeyCommand final : public Command
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    public:
        QString name() const override { return QStringLiteral("hostkey"); }
        QString synopsis() const override
        {
            return tr("accept HOST SHA256:…: trust a host key after checking its fingerprint");
        }
        int run(Context& ctx) override;
    };

    int HostkeyCommand::run(Context& ctx)
    {
        const ClusterProfile& profile = *ctx.profile;
        const QStringList& rest = ctx.args;
        if (rest.size() != 3 || rest[0] != QLatin1String("accept")) {
            ctx.err(tr("usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT"));
            return Usage;
        }
        const HostProfile* host = profile.host(rest[1]);
        if (!host) {
            ctx.err(tr("no host \"%1\" in profile %2").arg(rest[1], profile.name));
            return Usage;
        }
        QString error;
        if (!acceptHostKey(profile, *host, rest[2], &error)) {
            ctx.err(error);
            return HostKey;
        }
        ctx.out(tr("host key of %1 recorded in %2").arg(host->name, profile.ssh.knownHosts) + QLatin1Char('\n'));
        return Ok;
    }

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

std::unique_ptr<Command> makeHostkeyCommand()
{
    return std::make_unique<HostkeyCommand>();
}

} // namespace warren::ctl
