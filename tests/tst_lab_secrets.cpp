// Secret-leak sweep against the lab. Distinctive secrets are in play: the lab's API password (its
// password file), the Erlang cookie (which sync-cookie reads hashes of), the SSH private key of
// the lab user, and a passphrase-protected key with its passphrase. Warren runs status, queues,
// every `plan` (dry run, and sync-cookie --execute, a no-op on the lab) and `haproxy export`
// through warrenctl, and the GUI polls the lab offscreen. Then everything Warren wrote is searched:
// stdout/stderr, the operation log, every file under the test's HOME/XDG directories (QSettings,
// profiles, state), exports, and the GUI's visible text (every widget's text, tooltips and item
// models of the window the screenshots show). Any occurrence of a secret, or of its hex, base64
// or percent-encoded form, or of any 12 characters of it, fails.
//
// Table-driven: a new CLI path is one row in cliRuns(); a new GUI surface is found by the widget
// walk on its own.
#include "MainWindow.h"
#include "UiLanguage.h"
#include "testutil/TestUtil.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUrl>

#include "ClusterPoller.h"

using namespace warren;
using testutil::ProcResult;

namespace {

QTemporaryDir* g_home = nullptr; // HOME and XDG_* of this test: everything Warren may write

struct Secret
{
    QString name;
    QByteArray value;
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString labState()
{
    return testutil::labStateDir();
}

// Forms a secret could leak in.
QList<QByteArray> forms(const QByteArray& secret)
{
    QList<QByteArray> out { secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(QString::fromUtf8(secret)) };
    // Any 12 characters of it (a truncated or split echo).
    for (int i = 0; i + 12 <= secret.size(); i += 4)
        out << secret.mid(i, 12);
    out.removeAll(QByteArray());
    return out;
}

QString findLeak(const QList<Secret>& secrets, const QByteArray& haystack)
{
    for (const auto& s : secrets) {
        for (const QByteArray& f : forms(s.value)) {
            if (haystack.contains(f))
                return s.name;
        }
    }
    return {};
}

QStringList lineValues(const QByteArray& pem)
{
    // The body of a private key, one base64 line at a time (each is distinctive).
    QStringList out;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----") && line.trimmed().size() >= 16)
            out << QString::fromLatin1(line.trimmed());
    }
    return out;
}

// Every text a user can see or hover in the window: widgets, item models, graphics items.
QString visibleText(QWidget* root)
{
    QStringList t;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        t << w->windowTitle() << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName()
          << w->accessibleDescription();
        if (auto* l = qobject_cast<QLabel*>(w))
            t << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            t << b->text();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            t << e->text() << e->placeholderText();
        if (auto* e = qobject_cast<QTextEdit*>(w))
            t << e->toPlainText();
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            t << e->toPlainText();
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                t << c->itemText(i);
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                t << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto* m = qobject_cast<QMenu*>(w)) {
            for (auto* a : m->actions())
                t << a->text() << a->toolTip();
        }
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const auto* model = v->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    t << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
                }
            }
            for (int c = 0; c < model->columnCount(); ++c)
                t << model->headerData(c, Qt::Horizontal).toString();
        }
        if (auto* g = qobject_cast<QGraphicsView*>(w); g && g->scene()) {
            for (QGraphicsItem* item : g->scene()->items()) {
                t << item->toolTip();
                if (auto* ti = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    t << ti->text();
                if (auto* ti = dynamic_cast<QGraphicsTextItem*>(item))
                    t << ti->toPlainText();
            }
        }
    }
    for (QAction* a : root->findChildren<QAction*>())
        t << a->text() << a->toolTip() << a->statusTip();
    t.removeAll(QString());
    return t.join(QLatin1Char('\n'));
}

} // namespace

class TestLabSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cli_data();
    void cli();
    void gui();
    void nothingWarrenWroteHoldsASecret();
    void cleanupTestCase();

private:
    QList<Secret> m_secrets;
    QString m_profile; // the lab profile, copied into HOME
    QString m_lockedProfile; // the same with the passphrase-protected key
    QByteArray m_written; // stdout/stderr of every run, exports, GUI texts
    int m_pngs = 0;
    QElapsedTimer m_clock;
};

