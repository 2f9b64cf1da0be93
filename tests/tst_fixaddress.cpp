// fix-address: detection of an IP or hostname change and the plans of its fixes, per version;
// the hosts-file and rabbitmq-env.conf rewrites they write.
#include "ops/AddressPlanner.h"
#include "ops/HostFiles.h"

#include <QTest>

using namespace warren;

namespace {

const QByteArray kHosts = "127.0.0.1\tlocalhost\n# lab\n10.213.77.11\trabbit1\n10.213.77.13\trabbit3 rabbit3.lab\n";

HostProfile host(const QString& name, const QString& address)
{
    HostProfile h;
    h.name = name;
    h.address = address;
    h.node = QStringLiteral("rabbit@") + name;
    return h;
}

NodeInfo member(const QString& name, NodeType type, bool running = true)
{
    NodeInfo n;
    n.name = name;
    n.type = type;
    n.running = running;
    return n;
}

LinkFacts resolved(const QString& from, const QString& to, const QString& address)
{
    LinkFacts l;
    l.from = from;
    l.to = to;
    l.checked = true;
    l.resolves = !address.isEmpty();
    l.address = address;
    return l;
}

// A host of the lab as fix-address reads it; `sees` is its cluster_status (empty: its node is down).
AddressHostFacts hostFacts(const QString& name, const QString& address, const QString& version,
    const QList<NodeInfo>& sees, const QString& resolves3To, const QString& hostname = {})
{
    AddressHostFacts f;
    f.host = host(name, address);
    f.identity.host = name;
    f.identity.reachable = true;
    f.identity.hostname = hostname.isEmpty() ? name : hostname;
    f.identity.addresses = { address };
    f.identity.hostsFile = kHosts;
    f.identity.hostsInPlace = name == QLatin1String("rabbit2"); // one bind-mounted /etc/hosts
    f.identity.envConfExists = true;
    f.identity.envConf = "# env\nSERVER_ADDITIONAL_ERL_ARGS=\"+sbwt none\"\n";
    f.identity.dataDirsRead = true;
    f.identity.dataDirs = { QStringLiteral("rabbit@") + name };
    f.identity.dataEntries
        = { QStringLiteral("rabbit@") + name, QStringLiteral("rabbit@") + name + QStringLiteral("-feature_flags") };
    f.facts.host = name;
    f.facts.node = QStringLiteral("rabbit@") + f.identity.hostname;
    f.facts.reachable = true;
    f.facts.version = RabbitVersion::parse(version);
    if (!sees.isEmpty()) {
        f.facts.nodeAnswered = f.facts.haveStatus = true;
        f.facts.status.nodes = sees;
        f.facts.appRunning = true;
    }
    f.oldName = resolved(name, QStringLiteral("rabbit3"), resolves3To);
    return f;
}

const QList<NodeInfo> kCluster { member(QStringLiteral("rabbit@rabbit1"), NodeType::Disc),
    member(QStringLiteral("rabbit@rabbit2"), NodeType::Disc), member(QStringLiteral("rabbit@rabbit3"), NodeType::Ram) };

QStringList commandsOf(const Plan& p)
{
    QStringList out;
    for (const auto& s : p.steps) {
        for (const auto& c : s.commands)
            out << s.host + QStringLiteral(": ") + c.display(true);
    }
    return out;
}

QStringList stepIds(const Plan& p)
{
    QStringList out;
    for (const auto& s : p.steps)
        out << s.id;
    return out;
}

const PlanChoice* choice(const Plan& p, const QString& key)
{
    for (const auto& c : p.choices) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

// rabbit3 renamed to rabbit3b and restarted: rabbit@rabbit3b runs fresh, the cluster keeps rabbit@rabbit3 (stopped).
// peersRun false: rabbit1's node is stopped too (a whole-cluster rename, the only one Warren runs).
Plan hostnameChanged(const QString& version, const QString& fix, NodeType type = NodeType::Ram, bool peersRun = true)
{
    QList<NodeInfo> cluster = kCluster;
    cluster[2].running = false;
    cluster[2].type = type;
    AddressHostFacts s = hostFacts(QStringLiteral("rabbit3"), QStringLiteral("10.213.77.13"), version,
        { member(QStringLiteral("rabbit@rabbit3b"), NodeType::Disc) }, QStringLiteral("10.213.77.13"),
        QStringLiteral("rabbit3b"));
    s.identity.dataDirs = { QStringLiteral("rabbit@rabbit3"), QStringLiteral("rabbit@rabbit3b") };
    s.identity.dataEntries = { QStringLiteral("rabbit@rabbit3"), QStringLiteral("rabbit@rabbit3-feature_flags"),
        QStringLiteral("rabbit@rabbit3b"), QStringLiteral("rabbit@rabbit3b-feature_flags"),
        QStringLiteral("rabbit@rabbit3b-plugins-expand") };
    s.newName = resolved(QStringLiteral("rabbit3"), QStringLiteral("rabbit3b"), QStringLiteral("10.213.77.13"));
    AddressHostFacts one = hostFacts(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11"), version,
        peersRun ? cluster : QList<NodeInfo> {}, QStringLiteral("10.213.77.13"));
    one.newName = resolved(QStringLiteral("rabbit1"), QStringLiteral("rabbit3b"), {});
    return AddressPlanner::build(QStringLiteral("lab"), QStringLiteral("lab"), s, { one }, fix);
}

} // namespace

class TestFixAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostsFileGetsOneLineForTheNameAndKeepsTheRest();
    void envConfKeepsOneNodeName();
    void ipChangeRepairsNameResolutionWhereItIsWrong();
    void aHealthyHostIsAlreadyDone();
    void hostnameChangeOffersKeepNameRenameAndRejoin();
    void keepNameStopsTheFreshNodeWritesNodenameAndStarts();
    void renameOn310FollowsTheManPageProcedure();
    void renameDoesNotApplyFrom313();
    void rejoinForgetsTheOldNodeAndJoinsUnderTheNewName();
    void hostileHostnameNeverLeavesItsArgument();
};

