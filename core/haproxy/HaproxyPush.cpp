#include "HaproxyPush.h"

#include "haproxy/StatCsv.h"
#include "status/StatusCollector.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

namespace warren {

namespace {

    constexpr int kMaxOutput = 4000;

    QString bounded(const QByteArray& text)
    {
        QString s = QString::fromUtf8(text.left(kMaxOutput)).trimmed();
        if (text.size() > kMaxOutput)
            s += QStringLiteral(" …");
        return s;
    }

    QString firstLine(const QString& s)
    {
        const QString t = s.trimmed();
        const qsizetype nl = t.indexOf(QLatin1Char('\n'));
        return (nl < 0 ? t : t.left(nl)).left(300);
    }

} // namespace

HaproxyPush::HaproxyPush(ClusterProfile profile, CancelToken cancel)
    : HaproxyPush(std::move(profile), std::move(cancel), networkTransport())
{
}

HaproxyPush::HaproxyPush(ClusterProfile profile, CancelToken cancel, Transport& transport)
    : m_profile(std::move(profile))
    , m_cancel(std::move(cancel))
    , m_transport(&transport)
{
}

HaproxyPush::~HaproxyPush() = default;

QString HaproxyPush::profileProblem() const
{
    const auto& hp = m_profile.haproxy;
    if (hp.host.isEmpty() || !m_profile.host(hp.host))
        return QCoreApplication::translate("HaproxyPush", "the profile names no HAProxy host (haproxy.host)");
    if (hp.configPath.isEmpty())
        return QCoreApplication::translate(
            "HaproxyPush", "the profile does not say where haproxy.cfg is (haproxy.configPath)");
    if (!hp.configPath.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("HaproxyPush", "haproxy.configPath must be an absolute path");
    if (hp.statsSocket.isEmpty())
        return QCoreApplication::translate("HaproxyPush",
            "the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified");
    return {};
}

QStringList HaproxyPush::plan() const
{
    const auto& hp = m_profile.haproxy;
    const bool sudo = m_profile.ssh.sudo;
    const QString backup = hp.configPath + QStringLiteral(".warren-backup-YYYYmmddTHHMMSSZ");
    return {
        QCoreApplication::translate("HaproxyPush", "upload the new file to a temporary file on %1 and check it: %2")
            .arg(hp.host,
                RemoteCommand {
                    { QStringLiteral("haproxy"), QStringLiteral("-c"), QStringLiteral("-f"), QStringLiteral("TMP") },
                    true }
                    .display(sudo)),
        QCoreApplication::translate("HaproxyPush", "back up the current file: %1")
            .arg(RemoteCommand {
                { QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), hp.configPath, backup }, true }
                     .display(sudo)),
        QCoreApplication::translate("HaproxyPush", "write the new file in place: %1")
            .arg(RemoteCommand {
                { QStringLiteral("cp"), QStringLiteral("--"), QStringLiteral("TMP"), hp.configPath }, true }
                     .display(sudo)),
        QCoreApplication::translate("HaproxyPush", "check it where it is: %1")
            .arg(RemoteCommand {
                { QStringLiteral("haproxy"), QStringLiteral("-c"), QStringLiteral("-f"), hp.configPath }, true }
                     .display(sudo)),
        QCoreApplication::translate(
            "HaproxyPush", "reload HAProxy (established connections stay on the old process): %1")
            .arg(RemoteCommand { hp.reloadArgv(), true }.display(sudo)),
        QCoreApplication::translate("HaproxyPush",
            "read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and "
            "reload")
            .arg(hp.statsSocket),
    };
}

bool HaproxyPush::ensureSession(QString* error)
{
    if (m_ssh)
        return true;
    if (const QString problem = profileProblem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const HostProfile* host = m_profile.host(m_profile.haproxy.host);
    StatusCollector collector(m_profile);
    auto ssh = m_transport->ssh(collector.sshTarget(*host), m_cancel);
    if (!ssh->open()) {
        *error = QCoreApplication::translate("HaproxyPush", "ssh to %1: %2").arg(host->name, ssh->errorString());
        return false;
    }
    m_ssh = std::move(ssh);
    return true;
}

SshExecResult HaproxyPush::run(const QStringList& argv, bool privileged, const QByteArray& stdinData, int timeoutMs)
{
    const RemoteCommand cmd { argv, privileged };
    return m_ssh->exec(cmd.toShell(m_profile.ssh.sudo), timeoutMs, stdinData);
}

QString HaproxyPush::describe(const SshExecResult& r) const
{
    if (m_ssh->error() != SshSession::Error::None)
        return m_ssh->errorString();
    const QString err = firstLine(QString::fromUtf8(r.err.left(kMaxOutput)));
    return QCoreApplication::translate("HaproxyPush", "exit %1: %2")
        .arg(r.exitCode)
        .arg(err.isEmpty() ? firstLine(QString::fromUtf8(r.out.left(kMaxOutput))) : err);
}

std::optional<QByteArray> HaproxyPush::readCurrent(QString* error)
{
    if (!ensureSession(error))
        return std::nullopt;
    const auto r = run({ QStringLiteral("cat"), QStringLiteral("--"), m_profile.haproxy.configPath }, true);
    if (!r.ok()) {
        *error = QCoreApplication::translate("HaproxyPush", "cannot read %1 on %2: %3")
                     .arg(m_profile.haproxy.configPath, m_profile.haproxy.host, describe(r));
        return std::nullopt;
    }
    return r.out;
}

std::optional<QList<HaproxyServer>> HaproxyPush::readStats(QString* error)
{
    if (!ensureSession(error))
        return std::nullopt;
    const auto r = run({ QStringLiteral("socat"), QStringLiteral("-"),
                           QStringLiteral("UNIX-CONNECT:") + m_profile.haproxy.statsSocket },
        true, QByteArrayLiteral("show stat\n"), 20000);
    if (!r.ok()) {
        *error = QCoreApplication::translate("HaproxyPush", "show stat on %1: %2")
                     .arg(m_profile.haproxy.statsSocket, describe(r));
        return std::nullopt;
    }
    auto parsed = parseHaproxyStatCsv(r.out);
    if (!parsed.ok()) {
        *error = QCoreApplication::translate("HaproxyPush", "unreadable show stat output: %1")
                     .arg(parsed.error().toString());
        return std::nullopt;
    }
    return parsed.value();
}

HaproxyValidation HaproxyPush::validateRemotely(const QByteArray& config)
{
    HaproxyValidation v;
    v.where = m_profile.haproxy.host;
    QString error;
    if (!ensureSession(&error)) {
        v.output = error;
        return v;
    }
    const auto tmp = run({ QStringLiteral("mktemp"), QStringLiteral("/tmp/warren-haproxy.XXXXXX") }, false);
    const QString tmpPath = QString::fromUtf8(tmp.out).trimmed();
    if (!tmp.ok() || !tmpPath.startsWith(QStringLiteral("/tmp/warren-haproxy."))) {
        v.output = QCoreApplication::translate("HaproxyPush", "cannot create a temporary file on %1: %2")
                       .arg(v.where, describe(tmp));
        return v;
    }
    const auto write = run({ QStringLiteral("tee"), QStringLiteral("--"), tmpPath }, false, config);
    if (!write.ok()) {
        v.output = QCoreApplication::translate("HaproxyPush", "cannot write %1 on %2: %3")
                       .arg(tmpPath, v.where, describe(write));
    } else {
        const auto check
            = run({ QStringLiteral("haproxy"), QStringLiteral("-c"), QStringLiteral("-f"), tmpPath }, true);
        v.ok = check.ok();
        v.output = bounded(check.out + check.err);
        if (m_ssh->error() != SshSession::Error::None)
            v.output = m_ssh->errorString();
    }
    run({ QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), tmpPath }, false);
    return v;
}

std::optional<HaproxyValidation> HaproxyPush::validateLocally(const QByteArray& config)
{
    QString binary = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(QStringLiteral("haproxy"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin") });
    if (binary.isEmpty())
        return std::nullopt;
    HaproxyValidation v;
    v.where = QStringLiteral("local");
    QTemporaryFile file;
    if (!file.open() || file.write(config) != config.size() || !file.flush()) {
        v.output
            = QCoreApplication::translate("HaproxyPush", "cannot write a temporary file: %1").arg(file.errorString());
        return v;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary, { QStringLiteral("-c"), QStringLiteral("-f"), file.fileName() });
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
        v.output = QCoreApplication::translate("HaproxyPush", "haproxy -c did not finish within 30 s");
        return v;
    }
    v.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    v.output = bounded(p.readAll()).replace(file.fileName(), QStringLiteral("FILE"));
    return v;
}

QString HaproxyPush::compareServers(const HaproxyConfig& config, const QList<HaproxyServer>& live)
{
    QStringList problems;
    for (const auto& s : config.sections()) {
        if (!s.hasServers())
            continue;
        for (const auto& sv : s.servers()) {
            const HaproxyServer* found = nullptr;
            for (const auto& l : live) {
                if (l.proxy == s.name && l.name == sv.name)
                    found = &l;
            }
            if (!found) {
                problems << QCoreApplication::translate("HaproxyPush", "%1/%2 is not reported").arg(s.name, sv.name);
                continue;
            }
            if (found->backup != sv.backup)
                problems << QCoreApplication::translate("HaproxyPush", "%1/%2 is %3, expected %4")
                                .arg(s.name, sv.name,
                                    found->backup ? QCoreApplication::translate("HaproxyPush", "backup")
                                                  : QCoreApplication::translate("HaproxyPush", "active"),
                                    sv.backup ? QCoreApplication::translate("HaproxyPush", "backup")
                                              : QCoreApplication::translate("HaproxyPush", "active"));
            if (!found->address.isEmpty() && sv.address.port >= 0 && found->address != sv.address.toString())
                problems << QCoreApplication::translate("HaproxyPush", "%1/%2 points at %3, expected %4")
                                .arg(s.name, sv.name, found->address, sv.address.toString());
            if (!sv.backup && !sv.disabled && !found->isUp())
                problems << QCoreApplication::translate("HaproxyPush", "%1/%2 is %3, expected UP")
                                .arg(s.name, sv.name, found->status);
        }
        for (const auto& l : live) {
            if (l.proxy != s.name)
                continue;
            bool expected = false;
            for (const auto& sv : s.servers())
                expected = expected || sv.name == l.name;
            if (!expected)
                problems << QCoreApplication::translate("HaproxyPush", "%1/%2 is reported but not in the file")
                                .arg(l.proxy, l.name);
        }
    }
    return problems.join(QStringLiteral("; "));
}

HaproxyPushReport HaproxyPush::push(const QByteArray& config, const std::function<void(const QString&)>& progress)
{
    HaproxyPushReport rep;
    auto step = [&](const QString& line) {
        rep.log << line;
        if (progress)
            progress(line);
    };
    auto fail = [&](const QString& why) {
        rep.error = why;
        step(why);
        return rep;
    };
    QString error;
    if (!ensureSession(&error))
        return fail(error);
    const QString path = m_profile.haproxy.configPath;
    const QString host = m_profile.haproxy.host;
    const auto current = readCurrent(&error);
    if (!current)
        return fail(error);
    const HaproxyConfig parsed = HaproxyConfig::parse(config);

    // 1. Upload and check the candidate before anything on the host changes.
    const auto tmp = run({ QStringLiteral("mktemp"), QStringLiteral("/tmp/warren-haproxy.XXXXXX") }, false);
    const QString tmpPath = QString::fromUtf8(tmp.out).trimmed();
    if (!tmp.ok() || !tmpPath.startsWith(QStringLiteral("/tmp/warren-haproxy.")))
        return fail(QCoreApplication::translate("HaproxyPush", "cannot create a temporary file on %1: %2")
                        .arg(host, describe(tmp)));
    auto removeTmp = [&] { run({ QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), tmpPath }, false); };
    const auto write = run({ QStringLiteral("tee"), QStringLiteral("--"), tmpPath }, false, config);
    if (!write.ok()) {
        removeTmp();
        return fail(QCoreApplication::translate("HaproxyPush", "cannot upload the new file to %1: %2")
                        .arg(host, describe(write)));
    }
    const auto check = run({ QStringLiteral("haproxy"), QStringLiteral("-c"), QStringLiteral("-f"), tmpPath }, true);
    if (!check.ok()) {
        removeTmp();
        return fail(
            QCoreApplication::translate("HaproxyPush", "HAProxy on %1 refuses the new file; nothing was changed: %2")
                .arg(host, bounded(check.out + check.err).replace(tmpPath, QStringLiteral("FILE"))));
    }
    step(QCoreApplication::translate("HaproxyPush", "the new file passes haproxy -c on %1").arg(host));
    if (*current == config) {
        removeTmp();
        step(QCoreApplication::translate("HaproxyPush", "%1 on %2 already has this content; nothing to do")
                 .arg(path, host));
        rep.ok = true;
        return rep;
    }

    // 2. Back up, write in place, check again where it is.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    rep.backupPath = path + QStringLiteral(".warren-backup-") + stamp;
    const auto backup
        = run({ QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), path, rep.backupPath }, true);
    if (!backup.ok()) {
        removeTmp();
        return fail(QCoreApplication::translate("HaproxyPush", "cannot back up %1 on %2; nothing was changed: %3")
                        .arg(path, host, describe(backup)));
    }
    step(QCoreApplication::translate("HaproxyPush", "backed up %1 to %2").arg(path, rep.backupPath));
    bool reloaded = false;
    auto restore = [&](const QString& why) {
        rep.error = why;
        step(why);
        const auto back = run({ QStringLiteral("cp"), QStringLiteral("--"), rep.backupPath, path }, true);
        if (!back.ok()) {
            rep.error
                = QCoreApplication::translate("HaproxyPush", "%1; restoring the backup FAILED (%2): restore %3 by hand")
                      .arg(why, describe(back), rep.backupPath);
            step(rep.error);
            return rep;
        }
        rep.restored = true;
        step(QCoreApplication::translate("HaproxyPush", "restored %1 from %2").arg(path, rep.backupPath));
        if (reloaded) {
            const auto again = run(m_profile.haproxy.reloadArgv(), true);
            step(again.ok()
                    ? QCoreApplication::translate("HaproxyPush", "reloaded HAProxy with the restored file")
                    : QCoreApplication::translate("HaproxyPush", "reloading HAProxy with the restored file failed: %1")
                          .arg(describe(again)));
        }
        return rep;
    };
    const auto install = run({ QStringLiteral("cp"), QStringLiteral("--"), tmpPath, path }, true);
    removeTmp();
    if (!install.ok())
        return restore(
            QCoreApplication::translate("HaproxyPush", "cannot write %1 on %2: %3").arg(path, host, describe(install)));
    step(QCoreApplication::translate("HaproxyPush", "wrote %1").arg(path));
    const auto checkInPlace
        = run({ QStringLiteral("haproxy"), QStringLiteral("-c"), QStringLiteral("-f"), path }, true);
    if (!checkInPlace.ok())
        return restore(QCoreApplication::translate("HaproxyPush", "HAProxy refuses %1 where it is: %2")
                           .arg(path, bounded(checkInPlace.out + checkInPlace.err)));

