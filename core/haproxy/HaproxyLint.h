#pragma once

#include "haproxy/HaproxyConfig.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace warren {

struct HaproxyFinding
{
    enum class Severity { Info, Warning, Error };
    QString code; // stable, for scripts and tests: "E-EPMD-PROXIED"
    Severity severity = Severity::Warning;
    int line = 0; // 1-based; 0: the file as a whole
    QString message; // translated explanation
    QString fix; // translated remedy

    static QString severityKey(Severity s); // "error", "warning", "info": stable
    QJsonObject toJson() const;
};

// What the linter knows about the cluster behind the file. All of it is optional: without a
// profile the checks that compare servers with nodes are skipped.
struct HaproxyLintContext
{
    std::optional<ClusterProfile> profile;
    std::optional<ClusterSnapshot> snapshot;
    int heartbeatSeconds = 60; // the AMQP heartbeat clients negotiate (RabbitMQ's default: 60 s)
    // The HAProxy that will load the file, as major * 100 + minor (206: 2.6, Debian 12's). A keyword
    // it no longer accepts is an error; one it accepts but a later version removed, a warning.
    int haproxyVersion = 206;
};

// Reads an haproxy.cfg for a RabbitMQ cluster the way an experienced admin would: what breaks the
// cluster (epmd or the distribution port proxied, timeouts that cut heartbeating connections),
// what hides failures (no health checks), and what does not match the cluster Warren sees.
class HaproxyLint final
{
public:
    static QList<HaproxyFinding> lint(const HaproxyConfig& config, const HaproxyLintContext& context = {});
    static bool hasErrors(const QList<HaproxyFinding>& findings);
    // "2.6" -> 206, "3.0" -> 300; -1 when the text is no HAProxy version (1.4 to 9.x).
    static int versionFromText(const QString& text);
    static QString versionText(int version); // 206 -> "2.6"
};

} // namespace warren
