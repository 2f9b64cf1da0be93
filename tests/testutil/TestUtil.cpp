#include "TestUtil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

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

QString labStateDir()
{
    const QString state = qEnvironmentVariable("WARREN_LAB_STATE");
    return state.isEmpty() ? sourceDir() + QStringLiteral("/lab/state") : QDir(state).absolutePath();
}

QString labProfile()
{
    // WARREN_LAB_STATE names another lab instance's state directory (the one labctl then uses too).
    QString path = qEnvironmentVariable("WARREN_LAB_PROFILE");
    if (path.isEmpty())
        path = labStateDir() + (labWants4x() ? QStringLiteral("/cluster-4x.json") : QStringLiteral("/cluster.json"));
    return QFileInfo::exists(path) ? path : QString();
}

bool labRequired()
{
    return qEnvironmentVariableIntValue("WARREN_LAB_REQUIRED") != 0;
}

bool labWants4x()
{
    return qEnvironmentVariable("WARREN_LAB_CLUSTER") == QLatin1String("4x");
}

namespace {

    QJsonObject labProfileJson()
    {
        QFile f(labProfile());
        if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    bool isRabbit(const QJsonObject& host)
    {
        const QJsonArray roles = host.value(QStringLiteral("roles")).toArray();
        return roles.isEmpty() || roles.contains(QStringLiteral("rabbitmq"));
    }

    QStringList rabbitNames(const QJsonArray& hosts)
    {
        QStringList names;
        for (const auto& v : hosts) {
            if (isRabbit(v.toObject()))
                names << v.toObject().value(QStringLiteral("name")).toString();
        }
        return names;
    }

} // namespace

QStringList labRabbitHosts()
{
    return rabbitNames(labProfileJson().value(QStringLiteral("hosts")).toArray());
}

QStringList labSpareHosts()
{
    return rabbitNames(labProfileJson().value(QStringLiteral("spare")).toArray());
}

QString labHaproxyHost()
{
    return labProfileJson().value(QStringLiteral("haproxy")).toObject().value(QStringLiteral("host")).toString();
}

QString labNode(const QString& host)
{
    const QJsonObject profile = labProfileJson();
    for (const char* list : { "hosts", "spare" }) {
        for (const auto& v : profile.value(QLatin1String(list)).toArray()) {
            const QJsonObject h = v.toObject();
            if (h.value(QStringLiteral("name")).toString() == host
                && !h.value(QStringLiteral("node")).toString().isEmpty())
                return h.value(QStringLiteral("node")).toString();
        }
    }
    return QStringLiteral("rabbit@") + host;
}

QString labRabbitVersion()
{
    static QString version;
    if (version.isEmpty()) {
        const QStringList hosts = labRabbitHosts();
        if (hosts.isEmpty())
            return {};
        const ProcResult r = labExec(hosts.first(), { QStringLiteral("rabbitmqctl"), QStringLiteral("version") });
        // The last line: the CLI may print log noise before it.
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        if (r.ok() && !lines.isEmpty())
            version = lines.last().trimmed();
    }
    return version;
}

bool labIs4x()
{
    const QString version = labRabbitVersion();
    if (version.isEmpty())
        return labWants4x(); // the broker did not answer: the cluster the test was asked for
    return version.section(QLatin1Char('.'), 0, 0).toInt() >= 4;
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
    return labctl(QStringList { QStringLiteral("exec"), host, QStringLiteral("--") } + command, timeoutMs);
}

QHash<QString, int> labQueueLeaders(const QString& host)
{
    QHash<QString, int> counts;
    const auto vhosts = labExec(host,
        { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("list_vhosts"),
            QStringLiteral("--no-table-headers") });
    QString lines;
    for (const QString& vhost : QString::fromUtf8(vhosts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines += QString::fromUtf8(labExec(host,
            { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("list_queues"), QStringLiteral("-p"),
                vhost.trimmed(), QStringLiteral("--no-table-headers"), QStringLiteral("type"), QStringLiteral("pid"),
                QStringLiteral("leader") })
                                       .out);
    }
    static const QRegularExpression pidNode(QStringLiteral("^<([^.]+)\\."));
    for (const QString& line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 2)
            continue;
        QString node = f.value(2).trimmed();
        if (node.isEmpty())
            node = pidNode.match(f.at(1)).captured(1);
        ++counts[node];
    }
    return counts;
}

HaproxyStates labHaproxyStates(const QString& statsSocket, const QString& proxy)
{
    const auto r = labExec(QStringLiteral("haproxy"),
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'show stat' | socat - \"UNIX-CONNECT:$1\""),
            QStringLiteral("sh"), statsSocket });
    HaproxyStates out;
    const auto lines = r.out.split('\n');
    if (lines.isEmpty())
        return out;
    const auto header = QString::fromUtf8(lines.first()).remove(0, 2).split(QLatin1Char(','));
    const int pxname = header.indexOf(QStringLiteral("pxname"));
    const int svname = header.indexOf(QStringLiteral("svname"));
    const int status = header.indexOf(QStringLiteral("status"));
    const int bck = header.indexOf(QStringLiteral("bck"));
    for (const auto& raw : lines.mid(1)) {
        const auto f = QString::fromUtf8(raw).split(QLatin1Char(','));
        if (f.size() > qMax(status, bck) && f.value(pxname) == proxy && f.value(svname) != QLatin1String("BACKEND")
            && f.value(svname) != QLatin1String("FRONTEND"))
            out.insert(f.value(svname), f.value(status) + QLatin1Char('/') + f.value(bck));
    }
    return out;
}

bool waitForLabHaproxyStates(
    const QString& statsSocket, const HaproxyStates& expected, int timeoutMs, HaproxyStates* last)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        *last = labHaproxyStates(statsSocket);
        bool match = true;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            match = match && last->value(it.key()) == it.value();
        if (match)
            return true;
        QThread::msleep(300);
    } while (!deadline.hasExpired());
    return false;
}

QString describe(const HaproxyStates& states)
{
    QStringList parts;
    for (auto it = states.begin(); it != states.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

void removeHaproxyBackupsSince(const QString& configPath, const QDateTime& since)
{
    const QFileInfo cfg(configPath);
    const auto backups
        = QDir(cfg.absolutePath()).entryInfoList({ cfg.fileName() + QStringLiteral(".warren-backup-*") }, QDir::Files);
    for (const auto& b : backups) {
        if (b.metadataChangeTime().toUTC() >= since.addSecs(-5))
            QFile::remove(b.absoluteFilePath());
    }
}

} // namespace testutil
