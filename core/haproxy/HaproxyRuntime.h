#pragma once

#include "model/ClusterSnapshot.h"
#include "util/ShellQuote.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace warren {

// HAProxy's Runtime API on its stats socket, as operations use it (node maintenance): the commands
// and the answers. Every command is `socat - UNIX-CONNECT:SOCKET` on the HAProxy host (the program
// the stats reads already use, so one sudo rule covers both) with the runtime command line on its
// standard input, never on the command line.
namespace HaproxyRuntime {

    // socat - UNIX-CONNECT:SOCKET <<< LINE (privileged). LINE: runtime commands separated by "; ".
    RemoteCommand send(const QString& socket, const QString& line);
    RemoteCommand showStat(const QString& socket);
    // A proxy or server name HAProxy accepts (letters, digits, '.', '_', ':', '-'): nothing else is
    // ever put into a runtime command.
    bool isIdentifier(const QString& name);
    QString serverId(const HaproxyServer& s); // "proxy/server"
    // "set server P/S state STATE; ..." for every server (STATE: ready, drain or maint).
    QString setState(const QList<HaproxyServer>& servers, const QString& state);
    // "shutdown sessions server P/S; ...": closes the servers' client connections at once.
    QString shutdownSessions(const QList<HaproxyServer>& servers);
    // What HAProxy answered to set/shutdown commands: empty when every one succeeded (they print
    // nothing), otherwise its words ("No such server.").
    QString failure(const QByteArray& out);
    // The administrative state `show stat` implies: "maint", "drain" or "ready".
    QString adminState(const HaproxyServer& s);
    // UP with no transition pending (not "UP 1/3"), or not checked.
    bool isSettledUp(const HaproxyServer& s);
    // The servers of `all` whose state is not `state` (after parsing `show stat`); *why lists them.
    QList<HaproxyServer> notIn(
        const QList<HaproxyServer>& all, const QList<HaproxyServer>& wanted, const QString& state, QString* why);

} // namespace HaproxyRuntime

} // namespace warren
