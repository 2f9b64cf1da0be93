#pragma once

#include "TestUtil.h"

#include <QString>
#include <QStringList>

namespace testutil {

// What `warrenctl --cluster PROFILE ARGS` refuses with: its first line on stderr without the
// "warrenctl: " prefix, and its exit code. Refusals need no lab: they come before any SSH.
struct CtlRefusal
{
    int exitCode = -1;
    QString message;
};

inline CtlRefusal ctlRefusal(
    const QString& profile, const QStringList& args, const QString& lang = QStringLiteral("en"))
{
    const ProcResult r = run(qEnvironmentVariable("WARRENCTL"),
        QStringList { QStringLiteral("--cluster"), profile, QStringLiteral("--lang"), lang } + args, 30000);
    QString first = QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0);
    const QString prefix = QStringLiteral("warrenctl: ");
    if (first.startsWith(prefix))
        first = first.mid(prefix.size());
    return { r.exitCode, first };
}

} // namespace testutil
