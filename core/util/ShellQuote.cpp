#include "ShellQuote.h"

namespace warren {

static bool isPlainShellWord(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || u == '_' || u == '-' || u == '.' || u == '/' || u == ':' || u == '@' || u == '=' || u == ',' || u == '+';
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

QString RemoteCommand::toShell(bool useSudo) const
{
    if (privileged && useSudo)
        return shellCommand(QStringList{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("--")} + argv);
    return shellCommand(argv);
}

} // namespace warren
