#include "profile/ClusterProfile.h"
#include "ssh/SshSession.h"
#include "status/StatusCollector.h"
#include "testutil/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace warren;

// SSH against the lab's real sshd on every host: exec, host-key trust, refusal of changed keys,
// authentication failures, cancellation. Runs against both lab clusters (3.10 and, as
// tst_lab_ssh_4x, 4.x): host names come from the profile.
class TestLabSsh final : public QObject
{
    Q_OBJECT

private:
    ClusterProfile m_profile;
    QTemporaryDir m_tmp;
    QStringList m_rabbits; // the cluster's RabbitMQ hosts, in profile order

    QString rabbit(int i) const { return m_rabbits.value(i); }

    SshTarget target(const QString& hostName) const
    {
        const HostProfile* h = m_profile.host(hostName);
        Q_ASSERT(h);
        return StatusCollector(m_profile).sshTarget(*h);
    }

    // Ground truth from OpenSSH's own tool, not from Warren: the fingerprint recorded by the lab.
    QString fingerprintFromKnownHosts(const QString& address) const
    {
        const auto r = testutil::run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-l"), QStringLiteral("-F"), address, QStringLiteral("-f"), m_profile.ssh.knownHosts });
        const auto m = QRegularExpression(QStringLiteral("(SHA256:[A-Za-z0-9+/=]+)")).match(QString::fromUtf8(r.out));
        return m.hasMatch() ? m.captured(1) : QString();
    }

    QByteArray knownHostsLine(const QString& address) const
    {
        QFile f(m_profile.ssh.knownHosts);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const auto& line : f.readAll().split('\n')) {
            if (line.startsWith(address.toUtf8() + ' '))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        WARREN_REQUIRE_LAB();
        auto p = ClusterProfile::load(testutil::labProfile());
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        m_profile = p.value();
        m_rabbits = testutil::labRabbitHosts();
        QVERIFY2(m_rabbits.size() >= 3, qPrintable(m_rabbits.join(QLatin1Char(' '))));
    }

    void execRunsOnEveryHost()
    {
        QList<HostProfile> all = m_profile.hosts + m_profile.spare;
        QStringList names;
        for (const auto& h : all)
            names << h.name;
        // Every host of the profile: the cluster, the spare (3.10) and HAProxy where there is one.
        for (const QString& h : m_rabbits + testutil::labSpareHosts() + QStringList { testutil::labHaproxyHost() }) {
            QVERIFY2(h.isEmpty() || names.contains(h), qPrintable(h));
        }
        QVERIFY(all.size() >= m_rabbits.size());
        for (const auto& h : all) {
            SshSession ssh(target(h.name));
            QVERIFY2(ssh.open(), qPrintable(ssh.errorString()));
            const auto r = ssh.exec(QStringLiteral("hostname"));
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QString::fromUtf8(r.out).trimmed(), h.name);
        }
    }

    void execReportsExitCodeAndSeparatesStderr()
    {
        SshSession ssh(target(rabbit(0)));
        const auto r = ssh.exec(QStringLiteral("echo out; echo err >&2; exit 7"));
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        const auto in = ssh.exec(QStringLiteral("cat"), 10000, QByteArray("fed through stdin\n"));
        QCOMPARE(in.out, QByteArray("fed through stdin\n"));
    }

    void sudoRunsRabbitmqctlNonInteractively()
    {
        SshSession ssh(target(rabbit(1)));
        const auto r = ssh.exec(QStringLiteral("sudo -n -- rabbitmqctl -q cluster_status --formatter json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(testutil::labNode(rabbit(0)).toUtf8()));
    }

    void unknownHostKeyIsReportedWithFingerprintThenTrusted()
    {
        SshTarget t = target(rabbit(0));
        t.knownHosts = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
        QFile::remove(t.knownHosts);
        {
            SshSession ssh(t);
            QVERIFY(ssh.connect()); // connected, but not trusted
            QCOMPARE(ssh.error(), SshSession::Error::HostKeyUnknown);
            QCOMPARE(ssh.hostKey().fingerprint, fingerprintFromKnownHosts(t.address));
            QCOMPARE(ssh.hostKey().type, QStringLiteral("ssh-ed25519"));
            QVERIFY(!ssh.authenticate()); // nothing runs before the user accepts
            QVERIFY(ssh.errorString().contains(ssh.hostKey().fingerprint));
            QVERIFY(ssh.acceptHostKey());
        }
        SshSession again(t);
        QVERIFY2(again.open(), qPrintable(again.errorString()));
        QCOMPARE(again.hostKey().state, HostKeyInfo::State::Known);
    }

    void changedHostKeyIsRefused()
    {
        // The second host's key recorded under the first one's address: what a man in the middle looks like.
        QByteArray line = knownHostsLine(m_profile.host(rabbit(1))->address);
        QVERIFY(!line.isEmpty());
        line = m_profile.host(rabbit(0))->address.toUtf8() + line.mid(line.indexOf(' '));
        SshTarget t = target(rabbit(0));
        t.knownHosts = m_tmp.filePath(QStringLiteral("forged_known_hosts"));
        QFile f(t.knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(line + '\n');
        f.close();
        SshSession ssh(t);
        QVERIFY(!ssh.connect());
        QCOMPARE(ssh.error(), SshSession::Error::HostKeyChanged);
        QCOMPARE(ssh.hostKey().state, HostKeyInfo::State::Changed);
        QVERIFY(!ssh.acceptHostKey());
        QVERIFY(ssh.errorString().contains(QStringLiteral("CHANGED")));
    }

    void wrongKeyIsRefused()
    {
        const QString key = m_tmp.filePath(QStringLiteral("stranger"));
        QVERIFY(testutil::run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-f"), key })
                    .ok());
        SshTarget t = target(rabbit(0));
        t.keyFile = key;
        SshSession ssh(t);
        QVERIFY(!ssh.open());
        QCOMPARE(ssh.error(), SshSession::Error::AuthFailed);
        t.password = QStringLiteral("not-the-password");
        SshSession withPassword(t);
        QVERIFY(!withPassword.open());
        QVERIFY(!withPassword.errorString().contains(t.password));
    }

    void closedPortIsReportedQuickly()
    {
        SshTarget t = target(rabbit(0));
        t.port = 2; // nothing listens there
        QElapsedTimer timer;
        timer.start();
        SshSession ssh(t);
        QVERIFY(!ssh.open());
        QCOMPARE(ssh.error(), SshSession::Error::Unreachable);
        QVERIFY(timer.elapsed() < 5000);
    }

    void longCommandIsCancelled()
    {
        CancelToken token;
        SshSession ssh(target(rabbit(2)), token);
        QVERIFY(ssh.open());
        QThread* canceller = QThread::create([token] {
            QThread::msleep(500);
            token.cancel();
        });
        canceller->start();
        QElapsedTimer timer;
        timer.start();
        ssh.exec(QStringLiteral("sleep 30"), 60000);
        canceller->wait();
        delete canceller;
        QCOMPARE(ssh.error(), SshSession::Error::Cancelled);
        QVERIFY(timer.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestLabSsh)
#include "tst_lab_ssh.moc"
