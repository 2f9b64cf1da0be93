#pragma once

#include <QByteArray>
#include <QFile>

// A field of /proc/self/status in KiB ("VmRSS:", "VmHWM:"), -1 when unreadable. For the benches.
inline long procStatusKiB(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLong();
    }
    return -1;
}
