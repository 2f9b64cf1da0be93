// The queue table's refresh through the GUI model path: the Queues panel's poller fetches + parses
// + diffs + builds the matrix and the view mapping in a worker, the GUI thread applies it; then
// filters and sorts are changed through the panel's own controls. Each phase reports the longest
// GUI-thread stall, measured two ways: a 5 ms precise heartbeat timer (how late it fires) and the
// longest single event the GUI thread handled (QApplication::notify, with its receiver and type,
// so a stall says where it went, and how much of it the thread ran rather than waited for a core),
// plus the GUI thread's CPU time over the phase and how much of the longest stall it spent
// runnable but waiting for a core (/proc schedstat). Prints figures; not a test.
// Usage: queues_gui_bench PROFILE.json [REFRESHES]   (offscreen when there is no DISPLAY)
//        queues_gui_bench --synthetic N               N generated queues on 3 nodes, no network:
//            first display, refreshes with few and with many changes, then each filter and sort
#include "ProcStatus.h"
#include "QueueWorkers.h"
#include "QueuesPanel.h"
#include "UiLanguage.h"
#include "queues/QueueFilter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <optional>

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

using namespace warren;

namespace {

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Times every event the GUI thread handles at the top level (nested sends belong to it).
class TimingApp final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Worst
    {
        qint64 ns = 0;
        qint64 cpuNs = 0; // of which the GUI thread ran (the rest it waited for a core)
        QString what;
    };
    Worst worst;
    qint64 cpuNs = 0; // the GUI thread's CPU time in top-level events since resetWorst()
    void resetWorst()
    {
        worst = {};
        cpuNs = 0;
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        // Read before the event: it may delete its receiver.
        const char* cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const QEvent::Type type = event->type();
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpu0;
        cpuNs += cpu;
        --m_depth;
        if (ns > worst.ns) {
            worst.ns = ns;
            worst.cpuNs = cpu;
            const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            worst.what = QStringLiteral("%1 '%2' %3")
                             .arg(QString::fromLatin1(cls), name,
                                 typeName ? QString::fromLatin1(typeName) : QString::number(int(type)));
        }
        return result;
    }

private:
    int m_depth = 0;
};

// Nanoseconds the calling thread has spent runnable but waiting for a core (Linux schedstat).
qint64 runQueueWaitNs()
{
    static thread_local int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    char buf[96] = {};
    if (fd < 0 || ::pread(fd, buf, sizeof buf - 1, 0) <= 0)
        return 0;
    const QList<QByteArray> fields = QByteArray(buf).split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() : 0;
}

struct Heartbeat
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastWaitNs = 0;
    qint64 worst = 0;
    qint64 worstWaitNs = 0; // of the worst beat's lateness: waiting for a core
    int over16 = 0;
    int beats = 0;
    void reset()
    {
        worst = 0;
        worstWaitNs = 0;
        over16 = 0;
        beats = 0;
        last = clock.elapsed();
        lastWaitNs = runQueueWaitNs();
    }
    void beat()
    {
        const qint64 now = clock.elapsed();
        const qint64 waitNs = runQueueWaitNs();
        const qint64 late = now - last - 5;
        if (late > worst) {
            worst = late;
            worstWaitNs = waitNs - lastWaitNs;
        }
        last = now;
        lastWaitNs = waitNs;
        ++beats;
        if (late > 16)
            ++over16;
    }
};

const QStringList& syntheticNodes()
{
    static const QStringList nodes { QStringLiteral("rabbit@rabbit1"), QStringLiteral("rabbit@rabbit2"),
        QStringLiteral("rabbit@rabbit3") };
    return nodes;
}

// How one synthetic refresh differs from the queues of round 0, in parts per 100,000 of N.
struct Churn
{
    int countersChanged = 0; // ready counts changed
    int vanished = 0; // queues of round 0 missing
    int appeared = 0; // new queues
    int homesMoved = 0;
    int syncLost = 0;
};

