#pragma once

#include "util/ShellQuote.h"

#include <QByteArray>
#include <QString>

namespace warren {

struct RemoteResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString transportError; // non-empty: the command may not have run (SSH failed, cancelled)
    bool ok() const { return transportError.isEmpty() && exitCode == 0; }
};

// The seam between operations and hosts: runs one RemoteCommand on a named host. The SSH
// implementation is tested against the lab; tests of plans and the runner use a fake.
class RemoteExecutor
{
public:
    virtual ~RemoteExecutor() = default;
    // stdinData is written to the command's standard input (e.g. a secret: never on a command line).
    virtual RemoteResult run(
        const QString& host, const RemoteCommand& command, int timeoutMs, const QByteArray& stdinData = {})
        = 0;
    // Whether privileged commands go through `sudo -n --` (the profile says so).
    virtual bool useSudo() const = 0;
    QString display(const RemoteCommand& command) const { return command.display(useSudo()); }
};

} // namespace warren
