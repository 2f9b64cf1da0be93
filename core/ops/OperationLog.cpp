#include "OperationLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace warren {

QJsonObject OperationLogEntry::toJson() const
{
    QJsonObject o { { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("cluster"), cluster }, { QStringLiteral("operation"), operation },
        { QStringLiteral("host"), host }, { QStringLiteral("step"), step }, { QStringLiteral("command"), command },
        { QStringLiteral("exitCode"), exitCode }, { QStringLiteral("output"), output } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs));
    if (interrupted)
        o.insert(QStringLiteral("interrupted"), true);
    return o;
}

OperationLogEntry OperationLogEntry::fromJson(const QJsonObject& o)
{
    OperationLogEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.cluster = o.value(QStringLiteral("cluster")).toString();
    e.operation = o.value(QStringLiteral("operation")).toString();
    e.host = o.value(QStringLiteral("host")).toString();
    e.step = o.value(QStringLiteral("step")).toString();
    e.command = o.value(QStringLiteral("command")).toString();
    e.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
    e.output = o.value(QStringLiteral("output")).toString();
    e.error = o.value(QStringLiteral("error")).toString();
    e.id = o.value(QStringLiteral("id")).toString();
    e.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    e.interrupted = o.value(QStringLiteral("interrupted")).toBool();
    return e;
}

OperationLog::OperationLog(QString path)
    : m_path(std::move(path))
{
}

QString OperationLog::defaultPath()
{
    const QString env = qEnvironmentVariable("WARREN_OPLOG");
    if (!env.isEmpty())
        return env;
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/warren/operations.jsonl");
}

void OperationLog::addSecret(const QString& secret)
{
    // Very short values would blank out ordinary words; real secrets are long.
    if (secret.size() >= 6 && !m_secrets.contains(secret))
        m_secrets << secret;
}

QString OperationLog::redact(QString text) const
{
    for (const auto& s : m_secrets)
        text.replace(s, QStringLiteral("***"));
    return text;
}

QString OperationLog::trimOutput(const QByteArray& out, const QByteArray& err, int maxLines, int maxChars)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    QString text = QString::fromUtf8(out);
    if (!err.isEmpty())
        text += (text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"))
            + QString::fromUtf8(err);
    text.remove(ansi);
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    text = lines.join(QLatin1Char('\n'));
    if (text.size() > maxChars)
        text = QStringLiteral("…") + text.right(maxChars);
    return text;
}

bool OperationLog::write(const QJsonObject& record, QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // One write per line, flushed before the command runs: a kill right after leaves the record.
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size() || !f.flush()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

QString OperationLog::begin(OperationLogEntry entry, QString* error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    const QJsonObject record { { QStringLiteral("time"), now.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("state"), QStringLiteral("started") }, { QStringLiteral("id"), id },
        { QStringLiteral("cluster"), entry.cluster }, { QStringLiteral("operation"), entry.operation },
        { QStringLiteral("host"), entry.host }, { QStringLiteral("step"), entry.step },
        { QStringLiteral("command"), redact(entry.command) } };
    return write(record, error) ? id : QString();
}

bool OperationLog::append(OperationLogEntry entry, QString* error)
{
    entry.command = redact(entry.command);
    entry.output = redact(entry.output);
    entry.error = redact(entry.error);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.interrupted = false;
    return write(entry.toJson(), error);
}

QList<OperationLogEntry> OperationLog::readAll(QString* error) const
{
    QList<OperationLogEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return out;
    }
    QHash<QString, qsizetype> open; // id of a started command -> its entry in out
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const auto doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        OperationLogEntry e = OperationLogEntry::fromJson(o);
        if (o.value(QStringLiteral("state")).toString() == QLatin1String("started")) {
            // Interrupted until its result shows up.
            e.startedAt = e.time;
            e.interrupted = true;
            e.exitCode = -1;
            if (!e.id.isEmpty())
                open.insert(e.id, out.size());
            out << e;
            continue;
        }
        if (const auto it = open.constFind(e.id); !e.id.isEmpty() && it != open.constEnd()) {
            // The result, in the place of its start (the order commands ran in).
            e.startedAt = out[*it].startedAt;
            out[*it] = e;
            open.erase(it);
            continue;
        }
        out << e;
    }
    return out;
}

} // namespace warren
