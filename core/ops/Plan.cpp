#include "Plan.h"
#include "OpsText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace warren {

namespace {

    QString expectText(const Check& c)
    {
        switch (c.expect) {
        case Check::Expect::ExitZero:
            return QStringLiteral("exit 0");
        case Check::Expect::ExitNonZero:
            return QStringLiteral("exit != 0");
        case Check::Expect::Predicate:
            break;
        }
        return QStringLiteral("output");
    }

    QJsonObject checkJson(const Check& c, bool useSudo)
    {
        return { { QStringLiteral("description"), c.description }, { QStringLiteral("host"), c.host },
            { QStringLiteral("command"), c.command.display(useSudo) }, { QStringLiteral("expect"), expectText(c) },
            { QStringLiteral("waitMs"), c.waitMs } };
    }

    QJsonArray commandsJson(const QList<RemoteCommand>& commands, bool useSudo)
    {
        QJsonArray a;
        for (const auto& c : commands)
            a.append(c.display(useSudo));
        return a;
    }

} // namespace

QString PreflightItem::stateKey(State s)
{
    switch (s) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Info:
        return QStringLiteral("info");
    case State::Warning:
        return QStringLiteral("warning");
    case State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QStringList Plan::commandRefusals() const
{
    QStringList out;
    auto add = [&](const RemoteCommand& c) {
        if (c.argv.isEmpty())
            return;
        const QString why = c.refusal();
        if (!why.isEmpty() && !out.contains(why))
            out << why;
    };
    for (const auto& s : steps) {
        for (const auto& c : s.commands)
            add(c);
        for (const auto& c : s.undoCommands)
            add(c);
        for (const auto& c : s.prechecks)
            add(c.command);
        for (const auto& c : s.verifications)
            add(c.command);
        add(s.secretSource);
    }
    for (const auto& c : verification)
        add(c.command);
    return out;
}

bool Plan::preflightFailed() const
{
    for (const auto& p : preflight) {
        if (p.state == PreflightItem::State::Failed)
            return true;
    }
    return false;
}

bool Plan::hasDestructiveSteps() const
{
    for (const auto& s : steps) {
        if (s.destructive)
            return true;
    }
    return false;
}

QStringList Plan::destructiveSummary() const
{
    QStringList out;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].destructive)
            out << Ops::tr("step %1 (%2): %3").arg(i + 1).arg(steps[i].id, steps[i].destroys);
    }
    return out;
}

