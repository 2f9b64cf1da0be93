#pragma once

#include "RemoteExecutor.h"
#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "util/Cancel.h"

#include <QHash>

#include <memory>

namespace warren {

// RemoteExecutor over SSH: one SshSession per host, opened on first use and reopened after a
// transport failure (so a retry after a dropped connection works). Not thread-safe: one per
// worker thread, like SshSession.
class SshExecutor final : public RemoteExecutor
{
public:
    SshExecutor(ClusterProfile profile, CancelToken cancel = {});
    ~SshExecutor() override;

    RemoteResult run(
        const QString& host, const RemoteCommand& command, int timeoutMs, const QByteArray& stdinData = {}) override;
    bool useSudo() const override { return m_profile.ssh.sudo; }

private:
    SshSession* session(const QString& host, QString* error);

    ClusterProfile m_profile;
    CancelToken m_cancel;
    QHash<QString, std::shared_ptr<SshSession>> m_sessions;
};

} // namespace warren
