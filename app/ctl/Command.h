#pragma once

#include "profile/ClusterProfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace warren::ctl {

enum Exit { Ok = 0, Unreadable = 1, Usage = 2, HostKey = 3 };

// What a command gets: the parsed command line, the profile when --cluster was given, and the
// streams. Messages for people go to err() as one line each ("warrenctl: ...").
struct Context
{
    const QCommandLineParser& parser;
    QStringList args; // positional arguments after the command's name
    std::optional<ClusterProfile> profile;
    QString format; // "text" (default) or what --format said
    QTextStream& outStream;
    QTextStream& errStream;

    void out(const QString& text)
    {
        outStream << text;
        outStream.flush();
    }
    void err(const QString& text) { errStream << QStringLiteral("warrenctl: ") << text << Qt::endl; }
};

// One warrenctl command. Add a new one in its own file and list it in allCommands().
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // translated one-line help
    virtual QStringList formats() const { return { QStringLiteral("text"), QStringLiteral("json") }; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual bool needsProfile() const { return true; }
    virtual int run(Context& ctx) = 0;
};

std::vector<std::unique_ptr<Command>> allCommands();

// The commands of this file set.
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeHostkeyCommand();
std::unique_ptr<Command> makeQueuesCommand();
std::unique_ptr<Command> makeHaproxyCommand();
std::unique_ptr<Command> makeDrillCommand();
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeMaintenanceCommand();
std::unique_ptr<Command> makeRollingCommand();
std::unique_ptr<Command> makeLogCommand();

} // namespace warren::ctl
