#include "FactParsers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace warren {

QString lastOutputLine(const QByteArray& out)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    QString text = QString::fromUtf8(out);
    text.remove(ansi);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty())
            return line;
    }
    return {};
}

QJsonDocument jsonAfterNoise(const QByteArray& out)
{
    const QList<QByteArray> lines = out.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray t = lines[i].trimmed();
        if (t.startsWith('[') || t.startsWith('{')) {
            const QByteArray rest = lines.mid(i).join('\n');
            const auto doc = QJsonDocument::fromJson(rest);
            if (!doc.isNull())
                return doc;
        }
    }
    return {};
}

LegacyStatusVersions parseLegacyStatusVersions(const QByteArray& out)
{
    LegacyStatusVersions v;
    const QString text = QString::fromUtf8(out);
    static const QRegularExpression rabbit(QStringLiteral("\\{rabbit,\"RabbitMQ\",\"([0-9.]+)\"\\}"));
    const auto m = rabbit.match(text);
    if (m.hasMatch())
        v.rabbit = m.captured(1);
    static const QRegularExpression erlang(QStringLiteral("\\{erlang_version,\"([^\"]*)\""));
    const auto e = erlang.match(text);
    if (e.hasMatch())
        v.erlang = e.captured(1).trimmed();
    return v;
}

int khepriFlagState(const QByteArray& out)
{
    int state = -1;
    const QJsonDocument doc = jsonAfterNoise(out);
    for (const auto& v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("khepri_db"))
            state = o.value(QStringLiteral("state")).toString() == QLatin1String("enabled") ? 1 : 0;
    }
    return state;
}

namespace {

    // A message count as a broker could report it: whole, not negative, within 2^53 (a double's exact
    // integers; RabbitMQ's counters are far below). Anything else counts as 0.
    qint64 messageCount(double d)
    {
        if (!(d >= 0) || d > 9007199254740992.0)
            return 0;
        return qint64(d);
    }

    void add(qint64& sum, qint64 n)
    {
        if (__builtin_add_overflow(sum, n, &sum))
            sum = std::numeric_limits<qint64>::max();
    }

} // namespace

LocalQueueCount countLocalQueues(const QByteArray& out, bool json)
{
    LocalQueueCount c;
    if (json) {
        for (const auto& v : jsonAfterNoise(out).array()) {
            ++c.queues;
            add(c.messages, messageCount(v.toObject().value(QStringLiteral("messages")).toDouble()));
        }
        return c;
    }
    for (const auto& line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 2 || line.startsWith(QLatin1String("Listing")) || line.startsWith(QLatin1String("...")))
            continue;
        ++c.queues;
        bool ok = false;
        const qint64 n = cols.last().trimmed().toLongLong(&ok);
        add(c.messages, ok && n > 0 ? n : 0);
    }
    return c;
}

QString firstResolvedAddress(const QByteArray& out)
{
    return QString::fromUtf8(out).section(QLatin1Char('\n'), 0, 0).simplified().section(QLatin1Char(' '), 0, 0);
}

IdentityProbe parseIdentityProbe(const QByteArray& out)
{
    IdentityProbe id;
    QString section;
    QStringList mounts;
    for (const QString& raw : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('@'))) {
            section = line.mid(1);
            if (section == QLatin1String("datadirs-ok"))
                id.dataDirsRead = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        if (section == QLatin1String("hostname"))
            id.hostname = line.section(QLatin1Char('.'), 0, 0);
        else if (section == QLatin1String("addresses"))
            id.addresses = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (section == QLatin1String("mounts"))
            mounts << line;
        else if (section == QLatin1String("datadirs")) {
            id.dataEntries << line;
            static const QRegularExpression sibling(
                QStringLiteral("(-plugins-expand|-feature_flags|-rename|\\.pid|\\.warren-[a-z]+)$"));
            if (line.contains(QLatin1Char('@')) && !sibling.match(line).hasMatch())
                id.dataDirs << line;
        }
    }
    // A rename from /etc/rabbitmq onto /etc/hosts works only within one mount.
    id.hostsInPlace = mounts.size() != 2 || mounts[0] != mounts[1];
    return id;
}

} // namespace warren
