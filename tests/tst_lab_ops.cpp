// Cluster operations end to end against the lab, through `warrenctl plan ... --execute`, each
// verified by the lab's own `rabbitmqctl cluster_status`. Every test leaves the lab as it found
// it: rabbit4 standalone and running, rabbit1/rabbit2 disc, rabbit3 ram.
#include "testutil/LabCluster.h"
#include "testutil/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testutil::labClusterStatus;
using testutil::labCookieFile;
using testutil::listedIn;
using testutil::ProcResult;

namespace {

const QString kFour = QStringLiteral("rabbit@rabbit4");

ProcResult ctl(const QStringList& args, const QString& profile = testutil::labProfile())
{
    return testutil::run(
        qEnvironmentVariable("WARRENCTL"), QStringList { QStringLiteral("--cluster"), profile } + args, 240000);
}

QString text(const ProcResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestLabOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void joinRabbit4AsRamThenAgainThenConvertToDisc();
    void forgetRefusesARunningNodeAndRemovesAStoppedOne();
    void convertingTheLastDiscNodeToRamIsRefused();
    void destructiveStepsAreRefusedWithoutYes();
    void wrongCookieIsSyncedFromRabbit1AndJoinPreflightPasses();
    void hostileNodeNameNeverReachesAShell();

private:
    QTemporaryDir m_dir;
    QString m_oplog;
};

void TestLabOps::initTestCase()
{
    WARREN_REQUIRE_LAB();
    QVERIFY2(!qEnvironmentVariable("WARRENCTL").isEmpty(), "WARRENCTL is not set");
    m_oplog = m_dir.filePath(QStringLiteral("operations.jsonl"));
    qputenv("WARREN_OPLOG", m_oplog.toUtf8());
    testutil::restoreRabbit4Standalone();
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY2(!listedIn(one, QStringLiteral("disk_nodes"), kFour) && !listedIn(one, QStringLiteral("ram_nodes"), kFour),
        "rabbit4 could not be made standalone");
    QVERIFY(testutil::labNodeRunning(QStringLiteral("rabbit4")));
}

void TestLabOps::cleanupTestCase()
{
    if (!testutil::labProfile().isEmpty())
        testutil::restoreRabbit4Standalone();
}

void TestLabOps::joinRabbit4AsRamThenAgainThenConvertToDisc()
{
    const ProcResult join = ctl({ QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"),
        QStringLiteral("rabbit4"), QStringLiteral("--to"), QStringLiteral("rabbit1"), QStringLiteral("--type"),
        QStringLiteral("ram"), QStringLiteral("--execute"), QStringLiteral("--yes") });
    QVERIFY2(join.exitCode == 0, qPrintable(text(join)));
    QVERIFY(text(join).contains(QLatin1String("$ sudo -n -- rabbitmqctl join_cluster --ram rabbit@rabbit1")));
    // Ground truth from both sides.
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY2(listedIn(one, QStringLiteral("ram_nodes"), kFour), QJsonDocument(one).toJson());
    QVERIFY(listedIn(one, QStringLiteral("running_nodes"), kFour));
    QVERIFY(listedIn(
        labClusterStatus(QStringLiteral("rabbit4")), QStringLiteral("disk_nodes"), QStringLiteral("rabbit@rabbit1")));

    // The log holds every step with its exit code, and no secret.
    QFile log(m_oplog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray raw = log.readAll();
    QVERIFY(raw.contains("\"step\":\"join_cluster\""));
    QVERIFY(raw.contains("rabbitmqctl join_cluster --ram rabbit@rabbit1"));
    QFile pw(testutil::labStateDir() + QStringLiteral("/secrets/api-password"));
    if (pw.open(QIODevice::ReadOnly)) {
        const QByteArray secret = pw.readAll().trimmed();
        QVERIFY(!secret.isEmpty() && !raw.contains(secret));
    }
    QFile cookie(testutil::labStateDir() + QStringLiteral("/secrets/erlang-cookie"));
    if (cookie.open(QIODevice::ReadOnly)) {
        const QByteArray secret = cookie.readAll().trimmed();
        QVERIFY(!secret.isEmpty() && !raw.contains(secret) && !join.out.contains(secret));
    }

    // Joining a member again is a success, and nothing runs.
    const ProcResult again = ctl({ QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"),
        QStringLiteral("rabbit4"), QStringLiteral("--to"), QStringLiteral("rabbit1"), QStringLiteral("--type"),
        QStringLiteral("ram"), QStringLiteral("--execute") });
    QVERIFY2(again.exitCode == 0, qPrintable(text(again)));
    QVERIFY2(text(again).contains(QLatin1String("already a member")), qPrintable(text(again)));

    const ProcResult convert
        = ctl({ QStringLiteral("plan"), QStringLiteral("convert"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
            QStringLiteral("--type"), QStringLiteral("disc"), QStringLiteral("--execute"), QStringLiteral("--yes") });
    QVERIFY2(convert.exitCode == 0, qPrintable(text(convert)));
    const QJsonObject after = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY2(listedIn(after, QStringLiteral("disk_nodes"), kFour), QJsonDocument(after).toJson());
    QVERIFY(!listedIn(after, QStringLiteral("ram_nodes"), kFour));
    QVERIFY(listedIn(after, QStringLiteral("running_nodes"), kFour));
    QVERIFY(listedIn(after, QStringLiteral("ram_nodes"), QStringLiteral("rabbit@rabbit3")));

    testutil::restoreRabbit4Standalone();
    QVERIFY(!listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("disk_nodes"), kFour));
}

void TestLabOps::forgetRefusesARunningNodeAndRemovesAStoppedOne()
{
    // rabbit4 joins (as disc) through labctl, then the forget plan removes it.
    const QStringList rabbitmqctl { QStringLiteral("rabbitmqctl") };
    QVERIFY(
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("stop_app") }).ok());
    QVERIFY(testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("reset") }).ok());
    QVERIFY(testutil::labExec(QStringLiteral("rabbit4"),
        rabbitmqctl + QStringList { QStringLiteral("join_cluster"), QStringLiteral("rabbit@rabbit1") })
                .ok());
    QVERIFY(
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("start_app") }).ok());
    QVERIFY(listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("running_nodes"), kFour));

    const ProcResult running = ctl({ QStringLiteral("plan"), QStringLiteral("forget"), QStringLiteral("--node"),
        QStringLiteral("rabbit4"), QStringLiteral("--execute"), QStringLiteral("--yes") });
    QCOMPARE(running.exitCode, 4);
    QVERIFY2(text(running).contains(QLatin1String("stop it first")), qPrintable(text(running)));
    QVERIFY(listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("disk_nodes"), kFour));

    QVERIFY(
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("stop_app") }).ok());
    const ProcResult forget = ctl({ QStringLiteral("plan"), QStringLiteral("forget"), QStringLiteral("--node"),
        QStringLiteral("rabbit4"), QStringLiteral("--execute"), QStringLiteral("--yes") });
    QVERIFY2(forget.exitCode == 0, qPrintable(text(forget)));
    QVERIFY(text(forget).contains(QLatin1String("$ sudo -n -- rabbitmqctl forget_cluster_node rabbit@rabbit4")));
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY2(!listedIn(one, QStringLiteral("disk_nodes"), kFour) && !listedIn(one, QStringLiteral("ram_nodes"), kFour),
        QJsonDocument(one).toJson());
    QVERIFY(listedIn(one, QStringLiteral("disk_nodes"), QStringLiteral("rabbit@rabbit2")));

    // A forgotten node must be reset before it runs standalone again.
    QVERIFY(
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("force_reset") }).ok());
    QVERIFY(
        testutil::labExec(QStringLiteral("rabbit4"), rabbitmqctl + QStringList { QStringLiteral("start_app") }).ok());
    QVERIFY(testutil::labNodeRunning(QStringLiteral("rabbit4")));
}

