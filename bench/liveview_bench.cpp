// The live view's cost, printed as figures: the client's CPU while it polls a cluster (idle
// otherwise), the longest GUI-thread stall during refreshes (a heartbeat timer measuring its own
// lateness), and the broker's beam CPU with no client, with Warren polling, and with requests
// like the management UI's Overview page makes at the same interval.
//
//   liveview_bench [--cluster lab/state/cluster.json] [--seconds 120] [--interval 5]
//                  [--baseline 30] [--stall 30] [--ui 30] [--beam-pids p1,p2,p3]
#include "ClusterPoller.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "api/HttpClient.h"
#include "status/StatusCollector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace warren;

namespace {

double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

// utime + stime of a process from /proc, in seconds; -1 when it is gone.
double pidCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    const int close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14, stime 15 (1-based) -> index 11, 12 here.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

double beamCpu(const QList<qint64>& pids)
{
    double sum = 0;
    for (qint64 pid : pids)
        sum += qMax(0.0, pidCpuSeconds(pid));
    return sum;
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void out(const char* format, auto... args)
{
    std::printf(format, args...);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenBench"));
    QCoreApplication::setApplicationName(QStringLiteral("liveview_bench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clusterOpt(QStringLiteral("cluster"), QStringLiteral("Profile."), QStringLiteral("file"),
        QStringLiteral("lab/state/cluster.json"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Polling phase (client CPU)."),
        QStringLiteral("s"), QStringLiteral("120"));
    const QCommandLineOption intervalOpt(
        QStringLiteral("interval"), QStringLiteral("Poll interval."), QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption baselineOpt(QStringLiteral("baseline"), QStringLiteral("Broker with no client."),
        QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption stallOpt(
        QStringLiteral("stall"), QStringLiteral("Heartbeat phase."), QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption uiOpt(QStringLiteral("ui"), QStringLiteral("Management-UI-like polling phase."),
        QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption pidsOpt(QStringLiteral("beam-pids"),
        QStringLiteral("Broker PIDs (default: from labctl status)."), QStringLiteral("list"));
    parser.addOptions({ clusterOpt, secondsOpt, intervalOpt, baselineOpt, stallOpt, uiOpt, pidsOpt });
    parser.process(app);

    const QString profilePath = QFileInfo(parser.value(clusterOpt)).absoluteFilePath();
    auto profile = ClusterProfile::load(profilePath);
    if (!profile.ok()) {
        std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(profilePath), qPrintable(profile.error().toString()));
        return 2;
    }
    const int seconds = parser.value(secondsOpt).toInt();
    const int interval = qMax(1, parser.value(intervalOpt).toInt());
    const int baseline = parser.value(baselineOpt).toInt();
    const int stallSeconds = parser.value(stallOpt).toInt();
    const int uiSeconds = parser.value(uiOpt).toInt();

    QList<qint64> pids;
    if (parser.isSet(pidsOpt)) {
        for (const QString& p : parser.value(pidsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
            pids << p.toLongLong();
    } else {
        // The lab's own report: lab/labctl next to the state directory holding the profile.
        const QString labctl = QFileInfo(profilePath).absolutePath() + QStringLiteral("/../labctl");
        QProcess p;
        p.start(labctl, { QStringLiteral("status") });
        p.waitForFinished(30000);
        const QString status = QString::fromUtf8(p.readAllStandardOutput());
        for (const HostProfile& h : profile->rabbitHosts()) {
            const QRegularExpression re(QStringLiteral("^%1 .*beam=(\\d+)").arg(QRegularExpression::escape(h.name)),
                QRegularExpression::MultilineOption);
            const auto m = re.match(status);
            if (m.hasMatch())
                pids << m.captured(1).toLongLong();
        }
    }
    out("profile: %s (%d cluster hosts), poll interval %d s, broker PIDs:", qPrintable(profile->name),
        int(profile->rabbitHosts().size()), interval);
    for (qint64 pid : pids)
        out(" %lld", pid);
    out("\n");

    // 1. The broker alone.
    double beam0 = beamCpu(pids);
    QElapsedTimer wall;
    wall.start();
    runFor(baseline * 1000);
    const double baselineRate = (beamCpu(pids) - beam0) / (wall.elapsed() / 1000.0);
    out("broker, no client:            %.2f%% of one core (%d s, all nodes together)\n", baselineRate * 100, baseline);

    // 2. The live view polling: client CPU, broker CPU.
    UiLanguage::apply(QStringLiteral("en"), false);
    MainWindow window;
    window.poller()->setIntervalSeconds(interval);
    window.resize(1400, 850);
    window.show();
    int snapshots = 0;
    QElapsedTimer lastSnapshot;
    QObject::connect(window.poller(), &ClusterPoller::snapshotReady, &window, [&] {
        ++snapshots;
        lastSnapshot.start();
    });
    if (!window.openProfile(profilePath))
        return 2;
    // Warm-up: the first collection (TLS/SSH setup, first layout) is not the steady state.
    while (snapshots == 0 && wall.elapsed() < 60000)
        runFor(100);
    runFor(500);
    snapshots = 0;
    beam0 = beamCpu(pids);
    double cpu0 = processCpuSeconds();
    wall.restart();
    runFor(seconds * 1000);
    const double wallS = wall.elapsed() / 1000.0;
    const double clientRate = (processCpuSeconds() - cpu0) / wallS;
    const double pollBeamRate = (beamCpu(pids) - beam0) / wallS;
    const int polls = snapshots;
    out("client CPU while polling:     %.2f%% of one core (%d s, %d refreshes)\n", clientRate * 100, seconds, polls);
    out("broker while Warren polls:    %.2f%% of one core; %.1f ms beam CPU per refresh above the baseline\n",
        pollBeamRate * 100, polls > 0 ? (pollBeamRate - baselineRate) * wallS * 1000 / polls : 0.0);

    // 3. GUI-thread stalls: a 5 ms heartbeat measures how late it fires.
    QElapsedTimer beat;
    qint64 maxLate = 0, maxLateNearRefresh = 0, late16 = 0, beats = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    constexpr int BeatMs = 5;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 late = beat.nsecsElapsed() / 1000000 - BeatMs;
        beat.start();
        ++beats;
        maxLate = qMax(maxLate, late);
        late16 += late > 16 ? 1 : 0;
        if (lastSnapshot.isValid() && lastSnapshot.elapsed() < 1000)
            maxLateNearRefresh = qMax(maxLateNearRefresh, late);
    });
    snapshots = 0;
    beat.start();
    heartbeat.start(BeatMs);
    runFor(stallSeconds * 1000);
    heartbeat.stop();
    out("GUI thread: longest stall %lld ms (%lld ms within 1 s of a refresh), %lld of %lld beats over 16 ms, %d "
        "refreshes\n",
        maxLate, maxLateNearRefresh, late16, beats, snapshots);
    window.poller()->stop();
    window.close();
    runFor(300);

    // 4. What the management UI's Overview page asks at the same interval: full /api/overview and
    // /api/nodes (no columns=).
    StatusCollector collector(profile.value());
    QString passwordError;
    const HttpRequestOptions options = collector.apiOptions(&passwordError);
    const QList<HostProfile> hosts = profile->rabbitHosts();
    if (uiSeconds > 0 && !hosts.isEmpty() && !options.password.isEmpty()) {
        const QUrl base = hosts.first().apiUrl;
        beam0 = beamCpu(pids);
        wall.restart();
        int requests = 0;
        while (wall.elapsed() < uiSeconds * 1000) {
            auto future = QtConcurrent::run([base, options] {
                for (const char* path : { "/api/overview", "/api/nodes" }) {
                    QUrl url = base;
                    url.setPath(QLatin1String(path));
                    httpGet(url, options);
                }
            });
            while (!future.isFinished())
                runFor(20);
            ++requests;
            runFor(interval * 1000);
        }
        const double uiRate = (beamCpu(pids) - beam0) / (wall.elapsed() / 1000.0);
        out("broker, UI-like polling:      %.2f%% of one core; %.1f ms beam CPU per refresh above the baseline\n",
            uiRate * 100, requests > 0 ? (uiRate - baselineRate) * (wall.elapsed() / 1000.0) * 1000 / requests : 0.0);
    }
    return 0;
}
