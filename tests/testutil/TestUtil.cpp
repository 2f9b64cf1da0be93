#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace testutil {

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("WARREN_SOURCE_DIR");
    return fromEnv.isEmpty() ? QDir::currentPath() : fromEnv;
}

QString dataFile(const QString& name)
{
    QString dir = qEnvironmentVariable("WARREN_TEST_DATA");
    if (dir.isEmpty())
        dir = sourceDir() + QStringLiteral("/tests/data");
    return dir + QLatin1Char('/') + name;
}

QByteArray readData(const QString& name)
{
    QFile f(dataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data missing: %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("WARREN_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/warren-artifacts");
    QDir().mkpath(dir);
    return dir;
}

QString labProfile()
{
    QString path = qEnvironmentVariable("WARREN_LAB_PROFILE");
    if (path.isEmpty())
        path = sourceDir() + QStringLiteral("/lab/state/cluster.json");
    return QFileInfo::exists(path) ? path : QString();
}

bool labRequired()
{
    return qEnvironmentVariableIntValue("WARREN_LAB_REQUIRED") != 0;
}

ProcResult run(const QString& program, const QStringList& args, int timeoutMs, const QByteArray& stdinData)
{
    QProcess p;
    p.start(program, args);
    ProcResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "failed to start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcResult labctl(const QStringList& args, int timeoutMs)
{
    return run(sourceDir() + QStringLiteral("/lab/labctl"), args, timeoutMs);
}

ProcResult labExec(const QString& host, const QStringList& command, int timeoutMs)
{
    return labctl(QStringList{QStringLiteral("exec"), host, QStringLiteral("--")} + command, timeoutMs);
}

QJsonObject labClusterStatus(const QString& host)
{
    const ProcResult r = labExec(host, {QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("cluster_status"),
                                           QStringLiteral("--formatter"), QStringLiteral("json")});
    for (const QByteArray& line : r.out.split('\n')) {
        const auto doc = QJsonDocument::fromJson(line.trimmed());
        if (doc.isObject())
            return doc.object();
    }
    return {};
}

bool listedIn(const QJsonObject& status, const QString& key, const QString& node)
{
    return status.value(key).toArray().contains(node);
}

} // namespace testutil
