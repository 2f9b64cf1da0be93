// The quorum queue replica doctor on the lab's real clusters (3.10, and as tst_lab_doctor_4x the
// 4.0 one), through `warrenctl plan replicas`:
// - a quorum queue (its name with a space and a ';': quoting) loses its member on the third node
//   (`rabbitmq-queues delete_member`, what a reset, a forget or a replaced node leaves behind):
//   `warrenctl queues --problems` names it, grow puts the member back, and `rabbitmq-queues
//   quorum_status` on the third node lists that node again; then shrink removes it and the undo
//   (grow of the whole cluster) restores it;
// - with the third node stopped, removing the second node's member would leave one of two members
//   online: refused (exit 4), nothing changes;
// - three quorum queues led by the first node: rebalance spreads their leaders (each node leads
//   one), verified by rabbitmqctl.
// Every case deletes its queues: a queue left with fewer members would make nodes quorum-critical
// for the suites after it.
#include "profile/ClusterProfile.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testutil::ProcResult;

namespace {

ProcResult ctl(const QStringList& args)
{
    return testutil::run(
        qEnvironmentVariable("WARRENCTL"), QStringList { u"--cluster"_s, testutil::labProfile() } + args, 300000);
}

QString text(const ProcResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestLabDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        QVERIFY2(!qEnvironmentVariable("WARRENCTL").isEmpty(), "WARRENCTL is not set");
        qputenv("WARREN_OPLOG", m_dir.filePath(u"operations.jsonl"_s).toUtf8());
        const QStringList hosts = testutil::labRabbitHosts();
        QVERIFY(hosts.size() >= 3);
        m_first = hosts[0];
        m_second = hosts[1];
        m_third = hosts[2];
    }

    void cleanupTestCase()
    {
        if (m_first.isEmpty())
            return;
        testutil::labctl({ u"start"_s, m_third });
        for (const QString& q : std::as_const(m_declared))
            remove(q);
    }

    void growPutsAMissingMemberBackAndShrinkRemovesIt()
    {
        const QString name = u"tst doctor;1"_s;
        const QString third = testutil::labNode(m_third);
        QVERIFY(declare(name));
        QCOMPARE(quorumStatusNodes(m_first, name).size(), 3);
        const ProcResult removed = rabbitQueues(m_first, { u"delete_member"_s, u"--vhost"_s, u"/"_s, name, third });
        QVERIFY2(removed.ok(), qPrintable(text(removed)));

        // warrenctl names the queue among the problems (below its target size), read from the
        // broker's records (the API's membership lags by the statistics interval)
        const ProcResult problems
            = ctl({ u"queues"_s, u"--problems"_s, u"--source"_s, u"ssh"_s, u"--format"_s, u"json"_s });
        QVERIFY2(problems.ok(), qPrintable(text(problems)));
        bool listed = false;
        for (const auto& v : QJsonDocument::fromJson(problems.out).object().value(u"queues"_s).toArray())
            listed = listed || v.toObject().value(u"name"_s).toString() == name;
        QVERIFY2(listed, problems.out.constData());

        // the preview names the queue and the exact command (quoted), and runs nothing
        const ProcResult preview
            = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"grow"_s, u"--node"_s, m_third, u"--queue"_s, name });
        QVERIFY2(preview.ok(), qPrintable(text(preview)));
        QVERIFY2(text(preview).contains(u"add_member --vhost / -- 'tst doctor;1' %1"_s.arg(third)),
            qPrintable(text(preview)));
        QVERIFY2(text(preview).contains(u"→ + %1"_s.arg(m_third)), qPrintable(text(preview)));
        QCOMPARE(quorumStatusNodes(m_first, name).size(), 2);

        QElapsedTimer t;
        t.start();
        const ProcResult grown = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"grow"_s, u"--node"_s, m_third,
            u"--queue"_s, name, u"--execute"_s });
        QVERIFY2(grown.ok(), qPrintable(text(grown)));
        qInfo("grow of one queue onto %s: %lld ms", qPrintable(m_third), t.elapsed());
        // ground truth: the third node itself lists its member
        QVERIFY2(
            quorumStatusNodes(m_third, name).contains(third), qPrintable(quorumStatusNodes(m_third, name).join(u',')));

        // grow again: nothing to do
        const ProcResult again = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"grow"_s, u"--node"_s, m_third,
            u"--queue"_s, name, u"--execute"_s });
        QVERIFY2(again.ok() && text(again).contains(u"Nothing to do"_s), qPrintable(text(again)));

        // shrink it off the third node, then grow the whole cluster back (what the undo would do)
        const ProcResult shrunk = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"shrink"_s, u"--node"_s, m_third,
            u"--queue"_s, name, u"--execute"_s });
        QVERIFY2(shrunk.ok(), qPrintable(text(shrunk)));
        QVERIFY(!quorumStatusNodes(m_first, name).contains(third));
        const ProcResult whole = ctl(
            { u"plan"_s, u"replicas"_s, u"--action"_s, u"grow"_s, u"--node"_s, m_third, u"--format"_s, u"json"_s });
        QVERIFY2(whole.ok(), qPrintable(text(whole)));
        const QJsonObject plan = QJsonDocument::fromJson(whole.out).object().value(u"plan"_s).toObject();
        const QString commands = QString::fromUtf8(QJsonDocument(plan.value(u"steps"_s).toArray()).toJson());
        QVERIFY2(commands.contains(u"grow"_s) && commands.contains(third), qPrintable(commands));
        const ProcResult wholeRun
            = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"grow"_s, u"--node"_s, m_third, u"--execute"_s });
        QVERIFY2(wholeRun.ok(), qPrintable(text(wholeRun)));
        QVERIFY(quorumStatusNodes(m_third, name).contains(third));
    }

    void shrinkIsRefusedWhereAQueueWouldLoseItsMajority()
    {
        const QString name = u"tst.doctor.majority"_s;
        const QString second = testutil::labNode(m_second);
        QVERIFY(declare(name));
        auto restart = qScopeGuard([&] { testutil::labctl({ u"start"_s, m_third }); });
        QVERIFY(testutil::labctl({ u"stop"_s, m_third }).ok());
        const ProcResult refused = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"shrink"_s, u"--node"_s, m_second,
            u"--queue"_s, name, u"--execute"_s });
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(text(refused).contains(u"without a majority"_s), qPrintable(text(refused)));
        QVERIFY2(text(refused).contains(name), qPrintable(text(refused)));
        QVERIFY(quorumStatusNodes(m_first, name).contains(second));
        // grow onto a stopped node: refused too, saying why
        const ProcResult stopped = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"grow"_s, u"--node"_s, m_third });
        QCOMPARE(stopped.exitCode, 4);
        QVERIFY2(text(stopped).contains(u"not running"_s), qPrintable(text(stopped)));
    }

    void rebalanceSpreadsTheLeaders()
    {
        QStringList names;
        for (int i = 1; i <= 3; ++i) {
            names << u"tst.doctor.rb%1"_s.arg(i);
            QVERIFY(declare(names.last()));
        }
        QHash<QString, QString> before = leaders(names);
        for (const QString& n : names)
            QCOMPARE(before.value(n), testutil::labNode(m_first));
        const ProcResult r = ctl({ u"plan"_s, u"replicas"_s, u"--action"_s, u"rebalance"_s, u"--filter"_s,
            u"^tst[.]doctor[.]rb"_s, u"--execute"_s });
        QVERIFY2(r.ok(), qPrintable(text(r)));
        const QHash<QString, QString> after = leaders(names);
        QSet<QString> distinct;
        for (const QString& n : names)
            distinct.insert(after.value(n));
        qInfo("leaders after rebalance: %s", qPrintable(QStringList(after.values()).join(u", "_s)));
        QCOMPARE(distinct.size(), 3);
    }

