// The queue table's refresh through the GUI model path on a live cluster: the Queues panel's
// poller fetches + parses + diffs + builds the matrix and the view mapping in a worker, the GUI
// thread applies it; then filters and sorts are changed. A 5 ms precise heartbeat timer measures
// how late the GUI thread is (its longest stall) in each phase. Prints figures; not a test.
// Usage: queues_gui_bench PROFILE.json [REFRESHES]   (offscreen when there is no DISPLAY)
//        queues_gui_bench --synthetic N [REFRESHES]   N generated queues on 3 nodes, no network: the
//        GUI-thread figures without a saturated broker on the same cores
#include "QueuesPanel.h"
#include "ProcStatus.h"
#include "queues/QueueFilter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace warren;

namespace {

struct Heartbeat
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    qint64 worstNearApply = 0; // within 250 ms after the GUI thread applied a refresh
    qint64 appliedAt = -1000;
    int over16 = 0;
    int beats = 0;
    void reset()
    {
        worst = 0;
        worstNearApply = 0;
        appliedAt = -1000;
        over16 = 0;
        beats = 0;
        last = clock.elapsed();
    }
    void beat()
    {
        const qint64 now = clock.elapsed();
        const qint64 late = now - last - 5;
        last = now;
        ++beats;
        worst = qMax(worst, late);
        if (now - appliedAt <= 250)
            worstNearApply = qMax(worstNearApply, late);
        if (late > 16)
            ++over16;
    }
};

// N queues with OpenStack-style names on three nodes, a third mirrored; `round` moves a few
// homes, drops and adds a few queues and unsynchronises a few mirrors, as a live cluster does.
QueueSnapshot synthetic(int n, int round)
{
    const QStringList nodes { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"), QStringLiteral("rabbit@rabbit3") };
    QList<QueueInfo> qs;
    qs.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (round > 0 && i % 997 == round)
            continue; // vanished this round
        QueueInfo q;
        q.vhost = QStringLiteral("/");
        q.name = (i % 4 == 1) ? QStringLiteral("scheduler_fanout_%1").arg(i, 32, 16, QLatin1Char('0'))
                              : QStringLiteral("compute.node-%1").arg(i, 6, 10, QLatin1Char('0'));
        q.homeNode = nodes[(i + (i % 1009 == round ? 1 : 0)) % 3];
        q.messagesReady = (i * 7 + round) % 50;
        q.messagesUnacknowledged = 0;
        q.consumers = 1;
        q.state = QStringLiteral("running");
        if (i % 3 == 0) {
            q.type = QueueType::Mirrored;
            q.haPolicy = true;
            for (const QString& m : nodes) {
                if (m != q.homeNode)
                    ((i % 1013 == round && m == nodes[2]) ? q.unsynchronisedNodes : q.synchronisedNodes).append(m);
            }
        } else {
            q.type = QueueType::Classic;
        }
        qs << q;
    }
    for (int k = 0; k < round * 3; ++k) {
        QueueInfo q;
        q.vhost = QStringLiteral("/");
        q.name = QStringLiteral("reply_%1_%2").arg(round).arg(k);
        q.type = QueueType::Classic;
        q.homeNode = nodes[k % 3];
        q.state = QStringLiteral("running");
        qs << q;
    }
    QueueSnapshot s(qs);
    QList<NodeInfo> info;
    for (const QString& name : nodes) {
        NodeInfo ni;
        ni.name = name;
        ni.running = true;
        info << ni;
    }
    s.setClusterNodes(info);
    s.takenAt = QDateTime::currentDateTimeUtc();
    return s;
}

