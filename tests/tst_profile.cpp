#include "profile/ClusterProfile.h"
#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#ifdef WARREN_HAVE_KEYCHAIN
#include "secrets/KeychainSecretStore.h"
#endif

using namespace warren;

class TestProfile final : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimal(const QString& hostName = QStringLiteral("rabbit1"))
    {
        return QStringLiteral("{\"format\":\"warren-cluster-profile/1\",\"name\":\"prod\","
                              "\"ssh\":{\"user\":\"admin\",\"port\":2222,\"sudo\":true},\"api\":{\"user\":\"monitor\"},"
                              "\"hosts\":[{\"name\":%1,\"address\":\"10.0.0.1\",\"node\":\"rabbit@x\","
                              "\"apiUrl\":\"https://10.0.0.1:15671\"}]}")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray { hostName }).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1))
            .toUtf8();
    }

private Q_SLOTS:
    void readsHostsAndSettings()
    {
        const auto p = ClusterProfile::fromJson(minimal());
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        QCOMPARE(p->name, QStringLiteral("prod"));
        QCOMPARE(p->ssh.port, 2222);
        QVERIFY(p->ssh.sudo);
        QVERIFY(p->api.verifyTls); // TLS verification is on unless the profile turns it off
        QCOMPARE(p->hosts.size(), 1);
        QCOMPARE(p->hosts.first().apiUrl.port(), 15671);
        QCOMPARE(p->serviceKind, QStringLiteral("systemd"));
    }

    void saveAndLoadRoundTripWithoutSecrets()
    {
        auto p = ClusterProfile::fromJson(minimal()).value();
        secretStore().store(p.secretKey(), QStringLiteral("s3cr3t-api-pass"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prod.json"));
        QString error;
        QVERIFY2(p.save(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY2(!written.contains("s3cr3t-api-pass"), "a secret reached the profile file");
        const auto again = ClusterProfile::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), p.toJson());
        secretStore().remove(p.secretKey());
    }

    void refusesPlainTextPassword()
    {
        const auto p = ClusterProfile::fromJson(
            "{\"name\":\"x\",\"api\":{\"user\":\"u\",\"password\":\"p\"},\"hosts\":[{\"name\":\"h\"}]}");
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QStringLiteral("password")));
    }

    void refusesHostileHostNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("substitution") << QStringLiteral("$(touch x)");
        QTest::newRow("semicolon") << QStringLiteral("a;b");
        QTest::newRow("leading dash") << QStringLiteral("-oProxyCommand=x");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("newline") << QStringLiteral("a\nb");
    }

    void refusesHostileHostNames()
    {
        QFETCH(QString, name);
        const auto p = ClusterProfile::fromJson(minimal(name));
        QVERIFY(!p.ok());
        QVERIFY(!p.error().message.isEmpty());
    }

    // Node names and remote paths end up in commands too: refused at the door like host names.
    void refusesHostileNodeNamesAndPaths_data()
    {
        QTest::addColumn<QByteArray>("json");
        auto host = [](const char* extra) {
            return QByteArray("{\"name\":\"x\",\"hosts\":[{\"name\":\"h\"") + extra + "}]}";
        };
        auto hp = [](const char* extra) {
            return QByteArray("{\"name\":\"x\",\"hosts\":[{\"name\":\"h\"}],\"haproxy\":{\"host\":\"h\",") + extra
                + "}}";
        };
        QTest::newRow("node substitution") << host(",\"node\":\"rabbit@$(touch x)\"");
        QTest::newRow("node backticks") << host(",\"node\":\"rabbit@`id`\"");
        QTest::newRow("node leading dash") << host(",\"node\":\"--help\"");
        QTest::newRow("node without host") << host(",\"node\":\"rabbit\"");
        QTest::newRow("node two at") << host(",\"node\":\"a@b@c\"");
        QTest::newRow("node space") << host(",\"node\":\"rabbit@a b\"");
        QTest::newRow("node semicolon") << host(",\"node\":\"rabbit@a;b\"");
        QTest::newRow("socket with socat options") << hp("\"statsSocket\":\"/run/h.sock,fork\"");
        QTest::newRow("socket relative") << hp("\"statsSocket\":\"-h.sock\"");
        QTest::newRow("config relative") << hp("\"configPath\":\"--help\"");
        QTest::newRow("config newline") << hp("\"configPath\":\"/etc/h\\n.cfg\"");
    }

    void refusesHostileNodeNamesAndPaths()
    {
        QFETCH(QByteArray, json);
        const auto p = ClusterProfile::fromJson(json);
        QVERIFY2(!p.ok(), json.constData());
        QVERIFY(!p.error().message.isEmpty());
    }

    void acceptsRealNodeNames()
    {
        const auto p = ClusterProfile::fromJson("{\"name\":\"x\",\"hosts\":[{\"name\":\"h\",\"node\":\"rabbit@ctl-1."
                                                "example.org\"},{\"name\":\"k\",\"node\":\"rabbit_2@k\"}]}");
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    }

    void brokenJsonReportsPosition()
    {
        const auto p = ClusterProfile::fromJson("{\n  \"name\": \"x\",\n  \"hosts\": [ }\n");
        QVERIFY(!p.ok());
        QCOMPARE(p.error().line, 3);
        QVERIFY(p.error().column > 0);
    }

    void secretFileMustBePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pw"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hunter2\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QString error;
        QVERIFY(readSecretFile(path, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        error.clear();
        QCOMPARE(readSecretFile(path, &error), QStringLiteral("hunter2"));
        QVERIFY(error.isEmpty());
    }

#ifdef WARREN_HAVE_KEYCHAIN
    // Headless (no D-Bus session, as in CI) no keyring answers: the store must say so quickly and
    // keep working from memory, never writing a plain-text fallback.
    void keyringStoreFallsBackToMemoryWithoutAKeyring()
    {
        KeychainSecretStore store;
        QElapsedTimer timer;
        timer.start();
        auto probe = QtConcurrent::run([&store] { return store.probe(); });
        probe.waitForFinished();
        QVERIFY(timer.elapsed() < 8000);
        store.store(QStringLiteral("api-password/test/u"), QStringLiteral("kept-in-memory"));
        QCOMPARE(store.lookup(QStringLiteral("api-password/test/u")), QStringLiteral("kept-in-memory"));
        if (!store.keyringAvailable())
            QVERIFY(store.description().contains(QStringLiteral("memory")));
        store.remove(QStringLiteral("api-password/test/u"));
        QVERIFY(store.lookup(QStringLiteral("api-password/test/u")).isEmpty());
    }
#endif
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