void TestFixAddress::hostsFileGetsOneLineForTheNameAndKeepsTheRest()
{
    const QByteArray out = HostFiles::withAddress(kHosts, QStringLiteral("rabbit3"), QStringLiteral("10.213.77.23"));
    QCOMPARE(QString::fromUtf8(out),
        QStringLiteral("127.0.0.1\tlocalhost\n# lab\n10.213.77.11\trabbit1\n10.213.77.13\trabbit3.lab\n"
                       "10.213.77.23\trabbit3\t# warren fix-address\n"));
    QCOMPARE(HostFiles::addressesOf(QString::fromUtf8(out), QStringLiteral("rabbit3")),
        QStringList { QStringLiteral("10.213.77.23") });
    QCOMPARE(HostFiles::addressesOf(QString::fromUtf8(kHosts), QStringLiteral("rabbit3")),
        QStringList { QStringLiteral("10.213.77.13") });
    QVERIFY(
        HostFiles::addressesOf(QString::fromUtf8(kHosts), QStringLiteral("lab")).isEmpty()); // comments are not names
    // Applying it again changes nothing.
    QCOMPARE(HostFiles::withAddress(out, QStringLiteral("rabbit3"), QStringLiteral("10.213.77.23")), out);
}

void TestFixAddress::envConfKeepsOneNodeName()
{
    const QByteArray conf = "# env\nNODENAME=rabbit@a\nRABBITMQ_NODENAME='rabbit@b'\nUSE_LONGNAME=false\n";
    QCOMPARE(HostFiles::nodeNameOf(QString::fromUtf8(conf)), QStringLiteral("rabbit@b"));
    const QByteArray kept = HostFiles::withNodeName(conf, QStringLiteral("rabbit@rabbit3"));
    QCOMPARE(HostFiles::nodeNameOf(QString::fromUtf8(kept)), QStringLiteral("rabbit@rabbit3"));
    QVERIFY(kept.startsWith("# env\nUSE_LONGNAME=false\nNODENAME=rabbit@rabbit3"));
    QVERIFY(HostFiles::nodeNameOf(QString::fromUtf8(HostFiles::withNodeName(conf, {}))).isEmpty());
}

