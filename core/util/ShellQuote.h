#pragma once

#include <QByteArray>
#include <QList>
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
//
// Quoting alone is not enough in two cases, which refusal() catches before anything runs:
// - A value (a node, host, vhost or queue name, a path: anything from the profile, the user or
//   the cluster) that starts with '-' would be read as an option by the remote program, unless a
//   "--" precedes it. Values are marked with value() (or listed in `values`).
// - Debian's /usr/sbin/rabbitmqctl (and rabbitmq-diagnostics, -queues, -upgrade, -streams: one
//   wrapper script) re-quotes its arguments in double quotes, escaping only '"', and runs them
//   through `su rabbitmq -c`: a correctly quoted `$(...)`, backtick or backslash is interpreted
//   there. Such characters (and control characters) are refused in every argument of those
//   programs. RabbitMQ's node names never contain them.
struct RemoteCommand
{
    RemoteCommand() = default;
    RemoteCommand(QStringList a, bool priv = false)
        : argv(std::move(a))
        , privileged(priv)
    {
    }

    QStringList argv;
    bool privileged = false;
    QList<int> values; // indexes into argv of user-, profile- or cluster-supplied values
    // Written to the command's standard input (data that is not secret, e.g. a HAProxy Runtime API
    // command line: never pasted into the command line). Shown by display() as a here-string.
    QByteArray input;

    RemoteCommand& arg(const QString& a)
    {
        argv << a;
        return *this;
    }
    RemoteCommand& value(const QString& v)
    {
        values << int(argv.size());
        argv << v;
        return *this;
    }

    // Empty when the command may run; otherwise a translated sentence saying which argument is
    // refused and why.
    QString refusal() const;
    // The command line that runs. A refused command becomes one that only prints the refusal on
    // stderr and exits 125, so nothing hostile reaches the host even if a caller forgot to ask.
    QString toShell(bool useSudo) const;
    // What the user is shown: the command exactly as it would run (refused or not).
    QString display(bool useSudo) const;
};

// Programs installed as Debian's re-quoting wrapper (see RemoteCommand).
bool isRabbitWrapper(const QString& program);
// Whether a value can pass through that wrapper unchanged and uninterpreted.
bool wrapperSafe(const QString& value);

} // namespace warren
