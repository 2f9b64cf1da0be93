#include "SshSession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <libssh/libssh.h>

#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

namespace warren {

namespace {
    constexpr qsizetype kMaxOutput = 512 * 1024 * 1024; // a 100k-queue listing stays far below this
    constexpr int kSliceMs = 100; // how often blocking waits look at the cancel token

    void initLibssh()
    {
        static std::once_flag once;
        std::call_once(once, [] { ssh_init(); });
    }

    // A cut link is silent: TCP would retransmit for ~15 minutes, and a command waiting for output
    // would sit out its whole timeout (rabbitmqctl may legitimately print nothing for a minute). So
    // the kernel watches the peer: keepalive probes while nothing flows (the host of a slow but alive
    // command acknowledges them, whatever the command does), and TCP_USER_TIMEOUT breaks the
    // connection once sent data or probes stay unacknowledged for kLivenessMs.
    constexpr int kKeepaliveIdleSec = 2;
    constexpr int kKeepaliveIntervalSec = 2;

    void watchPeer(socket_t fd)
    {
        const int on = 1;
        const int idle = kKeepaliveIdleSec;
        const int interval = kKeepaliveIntervalSec;
        const int count = SshSession::kLivenessMs / 1000 / kKeepaliveIntervalSec;
        const unsigned int userTimeout = SshSession::kLivenessMs;
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
        ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
    }

    // Milliseconds since the peer's kernel last acknowledged or sent anything (-1: unknown).
    qint64 msSincePeerSpoke(socket_t fd)
    {
        if (fd < 0)
            return -1;
        tcp_info info {};
        socklen_t len = sizeof info;
        if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
            return -1;
        return qMin(info.tcpi_last_ack_recv, info.tcpi_last_data_recv);
    }
} // namespace

struct SshSession::Impl
{
    ssh_session session = nullptr;
    ssh_key serverKey = nullptr;
    bool connected = false;
    bool authenticated = false;

