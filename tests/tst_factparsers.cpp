// What FactCollector reads from a host, without a network: outputs recorded from the lab (3.10)
// and written as 2.x-3.7 brokers print them, plus the hostile and broken forms fuzzing feeds.
#include "parse/FactParsers.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace warren;
using namespace Qt::StringLiterals;

class TestFactParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastLineSkipsNoiseAnsiAndBlankLines()
    {
        QCOMPARE(lastOutputLine("3.10.8\n"), u"3.10.8"_s);
        QCOMPARE(lastOutputLine("\x1b[1mwarning\x1b[0m\n  3.10.8  \n   \n\n"), u"3.10.8"_s);
        QCOMPARE(lastOutputLine(""), QString());
        QCOMPARE(lastOutputLine("\n \n"), QString());
    }

    void jsonAfterLogNoise()
    {
        const auto doc = jsonAfterNoise("2026-11-26 [warning] noise {not json\n[{\"name\":\"a\"}]\n");
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        QVERIFY(jsonAfterNoise("no json here\n").isNull());
    }

    void legacyStatusVersions()
    {
        const QByteArray status = R"(Status of node 'rabbit@server-02' ...
[{pid,1783},
 {running_applications,[{rabbit,"RabbitMQ","3.6.16"},
                        {mnesia,"MNESIA  CXC 138 12","4.15.3"}]},
 {erlang_version,"Erlang/OTP 20 [erts-9.3] [source] [64-bit]\n"},
 {alarms,[]}])";
        const auto v = parseLegacyStatusVersions(status);
        QCOMPARE(v.rabbit, u"3.6.16"_s);
        QCOMPARE(v.erlang, u"Erlang/OTP 20 [erts-9.3] [source] [64-bit]\\n"_s);
        const auto none = parseLegacyStatusVersions("Error: unable to connect to node\n");
        QVERIFY(none.rabbit.isEmpty() && none.erlang.isEmpty());
    }

    void khepriFlag()
    {
        QCOMPARE(khepriFlagState(R"([{"name":"quorum_queue","state":"enabled"}])"), -1);
        QCOMPARE(khepriFlagState(R"([{"name":"khepri_db","state":"disabled"}])"), 0);
        QCOMPARE(khepriFlagState("noise\n[{\"name\":\"khepri_db\",\"state\":\"enabled\"}]"), 1);
        QCOMPARE(khepriFlagState("{"), -1);
    }

    void localQueuesJson()
    {
        // As `rabbitmqctl -q list_queues --local name messages --formatter json` printed it on the lab.
        const auto c = countLocalQueues(
            "[\n{\"name\":\"plain.cert\",\"messages\":0}\n,{\"name\":\"qq.beta\",\"messages\":7}\n]\n", true);
        QCOMPARE(c.queues, 2);
        QCOMPARE(c.messages, qint64(7));
    }

    void localQueuesRejectHostileCounts()
    {
        // 1e308 and negative counts count as 0; a huge sum saturates instead of overflowing.
        const auto json
            = countLocalQueues(R"([{"messages":1e308},{"messages":-5},{"messages":"x"},{"messages":3}])", true);
        QCOMPARE(json.queues, 4);
        QCOMPARE(json.messages, qint64(3));
        const auto legacy = countLocalQueues("Listing queues ...\na\t9223372036854775807\nb\t9223372036854775807\n"
                                             "c\t-4\nd\tx\n...done.\n",
            false);
        QCOMPARE(legacy.queues, 4);
        QCOMPARE(legacy.messages, std::numeric_limits<qint64>::max());
    }

    void resolvedAddress()
    {
        QCOMPARE(firstResolvedAddress("10.213.77.12    rabbit2\n10.0.0.2 rabbit2\n"), u"10.213.77.12"_s);
        QCOMPARE(firstResolvedAddress(""), QString());
    }

    void identityProbe()
    {
        // rabbit1 on the lab (/etc/hosts and /etc/rabbitmq are bind mounts: two mount points).
        const auto id = parseIdentityProbe(
            "@hostname\nrabbit1.lab\n@addresses\n10.213.77.11 \n@mounts\n/etc/hosts\n/etc/rabbitmq\n"
            "@datadirs\nrabbit@rabbit1\nrabbit@rabbit1-feature_flags\nrabbit@rabbit1-plugins-expand\n"
            "rabbit@rabbit1.pid\n@datadirs-ok\n");
        QCOMPARE(id.hostname, u"rabbit1"_s);
        QCOMPARE(id.addresses, QStringList { u"10.213.77.11"_s });
        QCOMPARE(id.dataDirs, QStringList { u"rabbit@rabbit1"_s });
        QCOMPARE(id.dataEntries.size(), 4);
        QVERIFY(id.dataDirsRead);
        QVERIFY(id.hostsInPlace);
        const auto oneMount = parseIdentityProbe("@hostname\nh\n@mounts\n/\n/\n@datadirs\n");
        QVERIFY(!oneMount.hostsInPlace);
        QVERIFY(!oneMount.dataDirsRead);
    }
};

QTEST_GUILESS_MAIN(TestFactParsers)
#include "tst_factparsers.moc"
