// The quorum queue replica doctor's plans (ReplicaPlanner::build) from made-up placements: which
// queues each action touches, the exact commands, the majority guard, the refusals; and the
// request's validation as `warrenctl plan replicas` and the wizard share it.
#include "ops/OperationRequest.h"
#include "ops/ReplicaPlanner.h"

#include <QTest>

using namespace warren;
using namespace Qt::StringLiterals;

namespace {

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = u"lab"_s;
    for (int i = 1; i <= 3; ++i) {
        HostProfile h;
        h.name = u"rabbit%1"_s.arg(i);
        h.address = u"10.0.0.1%1"_s.arg(i);
        h.node = u"rabbit@rabbit%1"_s.arg(i);
        p.hosts << h;
    }
    return p;
}

QString node(int i)
{
    return u"rabbit@rabbit%1"_s.arg(i);
}

// A quorum queue: leader first, then the other members; offline members are not online.
QueueInfo quorum(
    const QString& name, const QStringList& members, const QStringList& offline = {}, const QString& vhost = u"/"_s)
{
    QueueInfo q;
    q.vhost = vhost;
    q.name = name;
    QStringList online;
    for (const auto& m : members) {
        if (!offline.contains(m))
            online << m;
    }
    const QString leader = online.size() * 2 > members.size() ? members.first() : QString();
    assignQuorumReplicas(q, leader, members, online);
    markQuorumLeadership(q, leader.isEmpty(), members.size(), online.size());
    return q;
}

ReplicaPlanner::Facts facts(QList<QueueInfo> queues, const QStringList& down = {}, const QString& version = u"4.0.5"_s)
{
    ReplicaPlanner::Facts f;
    f.queues = QueueSnapshot(std::move(queues));
    QList<NodeInfo> nodes;
    for (int i = 1; i <= 3; ++i) {
        NodeInfo n;
        n.name = node(i);
        n.running = !down.contains(n.name);
        n.rabbitVersion = version;
        nodes << n;
    }
    f.queues.setClusterNodes(nodes);
    f.queues.via = u"ssh"_s;
    return f;
}

ReplicaPlanner::Target target(ReplicaPlanner::Action action, const QString& n = {})
{
    ReplicaPlanner::Target t;
    t.action = action;
    t.node = n;
    return t;
}

QStringList commandsOf(const Plan& plan, bool undo = false)
{
    QStringList out;
    for (const auto& s : plan.steps) {
        for (const auto& c : undo ? s.undoCommands : s.commands)
            out << c.display(false);
    }
    return out;
}

QString preflightText(const Plan& plan)
{
    QStringList out;
    for (const auto& p : plan.preflight)
        out << p.title + u": "_s + p.detail;
    return out.join(u'\n');
}

} // namespace

