// warrenctl: the headless CLI over Warren's core, for scripts and tests.
#include "ctl/TextTable.h"
#include "profile/ClusterProfile.h"
#include "status/ConnectionTest.h"
#include "status/StatusCollector.h"
#include "util/Translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace warren;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Ok = 0, Unreadable = 1, Usage = 2, HostKey = 3 };

    int run(const QStringList& args);

private:
    int status(const ClusterProfile& profile, const QString& format);
    int check(const ClusterProfile& profile, const QString& format);
    int hostkey(const ClusterProfile& profile, const QStringList& rest);
    void out(const QString& text) { m_out << text; m_out.flush(); }
    void err(const QString& text) { m_err << QStringLiteral("warrenctl: ") << text << Qt::endl; }

    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

QString yesNo(bool v)
{
    return v ? Cli::tr("yes") : Cli::tr("no");
}

int Cli::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Warren command line: administer RabbitMQ clusters behind HAProxy.\n\n"
                                        "Commands:\n"
                                        "  status                       nodes, partitions and HAProxy servers\n"
                                        "  check                        test SSH and API access to every host\n"
                                        "  hostkey accept HOST SHA256:…  trust a host key after checking its fingerprint"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption clusterOpt(QStringLiteral("cluster"), tr("Cluster profile (JSON) to use."), tr("PROFILE"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"),
        QStringLiteral("text"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of messages: en or zh_CN."), tr("LANG"));
    parser.addOptions({clusterOpt, formatOpt, langOpt});
    parser.addPositionalArgument(QStringLiteral("command"), tr("status, check or hostkey"));
    if (!parser.parse(args)) {
        err(parser.errorText());
        return Usage;
    }
    if (parser.isSet(langOpt))
        Translator::apply(parser.value(langOpt));
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("warrenctl %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err(tr("no command given; try --help"));
        return Usage;
    }
    const QString format = parser.value(formatOpt);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err(tr("unknown format \"%1\" (use text or json)").arg(format));
        return Usage;
    }
    if (!parser.isSet(clusterOpt)) {
        err(tr("--cluster PROFILE.json is required for \"%1\"").arg(positional.first()));
        return Usage;
    }
    const auto profile = ClusterProfile::load(parser.value(clusterOpt));
    if (!profile.ok()) {
        err(tr("cannot use profile %1: %2").arg(parser.value(clusterOpt), profile.error().toString()));
        return Usage;
    }
    const QString command = positional.first();
    if (command == QLatin1String("status"))
        return status(profile.value(), format);
    if (command == QLatin1String("check"))
        return check(profile.value(), format);
    if (command == QLatin1String("hostkey"))
        return hostkey(profile.value(), positional.mid(1));
    err(tr("unknown command \"%1\"; try --help").arg(command));
    return Usage;
}

int Cli::status(const ClusterProfile& profile, const QString& format)
{
    StatusCollector collector(profile);
    const ClusterSnapshot snap = collector.collect();
    for (const auto& k : collector.unknownHostKeys())
        err(tr("unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4")
                .arg(k.host, k.address, k.key.type, k.key.fingerprint, profile.filePath));
    if (!snap.hasNodes()) {
        QStringList reasons;
        for (const auto& s : snap.sources) {
            if (!s.ok)
                reasons << QStringLiteral("%1: %2").arg(s.source, s.error);
        }
        err(tr("cannot read cluster %1: %2").arg(profile.name, reasons.join(QStringLiteral("; "))));
        if (format == QLatin1String("json"))
            out(QString::fromUtf8(QJsonDocument(snap.toJson()).toJson(QJsonDocument::Indented)));
        return Unreadable;
    }
    if (format == QLatin1String("json")) {
        out(QString::fromUtf8(QJsonDocument(snap.toJson()).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    const QString via = snap.via == QLatin1String("api") ? tr("management API") : tr("SSH (rabbitmqctl)");
    out(tr("Cluster %1 — read via %2%3, %4").arg(profile.name, via,
        snap.rabbitVersion.isEmpty() ? QString() : tr(", RabbitMQ %1").arg(snap.rabbitVersion),
        QLocale().toString(snap.takenAt.toLocalTime(), QLocale::ShortFormat)) + QLatin1Char('\n'));
    TextTable nodes({tr("NODE"), tr("TYPE"), tr("STATE"), tr("ALARMS"), tr("PARTITIONED FROM")});
    for (const auto& n : snap.nodes) {
        QStringList alarms;
        if (n.memoryAlarm)
            alarms << tr("memory");
        if (n.diskAlarm)
            alarms << tr("disk");
        const QString type = n.type == NodeType::Disc ? tr("disc", "RabbitMQ node type")
            : n.type == NodeType::Ram                 ? tr("ram", "RabbitMQ node type")
                                                      : tr("unknown");
        nodes.addRow({n.name, type, n.running ? tr("running") : tr("stopped"),
            alarms.isEmpty() ? QStringLiteral("-") : alarms.join(QLatin1Char(',')),
            n.partitions.isEmpty() ? QStringLiteral("-") : n.partitions.join(QLatin1Char(','))});
    }
    out(nodes.render());
    if (snap.partitions.isEmpty()) {
        out(tr("Partitions: none") + QLatin1Char('\n'));
    } else {
        QStringList groups;
        for (const auto& g : snap.partitions)
            groups << QLatin1Char('[') + g.join(QStringLiteral(", ")) + QLatin1Char(']');
        out(tr("PARTITIONED into %n group(s) that cannot see each other: %1", nullptr, int(snap.partitions.size()))
                .arg(groups.join(QStringLiteral("  "))) + QLatin1Char('\n'));
    }
    if (!snap.haproxyServers.isEmpty()) {
        out(QLatin1Char('\n') + tr("HAProxy servers") + QLatin1Char('\n'));
        TextTable servers({tr("PROXY"), tr("SERVER"), tr("ADDRESS"), tr("ROLE"), tr("STATUS"), tr("LAST CHECK"), tr("SESSIONS")});
        for (const auto& s : snap.haproxyServers)
            servers.addRow({s.proxy, s.name, s.address.isEmpty() ? QStringLiteral("-") : s.address,
                s.backup ? tr("backup") : tr("active"), s.status, s.checkStatus.isEmpty() ? QStringLiteral("-") : s.checkStatus,
                QString::number(s.currentSessions)});
        out(servers.render());
    }
    QStringList problems;
    for (const auto& s : snap.sources) {
        if (!s.ok)
            problems << QStringLiteral("  %1: %2").arg(s.source, s.error);
    }
    if (!problems.isEmpty())
        out(QLatin1Char('\n') + tr("Sources that did not answer:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return Ok;
}

int Cli::check(const ClusterProfile& profile, const QString& format)
{
    const auto results = testConnections(profile);
    int exit = Ok;
    TextTable table({tr("HOST"), tr("ADDRESS"), tr("SSH"), tr("API")});
    QJsonArray array;
    for (const auto& r : results) {
        if (r.hostKey.state == HostKeyInfo::State::Unknown || r.hostKey.state == HostKeyInfo::State::NoKnownHostsFile
            || r.hostKey.state == HostKeyInfo::State::Changed)
            exit = HostKey;
        else if ((!r.sshOk || (r.apiTested && !r.apiOk)) && exit == Ok)
            exit = Unreadable;
        table.addRow({r.host, r.address, r.sshMessage, r.apiTested ? r.apiMessage : QStringLiteral("-")});
        QJsonObject o;
        o.insert(QStringLiteral("host"), r.host);
        o.insert(QStringLiteral("address"), r.address);
        o.insert(QStringLiteral("ssh_ok"), r.sshOk);
        o.insert(QStringLiteral("ssh_message"), r.sshMessage);
        o.insert(QStringLiteral("host_key_fingerprint"), r.hostKey.fingerprint);
        o.insert(QStringLiteral("host_key_type"), r.hostKey.type);
        static const char* states[] = {"known", "unknown", "changed", "unknown", "error"};
        o.insert(QStringLiteral("host_key_state"), QLatin1String(states[int(r.hostKey.state)]));
        if (r.apiTested) {
            o.insert(QStringLiteral("api_ok"), r.apiOk);
            o.insert(QStringLiteral("api_message"), r.apiMessage);
        }
        array.append(o);
    }
    if (format == QLatin1String("json"))
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        out(table.render());
    return exit;
}

int Cli::hostkey(const ClusterProfile& profile, const QStringList& rest)
{
    if (rest.size() != 3 || rest[0] != QLatin1String("accept")) {
        err(tr("usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT"));
        return Usage;
    }
    const HostProfile* host = profile.host(rest[1]);
    if (!host) {
        err(tr("no host \"%1\" in profile %2").arg(rest[1], profile.name));
        return Usage;
    }
    QString error;
    if (!acceptHostKey(profile, *host, rest[2], &error)) {
        err(error);
        return HostKey;
    }
    out(tr("host key of %1 recorded in %2").arg(host->name, profile.ssh.knownHosts) + QLatin1Char('\n'));
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Warren"));
    QCoreApplication::setApplicationName(QStringLiteral("warrenctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARREN_VERSION));
    Translator::apply(Translator::languageForLocale(QLocale::system()));
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
