#include "testutil/TestUtil.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

// `warrenctl status` end to end against the lab, checked against the lab's own
// `rabbitmqctl cluster_status` (ground truth), including a killed and restarted node. Runs against
// both lab clusters (3.10 and, as tst_lab_status_4x, 4.x): host names come from the profile; the
// ram node is 3.10's alone.
class TestLabStatus final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static QString warrenctl() { return qEnvironmentVariable("WARRENCTL"); }

    static testutil::ProcResult ctl(const QString& profile, const QStringList& args)
    {
        return testutil::run(warrenctl(), QStringList { QStringLiteral("--cluster"), profile } + args, 120000);
    }

    static QJsonObject statusJson(const QString& profile, int* exitCode = nullptr)
    {
        const auto r = ctl(profile, { QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json") });
        if (exitCode)
            *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out).object();
    }

    static QJsonObject nodeIn(const QJsonObject& status, const QString& name)
    {
        for (const auto& v : status.value(QStringLiteral("nodes")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    // The lab's own answer, asked on a node that is up.
    static QString rabbit(int i) { return testutil::labRabbitHosts().value(i); }
    static QString node(int i) { return testutil::labNode(rabbit(i)); }

    static QJsonObject truth(QString host = {})
    {
        if (host.isEmpty())
            host = rabbit(0);
        const auto r = testutil::labExec(host,
            { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("cluster_status"),
                QStringLiteral("--formatter"), QStringLiteral("json") });
        const QByteArray out = r.out.mid(r.out.indexOf('{'));
        return QJsonDocument::fromJson(out).object();
    }

    QString profileWith(const std::function<void(QJsonObject&)>& change, const QString& name)
    {
        QFile in(testutil::labProfile());
        in.open(QIODevice::ReadOnly);
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        change(root);
        const QString path = m_tmp.filePath(name);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(root).toJson());
        return path;
    }

    // Waits (bounded) until warrenctl reports node's running state as wanted.
    static bool waitForRunning(const QString& profile, const QString& node, bool wanted, int seconds)
    {
        QDeadlineTimer deadline(seconds * 1000);
        while (!deadline.hasExpired()) {
            const auto n = nodeIn(statusJson(profile), node);
            if (!n.isEmpty() && n.value(QStringLiteral("running")).toBool() == wanted)
                return true;
            QThread::msleep(1000);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        QVERIFY2(!warrenctl().isEmpty(), "WARRENCTL is not set");
        QVERIFY2(testutil::labRabbitHosts().size() >= 3, qPrintable(testutil::labRabbitHosts().join(u' ')));
        qInfo("RabbitMQ %s on %s", qPrintable(testutil::labRabbitVersion()),
            qPrintable(testutil::labRabbitHosts().join(u' ')));
    }

    void statusShowsTypesAndRunningAsTheLabDoes()
    {
        int exitCode = -1;
        const auto status = statusJson(testutil::labProfile(), &exitCode);
        QCOMPARE(exitCode, 0);
        const auto t = truth();
        const QStringList disc = t.value(QStringLiteral("disk_nodes")).toVariant().toStringList();
        const QStringList ram = t.value(QStringLiteral("ram_nodes")).toVariant().toStringList();
        const QStringList running = t.value(QStringLiteral("running_nodes")).toVariant().toStringList();
        QVERIFY(disc.contains(node(0)) && disc.contains(node(1)));
        if (testutil::labIs4x())
            QVERIFY2(ram.isEmpty() && disc.contains(node(2)), "the 4.x lab's nodes are all disc nodes");
        else
            QVERIFY(ram.contains(node(2)));
        QCOMPARE(status.value(QStringLiteral("nodes")).toArray().size(), disc.size() + ram.size());
        for (const auto& name : disc + ram) {
            const auto n = nodeIn(status, name);
            QVERIFY2(!n.isEmpty(), qPrintable(name));
            QCOMPARE(n.value(QStringLiteral("type")).toString(),
                disc.contains(name) ? QStringLiteral("disc") : QStringLiteral("ram"));
            QCOMPARE(n.value(QStringLiteral("running")).toBool(), running.contains(name));
            QVERIFY(n.value(QStringLiteral("alarms")).isArray());
        }
        QVERIFY(status.value(QStringLiteral("partitions")).isArray());
        if (testutil::labHaproxyHost().isEmpty())
            return; // no HAProxy in this cluster's profile
        const auto servers
            = status.value(QStringLiteral("haproxy")).toObject().value(QStringLiteral("servers")).toArray();
        QStringList roles;
        for (const auto& v : servers) {
            const auto s = v.toObject();
            if (s.value(QStringLiteral("proxy")).toString() == QLatin1String("amqp"))
                roles << s.value(QStringLiteral("name")).toString() + QLatin1Char('=')
                        + s.value(QStringLiteral("role")).toString();
            QVERIFY(!s.value(QStringLiteral("status")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("address")).toString().isEmpty());
        }
        roles.sort();
        // Ground truth: HAProxy's own `show stat` on its socket (3.10: rabbit1 active, rabbit2
        // backup; 4.x: rabbit5 active, rabbit6 and rabbit7 backup).
        QString socket;
        {
            QFile in(testutil::labProfile());
            QVERIFY(in.open(QIODevice::ReadOnly));
            socket = QJsonDocument::fromJson(in.readAll())
                         .object()
                         .value(QStringLiteral("haproxy"))
                         .toObject()
                         .value(QStringLiteral("statsSocket"))
                         .toString();
        }
        const testutil::HaproxyStates states = testutil::labHaproxyStates(socket);
        QStringList want;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            want << it.key()
                    + (it.value().endsWith(QLatin1String("/1")) ? QStringLiteral("=backup")
                                                                : QStringLiteral("=active"));
        want.sort();
        QVERIFY2(want.contains(rabbit(0) + QStringLiteral("=active")), qPrintable(testutil::describe(states)));
        QCOMPARE(roles, want);
    }

    void textStatusReadsInBothLanguages()
    {
        const auto en
            = ctl(testutil::labProfile(), { QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains(node(2).toUtf8()));
        if (!testutil::labIs4x())
            QVERIFY(en.out.contains("ram"));
        if (!testutil::labHaproxyHost().isEmpty())
            QVERIFY(en.out.contains("backup"));
        const auto zh = ctl(
            testutil::labProfile(), { QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 0);
        QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("运行中")));
        QFile f1(testutil::artifactsDir() + QStringLiteral("/warrenctl-status-en.txt"));
        if (f1.open(QIODevice::WriteOnly))
            f1.write(en.out);
        QFile f2(testutil::artifactsDir() + QStringLiteral("/warrenctl-status-zh_CN.txt"));
        if (f2.open(QIODevice::WriteOnly))
            f2.write(zh.out);
    }

    void apiUnreachableFallsBackToSsh()
    {
        const QString profile = profileWith(
            [](QJsonObject& root) {
                QJsonArray hosts = root.value(QStringLiteral("hosts")).toArray();
                for (auto&& v : hosts) {
                    QJsonObject h = v.toObject();
                    if (h.contains(QStringLiteral("apiUrl")))
                        h.insert(QStringLiteral("apiUrl"),
                            h.value(QStringLiteral("apiUrl"))
                                .toString()
                                .replace(QStringLiteral("15672"), QStringLiteral("15999")));
                    v = h;
                }
                root.insert(QStringLiteral("hosts"), hosts);
            },
            QStringLiteral("no-api.json"));
        int exitCode = -1;
        const auto status = statusJson(profile, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(status.value(QStringLiteral("via")).toString(), QStringLiteral("ssh"));
        QCOMPARE(nodeIn(status, node(2)).value(QStringLiteral("type")).toString(),
            testutil::labIs4x() ? QStringLiteral("disc") : QStringLiteral("ram"));
        QCOMPARE(nodeIn(status, node(0)).value(QStringLiteral("type")).toString(), QStringLiteral("disc"));
        QVERIFY(nodeIn(status, node(1)).value(QStringLiteral("running")).toBool());
    }

    void unreachableClusterFailsWithOneLine()
    {
        const QString profile = profileWith(
            [](QJsonObject& root) {
                QJsonArray hosts;
                hosts.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("ghost") },
                    { QStringLiteral("address"), QStringLiteral("127.0.0.1") }, { QStringLiteral("sshPort"), 2 },
                    { QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:2") },
                    { QStringLiteral("node"), QStringLiteral("rabbit@ghost") } });
                root.insert(QStringLiteral("hosts"), hosts);
                root.remove(QStringLiteral("haproxy"));
            },
            QStringLiteral("ghost.json"));
        QElapsedTimer timer;
        timer.start();
        const auto r = ctl(profile, { QStringLiteral("status") });
        QVERIFY(r.exitCode != 0);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith("warrenctl: "));
        QVERIFY(timer.elapsed() < 30000);
    }

    void killedNodeIsShownDownThenUpAfterStart()
    {
        const QString victim = rabbit(1);
        QVERIFY(testutil::labctl({ QStringLiteral("kill"), victim }).ok());
        auto restart = qScopeGuard([victim] { testutil::labctl({ QStringLiteral("start"), victim }); });
        QVERIFY2(waitForRunning(testutil::labProfile(), node(1), false, 60), "the killed node never shown down");
        QVERIFY(!truth().value(QStringLiteral("running_nodes")).toVariant().toStringList().contains(node(1)));
        const auto start = testutil::labctl({ QStringLiteral("start"), victim });
        QVERIFY2(start.ok(), start.err.constData());
        restart.dismiss();
        QVERIFY2(waitForRunning(testutil::labProfile(), node(1), true, 90), "the node never shown up again");
        QVERIFY(truth().value(QStringLiteral("running_nodes")).toVariant().toStringList().contains(node(1)));
    }
};

QTEST_GUILESS_MAIN(TestLabStatus)
#include "tst_lab_status.moc"
