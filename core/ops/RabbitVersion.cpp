#include "RabbitVersion.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    return v;
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