QString Plan::toText(bool useSudo) const
{
    QString t;
    const QString nl = QStringLiteral("\n");
    t += title + nl;
    t += Ops::tr("RabbitMQ %1").arg(version.display()) + nl;
    if (!preflight.isEmpty()) {
        t += nl + Ops::tr("Preflight:") + nl;
        for (const auto& p : preflight) {
            const QString mark = p.state == PreflightItem::State::Ok ? Ops::tr("ok")
                : p.state == PreflightItem::State::Info              ? Ops::tr("info")
                : p.state == PreflightItem::State::Warning           ? Ops::tr("WARNING")
                                                                     : Ops::tr("FAILED");
            t += QStringLiteral("  [%1] %2").arg(mark, -7).arg(p.title);
            if (!p.detail.isEmpty())
                t += QStringLiteral(": ") + QString(p.detail).replace(QLatin1Char('\n'), QStringLiteral("\n      "));
            t += nl;
        }
    }
    if (!choices.isEmpty()) {
        t += nl + Ops::tr("Fixes:") + nl;
        for (const auto& c : choices) {
            const QString mark = c.key == chosen ? Ops::tr("chosen")
                : !c.applicable                  ? Ops::tr("n/a")
                : c.recommended                  ? Ops::tr("advised")
                                                 : QString();
            t += QStringLiteral("  [%1] --fix %2: %3").arg(mark, -7).arg(c.key, c.title) + nl;
            t += QStringLiteral("            ")
                + (c.applicable ? c.consequences : Ops::tr("does not apply: %1").arg(c.whyNot)) + nl;
        }
        if (needsChoice())
            t += nl + Ops::tr("Choose a fix with --fix KEY to see its steps.") + nl;
    }
    for (const auto& r : notApplicable)
        t += nl + Ops::tr("Does not apply: %1").arg(r) + nl;
    for (const auto& r : allRefusals())
        t += nl + Ops::tr("Refused: %1").arg(r) + nl;
    if (!alreadyDone.isEmpty())
        t += nl + Ops::tr("Nothing to do: %1").arg(alreadyDone) + nl;
    if (!steps.isEmpty()) {
        t += nl + Ops::tr("Steps:") + nl;
        for (int i = 0; i < steps.size(); ++i) {
            const Step& s = steps[i];
            t += QStringLiteral("  %1. %2  [%3]").arg(i + 1).arg(s.description, s.host) + nl;
            if (s.destructive)
                t += QStringLiteral("     ") + Ops::tr("DESTRUCTIVE: %1").arg(s.destroys) + nl;
            for (const auto& c : s.prechecks)
                t += QStringLiteral("     ")
                    + Ops::tr("check before: %1 — on %2: %3 (%4)")
                          .arg(c.description, c.host, c.command.display(useSudo), expectText(c))
                    + nl;
            if (s.stdinCommand >= 0) {
                t += QStringLiteral("     ")
                    + Ops::tr("writes to the standard input of command %1:").arg(s.stdinCommand + 1) + nl;
                for (const auto& line : QString::fromUtf8(s.stdinData).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    t += QStringLiteral("       | ") + line + nl;
            }
            if (s.secretStdinCommand >= 0)
                t += QStringLiteral("     ")
                    + Ops::tr("reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input "
                              "of command %3")
                          .arg(s.secretHost, s.secretSource.display(useSudo))
                          .arg(s.secretStdinCommand + 1)
                    + nl;
            for (const auto& c : s.commands)
                t += QStringLiteral("     $ ") + c.display(useSudo) + nl;
            for (const auto& c : s.verifications)
                t += QStringLiteral("     ")
                    + Ops::tr("verify: %1 — on %2: %3 (%4)")
                          .arg(c.description, c.host, c.command.display(useSudo), expectText(c))
                    + nl;
            if (!s.undoDescription.isEmpty())
                t += QStringLiteral("     ") + Ops::tr("undo: %1").arg(s.undoDescription) + nl;
            for (const auto& c : s.undoCommands)
                t += QStringLiteral("       $ ") + c.display(useSudo) + nl;
        }
    }
    if (!verification.isEmpty()) {
        t += nl + Ops::tr("Verification:") + nl;
        for (const auto& c : verification)
            t += QStringLiteral("  - %1 — on %2: %3").arg(c.description, c.host, c.command.display(useSudo)) + nl;
    }
    if (!followUps.isEmpty()) {
        t += nl + Ops::tr("Afterwards:") + nl;
        for (const auto& f : followUps)
            t += QStringLiteral("  - ") + f + nl;
    }
    return t;
}

QJsonObject Plan::toJson(bool useSudo) const
{
    QJsonArray pre;
    for (const auto& p : preflight)
        pre.append(QJsonObject { { QStringLiteral("title"), p.title },
            { QStringLiteral("state"), PreflightItem::stateKey(p.state) }, { QStringLiteral("detail"), p.detail } });
    QJsonArray steps_;
    for (const auto& s : steps) {
        QJsonArray prechecks, verifs;
        for (const auto& c : s.prechecks)
            prechecks.append(checkJson(c, useSudo));
        for (const auto& c : s.verifications)
            verifs.append(checkJson(c, useSudo));
        steps_.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("description"), s.description },
            { QStringLiteral("host"), s.host }, { QStringLiteral("commands"), commandsJson(s.commands, useSudo) },
            { QStringLiteral("prechecks"), prechecks }, { QStringLiteral("verifications"), verifs },
            { QStringLiteral("undo"), s.undoDescription },
            { QStringLiteral("undoCommands"), commandsJson(s.undoCommands, useSudo) },
            { QStringLiteral("destructive"), s.destructive }, { QStringLiteral("destroys"), s.destroys },
            { QStringLiteral("secretFrom"),
                s.secretStdinCommand >= 0 ? QJsonValue(QJsonObject { { QStringLiteral("host"), s.secretHost },
                    { QStringLiteral("command"), s.secretSource.display(useSudo) },
                    { QStringLiteral("stdinOfCommand"), s.secretStdinCommand + 1 } })
                                          : QJsonValue() },
            { QStringLiteral("stdin"),
                s.stdinCommand >= 0 ? QJsonValue(QJsonObject { { QStringLiteral("ofCommand"), s.stdinCommand + 1 },
                    { QStringLiteral("data"), QString::fromUtf8(s.stdinData) } })
                                    : QJsonValue() } });
    }
    QJsonArray verif;
    for (const auto& c : verification)
        verif.append(checkJson(c, useSudo));
    QJsonArray choicesJson;
    for (const auto& c : choices)
        choicesJson.append(QJsonObject { { QStringLiteral("key"), c.key }, { QStringLiteral("title"), c.title },
            { QStringLiteral("consequences"), c.consequences }, { QStringLiteral("applicable"), c.applicable },
            { QStringLiteral("whyNot"), c.whyNot }, { QStringLiteral("recommended"), c.recommended } });
    return { { QStringLiteral("operation"), operation }, { QStringLiteral("cluster"), cluster },
        { QStringLiteral("title"), title }, { QStringLiteral("version"), version.text },
        { QStringLiteral("metadataStore"), version.storeName() }, { QStringLiteral("preflight"), pre },
        { QStringLiteral("steps"), steps_ }, { QStringLiteral("verification"), verif },
        { QStringLiteral("notApplicable"), QJsonArray::fromStringList(notApplicable) },
        { QStringLiteral("refusals"), QJsonArray::fromStringList(allRefusals()) },
        { QStringLiteral("alreadyDone"), alreadyDone }, { QStringLiteral("runnable"), runnable() },
        { QStringLiteral("choices"), choicesJson }, { QStringLiteral("chosen"), chosen },
        { QStringLiteral("followUps"), QJsonArray::fromStringList(followUps) } };
}

} // namespace warren
