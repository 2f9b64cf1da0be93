#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace testutil {

struct ProcResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

QString sourceDir();
QString dataFile(const QString& name); // tests/data/<name>
QByteArray readData(const QString& name);
QString artifactsDir(); // created on demand; screenshots and logs tests leave behind

// The lab's profile (lab/state/cluster.json, or $WARREN_LAB_PROFILE). Empty when the lab is not up.
QString labProfile();
// True when lab tests must fail rather than skip without a lab (set WARREN_LAB_REQUIRED=1 in CI).
bool labRequired();

// Ground truth comes from the lab itself, never from Warren's code.
ProcResult labctl(const QStringList& args, int timeoutMs = 180000);
ProcResult labExec(const QString& host, const QStringList& command, int timeoutMs = 120000);
ProcResult run(const QString& program, const QStringList& args, int timeoutMs = 120000,
    const QByteArray& stdinData = {});

// `rabbitmqctl cluster_status --formatter json` on a lab host (log noise skipped); {} when it fails.
QJsonObject labClusterStatus(const QString& host);
// Whether STATUS's list KEY (disk_nodes, ram_nodes, running_nodes) holds NODE.
bool listedIn(const QJsonObject& status, const QString& key, const QString& node);

} // namespace testutil

// In a lab test's initTestCase(): skip (locally) or fail (CI) when there is no lab.
#define WARREN_REQUIRE_LAB()                                                                       \
    do {                                                                                           \
        if (testutil::labProfile().isEmpty()) {                                                    \
            if (testutil::labRequired())                                                           \
                QFAIL("the lab is not up (lab/labctl up) but WARREN_LAB_REQUIRED is set");        \
            QSKIP("the lab is not up: run lab/labctl up");                                         \
        }                                                                                          \
    } while (false)
