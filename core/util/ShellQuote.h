#pragma once

#include <QString>
#include <QStringList>

namespace warren {

// The one function through which every remote command is built. Each argument is quoted for a
// POSIX shell (single quotes, with ' written as '\''), so nothing user-supplied is ever parsed
// by the remote shell: not $(...), backticks, ;, |, &, newlines, globs or spaces.
QString shellQuote(const QString& argument);

// A command line for a POSIX shell from an argument vector. The program (argv[0]) is quoted
// too. Callers that pass user-supplied values which could start with '-' put "--" before them
// where the remote program supports it; see RemoteCommand.
QString shellCommand(const QStringList& argv);

// A remote command: argv plus whether it needs privileges (run through `sudo -n --` when the
// profile says so). Building the string goes through shellCommand() only.
struct RemoteCommand
{
    QStringList argv;
    bool privileged = false;

    QString toShell(bool useSudo) const;
    QString display(bool useSudo) const { return toShell(useSudo); } // what the user is shown
};

} // namespace warren
