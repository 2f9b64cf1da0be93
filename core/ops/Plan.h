#pragma once

#include "RabbitVersion.h"
#include "RemoteExecutor.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace warren {

// A check run on a host: before a step (precheck), after it (verification) or after the whole
// plan. Data, so a plan can be listed with every command before anything runs.
struct Check
{
    enum class Expect { ExitZero, ExitNonZero, Predicate };

    QString description; // translated: what must hold
    QString host;
    RemoteCommand command;
    Expect expect = Expect::ExitZero;
    // For Expect::Predicate: true when the result shows what must hold; *why says what it showed.
    std::function<bool(const RemoteResult&, QString* why)> predicate;
    int waitMs = 0; // poll until it holds or this much time has passed (cluster views converge)
    // The live log shows what the predicate concluded, not the command's output (a `show stat` CSV,
    // a status JSON: the operation log keeps the output).
    bool summarized = false;
    int timeoutMs = 60000;
};

struct Step
{
    QString id; // stable key: stop_app, reset, join_cluster, ...
    QString description; // translated
    QString host; // where the commands run
    QList<RemoteCommand> commands;
    QList<Check> prechecks;
    QList<Check> verifications;
    QString undoDescription; // translated: what undoing it means
    QList<RemoteCommand> undoCommands;
    bool destructive = false;
    QString destroys; // translated, counted live: "reset deletes rabbit4's queues and messages: ..."
    int timeoutMs = 120000;
    // When set, each command's result (exit 0) must also pass this: a command that reports
    // failures in its output with exit 0 (rabbitmq-queues shrink) fails the step; *why says what.
    std::function<bool(const RemoteResult&, QString* why)> outputCheck;
    // A secret read on another host right before the step (e.g. the Erlang cookie) and written to
    // the standard input of commands[secretStdinCommand]: never shown, logged or put in argv.
    QString secretHost;
    RemoteCommand secretSource;
    int secretStdinCommand = -1;
    // Data that is not secret (a new /etc/hosts) written to the standard input of
    // commands[stdinCommand]: shown in the plan, never pasted into a command line.
    QByteArray stdinData;
    int stdinCommand = -1;
};

// One way to carry out an operation when there is more than one (fix-address: keep the node name,
// rename the node, forget and rejoin). The plan's steps are those of the chosen one.
struct PlanChoice
{
    QString key; // stable: resolution, keep-name, rename, rejoin
    QString title; // translated
    QString consequences; // translated: what it changes and what is lost
    bool applicable = true;
    QString whyNot; // translated, when not applicable
    bool recommended = false;
};

struct PreflightItem
{
    enum class State { Ok, Info, Warning, Failed };
    QString title; // translated
    State state = State::Info;
    QString detail; // translated
    static QString stateKey(State s); // ok, info, warning, failed
};

// An operation for one target, built for its RabbitMQ version and metadata store.
struct Plan
{
    QString operation; // join, convert, forget, sync-cookie
    QString cluster;
    QString title; // translated one-liner
    QString subjectHost; // the node whose verified state is reported when something fails
    RabbitVersion version;
    QList<PreflightItem> preflight;
    QList<Step> steps;
    QList<Check> verification; // after the last step: the plan succeeded only when these hold
    QStringList notApplicable; // translated reasons the operation does not apply to this version
    QStringList refusals; // translated guards that refuse it (last disc node, ...)
    QString alreadyDone; // translated: nothing to do, the goal already holds (a success)
    // Reads the subject node's state after a failure (one translated line per fact).
    std::function<QStringList(RemoteExecutor&)> stateProbe;
    QList<PlanChoice> choices; // the ways to do it; empty when there is one
    QString chosen; // key of the choice the steps carry out; empty: none chosen yet
    QStringList followUps; // translated: what to do after success (update the profile, ...)

    bool preflightFailed() const;
    // Commands of the plan that RemoteCommand::refusal() refuses (a value that would be an option
    // or that the rabbitmqctl wrapper would hand to a shell): translated, one per command.
    QStringList commandRefusals() const;
    QStringList allRefusals() const { return refusals + commandRefusals(); }
    // There are choices and none is made: the plan shows them and runs nothing.
    bool needsChoice() const { return !choices.isEmpty() && chosen.isEmpty() && alreadyDone.isEmpty(); }
    bool blocked() const
    {
        return !notApplicable.isEmpty() || !allRefusals().isEmpty() || preflightFailed() || needsChoice();
    }
    bool runnable() const { return !blocked() && alreadyDone.isEmpty(); }
    bool hasDestructiveSteps() const;
    QStringList destructiveSummary() const; // "step N: what it destroys"

    QString toText(bool useSudo) const; // every command shown exactly as it will run
    QJsonObject toJson(bool useSudo) const;
};

} // namespace warren