// N queues with OpenStack-style names on three nodes, two vhosts, a third mirrored. Round 0 is
// the base; each later round drops, adds and changes a different slice of it (by `churn`).
QueueSnapshot synthetic(int n, int round, const Churn& churn)
{
    const QStringList& nodes = syntheticNodes();
    const QString openstack = QStringLiteral("openstack");
    const QString root = QStringLiteral("/");
    const QString running = QStringLiteral("running");
    auto hit = [round, n](int i, int per100k, int salt) {
        // A different slice every round and kind; `per100k` of N in all.
        const qint64 slot = (qint64(i) * 7919 + qint64(round) * 104729 + salt * 15485863LL) % 100000;
        return round > 0 && slot < per100k && n > 0;
    };
    QList<QueueInfo> qs;
    qs.reserve(n + n * churn.appeared / 100000 + 1);
    for (int i = 0; i < n; ++i) {
        if (hit(i, churn.vanished, 1))
            continue;
        QueueInfo q;
        q.vhost = i % 5 == 0 ? openstack : root;
        if (i % 4 == 1)
            q.name = QStringLiteral("scheduler_fanout_%1").arg(i, 32, 16, QLatin1Char('0'));
        else if (i % 10 == 7)
            q.name = QStringLiteral("amq.gen-%1").arg(i, 22, 36, QLatin1Char('x'));
        else
            q.name = QStringLiteral("compute.node-%1").arg(i, 6, 10, QLatin1Char('0'));
        q.homeNode = nodes[(i + (hit(i, churn.homesMoved, 2) ? 1 : 0)) % 3];
        q.messagesReady = i % 50 + (hit(i, churn.countersChanged, 3) ? round : 0);
        q.messagesUnacknowledged = i % 7;
        q.consumers = i % 3;
        q.state = running;
        if (i % 3 == 0) {
            q.type = QueueType::Mirrored;
            q.policy = QStringLiteral("ha.all");
            q.haPolicy = true;
            const bool lost = hit(i, churn.syncLost, 4);
            for (const QString& m : nodes) {
                if (m != q.homeNode)
                    ((lost && m == nodes[(i + 2) % 3]) ? q.unsynchronisedNodes : q.synchronisedNodes).append(m);
            }
        } else {
            q.type = QueueType::Classic;
        }
        qs << q;
    }
    const int added = int(qint64(n) * churn.appeared / 100000);
    for (int k = 0; k < added; ++k) {
        QueueInfo q;
        q.vhost = root;
        q.name = QStringLiteral("reply_%1_%2").arg(round).arg(k, 32, 16, QLatin1Char('0'));
        q.type = QueueType::Classic;
        q.homeNode = nodes[k % 3];
        q.state = running;
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

template <typename Pred> bool waitUntil(Pred done, int timeoutMs)
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

double monotonicSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApp app(argc, argv);
    // The panel remembers its choices: the bench starts from a first run, never the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenBench"));
    QCoreApplication::setApplicationName(QStringLiteral("queues_gui_bench"));
    QSettings().clear();
    QStringList args = app.arguments();
    // The panel's "Placement only": the broker is asked without statistics.
    const bool placementOnly = args.removeAll(QStringLiteral("--placement-only")) > 0;
    // Prints each phase's window in CLOCK_MONOTONIC seconds on stderr (for perf).
    const bool marks = args.removeAll(QStringLiteral("--marks")) > 0;
    // Saves the panel as it ends up (every queue, a row selected) in English and Chinese.
    QString pngDir;
    if (const qsizetype at = args.indexOf(QStringLiteral("--png")); at > 0 && at + 1 < args.size()) {
        pngDir = args[at + 1];
        args.remove(at, 2);
    }
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: queues_gui_bench [--placement-only] [--marks] [--png DIR] PROFILE.json "
                               "[REFRESHES] | --synthetic N\n";
        return 2;
    }
    const bool isSynthetic = args[1] == QLatin1String("--synthetic");
    const int syntheticCount = isSynthetic && args.size() > 2 ? args[2].toInt() : 0;
    auto profile = isSynthetic ? Parsed<ClusterProfile>(ClusterProfile {}) : ClusterProfile::load(args[1]);
    if (!profile.ok()) {
        QTextStream(stderr) << "profile: " << profile.error().toString() << "\n";
        return 2;
    }
    const int refreshes = !isSynthetic && args.size() > 2 ? args[2].toInt() : 3;
    QTextStream out(stdout);

    QueuesPanel panel;
    panel.resize(1400, 800);
    panel.show();
    panel.setPlacementOnly(placementOnly);
    if (!isSynthetic)
        panel.setProfile(profile.value()); // not active: refreshes only when asked
    QueueViewProxy* proxy = panel.proxy();
    Heartbeat hb;
    hb.clock.start();
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] { hb.beat(); });
    beat.start();
    waitUntil([] { return false; }, 300); // settle

    int applied = 0;
    QObject::connect(&panel, &QueuesPanel::refreshApplied, [&] { ++applied; });
    int mapped = 0;
    QObject::connect(proxy, &QueueViewProxy::mappingApplied, [&] { ++mapped; });

    out << QStringLiteral("queues_gui_bench: %1, %2 platform, load average %3\n")
               .arg(isSynthetic ? QStringLiteral("%1 synthetic queues").arg(syntheticCount) : args[1])
               .arg(QGuiApplication::platformName(), loadAverage());
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n")
               .arg(QStringLiteral("phase"), -34)
               .arg(QStringLiteral("rows"), 7)
               .arg(QStringLiteral("result ms"), 9)
               .arg(QStringLiteral("stall ms"), 8)
               .arg(QStringLiteral("longest event ms"), 16)
               .arg(QStringLiteral("its CPU ms"), 10)
               .arg(QStringLiteral("GUI CPU ms"), 10)
               .arg(QStringLiteral("details"));
    out.flush();
    qint64 worstOverall = 0;
    // One phase: `start` begins it, `done` says the GUI shows its result; then the heartbeat keeps
    // watching for 300 ms (the posted layout and repaint) before the figures are read.
    auto phase = [&](const QString& label, const std::function<void()>& start, const std::function<bool()>& done,
                     const std::function<QString()>& details) {
        hb.reset();
        app.resetWorst();
        const double startedAt = monotonicSeconds();
        QElapsedTimer t;
        t.start();
        start();
        if (!waitUntil(done, 300000)) {
            QTextStream(stderr) << label << " timed out\n";
            ::exit(1);
        }
        const qint64 result = t.elapsed();
        waitUntil([] { return false; }, 300);
        if (marks) // the phase's window for `perf record -k monotonic` + `perf report --time A,B`
            QTextStream(stderr) << QStringLiteral("mark %1,%2 %3\n")
                                       .arg(startedAt, 0, 'f', 6)
                                       .arg(monotonicSeconds(), 0, 'f', 6)
                                       .arg(label);
        worstOverall = qMax(worstOverall, hb.worst);
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n")
                   .arg(label, -34)
                   .arg(proxy->rowCount(), 7)
                   .arg(result, 9)
                   .arg(hb.worst, 8)
                   .arg(QString::number(app.worst.ns / 1e6, 'f', 1), 16)
                   .arg(QString::number(app.worst.cpuNs / 1e6, 'f', 1), 10)
                   .arg(QString::number(app.cpuNs / 1e6, 'f', 1), 10)
                   .arg(
                       QStringLiteral("%1; %2 beats over 16 ms; the longest waited %4 ms for a core; longest event: %3")
                           .arg(details ? details() : QString())
                           .arg(hb.over16)
                           .arg(app.worst.what)
                           .arg(hb.worstWaitNs / 1000000));
        out.flush();
    };
    auto refreshDetails = [&] {
        return QStringLiteral("worker fetch+parse %1 ms, diff/matrix/mapping %2 ms, GUI apply %3 ms")
            .arg(panel.lastCollectMs())
            .arg(panel.lastBuildMs())
            .arg(panel.lastApplyMs());
    };

    if (isSynthetic) {
        struct Refresh
        {
            QString label;
            Churn churn;
        };
        // Per 100,000 of N: few changes (0.1 % counters, 0.1 % vanished, 3 appeared per 100k,
        // 0.1 % homes moved, 0.03 % lost sync); many (10 % counters, 1 % vanished, 1 % appeared,
        // 0.5 % homes moved, 0.2 % lost sync); a busy cluster where every counter moves.
        const Churn few { 100, 100, 3, 100, 30 };
        const Churn many { 10000, 1000, 1000, 500, 200 };
        const Churn counters { 100000, 0, 0, 0, 30 };
        const QList<Refresh> plan {
            { QStringLiteral("first display"), {} },
            { QStringLiteral("refresh, few changes"), few },
            { QStringLiteral("refresh, few changes (2)"), few },
            { QStringLiteral("refresh, many changes"), many },
            { QStringLiteral("refresh, many changes (2)"), many },
            { QStringLiteral("refresh, every counter changed"), counters },
            // Pinned before this one: the "since pin" list lists what changed since.
            { QStringLiteral("refresh, many changes, pinned"), many },
            { QStringLiteral("refresh, many changes, pinned (2)"), many },
        };
        for (int round = 0; round < plan.size(); ++round) {
            if (plan[round].label.contains(QStringLiteral("pinned")) && !panel.poller()->hasPinned())
                phase(
                    QStringLiteral("pin"), [&] { panel.pin(); }, [] { return true; }, {});
            // Built outside the timing on the pool where the collector parses its snapshots (the
            // memory then belongs to that worker's malloc arena, as in the application).
            const Churn churn = plan[round].churn;
            QFuture<QueueSnapshot> built = runQueueWork([=] { return synthetic(syntheticCount, round, churn); });
            waitUntil([&] { return built.isFinished(); }, 600000); // not result(): it may run the task here
            std::optional<QueueSnapshot> snap = built.takeResult();
            const int before = applied;
            phase(
                plan[round].label,
                [&] {
                    panel.showQueues(*snap);
                    snap.reset(); // the worker holds the last reference: it frees the rows
                },
                [&] { return applied > before; }, refreshDetails);
        }
    } else {
        for (int run = 1; run <= refreshes; ++run) {
            const int before = applied;
            phase(
                run == 1 ? QStringLiteral("first display") : QStringLiteral("refresh %1").arg(run),
                [&] { panel.refreshNow(); }, [&] { return applied > before; }, refreshDetails);
        }
    }

    // Filters through the panel's own controls; sorting as a click on a header does it.
    auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("queueFilterEdit"));
    auto* regex = panel.findChild<QCheckBox*>(QStringLiteral("queueRegexCheck"));
    auto* problems = panel.findChild<QCheckBox*>(QStringLiteral("queueProblemsCheck"));
    auto* node = panel.findChild<QComboBox*>(QStringLiteral("queueNodeCombo"));
    auto* type = panel.findChild<QComboBox*>(QStringLiteral("queueTypeCombo"));
    auto* vhost = panel.findChild<QComboBox*>(QStringLiteral("queueVhostCombo"));
    Q_ASSERT(edit && regex && problems && node && type && vhost);
    auto choose = [](QComboBox* combo, int index) {
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    };
    struct Step
    {
        QString label;
        std::function<void()> apply;
    };
    QList<Step> steps {
        // Typed filters wait for a 150 ms pause in typing before they apply (in "result ms").
        { QStringLiteral("name contains _fanout_"), [&] { edit->setText(QStringLiteral("_fanout_")); } },
        { QStringLiteral("name regex ^amq\\.gen-"),
            [&] {
                regex->setChecked(true);
                edit->setText(QStringLiteral("^amq\\.gen-"));
            } },
        { QStringLiteral("name filter cleared"),
            [&] {
                edit->clear();
                regex->setChecked(false);
            } },
        { QStringLiteral("only problems"), [&] { problems->setChecked(true); } },
        { QStringLiteral("only problems off"), [&] { problems->setChecked(false); } },
        { QStringLiteral("node rabbit@rabbit2"), [&] { choose(node, node->findData(syntheticNodes()[1])); } },
        { QStringLiteral("node + type mirrored"), [&] { choose(type, type->findData(QStringLiteral("mirrored"))); } },
        { QStringLiteral("node + type + vhost /"), [&] { choose(vhost, vhost->findData(QStringLiteral("/"))); } },
        { QStringLiteral("node, type, vhost cleared"),
            [&] {
                node->setCurrentIndex(0);
                type->setCurrentIndex(0);
                choose(vhost, 0);
            } },
    };
    const QStringList columnLabels { QStringLiteral("name"), QStringLiteral("vhost"), QStringLiteral("type"),
        QStringLiteral("ready"), QStringLiteral("unacked"), QStringLiteral("consumers"), QStringLiteral("state") };
    for (int c = QueueMatrixModel::VhostColumn; c < proxy->columnCount(); ++c) {
        const QString label
            = c < QueueMatrixModel::FirstNodeColumn ? columnLabels[c] : proxy->headerData(c, Qt::Horizontal).toString();
        steps.append({ QStringLiteral("sort by %1").arg(label),
            [&panel, c] { panel.table()->sortByColumn(c, Qt::AscendingOrder); } });
    }
    steps.append({ QStringLiteral("sort by name, descending"),
        [&] { panel.table()->sortByColumn(QueueMatrixModel::NameColumn, Qt::DescendingOrder); } });
    steps.append({ QStringLiteral("sort by name"),
        [&] { panel.table()->sortByColumn(QueueMatrixModel::NameColumn, Qt::AscendingOrder); } });

    for (const Step& step : steps) {
        const int before = mapped;
        phase(step.label, step.apply, [&] { return mapped > before && !proxy->isRemapping(); }, {});
    }
    if (!pngDir.isEmpty()) {
        const int rows = proxy->rowCount();
        panel.table()->setCurrentIndex(proxy->index(rows / 2, QueueMatrixModel::NameColumn));
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            UiLanguage::apply(language, false);
            waitUntil([] { return false; }, 200);
            const QString path = QStringLiteral("%1/queues-%2-%3.png").arg(pngDir).arg(rows).arg(language);
            if (!panel.grab().save(path))
                QTextStream(stderr) << "could not save " << path << "\n";
        }
        UiLanguage::apply(QStringLiteral("en"), false);
    }
    out << QStringLiteral("longest GUI stall: %1 ms; RSS %2 MiB, peak %3 MiB; load average %4\n")
               .arg(worstOverall)
               .arg(procStatusKiB("VmRSS:") / 1024)
               .arg(procStatusKiB("VmHWM:") / 1024)
               .arg(loadAverage());
    return 0;
}
