#include "ConfigDiff.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace warren {

namespace {

    struct Op
    {
        char kind; // ' ', '-', '+'
        int oldLine; // 0-based index into old (for ' ' and '-')
        int newLine; // 0-based index into new (for ' ' and '+')
    };

    // diff -u's marker after a last line that has no line break.
    const QString kNoNewline = QStringLiteral("\n\\ No newline at end of file");

    QStringList splitLines(const QString& text)
    {
        if (text.isEmpty())
            return {};
        QStringList lines = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            lines.removeLast();
        else
            lines.last() += kNoNewline; // "x" and "x\n" differ, and the diff says so
        return lines;
    }

    constexpr qint64 kMaxCells = 4'000'000;

} // namespace

QString unifiedDiff(
    const QString& oldText, const QString& newText, const QString& oldName, const QString& newName, int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const int n = int(a.size()) - prefix - suffix;
    const int m = int(b.size()) - prefix - suffix;

    std::vector<Op> ops;
    ops.reserve(size_t(a.size() + b.size()));
    for (int i = 0; i < prefix; ++i)
        ops.push_back({ ' ', i, i });
    if (qint64(n) * qint64(m) <= kMaxCells) {
        // Longest common subsequence of the changed middle.
        std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [&](int i, int j) -> int& { return lcs[size_t(i) * size_t(m + 1) + size_t(j)]; };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                ops.push_back({ ' ', prefix + i, prefix + j });
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                ops.push_back({ '-', prefix + i, prefix + j });
                ++i;
            } else {
                ops.push_back({ '+', prefix + i, prefix + j });
                ++j;
            }
        }
    } else {
        for (int i = 0; i < n; ++i)
            ops.push_back({ '-', prefix + i, prefix });
        for (int j = 0; j < m; ++j)
            ops.push_back({ '+', prefix + n, prefix + j });
    }
    for (int k = 0; k < suffix; ++k)
        ops.push_back({ ' ', prefix + n + k, prefix + m + k });

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    const int total = int(ops.size());
    int k = 0;
    while (k < total) {
        while (k < total && ops[size_t(k)].kind == ' ')
            ++k;
        if (k >= total)
            break;
        // A hunk: from `context` lines before this change to `context` lines after the last change
        // that is no more than 2*context lines from the previous one.
        const int start = qMax(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < total) {
            if (ops[size_t(end)].kind != ' ')
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = qMin(total, lastChange + context + 1);
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        QString body;
        for (int x = start; x < end; ++x) {
            const Op& op = ops[size_t(x)];
            if (op.kind != '+') {
                if (oldStart < 0)
                    oldStart = op.oldLine;
                ++oldCount;
            }
            if (op.kind != '-') {
                if (newStart < 0)
                    newStart = op.newLine;
                ++newCount;
            }
            body += QLatin1Char(op.kind) + (op.kind == '+' ? b[op.newLine] : a[op.oldLine]) + QLatin1Char('\n');
        }
        if (oldStart < 0)
            oldStart = ops[size_t(start)].oldLine - 1 + 1;
        if (newStart < 0)
            newStart = ops[size_t(start)].newLine;
        // diff -u: a range of 0 lines names the line before it.
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart + 1 : oldStart)
                   .arg(oldCount)
                   .arg(newCount ? newStart + 1 : newStart)
                   .arg(newCount);
        out += body;
        k = end;
    }
    return out;
}

} // namespace warren
