#include "ShellQuote.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace warren {

static bool isPlainShellWord(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
            || u == '-' || u == '.' || u == '/' || u == ':' || u == '@' || u == '=' || u == ',' || u == '+';
        if (!plain)
            return false;
    }
    return true;
}

QString shellQuote(const QString& argument)
{
    // Plain words stay readable in the plans Warren shows; everything else is single-quoted.
    if (isPlainShellWord(argument))
        return argument;
    QString out;
    out.reserve(argument.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString shellCommand(const QStringList& argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const auto& a : argv)
        quoted << shellQuote(a);
    return quoted.join(QLatin1Char(' '));
}

bool isRabbitWrapper(const QString& program)
{
    static const QStringList wrapped { QStringLiteral("rabbitmqctl"), QStringLiteral("rabbitmq-diagnostics"),
        QStringLiteral("rabbitmq-queues"), QStringLiteral("rabbitmq-upgrade"), QStringLiteral("rabbitmq-streams"),
        QStringLiteral("rabbitmq-server") };
    const QString base = program.section(QLatin1Char('/'), -1);
    // /usr/lib/rabbitmq/bin/* are the real scripts, not the wrapper.
    return wrapped.contains(base) && !program.startsWith(QLatin1String("/usr/lib/rabbitmq/"));
}

bool wrapperSafe(const QString& value)
{
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (u == '$' || u == '`' || u == '\\' || u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

QString RemoteCommand::refusal() const
{
    if (argv.isEmpty())
        return QCoreApplication::translate("RemoteCommand", "empty command");
    // The "--" that ends the options is one Warren wrote, never a value that happens to be "--"
    // (a vhost named "--" would otherwise pass as its own end-of-options marker).
    int dashes = -1;
    for (int i = 1; i < argv.size() && dashes < 0; ++i) {
        if (argv.at(i) == QLatin1String("--") && !values.contains(i))
            dashes = i;
    }
    for (const int i : values) {
        if (i <= 0 || i >= argv.size())
            continue;
        const QString& v = argv.at(i);
        if (v.startsWith(QLatin1Char('-')) && (dashes < 0 || dashes > i))
            return QCoreApplication::translate("RemoteCommand",
                "refused to run %1: the value \"%2\" starts with '-' and %1 would read it as an option")
                .arg(argv.first().section(QLatin1Char('/'), -1), v);
    }
    if (isRabbitWrapper(argv.first())) {
        for (int i = 1; i < argv.size(); ++i) {
            if (!wrapperSafe(argv.at(i))) {
                QString shown = argv.at(i);
                for (QChar& c : shown) {
                    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                        c = QChar(0xfffd);
                }
                return QCoreApplication::translate("RemoteCommand",
                    "refused to run %1: the value \"%2\" contains $, a backtick, a backslash or a control character, "
                    "which the rabbitmqctl wrapper of Debian and Ubuntu packages would hand to a shell")
                    .arg(argv.first().section(QLatin1Char('/'), -1), shown);
            }
        }
    }
    return {};
}

QString RemoteCommand::display(bool useSudo) const
{
    const QString line = privileged && useSudo
        ? shellCommand(QStringList { QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("--") } + argv)
        : shellCommand(argv);
    if (input.isEmpty())
        return line;
    QString data = QString::fromUtf8(input);
    if (data.endsWith(QLatin1Char('\n')))
        data.chop(1);
    return line + QStringLiteral(" <<< ") + shellQuote(data);
}

QString RemoteCommand::toShell(bool useSudo) const
{
    const QString why = refusal();
    if (!why.isEmpty()) {
        return shellCommand({ QStringLiteral("printf"), QStringLiteral("%s\\n"), QStringLiteral("warren: ") + why })
            + QStringLiteral(" >&2; exit 125");
    }
    if (privileged && useSudo)
        return shellCommand(QStringList { QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("--") } + argv);
    return shellCommand(argv);
}

} // namespace warren