private:
    // A quorum queue in vhost "/", declared on the first node (so it leads it), every node a member.
    bool declare(const QString& name)
    {
        remove(name);
        m_declared << name;
        const QString expr
            = u"rabbit_amqqueue:declare(rabbit_misc:r(<<\"/\">>, queue, <<\"%1\">>), true, false, "
              u"[{<<\"x-queue-type\">>, longstr, <<\"quorum\">>}], none, <<\"warren-test\">>)."_s.arg(name);
        const ProcResult r = testutil::labExec(m_first, { u"rabbitmqctl"_s, u"eval"_s, expr });
        if (!r.ok())
            qWarning("declare %s: %s", qPrintable(name), qPrintable(text(r)));
        return r.ok();
    }
    void remove(const QString& name)
    {
        testutil::labExec(m_first, { u"rabbitmqctl"_s, u"delete_queue"_s, u"-p"_s, u"/"_s, name });
    }
    static ProcResult rabbitQueues(const QString& host, const QStringList& args)
    {
        return testutil::labExec(host, QStringList { u"rabbitmq-queues"_s } + args);
    }
    // `rabbitmq-queues quorum_status` on HOST: the members' node names.
    static QStringList quorumStatusNodes(const QString& host, const QString& name)
    {
        const ProcResult r
            = rabbitQueues(host, { u"quorum_status"_s, u"--vhost"_s, u"/"_s, name, u"--formatter"_s, u"json"_s });
        const qsizetype start = r.out.indexOf('[');
        QStringList nodes;
        for (const auto& v : QJsonDocument::fromJson(start < 0 ? QByteArray() : r.out.mid(start)).array())
            nodes << v.toObject().value(u"Node Name"_s).toString();
        return nodes;
    }
    QHash<QString, QString> leaders(const QStringList& names) const
    {
        const ProcResult r = testutil::labExec(
            m_first, { u"rabbitmqctl"_s, u"-q"_s, u"list_queues"_s, u"--no-table-headers"_s, u"name"_s, u"leader"_s });
        QHash<QString, QString> out;
        for (const QString& line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u'\t');
            if (f.size() >= 2 && names.contains(f[0]))
                out.insert(f[0], f[1].trimmed());
        }
        return out;
    }

    QString m_first, m_second, m_third;
    QStringList m_declared;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLabDoctor)
#include "tst_lab_doctor.moc"