    ~Impl()
    {
        if (serverKey)
            ssh_key_free(serverKey);
        if (session) {
            if (connected)
                ssh_disconnect(session);
            ssh_free(session);
        }
    }
};

SshSession::SshSession(SshTarget target, CancelToken cancel)
    : d(std::make_unique<Impl>())
    , m_target(std::move(target))
    , m_cancel(std::move(cancel))
{
    initLibssh();
}

SshSession::~SshSession() = default;

void SshSession::fail(Error e, const QString& message)
{
    m_error = e;
    m_errorString = message;
}

void SshSession::failBroken(qint64 silentMs, const QString& otherwise)
{
    // The peer had been silent for a while when the connection broke: the kernel gave up on it
    // (a cut link, a dead host), not a peer that closed the connection.
    if (silentMs >= kLivenessMs / 2)
        fail(Error::Timeout,
            QCoreApplication::translate(
                "Ssh", "%1 (%2): no answer for %3 s, connection given up (is the host down or its network cut?)")
                .arg(m_target.host, m_target.address)
                .arg(silentMs / 1000));
    else
        fail(Error::Channel, otherwise);
}

bool SshSession::connect()
{
    if (d->connected)
        return true;
    d->session = ssh_new();
    if (!d->session) {
        fail(Error::Protocol, QCoreApplication::translate("Ssh", "cannot create an SSH session"));
        return false;
    }
    const QByteArray address = m_target.address.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray knownHosts = QDir::toNativeSeparators(m_target.knownHosts).toUtf8();
    unsigned int port = unsigned(m_target.port);
    long timeoutSec = qMax(1, m_target.timeoutMs / 1000);
    int no = 0;
    ssh_options_set(d->session, SSH_OPTIONS_HOST, address.constData());
    ssh_options_set(d->session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(d->session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(d->session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    // Deterministic: only what the profile says, not ~/.ssh/config of whoever runs Warren.
    ssh_options_set(d->session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    if (!knownHosts.isEmpty()) {
        ssh_options_set(d->session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
        ssh_options_set(d->session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHosts.constData());
    }

    // Non-blocking connect so a dead or stalling host can be cancelled and times out on our clock.
    ssh_set_blocking(d->session, 0);
    QDeadlineTimer deadline(m_target.timeoutMs);
    int rc = SSH_AGAIN;
    socket_t watched = -1;
    while (true) {
        rc = ssh_connect(d->session);
        if (rc != SSH_AGAIN)
            break;
        if (m_cancel.isCancelled()) {
            fail(Error::Cancelled, QCoreApplication::translate("Ssh", "cancelled"));
            return false;
        }
        if (deadline.hasExpired()) {
            fail(Error::Timeout,
                QCoreApplication::translate("Ssh", "%1 (%2): no SSH answer within %3 s")
                    .arg(m_target.host, m_target.address)
                    .arg(m_target.timeoutMs / 1000));
            return false;
        }
        const socket_t fd = ssh_get_fd(d->session);
        if (fd >= 0) {
            // POLLOUT only while the TCP connect is under way: a connected socket is always
            // writable, and waiting for a banner that never comes would spin a core.
            sockaddr_storage peer {};
            socklen_t len = sizeof peer;
            const bool connected = ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &len) == 0;
            // From the TCP handshake on (not before: connecting is bounded by the profile's timeout).
            if (connected && fd != watched) {
                watchPeer(fd);
                watched = fd;
            }
            pollfd p { fd, short(connected ? POLLIN : (POLLIN | POLLOUT)), 0 };
            ::poll(&p, 1, kSliceMs);
        } else {
            QThread::msleep(kSliceMs);
        }
    }
    ssh_set_blocking(d->session, 1);
    if (rc == SSH_OK && watched < 0 && ssh_get_fd(d->session) >= 0)
        watchPeer(ssh_get_fd(d->session));
    if (rc != SSH_OK) {
        const QString detail = QString::fromUtf8(ssh_get_error(d->session));
        const bool timedOut = detail.contains(QLatin1String("imeout"));
        fail(timedOut ? Error::Timeout : Error::Unreachable,
            QCoreApplication::translate("Ssh", "cannot reach %1 (%2) over SSH: %3")
                .arg(m_target.host, m_target.address, detail));
        return false;
    }
    d->connected = true;

    if (ssh_get_server_publickey(d->session, &d->serverKey) != SSH_OK) {
        fail(Error::Protocol, QCoreApplication::translate("Ssh", "%1 sent no host key").arg(m_target.host));
        return false;
    }
    unsigned char* hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(d->serverKey, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == 0) {
        char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        m_hostKey.fingerprint = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    m_hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(d->serverKey)));

    switch (ssh_session_is_known_server(d->session)) {
    case SSH_KNOWN_HOSTS_OK:
        m_hostKey.state = HostKeyInfo::State::Known;
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        m_hostKey.state = HostKeyInfo::State::Changed;
        fail(Error::HostKeyChanged,
            QCoreApplication::translate("Ssh",
                "the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. "
                "Warren refuses to connect; if the host was reinstalled, remove its old entry from %5")
                .arg(m_target.host, m_target.address, m_hostKey.type, m_hostKey.fingerprint, m_target.knownHosts));
        return false;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        m_hostKey.state = HostKeyInfo::State::NoKnownHostsFile;
        fail(Error::HostKeyUnknown,
            QCoreApplication::translate("Ssh", "the host key of %1 (%2) is not known yet: %3 %4")
                .arg(m_target.host, m_target.address, m_hostKey.type, m_hostKey.fingerprint));
        return true;
    case SSH_KNOWN_HOSTS_UNKNOWN:
        m_hostKey.state = HostKeyInfo::State::Unknown;
        fail(Error::HostKeyUnknown,
            QCoreApplication::translate("Ssh", "the host key of %1 (%2) is not known yet: %3 %4")
                .arg(m_target.host, m_target.address, m_hostKey.type, m_hostKey.fingerprint));
        return true;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        m_hostKey.state = HostKeyInfo::State::Error;
        fail(Error::Protocol,
            QCoreApplication::translate("Ssh", "cannot check the host key of %1: %2")
                .arg(m_target.host, QString::fromUtf8(ssh_get_error(d->session))));
        return false;
    }
}

bool SshSession::acceptHostKey()
{
    if (!d->connected)
        return false;
    if (m_hostKey.state == HostKeyInfo::State::Changed)
        return false; // never silently overwrite a changed key
    if (!m_target.knownHosts.isEmpty())
        QDir().mkpath(QFileInfo(m_target.knownHosts).absolutePath());
    if (ssh_session_update_known_hosts(d->session) != SSH_OK) {
        fail(Error::Protocol,
            QCoreApplication::translate("Ssh", "cannot record the host key of %1 in %2: %3")
                .arg(m_target.host, m_target.knownHosts, QString::fromUtf8(ssh_get_error(d->session))));
        return false;
    }
    m_hostKey.state = HostKeyInfo::State::Known;
    m_error = Error::None;
    m_errorString.clear();
    return true;
}

bool SshSession::authenticate()
{
    if (d->authenticated)
        return true;
    if (!d->connected) {
        fail(Error::Protocol, QCoreApplication::translate("Ssh", "not connected"));
        return false;
    }
    if (m_hostKey.state != HostKeyInfo::State::Known) {
        if (m_error == Error::None)
            fail(Error::HostKeyUnknown,
                QCoreApplication::translate("Ssh", "the host key of %1 is not trusted").arg(m_target.host));
        return false;
    }
    if (m_cancel.isCancelled()) {
        fail(Error::Cancelled, QCoreApplication::translate("Ssh", "cancelled"));
        return false;
    }
    int rc = SSH_AUTH_DENIED;
    if (!m_target.keyFile.isEmpty()) {
        ssh_key key = nullptr;
        const QByteArray path = QDir::toNativeSeparators(m_target.keyFile).toUtf8();
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
            fail(Error::AuthFailed,
                QCoreApplication::translate("Ssh",
                    "cannot read the private key %1 (missing, unreadable or protected by a "
                    "passphrase: use ssh-agent for such keys)")
                    .arg(m_target.keyFile));
            return false;
        }
        rc = ssh_userauth_publickey(d->session, nullptr, key);
        ssh_key_free(key);
    } else {
        rc = ssh_userauth_publickey_auto(d->session, nullptr, nullptr);
    }
    if (rc != SSH_AUTH_SUCCESS && !m_target.password.isEmpty()) {
        const QByteArray pw = m_target.password.toUtf8();
        rc = ssh_userauth_password(d->session, nullptr, pw.constData());
    }
    if (rc != SSH_AUTH_SUCCESS) {
        fail(Error::AuthFailed,
            QCoreApplication::translate("Ssh", "%1 refused the login of user \"%2\" (key or password not accepted)")
                .arg(m_target.host, m_target.user));
        return false;
    }
    d->authenticated = true;
    return true;
}

bool SshSession::open()
{
    if (!connect())
        return false;
    return authenticate();
}

SshExecResult SshSession::exec(const QString& command, int timeoutMs, const QByteArray& stdinData)
{
    SshExecResult result;
    if (!open())
        return result;
    ssh_channel channel = ssh_channel_new(d->session);
    if (!channel) {
        fail(Error::Channel, QCoreApplication::translate("Ssh", "cannot open a channel to %1").arg(m_target.host));
        return result;
    }
    auto closeChannel = qScopeGuard([&] {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
    });
    const QByteArray cmd = command.toUtf8();
    const qint64 silentBefore = msSincePeerSpoke(ssh_get_fd(d->session));
    if (ssh_channel_open_session(channel) != SSH_OK || ssh_channel_request_exec(channel, cmd.constData()) != SSH_OK) {
        // A blocking call: on a dead peer it waits for the session timeout, the socket still open.
        const qint64 silentAfter = msSincePeerSpoke(ssh_get_fd(d->session));
        failBroken(silentAfter >= 0 ? silentAfter : silentBefore,
            QCoreApplication::translate("Ssh", "%1 did not run the command: %2")
                .arg(m_target.host, QString::fromUtf8(ssh_get_error(d->session))));
        return result;
    }
    if (!stdinData.isEmpty()) {
        qsizetype written = 0;
        while (written < stdinData.size()) {
            const int n
                = ssh_channel_write(channel, stdinData.constData() + written, uint32_t(stdinData.size() - written));
            if (n <= 0) {
                fail(Error::Channel,
                    QCoreApplication::translate("Ssh", "the connection to %1 broke while sending data")
                        .arg(m_target.host));
                return result;
            }
            written += n;
        }
    }
    ssh_channel_send_eof(channel);

    QDeadlineTimer deadline(timeoutMs);
    char buf[65536];
    while (true) {
        if (m_cancel.isCancelled()) {
            fail(Error::Cancelled, QCoreApplication::translate("Ssh", "cancelled"));
            return result;
        }
        if (deadline.hasExpired()) {
            fail(Error::Timeout,
                QCoreApplication::translate("Ssh", "the command on %1 did not finish within %2 s")
                    .arg(m_target.host)
                    .arg(timeoutMs / 1000));
            return result;
        }
        bool progressed = false;
        // Sampled before each read: once the kernel gives up on the peer, libssh closes the socket.
        const qint64 silentMs = msSincePeerSpoke(ssh_get_fd(d->session));
        for (int isStderr = 0; isStderr < 2; ++isStderr) {
            const int n = ssh_channel_read_timeout(channel, buf, sizeof buf, isStderr, isStderr ? 0 : kSliceMs);
            if (n == SSH_ERROR) {
                failBroken(silentMs,
                    QCoreApplication::translate("Ssh", "the connection to %1 broke during the command: %2")
                        .arg(m_target.host, QString::fromUtf8(ssh_get_error(d->session))));
                return result;
            }
            if (n > 0) {
                QByteArray& target = isStderr ? result.err : result.out;
                if (target.size() + n > kMaxOutput) {
                    fail(Error::Protocol,
                        QCoreApplication::translate("Ssh", "the command on %1 printed more than %2 MiB")
                            .arg(m_target.host)
                            .arg(kMaxOutput >> 20));
                    return result;
                }
                target.append(buf, n);
                progressed = true;
            }
        }
        if (!progressed && ssh_channel_is_eof(channel))
            break;
        if (!progressed && !ssh_channel_is_open(channel))
            break;
    }
    // Drain what arrived together with EOF.
    for (int isStderr = 0; isStderr < 2; ++isStderr) {
        int n;
        while ((n = ssh_channel_read_nonblocking(channel, buf, sizeof buf, isStderr)) > 0)
            (isStderr ? result.err : result.out).append(buf, n);
    }
    int status = -1;
    for (int i = 0; i < 50 && (status = ssh_channel_get_exit_status(channel)) == -1; ++i)
        QThread::msleep(10);
    result.exitCode = status;
    if (status == -1)
        fail(Error::Channel,
            QCoreApplication::translate("Ssh", "%1 did not report the command's exit status").arg(m_target.host));
    else {
        m_error = Error::None;
        m_errorString.clear();
    }
    return result;
}

} // namespace warren