template <typename Pred>
bool waitUntil(Pred done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // Sleeps until the next event (the 5 ms heartbeat at the latest): spinning here would
        // take a core from the worker being measured.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The panel remembers its choices: the bench starts from a first run, never the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenBench"));
    QCoreApplication::setApplicationName(QStringLiteral("queues_gui_bench"));
    QSettings().clear();
    QStringList args = app.arguments();
    // The panel's "Placement only": the broker is asked without statistics.
    const bool placementOnly = args.removeAll(QStringLiteral("--placement-only")) > 0;
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: queues_gui_bench [--placement-only] PROFILE.json [REFRESHES] | --synthetic N [REFRESHES]\n";
        return 2;
    }
    const bool isSynthetic = args[1] == QLatin1String("--synthetic");
    const int syntheticCount = isSynthetic && args.size() > 2 ? args[2].toInt() : 0;
    auto profile = isSynthetic ? Parsed<ClusterProfile>(ClusterProfile {}) : ClusterProfile::load(args[1]);
    if (!profile.ok()) {
        QTextStream(stderr) << "profile: " << profile.error().toString() << "\n";
        return 2;
    }
    const int refreshArg = isSynthetic ? 3 : 2;
    const int refreshes = args.size() > refreshArg ? args[refreshArg].toInt() : 3;
    QTextStream out(stdout);

    QueuesPanel panel;
    panel.resize(1400, 800);
    panel.show();
    panel.setPlacementOnly(placementOnly);
    if (!isSynthetic)
        panel.setProfile(profile.value()); // not active: refreshes only when asked
    Heartbeat hb;
    hb.clock.start();
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] { hb.beat(); });
    beat.start();
    waitUntil([] { return false; }, 300); // settle

    int applied = 0;
    // Connected after the panel's own slot: this runs right after the GUI thread applied.
    qint64 postedMs = 0;
    QObject::connect(&panel, &QueuesPanel::refreshApplied, [&] {
        ++applied;
        hb.appliedAt = hb.clock.elapsed();
        // What the apply left for the event loop (layout, the repaint), done here to time it.
        QElapsedTimer posted;
        posted.start();
        QCoreApplication::sendPostedEvents();
        postedMs = posted.elapsed();
    });
    for (int run = 1; run <= refreshes; ++run) {
        hb.reset();
        QElapsedTimer t;
        t.start();
        const int before = applied;
        if (isSynthetic) {
            const QueueSnapshot snap = synthetic(syntheticCount, run - 1); // built outside the timing
            hb.reset();
            t.restart();
            panel.showQueues(snap);
        } else {
            panel.refreshNow();
        }
        if (!waitUntil([&] { return applied > before; }, 300000)) {
            QTextStream(stderr) << "refresh " << run << " timed out\n";
            return 1;
        }
        const qint64 total = t.elapsed();
        // Let the view repaint on its own while the heartbeat watches; only then measure
        // repaints by hand (they would otherwise add to the stall being measured).
        waitUntil([] { return false; }, 300);
        const qint64 worst = hb.worst;
        const qint64 worstNearApply = hb.worstNearApply;
        const int over16 = hb.over16;
        const int beats = hb.beats;
        QElapsedTimer paint;
        qint64 paintMs = 0;
        for (int i = 0; i < 3; ++i) {
            paint.restart();
            panel.table()->viewport()->repaint();
            paintMs = qMax(paintMs, paint.elapsed());
        }
        waitUntil([] { return false; }, 100);
        out << QStringLiteral("refresh %1: %2 queues; total %3 ms = worker fetch+parse %4 ms + worker diff/matrix/mapping "
                              "%5 ms + GUI apply %6 ms (then posted events: layout + repaint %14 ms; a full table repaint by hand %13 ms); longest GUI stall %7 ms (%8 of %9 beats over 16 ms), within 250 ms of the apply "
                              "%12 ms; RSS %10 MiB, peak %11 MiB\n")
                   .arg(run)
                   .arg(panel.model()->rowCount())
                   .arg(total)
                   .arg(panel.lastCollectMs())
                   .arg(panel.lastBuildMs())
                   .arg(panel.lastApplyMs())
                   .arg(worst)
                   .arg(over16)
                   .arg(beats)
                   .arg(procStatusKiB("VmRSS:") / 1024)
                   .arg(procStatusKiB("VmHWM:") / 1024)
                   .arg(worstNearApply)
                   .arg(paintMs)
                   .arg(postedMs);
        out.flush();
    }

    // Filtering and sorting: each change is computed in a worker and swapped in.
    struct Step
    {
        QString label;
        std::function<void()> apply;
    };
    QueueViewProxy* proxy = panel.proxy();
    auto filter = [proxy](QueueFilter f) { proxy->setFilter(f); };
    const int nodeColumn = QueueMatrixModel::FirstNodeColumn + 1;
    const QList<Step> steps {
        { QStringLiteral("name contains _fanout_"), [&] { QueueFilter f; f.text = QStringLiteral("_fanout_"); filter(f); } },
        { QStringLiteral("regex ^amq\\.gen-"), [&] { QueueFilter f; f.text = QStringLiteral("^amq\\.gen-"); f.regex = true; filter(f); } },
        { QStringLiteral("only problems"), [&] { QueueFilter f; f.problemsOnly = true; filter(f); } },
        { QStringLiteral("type mirrored + name compute"), [&] { QueueFilter f; f.type = QueueType::Mirrored; f.text = QStringLiteral("compute"); filter(f); } },
        { QStringLiteral("no filter"), [&] { filter({}); } },
        { QStringLiteral("sort by 2nd node's role"), [&] { panel.table()->sortByColumn(nodeColumn, Qt::AscendingOrder); } },
        { QStringLiteral("sort by ready, descending"), [&] { panel.table()->sortByColumn(QueueMatrixModel::ReadyColumn, Qt::DescendingOrder); } },
        { QStringLiteral("sort by name"), [&] { panel.table()->sortByColumn(QueueMatrixModel::NameColumn, Qt::AscendingOrder); } },
    };
    qint64 worstFilter = 0;
    for (const Step& step : steps) {
        hb.reset();
        QElapsedTimer t;
        t.start();
        step.apply();
        waitUntil([&] { return !proxy->isRemapping(); }, 60000);
        const qint64 ms = t.elapsed();
        waitUntil([] { return false; }, 150);
        const qint64 stall = hb.worst;
        QElapsedTimer paint;
        paint.start();
        panel.table()->viewport()->repaint();
        const qint64 paintMs = paint.elapsed();
        waitUntil([] { return false; }, 50);
        worstFilter = qMax(worstFilter, stall);
        out << QStringLiteral("  %1: %2 rows shown after %3 ms (table repaint %5 ms); longest GUI stall %4 ms\n")
                   .arg(step.label)
                   .arg(proxy->rowCount())
                   .arg(ms)
                   .arg(stall)
                   .arg(paintMs);
        out.flush();
    }
    out << QStringLiteral("longest GUI stall while filtering/sorting: %1 ms; peak RSS %2 MiB\n")
               .arg(worstFilter)
               .arg(procStatusKiB("VmHWM:") / 1024);
    return 0;
}