void TestFixAddress::ipChangeRepairsNameResolutionWhereItIsWrong()
{
    const AddressHostFacts s = hostFacts(QStringLiteral("rabbit3"), QStringLiteral("10.213.77.23"),
        QStringLiteral("3.10.8"), kCluster, QStringLiteral("10.213.77.23"));
    const AddressHostFacts one = hostFacts(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11"),
        QStringLiteral("3.10.8"), kCluster, QStringLiteral("10.213.77.13"));
    const AddressHostFacts two
        = hostFacts(QStringLiteral("rabbit2"), QStringLiteral("10.213.77.12"), QStringLiteral("3.10.8"), kCluster, {});
    const Plan p = AddressPlanner::build(QStringLiteral("lab"), QStringLiteral("lab"), s, { one, two }, {});
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(p.chosen, QStringLiteral("resolution"));
    QCOMPARE(stepIds(p), (QStringList { QStringLiteral("update_hosts"), QStringLiteral("update_hosts") }));
    QCOMPARE(p.steps[0].host, QStringLiteral("rabbit1"));
    QCOMPARE(p.steps[1].host, QStringLiteral("rabbit2"));
    const QStringList cmds = commandsOf(p);
    QVERIFY(cmds.contains(QStringLiteral("rabbit1: sudo -n -- cp -p /etc/hosts /etc/rabbitmq/hosts.warren-backup")));
    QVERIFY(cmds.contains(QStringLiteral(
        "rabbit1: sudo -n -- install -m 0644 -o root -g root /dev/stdin /etc/rabbitmq/hosts.warren-new")));
    QVERIFY(cmds.contains(
        QStringLiteral("rabbit1: sudo -n -- mv -f /etc/rabbitmq/hosts.warren-new /etc/hosts"))); // a rename
    QVERIFY(cmds.contains(
        QStringLiteral("rabbit2: sudo -n -- cp /etc/rabbitmq/hosts.warren-new /etc/hosts"))); // bind mount: in place
    QCOMPARE(p.steps[0].stdinCommand, 1);
    QVERIFY(p.steps[0].stdinData.endsWith("10.213.77.23\trabbit3\t# warren fix-address\n"));
    QCOMPARE(p.steps[0].prechecks.size(), 1);
    QCOMPARE(p.steps[0].undoCommands.first().display(true),
        QStringLiteral("sudo -n -- cp /etc/rabbitmq/hosts.warren-backup /etc/hosts"));
    QVERIFY(!p.hasDestructiveSteps());
    // Verified from every host and by the cluster's own view.
    QCOMPARE(p.verification.size(), 3 + 2);
    QVERIFY(p.verification.last().description.contains(QLatin1String("rabbit@rabbit3 as a running ram node")));
    const PlanChoice* keep = choice(p, QStringLiteral("keep-name"));
    QVERIFY(keep && !keep->applicable);
}

void TestFixAddress::aHealthyHostIsAlreadyDone()
{
    const AddressHostFacts s = hostFacts(QStringLiteral("rabbit3"), QStringLiteral("10.213.77.13"),
        QStringLiteral("3.10.8"), kCluster, QStringLiteral("10.213.77.13"));
    const AddressHostFacts one = hostFacts(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11"),
        QStringLiteral("3.10.8"), kCluster, QStringLiteral("10.213.77.13"));
    const Plan p = AddressPlanner::build(QStringLiteral("lab"), QStringLiteral("lab"), s, { one }, {});
    QVERIFY2(!p.alreadyDone.isEmpty(), qPrintable(p.toText(true)));
    QVERIFY(p.steps.isEmpty());
}

