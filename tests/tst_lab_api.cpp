#include "api/ManagementApi.h"
#include "haproxy/StatCsv.h"
#include "profile/ClusterProfile.h"
#include "secrets/SecretStore.h"
#include "testutil/TestUtil.h"

#include <QTest>

using namespace warren;

// The management API of the lab's real nodes: login good and bad, errors in words, HAProxy's CSV.
// Runs against both lab clusters (3.10 and, as tst_lab_api_4x, 4.x): host names come from the profile.
class TestLabApi final : public QObject
{
    Q_OBJECT

private:
    ClusterProfile m_profile;
    HttpRequestOptions m_options;
    QStringList m_rabbits; // the cluster's RabbitMQ hosts, in profile order

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        auto p = ClusterProfile::load(testutil::labProfile());
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        m_profile = p.value();
        QString error;
        m_options.user = m_profile.api.user;
        m_options.password = readSecretFile(m_profile.api.passwordFile, &error);
        QVERIFY2(!m_options.password.isEmpty(), qPrintable(error));
        m_rabbits = testutil::labRabbitHosts();
        QVERIFY2(m_rabbits.size() >= 3, qPrintable(m_rabbits.join(QLatin1Char(' '))));
    }

    void goodLoginListsTheClusterNodes()
    {
        ManagementApi api(m_profile.host(m_rabbits.at(0))->apiUrl, m_options);
        const auto reply = api.nodesRaw();
        QVERIFY2(reply.ok(), qPrintable(reply.errorString));
        const auto nodes = parseApiNodes(reply.body);
        QVERIFY2(nodes.ok(), qPrintable(nodes.error().toString()));
        QStringList names;
        for (const auto& n : nodes.value())
            names << n.name;
        names.sort();
        QStringList want;
        for (const auto& h : m_rabbits)
            want << testutil::labNode(h);
        want.sort();
        QCOMPARE(names, want);
    }

    void overviewNamesTheVersion()
    {
        ManagementApi api(m_profile.host(m_rabbits.at(1))->apiUrl, m_options);
        const auto reply = api.overviewRaw();
        QVERIFY(reply.ok());
        const auto o = parseApiOverview(reply.body);
        QVERIFY(o.ok());
        const auto truth
            = testutil::labExec(m_rabbits.at(1), { QStringLiteral("rabbitmqctl"), QStringLiteral("version") });
        QCOMPARE(o->rabbitVersion, QString::fromUtf8(truth.out).trimmed());
        QCOMPARE(o->rabbitVersion, testutil::labRabbitVersion()); // one version across the cluster
    }

    void wrongPasswordIsRefusedWithAClearMessage()
    {
        HttpRequestOptions bad = m_options;
        bad.password = QStringLiteral("definitely-wrong-password");
        ManagementApi api(m_profile.host(m_rabbits.at(0))->apiUrl, bad);
        const auto reply = api.overviewRaw();
        QCOMPARE(reply.error, HttpResult::Error::Unauthorized);
        QVERIFY(reply.errorString.contains(QStringLiteral("401")));
        QVERIFY(!reply.errorString.contains(bad.password));
    }

    void closedPortIsRefused()
    {
        QUrl url = m_profile.host(m_rabbits.at(0))->apiUrl;
        url.setPort(15999);
        ManagementApi api(url, m_options);
        const auto reply = api.overviewRaw();
        QCOMPARE(reply.error, HttpResult::Error::Refused);
    }

    void haproxyStatsPageShowsActiveAndBackup()
    {
        if (m_profile.haproxy.statsUrl.isEmpty())
            QSKIP("this cluster's profile names no HAProxy");
        const auto reply = httpGet(m_profile.haproxy.statsUrl, {});
        QVERIFY2(reply.ok(), qPrintable(reply.errorString));
        const auto servers = parseHaproxyStatCsv(reply.body);
        QVERIFY(servers.ok());
        bool sawActive = false, sawBackup = false;
        for (const auto& s : servers.value()) {
            if (s.name == m_rabbits.at(0) && !s.backup)
                sawActive = true;
            if (s.name == m_rabbits.at(1) && s.backup)
                sawBackup = true;
        }
        QVERIFY(sawActive);
        QVERIFY(sawBackup);
    }
};

QTEST_GUILESS_MAIN(TestLabApi)
#include "tst_lab_api.moc"
