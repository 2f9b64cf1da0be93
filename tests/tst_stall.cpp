// A host that accepts TCP but never answers (the fault drills' "stalling listener", here on
// loopback without the lab): SSH and HTTP give up on time with words an admin understands, do not
// spin a core while they wait, and print nothing on stderr behind the caller's back.
#include "api/HttpClient.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace warren;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QStringList g_warnings;
void collect(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << msg;
}

} // namespace

class TestStall final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Listens, never accepts: the kernel completes the connections, nobody says a word.
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_server.pauseAccepting();
    }

    void sshGivesUpOnTimeWithoutSpinning()
    {
        SshTarget t;
        t.host = QStringLiteral("stall");
        t.address = QStringLiteral("127.0.0.1");
        t.port = m_server.serverPort();
        t.user = QStringLiteral("nobody");
        t.timeoutMs = 2000;
        SshSession s(t);
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = cpuSeconds();
        QVERIFY(!s.open());
        const double cpu = cpuSeconds() - cpu0;
        qInfo("gave up after %lld ms, %.3f s CPU", clock.elapsed(), cpu);
        QCOMPARE(s.error(), SshSession::Error::Timeout);
        QVERIFY2(s.errorString().contains(QLatin1String("no SSH answer within 2 s")), qPrintable(s.errorString()));
        QVERIFY(clock.elapsed() < 4000);
        QVERIFY2(cpu < 0.5, "waiting for a banner spun the CPU");
    }

    void httpGivesUpOnTimeSilently()
    {
        qInstallMessageHandler(collect);
        HttpRequestOptions o;
        o.timeoutMs = 2000;
        QElapsedTimer clock;
        clock.start();
        const HttpResult r
            = httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/api/nodes").arg(m_server.serverPort())), o);
        qInstallMessageHandler(nullptr);
        QCOMPARE(r.error, HttpResult::Error::Timeout);
        QVERIFY2(r.errorString.contains(QLatin1String("no answer within 2 s")), qPrintable(r.errorString));
        QVERIFY(clock.elapsed() < 4000);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
    }

    // The connect bound covers reaching the server only: an answer that takes longer than it (a
    // big queue listing) still arrives within the transfer timeout.
    void httpSlowAnswerOutlivesTheConnectBound()
    {
        QTcpServer slow;
        QVERIFY(slow.listen(QHostAddress::LocalHost));
        connect(&slow, &QTcpServer::newConnection, &slow, [&slow] {
            QTcpSocket* s = slow.nextPendingConnection();
            QTimer::singleShot(1500, s, [s] {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: "
                         "close\r\n\r\n[]");
                s->disconnectFromHost();
            });
        });
        HttpRequestOptions o;
        o.timeoutMs = 5000;
        o.connectTimeoutMs = 500;
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/api/queues").arg(slow.serverPort())), o);
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.body, QByteArray("[]"));
        QVERIFY(clock.elapsed() >= 1400);
    }

private:
    QTcpServer m_server;
};

QTEST_GUILESS_MAIN(TestStall)
#include "tst_stall.moc"