void TestFixAddress::hostnameChangeOffersKeepNameRenameAndRejoin()
{
    const Plan p = hostnameChanged(QStringLiteral("3.10.8"), {});
    QVERIFY2(p.needsChoice(), qPrintable(p.toText(true)));
    QVERIFY(p.blocked() && p.steps.isEmpty());
    const QString text = p.toText(true);
    QVERIFY(text.contains(QLatin1String("the cluster knows rabbit@rabbit3, but the host is now called rabbit3b")));
    QVERIFY(text.contains(QLatin1String("/var/lib/rabbitmq/mnesia/rabbit@rabbit3 (the node here is rabbit@rabbit3b)")));
    QVERIFY(text.contains(QLatin1String("rabbit1 resolves rabbit3b: it does not resolve")));
    QVERIFY(!choice(p, QStringLiteral("resolution"))->applicable);
    for (const QString& key : { QStringLiteral("keep-name"), QStringLiteral("rejoin") })
        QVERIFY2(choice(p, key)->applicable, qPrintable(key));
    // rabbit3 is a ram node: nothing on disc to rename (timeout_waiting_for_tables on the lab).
    QVERIFY(!choice(p, QStringLiteral("rename"))->applicable);
    QVERIFY(choice(p, QStringLiteral("rename"))->whyNot.contains(QLatin1String("ram node")));
    // A disc node: still not while its cluster runs (the secondary restart failed to boot on the lab).
    const Plan discPlan = hostnameChanged(QStringLiteral("3.10.8"), {}, NodeType::Disc); // choice() points into it
    const PlanChoice* disc = choice(discPlan, QStringLiteral("rename"));
    QVERIFY(!disc->applicable);
    QVERIFY2(disc->whyNot.contains(QLatin1String("rabbit@rabbit1 runs")), qPrintable(disc->whyNot));
    const Plan stoppedPlan = hostnameChanged(QStringLiteral("3.10.8"), {}, NodeType::Disc, false);
    QVERIFY(choice(stoppedPlan, QStringLiteral("rename"))->applicable);
    QVERIFY(choice(p, QStringLiteral("keep-name"))->recommended);
    QVERIFY(choice(p, QStringLiteral("rejoin"))->consequences.contains(QLatin1String("lost")));
}

void TestFixAddress::keepNameStopsTheFreshNodeWritesNodenameAndStarts()
{
    const Plan p = hostnameChanged(QStringLiteral("3.10.8"), QStringLiteral("keep-name"));
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(stepIds(p),
        (QStringList { QStringLiteral("stop_node"), QStringLiteral("backup_env"), QStringLiteral("keep_node_name"),
            QStringLiteral("start_node") }));
    const QStringList cmds = commandsOf(p);
    QVERIFY(cmds.contains(QStringLiteral("rabbit3: sudo -n -- /usr/local/sbin/warren-lab-service stop")));
    QVERIFY(cmds.contains(QStringLiteral(
        "rabbit3: sudo -n -- mv -f /etc/rabbitmq/rabbitmq-env.conf.warren-new /etc/rabbitmq/rabbitmq-env.conf")));
    QVERIFY(p.steps[2].stdinData.contains("NODENAME=rabbit@rabbit3 #"));
    QVERIFY(p.steps[2].stdinData.startsWith("# env\nSERVER_ADDITIONAL_ERL_ARGS"));
    QVERIFY(p.followUps.isEmpty()); // the profile stays right
    QCOMPARE(p.verification.size(), 2);
    QVERIFY(
        p.verification[1].description.contains(QLatin1String("on rabbit1 lists rabbit@rabbit3 as a running ram node")));
}

void TestFixAddress::renameOn310FollowsTheManPageProcedure()
{
    const Plan p = hostnameChanged(QStringLiteral("3.10.8"), QStringLiteral("rename"), NodeType::Disc, false);
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QVERIFY(!hostnameChanged(QStringLiteral("3.10.8"), QStringLiteral("rename"), NodeType::Ram).runnable());
    QVERIFY(!hostnameChanged(QStringLiteral("3.10.8"), QStringLiteral("rename"), NodeType::Disc).runnable());
    QCOMPARE(stepIds(p),
        (QStringList { QStringLiteral("update_hosts"), QStringLiteral("stop_node"),
            QStringLiteral("set_aside_fresh_data"), QStringLiteral("rename_cluster_node"), QStringLiteral("move_data"),
            QStringLiteral("start_node") }));
    QCOMPARE(p.steps[0].host, QStringLiteral("rabbit1")); // rabbit1 must resolve the new name
    const QStringList cmds = commandsOf(p);
    QVERIFY(cmds.contains(QStringLiteral(
        "rabbit3: sudo -n -- rabbitmqctl -n rabbit@rabbit3 rename_cluster_node rabbit@rabbit3 rabbit@rabbit3b "
        "--mnesia-dir /var/lib/rabbitmq/mnesia/rabbit@rabbit3")));
    QVERIFY(cmds.contains(QStringLiteral("rabbit3: sudo -n -- mv -T /var/lib/rabbitmq/mnesia/rabbit@rabbit3-rename "
                                         "/var/lib/rabbitmq/mnesia/rabbit@rabbit3b-rename")));
    QVERIFY(cmds.contains(QStringLiteral("rabbit3: sudo -n -- mv -T /var/lib/rabbitmq/mnesia/rabbit@rabbit3b "
                                         "/var/lib/rabbitmq/mnesia/rabbit@rabbit3b.warren-fresh")));
    QVERIFY(p.hasDestructiveSteps());
    QVERIFY(choice(p, QStringLiteral("rename"))->consequences.contains(QLatin1String("quorum queues")));
    QVERIFY(!p.followUps.isEmpty());
}

