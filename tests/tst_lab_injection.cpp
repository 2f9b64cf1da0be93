// Injection sweep against the lab. Hostile values (host, node, vhost names, paths) carrying
// $(...), backticks, ; | &, quotes, newlines, spaces, leading dashes and CJK go through every code
// path that builds a remote command; each would create a marker file on the host if any part of
// it ran. The lab itself (`labctl exec`) says whether a marker exists.
//
// Table-driven: a new code path is one entry in remotePaths() (a RemoteCommand builder run over
// SSH on rabbit4, the standalone spare node) or one row in the CLI/profile tables below.
#include "testutil/TestUtil.h"

#include "ops/RabbitCommands.h"
#include "ops/SshExecutor.h"
#include "profile/ClusterProfile.h"
#include "queues/QueueCollector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace warren;
using testutil::ProcResult;

namespace {

const QString kHost = QStringLiteral("rabbit4");
const QString kMarker = QStringLiteral("/tmp/warren-inj-M");

// Every value names the marker; M is replaced by the row's tag so a hit says which row ran.
QList<std::pair<QString, QString>> hostileValues()
{
    return {
        { QStringLiteral("subst"), QStringLiteral("rabbit@x$(touch M)") },
        { QStringLiteral("backtick"), QStringLiteral("rabbit@x`touch M`") },
        { QStringLiteral("semicolon"), QStringLiteral("x;touch M") },
        { QStringLiteral("pipe"), QStringLiteral("x|touch M") },
        { QStringLiteral("amp"), QStringLiteral("x&touch M&") },
        { QStringLiteral("squote"), QStringLiteral("x'$(touch M)'") },
        { QStringLiteral("dquote"), QStringLiteral("x\"$(touch M)\"") },
        { QStringLiteral("bs-dquote"), QStringLiteral("x\\\";touch M;\"") },
        { QStringLiteral("newline"), QStringLiteral("x\ntouch M") },
        { QStringLiteral("spaces"), QStringLiteral("x y ;touch M") },
        { QStringLiteral("dash-long"), QStringLiteral("--help") },
        { QStringLiteral("dash-short"), QStringLiteral("-n rabbit@x;touch M") },
        { QStringLiteral("cjk"), QStringLiteral("兔子@节点;touch M") },
    };
}

QString withMarker(QString value, const QString& tag)
{
    return value.replace(QLatin1Char('M'), QString(kMarker).replace(QLatin1Char('M'), tag));
}

// The code paths that put a value into a remote command, as Warren builds them.
QList<std::pair<QString, std::function<RemoteCommand(const QString&)>>> remotePaths()
{
    return {
        { QStringLiteral("RabbitCommands::forget"), [](const QString& v) { return RabbitCommands::forget(v, false); } },
        { QStringLiteral("QueueCollector list_queues -p"),
            [](const QString& v) {
                return RemoteCommand { { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"),
                                           QStringLiteral("list_queues"), QStringLiteral("-p") },
                    true }
                    .value(v)
                    .arg(QStringLiteral("name"));
            } },
        { QStringLiteral("RabbitCommands::resolveHost"),
            [](const QString& v) { return RabbitCommands::resolveHost(v); } },
        { QStringLiteral("RabbitCommands::tcpProbe"),
            [](const QString& v) { return RabbitCommands::tcpProbe(v, 4369, 2); } },
    };
}

QString markersOnLab()
{
    QString found;
    // /tmp is the machine's own on every lab host; /var/lib/rabbitmq is each host's.
    for (const QString& h : { QStringLiteral("rabbit1"), kHost }) {
        const ProcResult r = testutil::labExec(h,
            { QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("ls -d /tmp/warren-inj-* /var/lib/rabbitmq/warren-inj-* 2>/dev/null; true") });
        found += QString::fromUtf8(r.out).trimmed();
    }
    return found;
}

// The lab profile with one RabbitMQ host only.
ClusterProfile labProfileWith(const QString& host)
{
    auto p = ClusterProfile::load(testutil::labProfile());
    ClusterProfile out = p.value();
    out.hosts.clear();
    out.hosts << *p->host(host);
    out.spare.clear();
    return out;
}

QString apiPassword()
{
    QFile f(testutil::labStateDir() + QStringLiteral("/secrets/api-password"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The management API of rabbit1 (no shell involved) creates and deletes the hostile vhosts.
ProcResult vhostRequest(const QString& method, const QString& vhost)
{
    return testutil::run(QStringLiteral("curl"),
        { QStringLiteral("--noproxy"), QStringLiteral("*"), QStringLiteral("-s"), QStringLiteral("-f"),
            QStringLiteral("-X"), method, QStringLiteral("-u"), QStringLiteral("warren-admin:") + apiPassword(),
            labProfileWith(QStringLiteral("rabbit1")).hosts.first().apiUrl.toString() + QStringLiteral("/api/vhosts/")
                + QString::fromLatin1(QUrl::toPercentEncoding(vhost)) },
        30000);
}

ProcResult warrenctl(const QStringList& args)
{
    return testutil::run(qEnvironmentVariable("WARRENCTL"), args, 120000);
}

QString text(const ProcResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestLabInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        QVERIFY2(markersOnLab().isEmpty(), "markers from an earlier run are on the lab");
        qputenv("WARREN_OPLOG", m_dir.filePath(QStringLiteral("operations.jsonl")).toUtf8());
        m_started.start();
    }

    void cleanupTestCase()
    {
        for (const QString& v : std::as_const(m_vhosts))
            vhostRequest(QStringLiteral("DELETE"), v);
        testutil::labExec(kHost,
            { QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("rm -f /tmp/warren-inj-* /var/lib/rabbitmq/warren-inj-*") });
        qInfo("tst_lab_injection wall time: %.1f s", m_started.elapsed() / 1000.0);
    }

    void remoteCommandPaths_data()
    {
        QTest::addColumn<int>("path");
        QTest::addColumn<QString>("value");
        const auto paths = remotePaths();
        for (int p = 0; p < paths.size(); ++p) {
            for (const auto& [tag, value] : hostileValues())
                QTest::addRow("%s / %s", qPrintable(paths.at(p).first), qPrintable(tag)) << p << withMarker(value, tag);
        }
    }

    // Through the real Debian wrapper on rabbit4: refused (exit 125, nothing sent) or run with the
    // value as one argument; never a marker.
    void remoteCommandPaths()
    {
        QFETCH(int, path);
        QFETCH(QString, value);
        if (!m_exec)
            m_exec = std::make_unique<SshExecutor>(labProfileWith(kHost));
        const RemoteCommand cmd = remotePaths().at(path).second(value);
        const RemoteResult r = m_exec->run(kHost, cmd, 30000);
        QVERIFY2(r.transportError.isEmpty(), qPrintable(r.transportError));
        if (!cmd.refusal().isEmpty()) {
            QCOMPARE(r.exitCode, 125);
            QVERIFY(QString::fromUtf8(r.err).contains(QLatin1String("refused")));
        }
        // The wrapper, or a leading dash, is what needs refusing; a value that starts with '-'
        // must never reach a rabbitmq CLI as an option.
        if (value.startsWith(QLatin1Char('-')) && isRabbitWrapper(cmd.argv.first()))
            QCOMPARE(r.exitCode, 125);
        if (isRabbitWrapper(cmd.argv.first()) && !wrapperSafe(value))
            QCOMPARE(r.exitCode, 125);
    }

    // Once for all rows above (a marker's name says which row ran): labctl exec is not free.
    void remoteCommandPathsRanNothing()
    {
        const QString markers = markersOnLab();
        QVERIFY2(markers.isEmpty(), qPrintable(QStringLiteral("ran: %1").arg(markers)));
    }

    // The SSH fallback of the queue view lists every vhost; hostile vhost names created through
    // the API (on the cluster: rabbit4's users go with its resets) are skipped with a reason, the
    // others listed; nothing runs.
    void queueCollectorSshFallbackWithHostileVhosts()
    {
        for (const auto& [tag, value] : hostileValues()) {
            if (tag == QLatin1String("newline") || tag == QLatin1String("dash-long"))
                continue; // the API refuses the first; the second is checked by dash-short
            const QString vhost = withMarker(value, QStringLiteral("vh-") + tag);
            const ProcResult r = vhostRequest(QStringLiteral("PUT"), vhost);
            QVERIFY2(r.ok(), qPrintable(vhost + QStringLiteral(": ") + text(r)));
            m_vhosts << vhost;
        }
        QueueCollector::Options o;
        o.source = QueueCollector::Source::SshOnly;
        o.sshTimeoutMs = 60000;
        QueueCollector c(labProfileWith(QStringLiteral("rabbit1")), o);
        const QueueSnapshot snap = c.collect();
        QVERIFY2(c.ok(), qPrintable(c.errorSummary()));
        int refused = 0;
        for (const auto& s : snap.sources) {
            if (!s.ok) {
                QVERIFY2(
                    s.error.contains(QLatin1String("refused")), qPrintable(s.source + QStringLiteral(": ") + s.error));
                ++refused;
            }
        }
        int unsafe = 0;
        for (const QString& v : std::as_const(m_vhosts))
            unsafe += (!wrapperSafe(v) || v.startsWith(QLatin1Char('-'))) ? 1 : 0;
        QCOMPARE(refused, unsafe);
        QVERIFY(unsafe > 0 && unsafe < m_vhosts.size());
        const QString markers = markersOnLab();
        QVERIFY2(markers.isEmpty(), qPrintable(QStringLiteral("ran: %1").arg(markers)));
        for (const QString& v : std::as_const(m_vhosts))
            QVERIFY(vhostRequest(QStringLiteral("DELETE"), v).ok());
        m_vhosts.clear();
    }

    // warrenctl's plan with a hostile --node: refused before anything is read or run, the
    // operation log stays empty. (A plan whose commands carry such a value is blocked by
    // Plan::commandRefusals(), unit-tested in tst_ops; remoteCommandPaths() runs the commands.)
    void planWithHostileNodeRunsNothing_data()
    {
        QTest::addColumn<QString>("node");
        for (const auto& [tag, value] : hostileValues()) {
            if (tag == QLatin1String("subst") || tag == QLatin1String("dash-short")
                || tag == QLatin1String("semicolon"))
                QTest::newRow(qPrintable(tag)) << withMarker(value, QStringLiteral("plan-") + tag);
        }
    }

    void planWithHostileNodeRunsNothing()
    {
        QFETCH(QString, node);
        const ProcResult r = warrenctl({ QStringLiteral("--cluster"), testutil::labProfile(), QStringLiteral("plan"),
            QStringLiteral("forget"), QStringLiteral("--node=") + node, QStringLiteral("--via"), kHost,
            QStringLiteral("--execute"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        // The refusal says why: a name RabbitMQ cannot have, or (leading '-') an option, not a host.
        const bool named = text(r).contains(QLatin1String("is not a RabbitMQ node name"))
            || (node.startsWith(QLatin1Char('-')) && text(r).contains(QLatin1String("looks like an option")));
        QVERIFY2(named, qPrintable(text(r)));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("operations.jsonl"))));
        const QString markers = markersOnLab();
        QVERIFY2(markers.isEmpty(), qPrintable(QStringLiteral("ran: %1").arg(markers)));
    }

    // Profiles whose names or paths would reach a command are refused at load (exit 2) by
    // status, queues and plan (StatusCollector, QueueCollector, FactCollector never see them).
    void hostileProfilesAreRefusedAtTheDoor_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("value");
        for (const auto& [tag, value] : hostileValues()) {
            if (tag == QLatin1String("cjk"))
                continue; // a CJK host name is a valid name (checked by the unit tests)
            QTest::addRow("host name / %s", qPrintable(tag))
                << QStringLiteral("name") << withMarker(value, QStringLiteral("pn-") + tag);
            QTest::addRow("node / %s", qPrintable(tag))
                << QStringLiteral("node") << withMarker(value, QStringLiteral("pd-") + tag);
        }
        QTest::newRow("statsSocket") << QStringLiteral("statsSocket")
                                     << QStringLiteral("/run/x.sock,exec=touch /tmp/warren-inj-sock");
        QTest::newRow("configPath") << QStringLiteral("configPath") << QStringLiteral("-f/tmp/warren-inj-cfg");
    }

    void hostileProfilesAreRefusedAtTheDoor()
    {
        QFETCH(QString, where);
        QFETCH(QString, value);
        QFile in(testutil::labProfile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
        if (where == QLatin1String("statsSocket") || where == QLatin1String("configPath")) {
            QJsonObject hp = profile.value(QStringLiteral("haproxy")).toObject();
            hp.insert(where, value);
            profile.insert(QStringLiteral("haproxy"), hp);
        } else {
            QJsonArray hosts = profile.value(QStringLiteral("hosts")).toArray();
            QJsonObject one = hosts.at(0).toObject();
            one.insert(where, value);
            hosts.replace(0, one);
            profile.insert(QStringLiteral("hosts"), hosts);
        }
        const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(profile).toJson());
        out.close();
        for (const QStringList& args :
            { QStringList { QStringLiteral("status") }, QStringList { QStringLiteral("queues") },
                QStringList { QStringLiteral("plan"), QStringLiteral("convert"), QStringLiteral("--node"),
                    QStringLiteral("rabbit3"), QStringLiteral("--type"), QStringLiteral("disc") } }) {
            const ProcResult r = warrenctl(QStringList { QStringLiteral("--cluster"), path } + args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + text(r)));
        }
    }

    void hostileProfilesRanNothing()
    {
        const QString markers = markersOnLab();
        QVERIFY2(markers.isEmpty(), qPrintable(QStringLiteral("ran: %1").arg(markers)));
    }

    // HaproxyPush / validate: a hostile local file name never reaches the HAProxy host (the
    // file travels on stdin into a mktemp file).
    void haproxyValidateWithHostileFileName()
    {
        const ProcResult exported = warrenctl({ QStringLiteral("--cluster"), testutil::labProfile(),
            QStringLiteral("haproxy"), QStringLiteral("export") });
        QVERIFY2(exported.ok(), qPrintable(text(exported)));
        const QString path
            = m_dir.filePath(withMarker(QStringLiteral("-x $(touch M);`touch M`.cfg"), QStringLiteral("hp"))
                                 .replace(QLatin1Char('/'), QLatin1Char('_')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exported.out);
        f.close();
        const ProcResult r = warrenctl({ QStringLiteral("haproxy"), QStringLiteral("validate"), path,
            QStringLiteral("--cluster"), testutil::labProfile() });
        QVERIFY2(r.ok(), qPrintable(text(r)));
        const QString markers = markersOnLab();
        QVERIFY2(markers.isEmpty(), qPrintable(QStringLiteral("ran: %1").arg(markers)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshExecutor> m_exec;
    QStringList m_vhosts;
    QElapsedTimer m_started;
};

QTEST_GUILESS_MAIN(TestLabInjection)
#include "tst_lab_injection.moc"
