#pragma once

#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "util/Cancel.h"

#include <QList>

namespace warren {

// "Test connection" for one host: SSH (host key, login, a harmless command) and the management
// API (login). Blocking: run in a worker.
struct HostTestResult
{
    QString host;
    QString address;
    bool sshOk = false;
    QString sshMessage; // translated: "OK (hostname rabbit1)" or the error
    HostKeyInfo hostKey; // state Unknown: ask the user, then call acceptHostKey()
    bool apiTested = false;
    bool apiOk = false;
    QString apiMessage; // translated: "OK (RabbitMQ 3.10.8)" or the error
};

// apiPassword: the password to log in to the API with (a dialog's field, not saved yet); empty:
// the one the collector would use (the session's secret store, then the profile's password file).
HostTestResult testHostConnection(const ClusterProfile& profile, const HostProfile& host,
    const CancelToken& cancel = {}, const QString& apiPassword = {});
QList<HostTestResult> testConnections(const ClusterProfile& profile, const CancelToken& cancel = {});

// After the user accepted the fingerprint shown: connect again and record the key, but only if
// the server still presents the same fingerprint.
bool acceptHostKey(
    const ClusterProfile& profile, const HostProfile& host, const QString& expectedFingerprint, QString* error);

} // namespace warren