void TestFixAddress::renameDoesNotApplyFrom313()
{
    const Plan offered = hostnameChanged(QStringLiteral("3.13.1"), {});
    const PlanChoice* rename = choice(offered, QStringLiteral("rename"));
    QVERIFY(rename && !rename->applicable);
    QVERIFY(rename->whyNot.contains(QLatin1String("3.13")));
    const Plan p = hostnameChanged(QStringLiteral("3.13.1"), QStringLiteral("rename"));
    QVERIFY(!p.runnable());
    QVERIFY(p.refusals.join(QString()).contains(QLatin1String("10369")));
    QVERIFY(choice(p, QStringLiteral("keep-name"))->applicable);
}

void TestFixAddress::rejoinForgetsTheOldNodeAndJoinsUnderTheNewName()
{
    const Plan p = hostnameChanged(QStringLiteral("3.10.8"), QStringLiteral("rejoin"));
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    QCOMPARE(stepIds(p),
        (QStringList { QStringLiteral("update_hosts"), QStringLiteral("forget_cluster_node"),
            QStringLiteral("stop_app"), QStringLiteral("reset"), QStringLiteral("join_cluster"),
            QStringLiteral("start_app") }));
    const QStringList cmds = commandsOf(p);
    QVERIFY(cmds.contains(QStringLiteral("rabbit1: sudo -n -- rabbitmqctl forget_cluster_node rabbit@rabbit3")));
    QVERIFY(cmds.contains(QStringLiteral("rabbit3: sudo -n -- rabbitmqctl join_cluster --ram rabbit@rabbit1")));
    QVERIFY(p.verification.last().description.contains(QLatin1String("no longer lists rabbit@rabbit3")));
}

void TestFixAddress::hostileHostnameNeverLeavesItsArgument()
{
    QList<NodeInfo> cluster = kCluster;
    cluster[2].running = false;
    const QString evil = QStringLiteral("x$(touch /tmp/m);y");
    AddressHostFacts s = hostFacts(QStringLiteral("rabbit3"), QStringLiteral("10.213.77.13"), QStringLiteral("3.10.8"),
        {}, QStringLiteral("10.213.77.13"), evil);
    s.newName = resolved(QStringLiteral("rabbit3"), evil, QStringLiteral("10.213.77.13"));
    AddressHostFacts one = hostFacts(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11"),
        QStringLiteral("3.10.8"), cluster, QStringLiteral("10.213.77.13"));
    one.newName = resolved(QStringLiteral("rabbit1"), evil, {});
    const Plan p
        = AddressPlanner::build(QStringLiteral("lab"), QStringLiteral("lab"), s, { one }, QStringLiteral("rejoin"));
    QVERIFY2(p.runnable(), qPrintable(p.toText(true)));
    for (const auto& st : p.steps) {
        for (const auto& c : st.commands + st.undoCommands) {
            const QString line = c.display(true);
            if (line.contains(QLatin1String("touch")))
                QVERIFY2(line.contains(QStringLiteral("'rabbit@x$(touch /tmp/m);y'"))
                        || line.contains(QStringLiteral("'x$(touch /tmp/m);y'")),
                    qPrintable(line));
        }
        for (const auto& c : st.verifications)
            QVERIFY(!c.command.display(true).contains(QLatin1String(" x$(touch")));
    }
}

QTEST_GUILESS_MAIN(TestFixAddress)
#include "tst_fixaddress.moc"
