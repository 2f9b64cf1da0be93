#include "ClusterGraphView.h"
#include "NodeDetailsPanel.h"
#include "NodeItem.h"
#include "OverviewHeader.h"

#include "testutil/TestUtil.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warren;

// The graph's badges, the overview and the node details on 4.x (issue 15): no disc/ram badge
// under Khepri, the leader marked; a 4.x ram node under Mnesia says ram is deprecated; 3.10 as
// before.
class TestGraph4x final : public QObject
{
    Q_OBJECT

private:
    static ClusterSnapshot cluster(const QString& version, NodeType thirdType, MetadataStore store)
    {
        ClusterSnapshot snap;
        snap.clusterName = u"c"_s;
        snap.via = u"api"_s;
        snap.takenAt = QDateTime::currentDateTimeUtc();
        snap.rabbitVersion = version;
        for (int i = 0; i < 3; ++i) {
            NodeInfo n;
            n.name = u"rabbit@rabbit%1"_s.arg(5 + i);
            n.type = i == 2 ? thirdType : NodeType::Disc;
            n.running = true;
            n.rabbitVersion = version;
            snap.nodes << n;
        }
        if (store != MetadataStore::Unknown) {
            snap.broker.readAt = snap.takenAt;
            snap.broker.metadata.store = store;
            snap.broker.featureFlagsKnown = true;
            snap.broker.deprecatedKnown = true;
            snap.broker.deprecatedFoundBy = u"api"_s;
            if (store == MetadataStore::Khepri) {
                snap.broker.metadata.setMembersFrom(snap.nodes);
                snap.broker.metadata.leader = u"rabbit@rabbit6"_s;
                for (const NodeInfo& n : std::as_const(snap.nodes))
                    snap.broker.metadata.raft << KhepriMember { n.name,
                        n.name == u"rabbit@rabbit6"_s ? u"leader"_s : u"follower"_s, u"voter"_s, 1, 10 };
            }
        }
        return snap;
    }

    static QString badge(const ClusterSnapshot& snap, const QString& node)
    {
        ClusterGraphView view;
        view.setSnapshot(snap);
        return view.nodeItem(node)->typeBadgeText();
    }

private Q_SLOTS:
    void threeTenKeepsDiscAndRamBadges()
    {
        const ClusterSnapshot snap = cluster(u"3.10.8"_s, NodeType::Ram, MetadataStore::Mnesia);
        QCOMPARE(badge(snap, u"rabbit@rabbit5"_s), u"disc"_s);
        QCOMPARE(badge(snap, u"rabbit@rabbit7"_s), u"ram"_s);
        // Before the broker facts are read, the same.
        QCOMPARE(badge(cluster(u"3.10.8"_s, NodeType::Ram, MetadataStore::Unknown), u"rabbit@rabbit7"_s), u"ram"_s);
        OverviewHeader header;
        OverviewHeader::State s;
        s.hasCluster = s.hasSnapshot = true;
        s.name = u"c"_s;
        s.snapshot = snap;
        header.setState(s);
        const QString details = header.findChild<QLabel*>(u"overviewDetails"_s)->text();
        QVERIFY2(details.contains(u"RabbitMQ 3.10.8"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"Mnesia"_s), qPrintable(details)); // 3.10's header as before
    }

    void fourXRamNodeUnderMnesiaIsDeprecated()
    {
        ClusterGraphView view;
        view.setSnapshot(cluster(u"4.0.5"_s, NodeType::Ram, MetadataStore::Mnesia));
        const NodeItem* ram = view.nodeItem(u"rabbit@rabbit7"_s);
        QVERIFY(ram->ramDeprecated());
        QCOMPARE(ram->typeBadgeText(), u"ram: deprecated"_s);
        QVERIFY(ram->typeToolTip().contains(u"change_cluster_node_type disc"_s));
        QVERIFY(ram->toolTip().contains(u"deprecated"_s));
        QCOMPARE(view.nodeItem(u"rabbit@rabbit5"_s)->typeBadgeText(), u"disc"_s);
    }