void TestLabSecrets::initTestCase()
{
    WARREN_REQUIRE_LAB();
    m_clock.start();
    m_secrets << Secret { QStringLiteral("API password"),
        readFile(labState() + QStringLiteral("/secrets/api-password")).trimmed() }
              << Secret { QStringLiteral("Erlang cookie"),
                     readFile(labState() + QStringLiteral("/secrets/erlang-cookie")).trimmed() };
    for (const QString& line : lineValues(readFile(labState() + QStringLiteral("/ssh/id_ed25519"))))
        m_secrets << Secret { QStringLiteral("SSH private key"), line.toLatin1() };
    for (const auto& s : std::as_const(m_secrets))
        QVERIFY2(s.value.size() >= 12, qPrintable(s.name + QStringLiteral(" is missing or too short to search for")));

    // The sweep finds what it looks for: each form of a secret buried in other text.
    for (const auto& s : std::as_const(m_secrets)) {
        for (const QByteArray& f : forms(s.value))
            QVERIFY(findLeak({ s }, "before " + f + " after") == s.name);
    }

    // A passphrase-protected key: Warren cannot use it directly (it asks for ssh-agent), and must
    // not echo the key or anything of it while saying so.
    const QString locked = g_home->filePath(QStringLiteral("locked_ed25519"));
    const QByteArray passphrase = "Warren-leak-sweep-passphrase-7f3a9c";
    const ProcResult gen = testutil::run(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString::fromLatin1(passphrase), QStringLiteral("-f"), locked, QStringLiteral("-C"), QString() });
    QVERIFY2(gen.ok(), gen.err.constData());
    m_secrets << Secret { QStringLiteral("key passphrase"), passphrase };
    for (const QString& line : lineValues(readFile(locked)))
        m_secrets << Secret { QStringLiteral("passphrase-protected key"), line.toLatin1() };

    QByteArray json = readFile(testutil::labProfile());
    m_profile = g_home->filePath(QStringLiteral("lab.json"));
    QFile p(m_profile);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(json);
    p.close();
    // The same profile with the passphrase-protected key instead of the lab's.
    const int at = int(json.indexOf("\"keyFile\": \""));
    QVERIFY(at >= 0);
    const int start = at + int(qstrlen("\"keyFile\": \""));
    json.replace(start, json.indexOf('"', start) - start, locked.toUtf8());
    m_lockedProfile = g_home->filePath(QStringLiteral("locked.json"));
    QFile l(m_lockedProfile);
    QVERIFY(l.open(QIODevice::WriteOnly));
    l.write(json);
}

void TestLabSecrets::cli_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("mustSucceed");
    const QString lab = QStringLiteral("lab");
    const QString locked = QStringLiteral("locked");
    auto row = [&](const char* name, const QString& profile, const QStringList& args, bool mustSucceed) {
        QTest::newRow(name) << profile << args << mustSucceed;
    };
    row("status", lab, { QStringLiteral("status") }, true);
    row("status json", lab, { QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json") }, true);
    row("check", lab, { QStringLiteral("check") }, false);
    row("queues", lab, { QStringLiteral("queues") }, true);
    row("queues json", lab, { QStringLiteral("queues"), QStringLiteral("--format"), QStringLiteral("json") }, true);
    row("plan join", lab,
        { QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
            QStringLiteral("--to"), QStringLiteral("rabbit1") },
        false);
    row("plan convert", lab,
        { QStringLiteral("plan"), QStringLiteral("convert"), QStringLiteral("--node"), QStringLiteral("rabbit2"),
            QStringLiteral("--type"), QStringLiteral("ram") },
        false);
    row("plan forget", lab,
        { QStringLiteral("plan"), QStringLiteral("forget"), QStringLiteral("--node"), QStringLiteral("rabbit@rabbit4"),
            QStringLiteral("--via"), QStringLiteral("rabbit1") },
        false);
    row("plan sync-cookie", lab,
        { QStringLiteral("plan"), QStringLiteral("sync-cookie"), QStringLiteral("--from"), QStringLiteral("rabbit1"),
            QStringLiteral("--to"), QStringLiteral("rabbit2,rabbit4") },
        false);
    row("plan sync-cookie json", lab,
        { QStringLiteral("plan"), QStringLiteral("sync-cookie"), QStringLiteral("--from"), QStringLiteral("rabbit1"),
            QStringLiteral("--to"), QStringLiteral("rabbit4"), QStringLiteral("--format"), QStringLiteral("json") },
        false);
    // The lab's hosts share one cookie: executing is a verified no-op that still reads hashes.
    row("plan sync-cookie execute", lab,
        { QStringLiteral("plan"), QStringLiteral("sync-cookie"), QStringLiteral("--from"), QStringLiteral("rabbit1"),
            QStringLiteral("--to"), QStringLiteral("rabbit4"), QStringLiteral("--execute") },
        false);
    row("haproxy export", lab, { QStringLiteral("haproxy"), QStringLiteral("export"), QStringLiteral("--management") },
        true);
    row("locked key status", locked, { QStringLiteral("status") }, false);
    row("locked key plan", locked,
        { QStringLiteral("plan"), QStringLiteral("convert"), QStringLiteral("--node"), QStringLiteral("rabbit2"),
            QStringLiteral("--type"), QStringLiteral("ram") },
        false);
}

void TestLabSecrets::cli()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, args);
    QFETCH(bool, mustSucceed);
    QElapsedTimer t;
    t.start();
    const ProcResult r = testutil::run(qEnvironmentVariable("WARRENCTL"),
        QStringList { QStringLiteral("--cluster"), profile == QLatin1String("lab") ? m_profile : m_lockedProfile }
            + args,
        120000);
    qInfo("%s: exit %d in %lld ms", qPrintable(args.join(QLatin1Char(' '))), r.exitCode, t.elapsed());
    if (mustSucceed)
        QVERIFY2(r.ok(), r.err.constData());
    QVERIFY2(r.exitCode >= 0, "warrenctl did not finish");
    m_written += r.out + '\n' + r.err + '\n';
    const QString leak = findLeak(m_secrets, r.out + r.err);
    QVERIFY2(leak.isEmpty(),
        qPrintable(QStringLiteral("%1 printed by warrenctl %2").arg(leak, args.join(QLatin1Char(' ')))));
    if (args.first() == QLatin1String("haproxy")) {
        const QString exported = g_home->filePath(QStringLiteral("export.cfg"));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
    }
}

