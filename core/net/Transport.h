#pragma once

#include "api/HttpClient.h"
#include "ssh/SshSession.h"
#include "util/Cancel.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace warren {

// One SSH connection as the collectors use it: open, run commands, say why it failed.
// SshSession is the real one; tests replay recorded answers.
class SshChannel
{
public:
    virtual ~SshChannel() = default;
    virtual bool open() = 0;
    virtual SshExecResult exec(const QString& command, int timeoutMs = 60000, const QByteArray& stdinData = {}) = 0;
    virtual SshSession::Error error() const = 0;
    virtual QString errorString() const = 0;
    virtual HostKeyInfo hostKey() const = 0;
};

// The seam between the collectors and the network, as RemoteExecutor is for core/ops: every HTTP
// GET, SSH connection and reachability probe of StatusCollector (and of the API walk and
// ClusterReach it uses) goes through one of these. networkTransport() is the real one; unit tests
// drive the collectors with recorded transcripts. Implementations are called from several worker
// threads at once (the reach probe and the per-node checks run in parallel).
class Transport
{
public:
    virtual ~Transport() = default;
    virtual HttpResult get(const QUrl& url, const HttpRequestOptions& options, const CancelToken& cancel) = 0;
    virtual std::unique_ptr<SshChannel> ssh(const SshTarget& target, const CancelToken& cancel) = 0;
    // One blocking TCP connect: it succeeds, is refused (the host answered), or fails (*why says how).
    enum class Connect { Ok, Refused, Failed };
    virtual Connect connect(const QString& host, quint16 port, int timeoutMs, QString* why) = 0;
};

// HTTP through httpGet, SSH through SshSession, TCP through QTcpSocket. Stateless: one for all.
Transport& networkTransport();

} // namespace warren
