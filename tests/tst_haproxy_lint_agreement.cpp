// Lint and HAProxy agree on what loads: every haproxy.cfg the tests use (tests/data/*.cfg, and
// Warren's own exports) goes through the installed `haproxy -c -f FILE` and through the linter
// aimed at the installed version. HAProxy refuses the file => lint reports an error; HAProxy
// loads it => lint reports none.

#include "haproxy/HaproxyConfig.h"
#include "haproxy/HaproxyExport.h"
#include "haproxy/HaproxyLint.h"
#include "profile/ClusterProfile.h"

#include "testutil/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warren;

namespace {

const QString kHaproxy = u"/usr/sbin/haproxy"_s;
constexpr int kCheckTimeoutMs = 20000;

ClusterProfile threeNodeProfile()
{
    const QByteArray json = R"({
        "format": "warren-cluster-profile/1", "name": "agreement",
        "ssh": {"user": "warren"}, "api": {"user": "admin"},
        "hosts": [
            {"name": "rabbit1", "address": "10.0.0.11", "node": "rabbit@rabbit1", "roles": ["rabbitmq"]},
            {"name": "rabbit2", "address": "10.0.0.12", "node": "rabbit@rabbit2", "roles": ["rabbitmq"]},
            {"name": "rabbit3", "address": "10.0.0.13", "node": "rabbit@rabbit3", "roles": ["rabbitmq"]},
            {"name": "lb", "address": "10.0.0.10", "roles": ["haproxy"]}
        ],
        "haproxy": {"host": "lb", "statsSocket": "/run/haproxy/admin.sock",
                    "configPath": "/etc/haproxy/haproxy.cfg"}
    })";
    auto p = ClusterProfile::fromJson(json);
    Q_ASSERT(p.ok());
    return p.value();
}

QString describe(const QList<HaproxyFinding>& findings)
{
    QStringList lines;
    for (const auto& f : findings)
        lines
            << u"  %1 %2 line %3: %4"_s.arg(HaproxyFinding::severityKey(f.severity), f.code).arg(f.line).arg(f.message);
    return lines.join(u'\n');
}

} // namespace

class TestHaproxyLintAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lintAgreesWithHaproxyCheck_data();
    void lintAgreesWithHaproxyCheck();
    void cleanupTestCase();

private:
    int m_version = -1; // of the installed haproxy, major * 100 + minor
    QTemporaryDir m_exports;
    int m_refusedAndErrors = 0;
    int m_loadedAndClean = 0;
};

void TestHaproxyLintAgreement::initTestCase()
{
    if (!QFile::exists(kHaproxy))
        QSKIP("no /usr/sbin/haproxy on this machine (apt-get install haproxy): lint cannot be compared with "
              "haproxy -c");
    const auto v = testutil::run(kHaproxy, { u"-v"_s }, kCheckTimeoutMs);
    const auto m = QRegularExpression(u"version (\\d+\\.\\d+)"_s).match(QString::fromUtf8(v.out + v.err));
    QVERIFY2(m.hasMatch(), v.out.constData());
    m_version = HaproxyLint::versionFromText(m.captured(1));
    QVERIFY(m_version > 0);
    qInfo("haproxy %s (lint target %d)", qPrintable(m.captured(1)), m_version);
    QVERIFY(m_exports.isValid());
}

void TestHaproxyLintAgreement::lintAgreesWithHaproxyCheck_data()
{
    QTest::addColumn<QString>("path");
    const QDir data(testutil::dataFile(QString()));
    const auto files = data.entryList({ u"*.cfg"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const auto& f : files)
        QTest::newRow(qPrintable(f)) << data.filePath(f);

    // Warren's own exports: one per layout, with and without the management listener.
    const auto profile = threeNodeProfile();
    for (const auto layout : { HaproxyExportOptions::Layout::ActiveBackup, HaproxyExportOptions::Layout::Balanced }) {
        for (const bool management : { false, true }) {
            HaproxyExportOptions o;
            o.layout = layout;
            o.management = management;
            const auto text = HaproxyExport::generate(profile, nullptr, o);
            QVERIFY2(text.ok(), qPrintable(text.error().toString()));
            const QString name = u"export-%1%2.cfg"_s.arg(
                layout == HaproxyExportOptions::Layout::ActiveBackup ? u"active-backup"_s : u"balanced"_s,
                management ? u"-management"_s : QString());
            QFile out(m_exports.filePath(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.value().toUtf8());
            out.close();
            QTest::newRow(qPrintable(name)) << out.fileName();
        }
    }
}

void TestHaproxyLintAgreement::lintAgreesWithHaproxyCheck()
{
    QFETCH(QString, path);
    const auto check = testutil::run(kHaproxy, { u"-c"_s, u"-f"_s, path }, kCheckTimeoutMs);
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1,
        qPrintable(u"haproxy -c did not finish normally: %1"_s.arg(QString::fromUtf8(check.err))));
    const bool refused = check.exitCode != 0;

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    HaproxyLintContext context;
    context.haproxyVersion = m_version;
    const auto findings = HaproxyLint::lint(HaproxyConfig::parse(f.readAll()), context);
    const bool errors = HaproxyLint::hasErrors(findings);
    const QString haproxySays = QString::fromUtf8(check.out + check.err).trimmed();
    if (refused) {
        QVERIFY2(errors,
            qPrintable(u"haproxy -c refuses the file, lint reports no error:\n%1\nlint:\n%2"_s.arg(
                haproxySays, describe(findings))));
        ++m_refusedAndErrors;
    } else {
        QVERIFY2(!errors,
            qPrintable(u"haproxy -c loads the file, lint reports an error:\n%1\nlint:\n%2"_s.arg(
                haproxySays, describe(findings))));
        ++m_loadedAndClean;
    }
}

void TestHaproxyLintAgreement::cleanupTestCase()
{
    qInfo("agreement: %d file(s) refused by haproxy -c with lint errors, %d loaded with no lint error",
        m_refusedAndErrors, m_loadedAndClean);
}

QTEST_GUILESS_MAIN(TestHaproxyLintAgreement)
#include "tst_haproxy_lint_agreement.moc"
