#pragma once

#include "haproxy/HaproxyConfig.h"
#include "model/ClusterSnapshot.h"
#include "net/Transport.h"
#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "util/Cancel.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace warren {

struct HaproxyValidation
{
    bool ok = false;
    QString where; // "local" or the host name
    QString output; // what haproxy -c said (stdout + stderr), bounded
};

struct HaproxyPushReport
{
    bool ok = false;
    bool changed = false; // the file on the host was replaced (and kept)
    bool restored = false; // a failure after the file was replaced put the backup back
    QString error; // translated, one line; empty when ok
    QString backupPath; // on the HAProxy host
    QStringList log; // translated, one line per step taken
    QList<HaproxyServer> servers; // as `show stat` reported them at the end
};

// Replaces haproxy.cfg on the profile's HAProxy host, over SSH:
//  upload to a temporary file -> `haproxy -c` on it -> back up the current file (timestamped) ->
//  write the new one in place (owner, mode and inode kept) -> `haproxy -c` on it -> reload
//  (profile.haproxy.reload; HAProxy's hitless reload keeps established connections on the old
//  process until they end) -> `show stat` on the stats socket until the servers are as the file
//  says. A failure after the file was replaced restores the backup and reloads again.
// Blocking: run it in a worker thread; the CLI calls it directly.
class HaproxyPush final
{
public:
    explicit HaproxyPush(ClusterProfile profile, CancelToken cancel = {});
    // SSH through `transport` (a recorded transcript in tests); it must outlive this object.
    HaproxyPush(ClusterProfile profile, CancelToken cancel, Transport& transport);
    ~HaproxyPush();
    HaproxyPush(const HaproxyPush&) = delete;
    HaproxyPush& operator=(const HaproxyPush&) = delete;

    // Empty when the profile says where HAProxy and its file are; else why not (translated).
    QString profileProblem() const;
    QString hostName() const { return m_profile.haproxy.host; }
    QString configPath() const { return m_profile.haproxy.configPath; }
    // The steps push() takes, for a preview (translated, one line each).
    QStringList plan() const;

    std::optional<QByteArray> readCurrent(QString* error);
    HaproxyValidation validateRemotely(const QByteArray& config);
    HaproxyPushReport push(const QByteArray& config, const std::function<void(const QString&)>& progress = {});

    // `show stat` over SSH (the stats socket).
    std::optional<QList<HaproxyServer>> readStats(QString* error);

    // `haproxy -c -f` on this machine; nullopt when no haproxy binary is installed here.
    static std::optional<HaproxyValidation> validateLocally(const QByteArray& config);
    // Empty when `live` shows every server of `config` with its role (active/backup) and address and
    // every active server UP; else what differs (translated).
    static QString compareServers(const HaproxyConfig& config, const QList<HaproxyServer>& live);

    int verifyTimeoutMs = 30000;

private:
    bool ensureSession(QString* error);
    SshExecResult run(
        const QStringList& argv, bool privileged, const QByteArray& stdinData = {}, int timeoutMs = 60000);
    QString describe(const SshExecResult& r) const;

    ClusterProfile m_profile;
    CancelToken m_cancel;
    Transport* m_transport;
    std::unique_ptr<SshChannel> m_ssh;
};

} // namespace warren
