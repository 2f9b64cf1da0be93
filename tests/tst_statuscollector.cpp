// StatusCollector's API -> SSH fallback over recorded lab transcripts (tests/data/
// status-transcript-3.10-lab-*.json, written by tests/record_status_transcripts.py): the collector
// runs unchanged, its HTTP requests, SSH sessions and reach probes answered from what the lab
// answered. No network: a request the transcript does not hold fails loudly.

#include "net/Transport.h"
#include "profile/ClusterProfile.h"
#include "status/StatusCollector.h"

#include "testutil/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warren;

namespace {

// One host's recorded SSH: whether it opened, and each command's answer.
class TranscriptChannel final : public SshChannel
{
public:
    TranscriptChannel(const QJsonObject& entry, QStringList* ran, QMutex* mutex)
        : m_entry(entry)
        , m_ran(ran)
        , m_mutex(mutex)
    {
    }
    bool open() override
    {
        if (m_entry.isEmpty()) {
            m_error = SshSession::Error::Unreachable;
            m_errorString = u"no recorded SSH for this host"_s;
            return false;
        }
        const QString why = m_entry.value(u"open"_s).toString();
        if (!why.isEmpty()) {
            m_error = SshSession::Error::Unreachable;
            m_errorString = why;
            return false;
        }
        m_open = true;
        return true;
    }
    SshExecResult exec(const QString& command, int, const QByteArray&) override
    {
        {
            QMutexLocker lock(m_mutex);
            *m_ran << command;
        }
        if (!m_open) {
            m_error = SshSession::Error::Channel;
            m_errorString = u"not open"_s;
            return {};
        }
        for (const auto& v : m_entry.value(u"commands"_s).toArray()) {
            const auto c = v.toObject();
            if (c.value(u"command"_s).toString() == command)
                return { c.value(u"exit"_s).toInt(), c.value(u"out"_s).toString().toUtf8(),
                    c.value(u"err"_s).toString().toUtf8() };
        }
        return { 127, {}, "no recorded answer for: " + command.toUtf8() };
    }
    SshSession::Error error() const override { return m_error; }
    QString errorString() const override { return m_errorString; }
    HostKeyInfo hostKey() const override { return {}; }

private:
    QJsonObject m_entry;
    QStringList* m_ran;
    QMutex* m_mutex;
    bool m_open = false;
    SshSession::Error m_error = SshSession::Error::None;
    QString m_errorString;
};

// Answers from a transcript; thread-safe (the reach probe asks every host at once).
class TranscriptTransport final : public Transport
{
public:
    explicit TranscriptTransport(const QJsonObject& transcript)
        : m_t(transcript)
    {
        const auto profile = transcript.value(u"profile"_s).toObject();
        for (const auto& v : profile.value(u"hosts"_s).toArray())
            m_hostOfAddress.insert(v[u"address"_s].toString(), v[u"name"_s].toString());
    }

    HttpResult get(const QUrl& url, const HttpRequestOptions&, const CancelToken&) override
    {
        const QString host = m_hostOfAddress.value(url.host());
        {
            QMutexLocker lock(&m_mutex);
            m_asked << u"%1 %2"_s.arg(host, url.path());
        }
        for (const auto& v : m_t.value(u"http"_s).toArray()) {
            const auto e = v.toObject();
            if (e.value(u"host"_s).toString() != host || e.value(u"path"_s).toString() != url.path())
                continue;
            HttpResult r;
            const QString error = e.value(u"error"_s).toString();
            if (!error.isEmpty()) {
                r.error = error == u"refused"_s ? HttpResult::Error::Refused
                    : error == u"timeout"_s     ? HttpResult::Error::Timeout
                                                : HttpResult::Error::Network;
                r.errorString = e.value(u"message"_s).toString();
                return r;
            }
            r.httpStatus = e.value(u"status"_s).toInt();
            r.body = e.value(u"body"_s).toString().toUtf8();
            if (r.httpStatus == 401)
                r.error = HttpResult::Error::Unauthorized;
            else if (r.httpStatus >= 400)
                r.error = HttpResult::Error::Server;
            if (!r.ok())
                r.errorString = u"HTTP %1"_s.arg(r.httpStatus);
            return r;
        }
        HttpResult r;
        r.error = HttpResult::Error::Network;
        r.errorString = u"no recorded answer for "_s + url.toString();
        return r;
    }

