#pragma once

#include <QByteArray>
#include <QString>

namespace warren {

// The first non-empty line of a command's output, trimmed and bounded: what an error message
// quotes from stderr/stdout.
inline QString firstLine(const QByteArray& text, int maxLength = 300)
{
    for (const auto& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const auto t = line.trimmed();
        if (!t.isEmpty())
            return t.left(maxLength);
    }
    return {};
}

} // namespace warren