    // 3. Reload and verify through the stats socket.
    const auto reload = run(m_profile.haproxy.reloadArgv(), true);
    reloaded = true;
    if (!reload.ok())
        return restore(QCoreApplication::translate("HaproxyPush", "reload failed (%1): %2")
                           .arg(RemoteCommand { m_profile.haproxy.reloadArgv(), true }.display(m_profile.ssh.sudo),
                               describe(reload)));
    step(QCoreApplication::translate("HaproxyPush", "reloaded HAProxy"));
    QDeadlineTimer deadline(verifyTimeoutMs);
    QString lastProblem;
    for (;;) {
        if (m_cancel.isCancelled())
            return restore(QCoreApplication::translate("HaproxyPush", "cancelled"));
        QString statsError;
        const auto stats = readStats(&statsError);
        if (stats) {
            rep.servers = *stats;
            lastProblem = compareServers(parsed, *stats);
            if (lastProblem.isEmpty())
                break;
        } else {
            lastProblem = statsError;
        }
        if (deadline.hasExpired())
            return restore(QCoreApplication::translate(
                "HaproxyPush", "after the reload HAProxy does not show the servers as intended within %1 s: %2")
                               .arg(verifyTimeoutMs / 1000)
                               .arg(lastProblem));
        QThread::msleep(500);
    }
    step(QCoreApplication::translate("HaproxyPush", "show stat confirms the servers as the file says"));
    rep.ok = true;
    rep.changed = true;
    return rep;
}

} // namespace warren
