#include "RabbitVersion.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace warren {

RabbitVersion RabbitVersion::parse(const QString& text, bool khepri)
{
    RabbitVersion v;
    v.text = text.trimmed();
    v.khepri = khepri;
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(v.text);
    if (!m.hasMatch())
        return v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (v.khepriOnly())
        v.khepri = true;
    return v;
}

namespace {

    // The last minor release of each 3.x series that reached 4.0 (3.13); later majors: open-ended.
    constexpr int kLastMinorOf3 = 13;

    // A series number that orders releases: major * 100 + minor.
    int seriesIndex(const RabbitVersion& v)
    {
        return v.major * 100 + v.minor;
    }

    // The series after v's: 3.13 -> 4.0, otherwise the next minor.
    RabbitVersion nextSeries(const RabbitVersion& v)
    {
        RabbitVersion n;
        if (v.major < 3) {
            n.major = 3;
            n.minor = 0;
        } else if (v.major == 3 && v.minor >= kLastMinorOf3) {
            n.major = 4;
            n.minor = 0;
        } else {
            n.major = v.major;
            n.minor = v.minor + 1;
        }
        return n;
    }

} // namespace

bool RabbitVersion::canCluster(const RabbitVersion& a, const RabbitVersion& b)
{
    if (!a.isKnown() || !b.isKnown())
        return true;
    const RabbitVersion& lo = seriesIndex(a) <= seriesIndex(b) ? a : b;
    const RabbitVersion& hi = seriesIndex(a) <= seriesIndex(b) ? b : a;
    if (seriesIndex(lo) == seriesIndex(hi))
        return true;
    // 2.x had no mixed-version clusters: a 3.0 node never joined a 2.x one.
    return lo.major >= 3 && seriesIndex(nextSeries(lo)) == seriesIndex(hi);
}

QString RabbitVersion::upgradePath(const RabbitVersion& a, const RabbitVersion& b)
{
    if (!a.isKnown() || !b.isKnown())
        return {};
    RabbitVersion cur = seriesIndex(a) <= seriesIndex(b) ? a : b;
    const RabbitVersion& hi = seriesIndex(a) <= seriesIndex(b) ? b : a;
    QStringList steps { cur.series() };
    // 2.x and early 3.x had no rolling upgrades at all; the path still names each series.
    for (int guard = 0; seriesIndex(cur) < seriesIndex(hi) && guard < 64; ++guard) {
        cur = nextSeries(cur);
        steps << cur.series();
    }
    return steps.join(QStringLiteral(" \u2192 "));
}

QString RabbitVersion::series() const
{
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

QString RabbitVersion::storeName() const
{
    return khepri ? QStringLiteral("Khepri") : QStringLiteral("Mnesia");
}

QString RabbitVersion::display() const
{
    if (!isKnown())
        return QCoreApplication::translate("Ops", "unknown version");
    return QStringLiteral("%1 (%2)").arg(text, storeName());
}

} // namespace warren