    std::unique_ptr<SshChannel> ssh(const SshTarget& target, const CancelToken&) override
    {
        return std::make_unique<TranscriptChannel>(
            m_t.value(u"ssh"_s).toObject().value(target.host).toObject(), &m_ran, &m_mutex);
    }

    Connect connect(const QString& host, quint16 port, int, QString* why) override
    {
        const QString outcome = m_t.value(u"connect"_s).toObject().value(u"%1:%2"_s.arg(host).arg(port)).toString();
        if (outcome == u"ok"_s)
            return Connect::Ok;
        if (outcome == u"refused"_s) {
            *why = u"Connection refused"_s;
            return Connect::Refused;
        }
        *why = outcome.isEmpty() ? u"no recorded connect to %1:%2"_s.arg(host).arg(port) : outcome;
        return Connect::Failed;
    }

    QStringList asked() const
    {
        QMutexLocker lock(&m_mutex);
        return m_asked;
    }
    QStringList ran() const
    {
        QMutexLocker lock(&m_mutex);
        return m_ran;
    }

private:
    QJsonObject m_t;
    QHash<QString, QString> m_hostOfAddress;
    mutable QMutex m_mutex;
    QStringList m_asked; // "rabbit1 /api/nodes"
    QStringList m_ran; // SSH commands
};

const SourceStatus* sourceNamed(const ClusterSnapshot& snap, const QString& name)
{
    for (const auto& s : snap.sources) {
        if (s.source == name)
            return &s;
    }
    return nullptr;
}

QString describe(const ClusterSnapshot& snap)
{
    QStringList lines;
    for (const auto& s : snap.sources)
        lines << u"%1: %2 %3"_s.arg(s.source, s.ok ? u"ok"_s : u"FAILED"_s, s.error);
    return lines.join(u'\n');
}

} // namespace

class TestStatusCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheClusterFromTheApi();
    void fallsBackToClusterStatusOverSshWhenTheApiRefuses();
    void saysWhyWhenNeitherApiNorSshAnswers();

private:
    // The transcript's profile with a password file, so the API is asked.
    ClusterProfile profileOf(const QJsonObject& transcript);
    static QJsonObject transcript(const QString& name)
    {
        return QJsonDocument::fromJson(testutil::readData(u"status-transcript-3.10-lab-%1.json"_s.arg(name))).object();
    }
    QTemporaryDir m_tmp;
};

