#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace warren {

struct OperationLogEntry
{
    QDateTime time;
    QString cluster;
    QString operation; // join, convert, forget
    QString host;
    QString step; // step id, or "precheck:ID" / "verify:ID" / "verify" / "undo:ID"
    QString command; // exactly as it ran (quoted, with sudo)
    int exitCode = -1;
    QString output; // trimmed, ANSI escapes removed, secrets redacted
    QString error; // transport error, if any
    // Each command is logged twice: a "started" record before it runs (time, cluster, host, step,
    // command) and its result after, both with this id. readAll() merges the pair into one entry;
    // a started record without a result is an interrupted command (Warren was killed, the machine
    // lost power): interrupted is set and the entry's time is when it started.
    QString id;
    QDateTime startedAt;
    bool interrupted = false;

    QJsonObject toJson() const;
    static OperationLogEntry fromJson(const QJsonObject& o);
};

// The persisted log of every executed command of every operation, as JSON lines:
// $WARREN_OPLOG, else $XDG_STATE_HOME/warren/operations.jsonl (~/.local/state/... by default).
// Outputs are trimmed, and every value given to addSecret() is replaced by "***" before writing:
// no secret reaches the file even when a remote program echoes one.
class OperationLog final
{
public:
    explicit OperationLog(QString path = defaultPath());
    static QString defaultPath();

    void addSecret(const QString& secret);
    // Records that a command is about to run; returns the id its result is appended with (empty
    // when the log cannot be written: the command still runs, as it would without a log).
    QString begin(OperationLogEntry entry, QString* error = nullptr);
    // The result of a command (entry.id from begin(), or empty for a result-only record).
    bool append(OperationLogEntry entry, QString* error = nullptr);
    QString path() const { return m_path; }

    QList<OperationLogEntry> readAll(QString* error = nullptr) const;

    // The last maxLines lines / maxChars characters of a command's output, without ANSI escapes.
    static QString trimOutput(const QByteArray& out, const QByteArray& err, int maxLines = 20, int maxChars = 2000);

private:
    QString redact(QString text) const;
    bool write(const QJsonObject& record, QString* error);

    QString m_path;
    QStringList m_secrets;
};

} // namespace warren
