// warrenctl: the headless CLI over Warren's core, for scripts and tests. Each command lives in
// ctl/ and is listed in ctl/Commands.cpp.
#include "WarrenGitRevision.h"
#include "ctl/Command.h"
#include "util/Translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <csignal>

using namespace warren;
using namespace warren::ctl;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    int run(const QStringList& args);

private:
    QTextStream m_out { stdout };
    QTextStream m_err { stderr };
    void err(const QString& text) { m_err << QStringLiteral("warrenctl: ") << text << Qt::endl; }
};

int Cli::run(const QStringList& args)
{
    const auto commands = allCommands();
    // --lang must act before any help text is translated.
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang"))
            Translator::apply(args[i + 1]);
        else if (args[i].startsWith(QLatin1String("--lang=")))
            Translator::apply(args[i].mid(7));
    }
    QString help = tr("Warren command line: administer RabbitMQ clusters behind HAProxy.") + QStringLiteral("\n\n")
        + tr("Commands:") + QLatin1Char('\n');
    for (const auto& c : commands)
        help += QStringLiteral("  %1  %2\n").arg(c->name(), -10).arg(c->synopsis());

    QCommandLineParser parser;
    parser.setApplicationDescription(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption clusterOpt(QStringLiteral("cluster"), tr("Cluster profile (JSON) to use."), tr("PROFILE"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), tr("Output format (text, json, …; see each command)."),
        tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of messages: en or zh_CN."), tr("LANG"));
    parser.addOptions({ clusterOpt, formatOpt, langOpt });
    QStringList seen;
    for (const auto& c : commands) {
        for (const auto& o : c->options()) {
            if (!seen.contains(o.names().first())) {
                parser.addOption(o);
                seen << o.names().first();
            }
        }
    }
    parser.addPositionalArgument(QStringLiteral("command"), tr("the command to run"));
    if (!parser.parse(args)) {
        err(parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("warrenctl %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err(tr("no command given; try --help"));
        return Usage;
    }
    Command* command = nullptr;
    for (const auto& c : commands) {
        if (c->name() == positional.first())
            command = c.get();
    }
    if (!command) {
        err(tr("unknown command \"%1\"; try --help").arg(positional.first()));
        return Usage;
    }
    const QString format = parser.value(formatOpt);
    if (!command->formats().contains(format)) {
        err(tr("unknown format \"%1\" (use %2)").arg(format, command->formats().join(QStringLiteral(", "))));
        return Usage;
    }
    Context ctx { parser, positional.mid(1), std::nullopt, format, m_out, m_err };
    if (parser.isSet(clusterOpt)) {
        auto profile = ClusterProfile::load(parser.value(clusterOpt));
        if (!profile.ok()) {
            err(tr("cannot use profile %1: %2").arg(parser.value(clusterOpt), profile.error().toString()));
            return Usage;
        }
        ctx.profile = profile.value();
    } else if (command->needsProfile()) {
        err(tr("--cluster PROFILE.json is required for \"%1\"").arg(command->name()));
        return Usage;
    }
    return command->run(ctx);
}

} // namespace

int main(int argc, char** argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Warren"));
    QCoreApplication::setApplicationName(QStringLiteral("warrenctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARREN_VERSION " (git " WARREN_GIT_REVISION ")"));
    Translator::apply(Translator::languageForLocale(QLocale::system()));
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