void TestStatusCollector::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QFile password(m_tmp.filePath(u"api-password"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("recorded\n");
    QVERIFY(password.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // Warren refuses a readable one
}

ClusterProfile TestStatusCollector::profileOf(const QJsonObject& transcript)
{
    QJsonObject profile = transcript.value(u"profile"_s).toObject();
    QJsonObject api = profile.value(u"api"_s).toObject();
    api.insert(u"passwordFile"_s, m_tmp.filePath(u"api-password"_s));
    profile.insert(u"api"_s, api);
    auto p = ClusterProfile::fromJson(QJsonDocument(profile).toJson());
    if (!p.ok())
        qFatal("transcript profile: %s", qPrintable(p.error().toString()));
    return p.value();
}

void TestStatusCollector::readsTheClusterFromTheApi()
{
    const auto t = transcript(u"api-up"_s);
    TranscriptTransport transport(t);
    StatusCollector collector(profileOf(t), {}, transport);
    const ClusterSnapshot snap = collector.collect();
    QVERIFY2(snap.via == u"api"_s, qPrintable(describe(snap)));
    QCOMPARE(snap.nodes.size(), 3);
    for (const auto& n : snap.nodes)
        QVERIFY2(n.running, qPrintable(n.name));
    QCOMPARE(snap.nodes.first().name, u"rabbit@rabbit1"_s);
    QVERIFY(!snap.rabbitVersion.isEmpty());
    QVERIFY(sourceNamed(snap, u"API on rabbit1"_s) && sourceNamed(snap, u"API on rabbit1"_s)->ok);
    // The first host answered: the others' APIs were not asked.
    QCOMPARE(transport.asked().filter(u"/api/nodes"_s), QStringList { u"rabbit1 /api/nodes"_s });
    // The first poll cross-checks the API's membership with cluster_status over SSH.
    QVERIFY(collector.refreshed().crossCheck);
    QCOMPARE(transport.ran(), QStringList { u"sudo -n -- rabbitmqctl cluster_status --formatter json"_s });
    for (const auto& n : snap.nodes)
        QVERIFY2(n.disagreement.isEmpty(), qPrintable(n.name + u": "_s + n.disagreement.clusterStatus));
    // HAProxy's stats page, as recorded.
    QVERIFY(!snap.haproxyServers.isEmpty());
    QVERIFY(sourceNamed(snap, u"HAProxy stats page"_s)->ok);
}

void TestStatusCollector::fallsBackToClusterStatusOverSshWhenTheApiRefuses()
{
    const auto t = transcript(u"api-refused"_s);
    TranscriptTransport transport(t);
    StatusCollector collector(profileOf(t), {}, transport);
    const ClusterSnapshot snap = collector.collect();
    QVERIFY2(snap.via == u"ssh"_s, qPrintable(describe(snap)));
    QCOMPARE(snap.nodes.size(), 3);
    for (const auto& n : snap.nodes)
        QVERIFY2(n.running, qPrintable(n.name));
    // Every API was asked once and refused; SSH on the first host answered.
    QCOMPARE(transport.asked().filter(u"/api/nodes"_s),
        (QStringList { u"rabbit1 /api/nodes"_s, u"rabbit2 /api/nodes"_s, u"rabbit3 /api/nodes"_s }));
    for (const QString& host : { u"rabbit1"_s, u"rabbit2"_s, u"rabbit3"_s }) {
        const SourceStatus* api = sourceNamed(snap, u"API on "_s + host);
        QVERIFY2(api && !api->ok && api->error.contains(u"Couldn't connect"_s), qPrintable(describe(snap)));
    }
    QVERIFY2(sourceNamed(snap, u"SSH on rabbit1"_s) && sourceNamed(snap, u"SSH on rabbit1"_s)->ok,
        qPrintable(describe(snap)));
    QVERIFY(!sourceNamed(snap, u"SSH on rabbit2"_s));
    QCOMPARE(transport.ran(), QStringList { u"sudo -n -- rabbitmqctl cluster_status --formatter json"_s });
    // The hosts answer (the API port refuses): none is out of reach.
    for (const auto& r : snap.reach)
        QVERIFY2(r.unreachable.isEmpty() && !r.apiError.isEmpty(), qPrintable(r.node + u": "_s + r.apiError));
}

void TestStatusCollector::saysWhyWhenNeitherApiNorSshAnswers()
{
    const auto t = transcript(u"api-ssh-down"_s);
    TranscriptTransport transport(t);
    StatusCollector collector(profileOf(t), {}, transport);
    const ClusterSnapshot snap = collector.collect();
    QVERIFY2(!snap.hasNodes(), qPrintable(describe(snap)));
    QVERIFY(snap.via.isEmpty());
    // Each host says why, for the API and for SSH: what `warrenctl status` prints.
    for (const QString& host : { u"rabbit1"_s, u"rabbit2"_s, u"rabbit3"_s }) {
        const SourceStatus* api = sourceNamed(snap, u"API on "_s + host);
        QVERIFY2(api && !api->ok && api->error.contains(u"Couldn't connect"_s), qPrintable(describe(snap)));
        const SourceStatus* ssh = sourceNamed(snap, u"SSH on "_s + host);
        QVERIFY2(ssh && !ssh->ok && ssh->error.contains(u"Connection refused"_s), qPrintable(describe(snap)));
    }
    // Refused connections: the hosts answer, only their API and SSH do not; no command ran.
    for (const auto& r : snap.reach)
        QVERIFY2(r.unreachable.isEmpty() && !r.apiError.isEmpty(), qPrintable(r.node));
    QVERIFY(transport.ran().isEmpty());
    QVERIFY(!snap.haproxyServers.isEmpty()); // HAProxy's stats page still answers
}

QTEST_GUILESS_MAIN(TestStatusCollector)
#include "tst_statuscollector.moc"