class TestReplicas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growOfTheWholeClusterIsOneCommandForTheQueuesThatLackAMember()
    {
        const auto f = facts({ quorum(u"a"_s, { node(1), node(2) }), quorum(u"b"_s, { node(1), node(2), node(3) }) });
        const Plan plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Grow, node(3)), f);
        QVERIFY2(plan.runnable(), qPrintable(plan.toText(false)));
        QCOMPARE(commandsOf(plan), QStringList { u"rabbitmq-queues grow rabbit@rabbit3 all"_s });
        // it runs on the node that gets the members, and says which queue changes
        QCOMPARE(plan.steps.first().host, u"rabbit3"_s);
        QVERIFY(preflightText(plan).contains(u"a: rabbit1, rabbit2 → + rabbit3"_s));
        QVERIFY(!preflightText(plan).contains(u"b: "_s));
        // the undo removes exactly the members it added
        QCOMPARE(
            commandsOf(plan, true), QStringList { u"rabbitmq-queues delete_member --vhost / -- a rabbit@rabbit3"_s });
        QCOMPARE(plan.verification.size(), 1);
        QVERIFY(plan.verification.first().summarized);
    }

    void growOfOneQueueQuotesItsName()
    {
        auto t = target(ReplicaPlanner::Action::Grow, node(3));
        t.queue = u"x y;$(z)"_s;
        const auto f = facts({ quorum(t.queue, { node(1), node(2) }) });
        const Plan plan = ReplicaPlanner::build(profile(), t, f);
        QCOMPARE(
            commandsOf(plan), QStringList { u"rabbitmq-queues add_member --vhost / -- 'x y;$(z)' rabbit@rabbit3"_s });
        // the wrapper of Debian's packages would hand $ to a shell: refused before anything runs
        QVERIFY(!plan.commandRefusals().isEmpty());
        QVERIFY(!plan.runnable());
    }

    void aMemberOnAQueueThatHasOneIsNothingToDo()
    {
        auto t = target(ReplicaPlanner::Action::Grow, node(3));
        t.queue = u"b"_s;
        const Plan plan = ReplicaPlanner::build(profile(), t, facts({ quorum(u"b"_s, { node(1), node(2), node(3) }) }));
        QVERIFY(!plan.alreadyDone.isEmpty());
        QVERIFY(plan.steps.isEmpty());
    }

    void growOntoAStoppedNodeOrALeaderlessQueueIsRefused()
    {
        const auto down = facts({ quorum(u"a"_s, { node(1), node(2) }) }, { node(3) });
        Plan plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Grow, node(3)), down);
        QVERIFY(!plan.refusals.isEmpty());
        QVERIFY(plan.refusals.first().contains(u"not running"_s));
        plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Grow, u"rabbit@elsewhere"_s), down);
        QVERIFY(plan.refusals.first().contains(u"not a node of this cluster"_s));

        // a set: the leaderless queue is named and left out; one queue: refused
        const auto f
            = facts({ quorum(u"a"_s, { node(1), node(2) }, { node(1), node(2) }), quorum(u"b"_s, { node(1) }) });
        plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Grow, node(3)), f);
        QVERIFY(plan.runnable());
        QVERIFY(preflightText(plan).contains(u"no leader"_s));
        QCOMPARE(
            commandsOf(plan, true), QStringList { u"rabbitmq-queues delete_member --vhost / -- b rabbit@rabbit3"_s });
        auto one = target(ReplicaPlanner::Action::Grow, node(3));
        one.queue = u"a"_s;
        plan = ReplicaPlanner::build(profile(), one, f);
        QVERIFY(!plan.refusals.isEmpty());
    }

    void shrinkIsRefusedWhereAMajorityWouldBeLost()
    {
        // a: 3 members, rabbit3 offline: without rabbit2, 1 of 2 online, a majority needs 2
        // b: rabbit2 is its only member
        // (rabbit3 runs: a's member there is not online, e.g. still recovering)
        const auto f = facts({ quorum(u"a"_s, { node(1), node(2), node(3) }, { node(3) }), quorum(u"b"_s, { node(2) }),
            quorum(u"c"_s, { node(1), node(2), node(3) }) });
        Plan plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Shrink, node(2)), f);
        QVERIFY(!plan.refusals.isEmpty());
        const QString why = plan.refusals.join(u'\n');
        QVERIFY2(why.contains(u"a: 1 member(s) online would be left of 2, a majority needs 2"_s), qPrintable(why));
        QVERIFY2(why.contains(u"b: rabbit2 holds its only member"_s), qPrintable(why));
        QVERIFY(!why.contains(u"c:"_s));
        QVERIFY(plan.steps.isEmpty());

        // c alone keeps a majority: its member on rabbit2 can go
        auto one = target(ReplicaPlanner::Action::Shrink, node(2));
        one.queue = u"c"_s;
        QVERIFY(ReplicaPlanner::build(profile(), one, f).runnable());
    }

    void shrinkOfTheWholeClusterRunsOnAnotherNodeAndChecksItsOutput()
    {
        // rabbit3 is down: its members can still be removed (from a running node), a majority stays
        const auto f3 = facts({ quorum(u"a"_s, { node(1), node(2), node(3) }, { node(3) }) }, { node(3) });
        const Plan plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Shrink, node(3)), f3);
        QVERIFY2(plan.runnable(), qPrintable(plan.toText(false)));
        QCOMPARE(commandsOf(plan), QStringList { u"rabbitmq-queues shrink rabbit@rabbit3 --errors-only"_s });
        QVERIFY(plan.steps.first().host != u"rabbit3"_s);
        QVERIFY(plan.steps.first().outputCheck);
        QString why;
        RemoteResult shrinkOut;
        shrinkOut.exitCode = 0;
        shrinkOut.out = "vhost\tname\tsize\tresult\n/\ta\t3\terror: no majority\n";
        QVERIFY(!plan.steps.first().outputCheck(shrinkOut, &why));
        QVERIFY(!why.isEmpty());
        // a node that left the profile (gone) is named by its node name: the request accepts it
        OperationRequest r;
        r.kind = OperationKind::Replicas;
        r.action = u"shrink"_s;
        r.node = u"rabbit@gone"_s;
        QCOMPARE(r.validate(profile()), QString());
        r.action = u"grow"_s;
        QVERIFY(!r.validate(profile()).isEmpty());
    }

    void aSelectionIsOneCommandPerQueueWithExactNames()
    {
        auto t = target(ReplicaPlanner::Action::Shrink, node(3));
        t.filter = u"^nova"_s;
        t.vhost = u"openstack"_s;
        const auto f = facts({ quorum(u"nova.a"_s, { node(1), node(2), node(3) }, {}, u"openstack"_s),
            quorum(u"nova.b"_s, { node(1), node(2), node(3) }, {}, u"/"_s),
            quorum(u"glance"_s, { node(1), node(2), node(3) }, {}, u"openstack"_s) });
        const Plan plan = ReplicaPlanner::build(profile(), t, f);
        QCOMPARE(commandsOf(plan),
            QStringList { u"rabbitmq-queues delete_member --vhost openstack -- nova.a rabbit@rabbit3"_s });
        QCOMPARE(commandsOf(plan, true),
            QStringList { u"rabbitmq-queues add_member --vhost openstack -- nova.a rabbit@rabbit3"_s });
        t.filter = u"(unclosed"_s;
        QVERIFY(!ReplicaPlanner::build(profile(), t, f).refusals.isEmpty());
    }

    void rebalance()
    {
        // three queues led by rabbit1: unbalanced
        const auto f = facts({ quorum(u"a.1"_s, { node(1), node(2), node(3) }),
            quorum(u"a.2"_s, { node(1), node(2), node(3) }), quorum(u"a.3"_s, { node(1), node(2), node(3) }) });
        Plan plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Rebalance), f);
        QVERIFY2(plan.runnable(), qPrintable(plan.toText(false)));
        QCOMPARE(commandsOf(plan), QStringList { u"rabbitmq-queues rebalance quorum --formatter json"_s });
        QVERIFY(preflightText(plan).contains(u"rabbit1 3, rabbit2 0, rabbit3 0"_s));
        // one queue: exact patterns, metacharacters in brackets (no backslash for the wrapper)
        auto one = target(ReplicaPlanner::Action::Rebalance);
        one.queue = u"a.1"_s;
        plan = ReplicaPlanner::build(profile(), one, f);
        QVERIFY(!plan.alreadyDone.isEmpty()); // one queue is balanced by itself
        auto set = target(ReplicaPlanner::Action::Rebalance);
        set.vhost = u"/"_s;
        plan = ReplicaPlanner::build(profile(), set, f);
        QCOMPARE(commandsOf(plan),
            QStringList { u"rabbitmq-queues rebalance quorum --vhost-pattern '^/$' --formatter json"_s });
        // balanced already
        const auto even = facts({ quorum(u"b.1"_s, { node(1), node(2) }), quorum(u"b.2"_s, { node(2), node(1) }) });
        QVERIFY(
            !ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Rebalance), even).alreadyDone.isEmpty());
        // with one node running there is nowhere to go
        const auto lone
            = facts({ quorum(u"c"_s, { node(1), node(2), node(3) }, { node(2), node(3) }) }, { node(2), node(3) });
        QVERIFY(!ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Rebalance), lone).refusals.isEmpty());
    }

    void refusals()
    {
        auto t = target(ReplicaPlanner::Action::Grow, node(3));
        t.queue = u"classic"_s;
        QueueInfo classic;
        classic.vhost = u"/"_s;
        classic.name = u"classic"_s;
        classic.type = QueueType::Classic;
        classic.homeNode = node(1);
        Plan plan = ReplicaPlanner::build(profile(), t, facts({ classic }));
        QVERIFY(plan.refusals.first().contains(u"not a quorum queue"_s));
        t.queue = u"missing"_s;
        plan = ReplicaPlanner::build(profile(), t, facts({ classic }));
        QVERIFY(plan.refusals.first().contains(u"there is no queue"_s));
        plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Grow, node(3)),
            facts({ quorum(u"a"_s, { node(1) }) }, {}, u"3.7.28"_s));
        QVERIFY(!plan.notApplicable.isEmpty());
        ReplicaPlanner::Facts unreadable;
        unreadable.error = u"no API answered"_s;
        plan = ReplicaPlanner::build(profile(), target(ReplicaPlanner::Action::Grow, node(3)), unreadable);
        QVERIFY(plan.preflightFailed());
    }

    void requestValidation()
    {
        OperationRequest r;
        r.kind = OperationKind::Replicas;
        QVERIFY(r.validate(profile()).contains(u"grow, shrink or rebalance"_s));
        r.action = u"explode"_s;
        QVERIFY(r.validate(profile()).contains(u"explode"_s));
        r.action = u"grow"_s;
        QVERIFY(!r.validate(profile()).isEmpty()); // no node
        r.node = u"rabbit3"_s;
        QCOMPARE(r.validate(profile()), QString());
        r.queue = u"a"_s;
        r.filter = u"b"_s;
        QVERIFY(r.validate(profile()).contains(u"not both"_s));
        r.filter.clear();
        r.action = u"rebalance"_s;
        QVERIFY(r.validate(profile()).contains(u"name no node"_s));
        r.node.clear();
        QCOMPARE(r.validate(profile()), QString());
        QVERIFY(OperationRequest::keys().contains(u"replicas"_s));
    }
};

QTEST_GUILESS_MAIN(TestReplicas)
#include "tst_replicas.moc"
