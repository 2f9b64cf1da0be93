#include "OperationLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace warren {

QJsonObject OperationLogEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("cluster"), cluster}, {QStringLiteral("operation"), operation},
        {QStringLiteral("host"), host}, {QStringLiteral("step"), step}, {QStringLiteral("command"), command},
        {QStringLiteral("exitCode"), exitCode}, {QStringLiteral("output"), output}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
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
        text += (text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + QString::fromUtf8(err);
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

bool OperationLog::append(OperationLogEntry entry, QString* error)
{
    entry.command = redact(entry.command);
    entry.output = redact(entry.output);
    entry.error = redact(entry.error);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    return true;
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
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const auto doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            out << OperationLogEntry::fromJson(doc.object());
    }
    return out;
}

} // namespace warren
