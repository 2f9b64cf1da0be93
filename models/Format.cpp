#include "Format.h"

#include <QLocale>

#include <cmath>

namespace warren {

namespace {
    // Group separators help reading 1048576 at a glance; the same separators work for zh_CN.
    const QLocale& numberLocale()
    {
        static const QLocale locale(QLocale::English, QLocale::UnitedStates);
        return locale;
    }
} // namespace

QString Format::unknown()
{
    return QStringLiteral("\u2014");
}

QString Format::bytes(qint64 bytes)
{
    if (bytes < 0)
        return unknown();
    static const char* const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = (unit == 0 || value >= 100.0 || qFuzzyCompare(value, std::round(value))) ? 0 : 1;
    return QStringLiteral("%1 %2").arg(numberLocale().toString(value, 'f', decimals), QLatin1String(units[unit]));
}

QString Format::count(qint64 value)
{
    return value < 0 ? unknown() : numberLocale().toString(value);
}

QString Format::compactCount(qint64 value)
{
    if (value < 0)
        return unknown();
    if (value < 100000)
        return count(value);
    // K and M as in "ulimit -n 1M": the exact figure is in the tooltip.
    if (value < 1000000)
        return QStringLiteral("%1K").arg(qRound(value / 1000.0));
    QString millions = QString::number(value / 1000000.0, 'f', 2);
    while (millions.endsWith(QLatin1Char('0')))
        millions.chop(1);
    if (millions.endsWith(QLatin1Char('.')))
        millions.chop(1);
    return millions + QLatin1Char('M');
}

QString Format::usage(qint64 used, qint64 total)
{
    if (used < 0)
        return unknown();
    if (total <= 0)
        return count(used);
    return QStringLiteral("%1 / %2").arg(count(used), compactCount(total));
}

QString Format::percent(double fraction)
{
    return QStringLiteral("%1%").arg(qRound(fraction * 100.0));
}

QString Format::duration(qint64 seconds)
{
    if (seconds < 0)
        return unknown();
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h", "duration: days and hours").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min", "duration: hours and minutes").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s", "duration: minutes and seconds").arg(minutes).arg(secs);
    return tr("%1 s", "duration: seconds").arg(secs);
}

} // namespace warren