void TestLabOps::convertingTheLastDiscNodeToRamIsRefused()
{
    // Standalone rabbit4 is the only (disc) node of its own cluster.
    const ProcResult r
        = ctl({ QStringLiteral("plan"), QStringLiteral("convert"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
            QStringLiteral("--type"), QStringLiteral("ram"), QStringLiteral("--execute"), QStringLiteral("--yes") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(text(r).contains(QLatin1String("last disc node")), qPrintable(text(r)));
    QVERIFY(listedIn(labClusterStatus(QStringLiteral("rabbit4")), QStringLiteral("disk_nodes"), kFour));
    QVERIFY(testutil::labNodeRunning(QStringLiteral("rabbit4")));
}

void TestLabOps::destructiveStepsAreRefusedWithoutYes()
{
    const ProcResult r = ctl({ QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"),
        QStringLiteral("rabbit4"), QStringLiteral("--to"), QStringLiteral("rabbit1"), QStringLiteral("--execute") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(text(r).contains(QLatin1String("reset deletes rabbit4's queues and messages")), qPrintable(text(r)));
    QVERIFY(testutil::labNodeRunning(QStringLiteral("rabbit4")));
    QVERIFY(!listedIn(labClusterStatus(QStringLiteral("rabbit1")), QStringLiteral("disk_nodes"), kFour));
}

void TestLabOps::wrongCookieIsSyncedFromRabbit1AndJoinPreflightPasses()
{
    // Give rabbit4 a different cookie, the way a badly installed host has one.
    QVERIFY(testutil::labctl({ QStringLiteral("stop"), QStringLiteral("rabbit4") }).ok());
    QVERIFY(testutil::labExec(QStringLiteral("rabbit4"),
        { QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("printf %s WARRENWRONGCOOKIEWARRENWRONG > /var/lib/rabbitmq/.erlang.cookie") })
                .ok());
    QVERIFY(testutil::labctl({ QStringLiteral("start"), QStringLiteral("rabbit4") }).ok());
    const QString good = testutil::labCookieHash(QStringLiteral("rabbit1"));
    QVERIFY(!good.isEmpty());
    QVERIFY(testutil::labCookieHash(QStringLiteral("rabbit4")) != good);

    const QStringList joinPreview { QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"),
        QStringLiteral("rabbit4"), QStringLiteral("--to"), QStringLiteral("rabbit1") };
    const ProcResult refused = ctl(joinPreview);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(text(refused).contains(QLatin1String("[FAILED ] Erlang cookies equal")), qPrintable(text(refused)));

    const QStringList sync { QStringLiteral("plan"), QStringLiteral("sync-cookie"), QStringLiteral("--from"),
        QStringLiteral("rabbit1"), QStringLiteral("--to"), QStringLiteral("rabbit4"), QStringLiteral("--execute") };
    QCOMPARE(ctl(sync).exitCode, 6); // replacing a cookie needs --yes
    const ProcResult synced = ctl(sync + QStringList { QStringLiteral("--yes") });
    QVERIFY2(synced.exitCode == 0, qPrintable(text(synced)));
    QVERIFY(text(synced).contains(QLatin1String("/usr/local/sbin/warren-lab-service stop")));

    // Ground truth on the host: same hash, the lab's cookie, owner rabbitmq, mode 0400, a backup.
    QCOMPARE(testutil::labCookieHash(QStringLiteral("rabbit4")), good);
    QCOMPARE(QString::fromUtf8(testutil::labExec(QStringLiteral("rabbit4"),
                                   { QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U %G"),
                                       QStringLiteral("/var/lib/rabbitmq/.erlang.cookie") })
                                   .out)
                 .trimmed(),
        QStringLiteral("400 rabbitmq rabbitmq"));
    QVERIFY(testutil::labExec(QStringLiteral("rabbit4"),
        { QStringLiteral("cmp"), QStringLiteral("-s"), labCookieFile(),
            QStringLiteral("/var/lib/rabbitmq/.erlang.cookie") })
                .ok());
    QVERIFY(testutil::labExec(QStringLiteral("rabbit4"),
        { QStringLiteral("test"), QStringLiteral("-s"),
            QStringLiteral("/var/lib/rabbitmq/.erlang.cookie.warren-backup") })
                .ok());
    QVERIFY(testutil::labNodeRunning(QStringLiteral("rabbit4")));
    // Neither the new cookie nor the old one reached the screen or the log.
    QFile cookie(labCookieFile());
    QVERIFY(cookie.open(QIODevice::ReadOnly));
    const QByteArray secret = cookie.readAll().trimmed();
    QFile log(m_oplog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray raw = log.readAll();
    QVERIFY(raw.contains("\"step\":\"write_cookie\""));
    for (const QByteArray& s : { secret, QByteArray("WARRENWRONGCOOKIEWARRENWRONG") }) {
        QVERIFY(!raw.contains(s));
        QVERIFY(!synced.out.contains(s) && !synced.err.contains(s));
    }

    const ProcResult ready = ctl(joinPreview);
    QVERIFY2(ready.exitCode == 0, qPrintable(text(ready)));
    QVERIFY(text(ready).contains(QLatin1String("[ok     ] Erlang cookies equal")));
    testutil::restoreRabbit4Standalone();
}

void TestLabOps::hostileNodeNameNeverReachesAShell()
{
    const QString marker = QStringLiteral("/tmp/warren-ops-hostile-marker");
    QFile::remove(marker);
    QFile in(testutil::labProfile());
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray spare = profile.value(QStringLiteral("spare")).toArray();
    QVERIFY(!spare.isEmpty());
    QJsonObject four = spare.at(0).toObject();
    QCOMPARE(four.value(QStringLiteral("name")).toString(), QStringLiteral("rabbit4"));
    const QString hostile = QStringLiteral("rabbit@rabbit4$(touch %1);touch %1`touch %1`").arg(marker);
    four.insert(QStringLiteral("node"), hostile);
    spare.replace(0, four);
    profile.insert(QStringLiteral("spare"), spare);
    const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(profile).toJson());
    out.close();

    const ProcResult r = ctl(
        { QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
            QStringLiteral("--to"), QStringLiteral("rabbit1"), QStringLiteral("--execute"), QStringLiteral("--yes") },
        path);
    QVERIFY2(r.exitCode == 2, qPrintable(text(r))); // the profile is refused: not a RabbitMQ node name
    QVERIFY2(text(r).contains(QLatin1String("is not a RabbitMQ node name")), qPrintable(text(r)));
    const ProcResult byArg = ctl({ QStringLiteral("plan"), QStringLiteral("convert"), QStringLiteral("--node"),
        QStringLiteral("rabbit4;touch %1").arg(marker), QStringLiteral("--type"), QStringLiteral("disc") });
    QCOMPARE(byArg.exitCode, 2);
    for (const QString& h : { QStringLiteral("rabbit1"), QStringLiteral("rabbit4") }) {
        QVERIFY(!testutil::labExec(h, { QStringLiteral("test"), QStringLiteral("-e"), marker }).ok());
    }
    QVERIFY(!QFile::exists(marker));
    QVERIFY(testutil::labNodeRunning(QStringLiteral("rabbit4")));
}

QTEST_GUILESS_MAIN(TestLabOps)
#include "tst_lab_ops.moc"