void TestLabSecrets::gui()
{
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        QVERIFY(UiLanguage::apply(language, false));
        MainWindow window;
        window.poller()->setIntervalSeconds(1);
        window.resize(1400, 850);
        QSignalSpy polls(window.poller(), &ClusterPoller::snapshotReady);
        QVERIFY(window.openProfile(m_profile));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(polls.count() >= 2, 40000);
        // Every tab, as the user sees it; the text of each comes from the widget tree.
        const auto tabs = window.findChildren<QTabWidget*>();
        for (QTabWidget* tw : tabs) {
            for (int i = 0; i < tw->count(); ++i) {
                tw->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QImage png = window.grab().toImage();
                QVERIFY(!png.isNull());
                QVERIFY(png.save(
                    testutil::artifactsDir() + QStringLiteral("/secrets-%1-%2.png").arg(language).arg(m_pngs++)));
                const QByteArray text = visibleText(&window).toUtf8();
                m_written += text;
                const QString leak = findLeak(m_secrets, text);
                QVERIFY2(leak.isEmpty(),
                    qPrintable(QStringLiteral("%1 shown in the GUI (%2, tab %3)").arg(leak, language).arg(i)));
            }
        }
        window.close();
    }
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
}

void TestLabSecrets::nothingWarrenWroteHoldsASecret()
{
    // QSettings, profiles, the operation log, state, caches: every file under HOME and XDG_*.
    int files = 0;
    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("locked_ed25519")) || path.endsWith(QLatin1String("locked_ed25519.pub")))
            continue; // the test's own key
        ++files;
        qInfo("searching %s", qPrintable(QDir(g_home->path()).relativeFilePath(path)));
        const QString leak = findLeak(m_secrets, readFile(path));
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 written to %2").arg(leak, path)));
    }
    const QString oplog = qEnvironmentVariable("WARREN_OPLOG");
    QVERIFY(oplog.startsWith(g_home->path())); // searched above when anything was logged
    QVERIFY(QFile::exists(g_home->filePath(QStringLiteral("export.cfg"))));
    QVERIFY(m_pngs >= 2);
    qInfo("searched %d files, %lld bytes of output and GUI text, %d screenshots' widget trees", files,
        qint64(m_written.size()), m_pngs);
    const QString leak = findLeak(m_secrets, m_written);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

void TestLabSecrets::cleanupTestCase()
{
    qInfo("tst_lab_secrets wall time: %.1f s", m_clock.elapsed() / 1000.0);
}

int main(int argc, char** argv)
{
    // Before QApplication: QSettings and QStandardPaths read these once.
    QTemporaryDir home;
    g_home = &home;
    for (const char* var :
        { "HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR" }) {
        const QString dir = home.filePath(QString::fromLatin1(var).toLower());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(var, qstrcmp(var, "HOME") == 0 ? home.path().toUtf8() : dir.toUtf8());
    }
    // The operation log where Warren puts it by default ($XDG_STATE_HOME/warren/...).
    qunsetenv("WARREN_OPLOG");
    qputenv("WARREN_OPLOG",
        (home.filePath(QStringLiteral("xdg_state_home")) + QStringLiteral("/warren/operations.jsonl")).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lab_secrets"));
    TestLabSecrets t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_lab_secrets.moc"
