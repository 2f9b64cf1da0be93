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
// `rabbitmqctl cluster_status` (ground truth), including a killed and restarted node.
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
    static QJsonObject truth(const QString& host = QStringLiteral("rabbit1"))
    {
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
        QVERIFY(disc.contains(QStringLiteral("rabbit@rabbit1")) && disc.contains(QStringLiteral("rabbit@rabbit2")));
        QVERIFY(ram.contains(QStringLiteral("rabbit@rabbit3")));
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
        QCOMPARE(roles, (QStringList { QStringLiteral("rabbit1=active"), QStringLiteral("rabbit2=backup") }));
    }

    void textStatusReadsInBothLanguages()
    {
        const auto en
            = ctl(testutil::labProfile(), { QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains("rabbit@rabbit3"));
        QVERIFY(en.out.contains("ram"));
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
        QCOMPARE(nodeIn(status, QStringLiteral("rabbit@rabbit3")).value(QStringLiteral("type")).toString(),
            QStringLiteral("ram"));
        QCOMPARE(nodeIn(status, QStringLiteral("rabbit@rabbit1")).value(QStringLiteral("type")).toString(),
            QStringLiteral("disc"));
        QVERIFY(nodeIn(status, QStringLiteral("rabbit@rabbit2")).value(QStringLiteral("running")).toBool());
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
        QVERIFY(testutil::labctl({ QStringLiteral("kill"), QStringLiteral("rabbit2") }).ok());
        auto restart = qScopeGuard([] { testutil::labctl({ QStringLiteral("start"), QStringLiteral("rabbit2") }); });
        QVERIFY2(waitForRunning(testutil::labProfile(), QStringLiteral("rabbit@rabbit2"), false, 60),
            "rabbit2 never shown down");
        QVERIFY(!truth()
                     .value(QStringLiteral("running_nodes"))
                     .toVariant()
                     .toStringList()
                     .contains(QStringLiteral("rabbit@rabbit2")));
        const auto start = testutil::labctl({ QStringLiteral("start"), QStringLiteral("rabbit2") });
        QVERIFY2(start.ok(), start.err.constData());
        restart.dismiss();
        QVERIFY2(waitForRunning(testutil::labProfile(), QStringLiteral("rabbit@rabbit2"), true, 90),
            "rabbit2 never shown up again");
        QVERIFY(truth()
                    .value(QStringLiteral("running_nodes"))
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("rabbit@rabbit2")));
    }
};

QTEST_GUILESS_MAIN(TestLabStatus)
#include "tst_lab_status.moc"
