#include "ClusterGraphView.h"
#include "NodeItem.h"
#include "profile/ClusterProfile.h"
#include "status/StatusCollector.h"

#include "testutil/LabGui.h"
#include "testutil/TestUtil.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace warren;

// What the broker is, on the lab's RabbitMQ 4.0 cluster (rabbit5-7; WARREN_LAB_PROFILE names its
// profile, lab/state/cluster-4x.json): `warrenctl status` against the node's own CLI
// (cluster_status, metadata_store_status, list_feature_flags), then `labctl khepri on` and the
// store, leader and members again, and no disc/ram badge in the graph under Khepri.
// Enabling khepri_db cannot be undone: the test functions run in this order, Mnesia first.
class TestLab4x final : public QObject
{
    Q_OBJECT

private:
    QString m_host; // a 4.x host to ask (the first of the profile)

    static QString warrenctl() { return qEnvironmentVariable("WARRENCTL"); }

    static QJsonObject statusJson(int* exitCode = nullptr)
    {
        const auto r = testutil::run(
            warrenctl(), { u"--cluster"_s, testutil::labProfile(), u"status"_s, u"--format"_s, u"json"_s }, 120000);
        if (exitCode)
            *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out).object();
    }

    // A CLI's JSON answer on the node (-q: no banner; log noise before the JSON is skipped).
    QJsonDocument nodeJson(const QStringList& command) const
    {
        const auto r = testutil::labExec(m_host, command);
        qsizetype start = -1;
        for (qsizetype i = 0; i < r.out.size(); ++i) {
            if (r.out.at(i) == '[' || r.out.at(i) == '{') {
                start = i;
                break;
            }
        }
        return start < 0 ? QJsonDocument() : QJsonDocument::fromJson(r.out.mid(start));
    }

    QJsonObject clusterStatus() const
    {
        return nodeJson({ u"rabbitmqctl"_s, u"-q"_s, u"cluster_status"_s, u"--formatter"_s, u"json"_s }).object();
    }

    QJsonArray storeStatus() const
    {
        return nodeJson({ u"rabbitmq-diagnostics"_s, u"-q"_s, u"metadata_store_status"_s, u"--formatter"_s, u"json"_s })
            .array();
    }

    QStringList disabledFlagsByCli() const
    {
        QStringList out;
        const QJsonArray flags = nodeJson(
            { u"rabbitmqctl"_s, u"-q"_s, u"list_feature_flags"_s, u"name"_s, u"state"_s, u"--formatter"_s, u"json"_s })
                                     .array();
        for (const QJsonValue f : flags) {
            if (f.toObject().value(u"state"_s).toString() != u"enabled"_s)
                out << f.toObject().value(u"name"_s).toString();
        }
        out.sort();
        return out;
    }

    static QStringList strings(const QJsonValue& v)
    {
        QStringList out = v.toVariant().toStringList();
        out.sort();
        return out;
    }

    // The version, running members and feature flags warrenctl reports, against the node's CLI.
    void compareWithTheBroker(const QJsonObject& status)
    {
        const QJsonObject truth = clusterStatus();
        QVERIFY2(!truth.isEmpty(), "cluster_status on the node gave no JSON");
        QStringList running;
        for (const QJsonValue n : status.value(u"nodes"_s).toArray()) {
            if (n.toObject().value(u"running"_s).toBool())
                running << n.toObject().value(u"name"_s).toString();
        }
        running.sort();
        QCOMPARE(running, strings(truth.value(u"running_nodes"_s)));
        // cluster_status lists each node's versions: warrenctl's agree, and its "version" is theirs.
        const QJsonObject versions = truth.value(u"versions"_s).toObject();
        QVERIFY2(!versions.isEmpty(), "cluster_status lists no versions");
        QString brokerVersion;
        for (const QJsonValue n : status.value(u"nodes"_s).toArray()) {
            const QString name = n.toObject().value(u"name"_s).toString();
            if (!versions.contains(name))
                continue;
            brokerVersion = versions.value(name).toObject().value(u"rabbitmq_version"_s).toString();
            QCOMPARE(n.toObject().value(u"rabbitmq_version"_s).toString(), brokerVersion);
        }
        QVERIFY2(brokerVersion.startsWith(u"4."_s), qPrintable(brokerVersion));
        QCOMPARE(status.value(u"version"_s).toString(), brokerVersion);
        QCOMPARE(strings(status.value(u"feature_flags"_s).toObject().value(u"disabled"_s)), disabledFlagsByCli());
        QCOMPARE(status.value(u"deprecated_features"_s).toObject().value(u"found_by"_s).toString(), u"api"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        QVERIFY2(!warrenctl().isEmpty(), "WARRENCTL is not set");
        const auto profile = ClusterProfile::load(testutil::labProfile());
        QVERIFY2(profile.ok(), qPrintable(profile.error().toString()));
        QVERIFY(!profile->rabbitHosts().isEmpty());
        m_host = profile->rabbitHosts().first().name;
        const QString notReady = testutil::prepareLabGui(u"tst_lab_4x"_s, false);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void versionStoreAndFlagsMatchTheBroker()
    {
        int exitCode = -1;
        const QJsonObject status = statusJson(&exitCode);
        QCOMPARE(exitCode, 0);
        compareWithTheBroker(status);
        const QJsonArray rows = storeStatus();
        QVERIFY2(!rows.isEmpty(), "metadata_store_status gave no JSON rows");
        const bool khepri = !rows.first().toObject().contains(u"Metadata Store"_s);
        QCOMPARE(status.value(u"metadata_store"_s).toObject().value(u"store"_s).toString(),
            khepri ? u"khepri"_s : u"mnesia"_s);
        // Every key scripts relied on before 4.x support is still there.
        for (const QString& key :
            { u"cluster"_s, u"taken_at"_s, u"via"_s, u"nodes"_s, u"partitions"_s, u"haproxy"_s, u"sources"_s })
            QVERIFY2(status.contains(key), qPrintable(key));
    }

    void khepriOnGivesTheStoreWithLeaderAndMembers()
    {
        const auto on = testutil::labctl({ u"khepri"_s, u"on"_s }, 300000);
        QVERIFY2(on.exitCode == 0, on.err.constData());
        // metadata_store_status on the node: the leader is the row whose Raft State is "leader".
        QString leader;
        QDeadlineTimer deadline(60000);
        while (leader.isEmpty() && !deadline.hasExpired()) {
            for (const QJsonValue row : storeStatus()) {
                if (row.toObject().value(u"Raft State"_s).toString() == u"leader"_s)
                    leader = row.toObject().value(u"Node Name"_s).toString();
            }
            if (leader.isEmpty())
                QThread::msleep(1000);
        }
        QVERIFY2(!leader.isEmpty(), "metadata_store_status names no leader after `labctl khepri on`");
        int exitCode = -1;
        const QJsonObject status = statusJson(&exitCode);
        QCOMPARE(exitCode, 0);
        compareWithTheBroker(status);
        const QJsonObject store = status.value(u"metadata_store"_s).toObject();
        QCOMPARE(store.value(u"store"_s).toString(), u"khepri"_s);
        QCOMPARE(store.value(u"leader"_s).toString(), leader);
        QCOMPARE(strings(store.value(u"members"_s)), strings(clusterStatus().value(u"disk_nodes"_s)));
        QCOMPARE(store.value(u"members_running"_s).toInt(), store.value(u"members"_s).toArray().size());
        QCOMPARE(store.value(u"majority_up"_s).toBool(), true);
        QVERIFY(!strings(status.value(u"feature_flags"_s).toObject().value(u"disabled"_s)).contains(u"khepri_db"_s));

        const auto text = testutil::run(
            warrenctl(), { u"--cluster"_s, testutil::labProfile(), u"status"_s, u"--lang"_s, u"en"_s }, 120000);
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"Metadata store: Khepri, leader %1"_s.arg(leader)), qPrintable(out));
        QVERIFY2(out.contains(u"Khepri leader"_s), qPrintable(out));
        const auto zh = testutil::run(
            warrenctl(), { u"--cluster"_s, testutil::labProfile(), u"status"_s, u"--lang"_s, u"zh_CN"_s }, 120000);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(QString::fromUtf8(zh.out).contains(leader), zh.out.constData());
    }

    void graphUnderKhepriHasNoDiscOrRamBadge()
    {
        // The real window polling the 4.x cluster: broker facts are read on connect.
        testutil::LabWindow live;
        QVERIFY(live.open(testutil::labProfile()));
        ClusterGraphView* view = live.view;
        const QStringList nodes = strings(clusterStatus().value(u"disk_nodes"_s));
        QVERIFY(!nodes.isEmpty());
        const auto khepriShown = [&] {
            int leaders = 0;
            for (const QString& n : nodes) {
                const NodeItem* item = view->nodeItem(n);
                if (!item || !item->typeBadgeText().startsWith(u"Khepri"_s))
                    return false;
                leaders += item->typeBadgeText() == u"Khepri leader"_s ? 1 : 0;
            }
            return leaders == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(khepriShown(), 60000);
        QString leader;
        for (const QString& n : nodes) {
            const QString badge = view->nodeItem(n)->typeBadgeText();
            QVERIFY2(!badge.contains(u"ram"_s) && !badge.contains(u"disc"_s), qPrintable(badge));
            QVERIFY(!view->nodeItem(n)->ramDeprecated());
            if (badge == u"Khepri leader"_s)
                leader = n;
        }
        for (const QJsonValue row : storeStatus()) {
            if (row.toObject().value(u"Raft State"_s).toString() == u"leader"_s)
                QCOMPARE(leader, row.toObject().value(u"Node Name"_s).toString());
        }
        view->selectNode(leader);
        // The README's 4.x graph screenshots (resources/screenshots/graph-4x-*.png) come from here.
        QVERIFY(live.saveBothLanguages(u"graph-4x"_s));
    }
};

QTEST_MAIN(TestLab4x)
#include "tst_lab_4x.moc"
