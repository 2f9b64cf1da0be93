#pragma once

#include <QString>

namespace warren {

// A unified diff (as `diff -u` prints it) between two texts, line by line, for previews before a
// configuration file is replaced. Empty when the texts are equal. Bounded: beyond a few million
// line comparisons the changed middle is shown as removed and added whole.
QString unifiedDiff(
    const QString& oldText, const QString& newText, const QString& oldName, const QString& newName, int context = 3);

} // namespace warren
