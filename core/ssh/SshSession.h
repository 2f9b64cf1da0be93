#pragma once

#include "util/Cancel.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace warren {

struct SshTarget
{
    QString host; // display name (rabbit1)
    QString address; // what to connect to
    int port = 22;
    QString user;
    QString keyFile; // empty: try ssh-agent
    QString password; // optional, never logged
    QString knownHosts; // OpenSSH known_hosts file
    int timeoutMs = 10000;
};

struct SshExecResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

// The server's key, as OpenSSH would show it.
struct HostKeyInfo
{
    enum class State { Known, Unknown, Changed, NoKnownHostsFile, Error };
    State state = State::Error;
    QString type; // ssh-ed25519, ...
    QString fingerprint; // SHA256:base64, as `ssh-keygen -l` prints
};

// One SSH connection to one host. Not thread-safe: create, use and destroy it in one worker
// thread. Every call blocks (in slices, watching the CancelToken) and never throws.
class SshSession final
{
public:
    enum class Error {
        None,
        Unreachable,
        Timeout,
        HostKeyUnknown,
        HostKeyChanged,
        AuthFailed,
        Channel,
        Cancelled,
        Protocol
    };

    // A connection whose peer acknowledges nothing for this long is given up (a cut link or a dead
    // host), whatever the command's own timeout; a slow command on a live host is not affected.
    static constexpr int kLivenessMs = 10000;

    explicit SshSession(SshTarget target, CancelToken cancel = {});
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Connects and verifies the host key against known_hosts. An unknown key leaves the session
    // connected but unauthenticated (hostKey() tells the fingerprint): the caller asks the user and
    // then calls acceptHostKey() or gives up. A changed key is refused.
    bool connect();
    HostKeyInfo hostKey() const { return m_hostKey; }
    // Appends the current server key to known_hosts (only after the user accepted it).
    bool acceptHostKey();
    bool authenticate();
    // connect() + authenticate(), treating an unknown key as an error.
    bool open();

    SshExecResult exec(const QString& command, int timeoutMs = 60000, const QByteArray& stdinData = {});

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; } // translated, one line, no secrets
    const SshTarget& target() const { return m_target; }

private:
    void fail(Error e, const QString& message);
    // A broken connection: "no answer" when the peer had been silent for silentMs, else otherwise.
    void failBroken(qint64 silentMs, const QString& otherwise);
    struct Impl;
    std::unique_ptr<Impl> d;
    SshTarget m_target;
    CancelToken m_cancel;
    HostKeyInfo m_hostKey;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace warren
