// Warren's queue refresh through the core, the path the GUI's model takes in its worker: fetch
// (/api/queues, Warren's columns, one unpaged request) + parse + snapshot index + diff against the
// previous refresh (+ the default filter and CSV export, for the CLI's share). Prints figures;
// it is not a test. Usage: queues_core_bench PROFILE.json [RUNS]
#include "ProcStatus.h"
#include "api/ManagementApi.h"
#include "queues/QueueCollector.h"
#include "queues/QueueDiff.h"
#include "queues/QueueExport.h"
#include "queues/QueueFilter.h"
#include "queues/QueueParsers.h"
#include "status/StatusCollector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace warren;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: queues_core_bench PROFILE.json [RUNS]\n";
        return 2;
    }
    auto profile = ClusterProfile::load(args[1]);
    if (!profile.ok()) {
        QTextStream(stderr) << "profile: " << profile.error().toString() << "\n";
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 3;
    QTextStream out(stdout);
    StatusCollector helper(profile.value());
    QString err;
    HttpRequestOptions options = helper.apiOptions(&err);
    options.timeoutMs = 120000;
    const HostProfile host = profile->rabbitHosts().first();
    QueueSnapshot previous;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer total;
        total.start();
        ManagementApi api(host.apiUrl, options);
        QElapsedTimer t;
        t.start();
        const auto nodes = api.nodesRaw();
        HttpResult reply = api.queuesRaw(QueueCollector::apiColumns(), 0, 0, false, false);
        const qint64 fetchMs = t.restart();
        if (!reply.ok()) {
            QTextStream(stderr) << "fetch failed: " << reply.errorString << "\n";
            return 1;
        }
        const qint64 bytes = reply.body.size();
        auto parsed = parseApiQueues(reply.body);
        reply.body = QByteArray();
        const qint64 parseMs = t.restart();
        if (!parsed.ok()) {
            QTextStream(stderr) << "parse failed: " << parsed.error().toString() << "\n";
            return 1;
        }
        QueueSnapshot snap(std::move(parsed.value()));
        if (auto n = parseApiNodes(nodes.body); n.ok())
            snap.setClusterNodes(n.value());
        const qint64 indexMs = t.restart();
        const auto changes = QueueDiff::compute(previous, snap);
        const auto changedRows = QueueDiff::changedRows(previous, snap);
        const qint64 diffMs = t.restart();
        QueueFilter filter;
        filter.problemsOnly = true;
        filter.compile();
        const auto problemRows = filter.apply(snap);
        const qint64 filterMs = t.restart();
        const QByteArray csv = QueueExport::toCsv(snap);
        const qint64 csvMs = t.restart();
        out << QStringLiteral("run %1: %2 queues, %3 KiB JSON; fetch %4 ms, parse %5 ms, index %6 ms, diff %7 ms "
                              "(%8 changes, %9 changed rows), problems filter %10 ms (%11 rows), CSV %12 ms; "
                              "refresh (fetch+parse+index+diff) %13 ms; RSS %14 MiB, peak %15 MiB\n")
                   .arg(run)
                   .arg(snap.size())
                   .arg(bytes / 1024)
                   .arg(fetchMs)
                   .arg(parseMs)
                   .arg(indexMs)
                   .arg(diffMs)
                   .arg(changes.size())
                   .arg(changedRows.size())
                   .arg(filterMs)
                   .arg(problemRows.size())
                   .arg(csvMs)
                   .arg(fetchMs + parseMs + indexMs + diffMs)
                   .arg(procStatusKiB("VmRSS:") / 1024)
                   .arg(procStatusKiB("VmHWM:") / 1024);
        out.flush();
        Q_UNUSED(csv);
        previous = std::move(snap);
        Q_UNUSED(total);
    }
    return 0;
}
