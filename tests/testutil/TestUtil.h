#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
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
// The lab's state directory: $WARREN_LAB_STATE (another lab instance's) or lab/state.
QString labStateDir();
QString labProfile();
// True when lab tests must fail rather than skip without a lab (set WARREN_LAB_REQUIRED=1 in CI).
bool labRequired();

// Which of the lab's clusters a test runs against. WARREN_LAB_CLUSTER=4x (the `_4x` variants that
// tests/CMakeLists.txt registers) picks the RabbitMQ 4.x cluster's profile, cluster-4x.json in the
// state directory (`labctl up --with-4x`); otherwise cluster.json, the 3.10 cluster.
bool labWants4x();
// The profile's hosts, so that one test reads both clusters: its RabbitMQ hosts in profile order
// (rabbit1-3, or rabbit5-7), its spare RabbitMQ hosts (rabbit4; none on 4.x) and its HAProxy host
// (empty when the profile has none). Empty lists without a lab.
QStringList labRabbitHosts();
QStringList labSpareHosts();
QString labHaproxyHost();
// HOST's RabbitMQ node name from the profile (rabbit@HOST when the profile does not say).
QString labNode(const QString& host);
// The broker's version, asked of the first RabbitMQ host (`rabbitmqctl version`, once per
// process), and whether it is 4.x or later: the cases that only 3.10 has (mirrors, ram nodes,
// the standalone spare) are skipped there.
QString labRabbitVersion();
bool labIs4x();

// Ground truth comes from the lab itself, never from Warren's code.
ProcResult labctl(const QStringList& args, int timeoutMs = 180000);
ProcResult labExec(const QString& host, const QStringList& command, int timeoutMs = 120000);
ProcResult run(
    const QString& program, const QStringList& args, int timeoutMs = 120000, const QByteArray& stdinData = {});

// Queues per leading node as `rabbitmqctl list_queues type pid leader` on HOST lists them, every
// vhost: a quorum queue's leader, a classic queue's node (its pid's). {"rabbit@rabbit1": 4, ...}
QHash<QString, int> labQueueLeaders(const QString& host);

// The lab's HAProxy as `show stat` on its host reports it (socat on the stats socket):
// "status/bck" per server of the proxy, e.g. {"rabbit1": "UP/0", "rabbit2": "UP/1"}.
using HaproxyStates = QHash<QString, QString>;
HaproxyStates labHaproxyStates(const QString& statsSocket, const QString& proxy = QStringLiteral("amqp"));
// Polls until every expected server is in its state; *last gets what was seen last.
bool waitForLabHaproxyStates(
    const QString& statsSocket, const HaproxyStates& expected, int timeoutMs, HaproxyStates* last);
QString describe(const HaproxyStates& states); // "rabbit1=UP/0 rabbit2=UP/1"
// Deletes the `.warren-backup-*` files next to configPath made since `since` (a test's litter).
void removeHaproxyBackupsSince(const QString& configPath, const QDateTime& since);

} // namespace testutil

// In a lab test function that only 3.10 can run: skip it, with the reason, on a 4.x cluster.
#define WARREN_SKIP_ON_4X(reason)                                                                                      \
    do {                                                                                                               \
        if (testutil::labIs4x())                                                                                       \
            QSKIP(qPrintable(                                                                                          \
                QStringLiteral("RabbitMQ %1: ").arg(testutil::labRabbitVersion()) + QStringLiteral(reason)));          \
    } while (false)

// In a lab test's initTestCase(): skip (locally) or fail (CI) when there is no lab.
#define WARREN_REQUIRE_LAB()                                                                                           \
    do {                                                                                                               \
        if (testutil::labProfile().isEmpty()) {                                                                        \
            if (testutil::labRequired())                                                                               \
                QFAIL("the lab is not up (lab/labctl up) but WARREN_LAB_REQUIRED is set");                             \
            QSKIP("the lab is not up: run lab/labctl up");                                                             \
        }                                                                                                              \
    } while (false)
