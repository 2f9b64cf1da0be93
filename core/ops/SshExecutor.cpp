#include "SshExecutor.h"

#include "status/StatusCollector.h"

#include <QCoreApplication>

namespace warren {

SshExecutor::SshExecutor(ClusterProfile profile, CancelToken cancel)
    : m_profile(std::move(profile))
    , m_cancel(std::move(cancel))
{
}

SshExecutor::~SshExecutor() = default;

SshSession* SshExecutor::session(const QString& host, QString* error)
{
    if (auto it = m_sessions.find(host); it != m_sessions.end())
        return it->get();
    const HostProfile* h = m_profile.host(host);
    if (!h) {
        *error = QCoreApplication::translate("Ops", "host \"%1\" is not in the cluster profile").arg(host);
        return nullptr;
    }
    const StatusCollector targets(m_profile, m_cancel);
    auto s = std::make_shared<SshSession>(targets.sshTarget(*h), m_cancel);
    if (!s->open()) {
        *error = s->errorString(); // names the host and its address already
        return nullptr;
    }
    m_sessions.insert(host, s);
    return s.get();
}

RemoteResult SshExecutor::run(
    const QString& host, const RemoteCommand& command, int timeoutMs, const QByteArray& stdinData)
{
    RemoteResult r;
    if (m_cancel.isCancelled()) {
        r.transportError = QCoreApplication::translate("Ops", "cancelled");
        return r;
    }
    if (const QString why = command.refusal(); !why.isEmpty()) {
        // Not sent at all (toShell() would only send a harmless refusal): the command did not run.
        r.exitCode = 125;
        r.err = why.toUtf8();
        return r;
    }
    SshSession* s = session(host, &r.transportError);
    if (!s)
        return r;
    const SshExecResult e
        = s->exec(command.toShell(useSudo()), timeoutMs, stdinData.isEmpty() ? command.input : stdinData);
    r.exitCode = e.exitCode;
    r.out = e.out;
    r.err = e.err;
    if (s->error() != SshSession::Error::None) {
        r.transportError = QCoreApplication::translate("Ops", "SSH to %1: %2").arg(host, s->errorString());
        m_sessions.remove(host); // reconnect on the next command
    }
    return r;
}

} // namespace warren