    void khepriShowsTheLeaderAndNoDiscOrRam()
    {
        const ClusterSnapshot snap = cluster(u"4.0.5"_s, NodeType::Disc, MetadataStore::Khepri);
        QCOMPARE(badge(snap, u"rabbit@rabbit6"_s), u"Khepri leader"_s);
        QCOMPARE(badge(snap, u"rabbit@rabbit5"_s), u"Khepri follower"_s);
        ClusterSnapshot roleless = snap;
        roleless.broker.metadata.raft.clear();
        roleless.broker.metadata.leader.clear();
        QCOMPARE(badge(roleless, u"rabbit@rabbit7"_s), u"Khepri"_s);

        OverviewHeader header;
        OverviewHeader::State s;
        s.hasCluster = s.hasSnapshot = true;
        s.name = u"c"_s;
        s.snapshot = snap;
        header.setState(s);
        const QString details = header.findChild<QLabel*>(u"overviewDetails"_s)->text();
        QVERIFY2(details.contains(u"RabbitMQ 4.0.5   ·   Khepri   ·   leader rabbit6   ·   3/3 members"_s),
            qPrintable(details));

        NodeDetailsPanel panel;
        panel.setBroker(snap.broker, u"Khepri leader"_s, u"why"_s);
        panel.setNode(&snap.nodes.at(1), u"running"_s);
        QCOMPARE(panel.value(u"detailType"_s), u"Khepri leader"_s);
        QVERIFY2(panel.value(u"detailMetadataStore"_s).contains(u"leader rabbit@rabbit6"_s),
            qPrintable(panel.value(u"detailMetadataStore"_s)));
        QVERIFY(panel.value(u"detailMetadataStore"_s).contains(u"3 of 3 members running"_s));
        QVERIFY(panel.value(u"detailFeatureFlags"_s).startsWith(u"none"_s));
        QVERIFY(panel.value(u"detailDeprecatedFeatures"_s).startsWith(u"none"_s));
    }

    void nodeDetailsSayWhatToDo()
    {
        ClusterSnapshot snap = cluster(u"3.10.8"_s, NodeType::Ram, MetadataStore::Mnesia);
        snap.broker.featureFlags = { FeatureFlag { u"khepri_db"_s, u"disabled"_s, u"experimental"_s, {}, {} },
            FeatureFlag { u"stream_queue"_s, u"disabled"_s, u"stable"_s, {}, {} } };
        snap.broker.deprecatedFoundBy = u"checks"_s;
        snap.broker.deprecatedInUse
            = { DeprecatedFeature { u"ram_node_type"_s, {}, {}, {}, { u"rabbit@rabbit7"_s }, u"checks"_s } };
        NodeDetailsPanel panel;
        panel.setBroker(snap.broker);
        panel.setNode(&snap.nodes.at(2), u"running"_s);
        QCOMPARE(panel.value(u"detailType"_s), u"ram"_s);
        QCOMPARE(panel.value(u"detailMetadataStore"_s), u"Mnesia"_s);
        const QString flags = panel.value(u"detailFeatureFlags"_s);
        QVERIFY2(flags.startsWith(u"khepri_db, stream_queue"_s), qPrintable(flags));
        QVERIFY2(flags.contains(u"Enable before upgrading: stream_queue"_s), qPrintable(flags));
        const QString deprecated = panel.value(u"detailDeprecatedFeatures"_s);
        QVERIFY2(deprecated.contains(u"ram_node_type (rabbit@rabbit7): "_s), qPrintable(deprecated));
        QVERIFY2(deprecated.contains(u"found by Warren"_s), qPrintable(deprecated));
    }
};

QTEST_MAIN(TestGraph4x)
#include "tst_graph4x.moc"
