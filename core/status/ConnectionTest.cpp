#include "ConnectionTest.h"

#include "api/ManagementApi.h"
#include "status/StatusCollector.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>

namespace warren {

namespace {
} // namespace

HostTestResult testHostConnection(
    const ClusterProfile& profile, const HostProfile& host, const CancelToken& cancel, const QString& apiPassword)
{
    HostTestResult r;
    r.host = host.name;
    r.address = host.address;
    const StatusCollector helper(profile, cancel);

    SshSession ssh(helper.sshTarget(host), cancel);
    if (!ssh.connect()) {
        r.sshMessage = ssh.errorString();
        r.hostKey = ssh.hostKey();
    } else {
        r.hostKey = ssh.hostKey();
        if (r.hostKey.state != HostKeyInfo::State::Known) {
            r.sshMessage = ssh.errorString();
        } else if (!ssh.authenticate()) {
            r.sshMessage = ssh.errorString();
        } else {
            const auto res = ssh.exec(shellCommand({ QStringLiteral("hostname") }), 15000);
            if (ssh.error() != SshSession::Error::None) {
                r.sshMessage = ssh.errorString();
            } else {
                r.sshOk = res.exitCode == 0;
                const QString name = QString::fromUtf8(res.out).trimmed().left(80);
                r.sshMessage = r.sshOk
                    ? QCoreApplication::translate("Status", "OK (host name %1)").arg(name)
                    : QCoreApplication::translate("Status", "logged in, but `hostname` failed (exit %1)")
                          .arg(res.exitCode);
            }
        }
    }

    if (host.apiUrl.isValid() && !cancel.isCancelled()) {
        r.apiTested = true;
        QString passwordError;
        auto options = helper.apiOptions(&passwordError);
        if (!apiPassword.isEmpty())
            options.password = apiPassword;
        if (options.password.isEmpty()) {
            r.apiMessage = passwordError;
        } else {
            ManagementApi api(host.apiUrl, options, cancel);
            const auto reply = api.overviewRaw();
            if (!reply.ok()) {
                r.apiMessage = reply.errorString;
            } else {
                const auto overview = parseApiOverview(reply.body);
                r.apiOk = overview.ok();
                r.apiMessage = overview.ok()
                    ? QCoreApplication::translate("Status", "OK (RabbitMQ %1 on %2)")
                          .arg(overview->rabbitVersion, overview->node)
                    : QCoreApplication::translate("Status", "unreadable answer: %1").arg(overview.error().toString());
            }
        }
    }
    return r;
}

QList<HostTestResult> testConnections(const ClusterProfile& profile, const CancelToken& cancel)
{
    QList<HostTestResult> out;
    for (const auto* list : { &profile.hosts, &profile.spare }) {
        for (const auto& h : *list) {
            if (cancel.isCancelled())
                return out;
            out << testHostConnection(profile, h, cancel);
        }
    }
    return out;
}

bool acceptHostKey(
    const ClusterProfile& profile, const HostProfile& host, const QString& expectedFingerprint, QString* error)
{
    const StatusCollector helper(profile);
    SshSession ssh(helper.sshTarget(host));
    if (!ssh.connect()) {
        if (error)
            *error = ssh.errorString();
        return false;
    }
    if (ssh.hostKey().state == HostKeyInfo::State::Known)
        return true;
    if (ssh.hostKey().fingerprint != expectedFingerprint) {
        if (error)
            *error = QCoreApplication::translate(
                "Status", "%1 now presents key %2, not the %3 you accepted; nothing was recorded")
                         .arg(host.name, ssh.hostKey().fingerprint, expectedFingerprint);
        return false;
    }
    if (!ssh.acceptHostKey()) {
        if (error)
            *error = ssh.errorString();
        return false;
    }
    return true;
}

} // namespace warren
