// The UI under a dark palette: Qt's Fusion style with a dark QPalette set before any window
// exists, as a dark desktop theme would. Renders each main view (graph, tables, queues, charts,
// the cluster dialog, the host key dialog) to dark-*.png in the artifacts directory and checks
// that text stands out from what it is drawn on: every visible label against the pixels behind
// it, and the palette roles the graph cards and pills paint with.
#include "ClusterDialog.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "Palette.h"
#include "QueuesPanel.h"
#include "UiLanguage.h"
#include "queues/QueueSnapshot.h"
#include "testutil/SnapshotFixtures.h"
#include "testutil/TestUtil.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

using namespace warren;

namespace {

using testutil::makeNode;
using testutil::makeServer;
using testutil::MiB;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5b, 0x9c, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// Perceived lightness 0..255 (the same scale as QColor::lightness(), weighted like the eye).
int luma(const QColor& c)
{
    return int(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue());
}

constexpr int MinContrast = 80; // luma difference still easy to read at normal sizes

ClusterSnapshot snapshotAt(int step)
{
    ClusterSnapshot s;
    s.clusterName = QStringLiteral("rabbit@rabbit1");
    s.takenAt = QDateTime(QDate(2024, 5, 14), QTime(9, 30, 0)).addSecs(15 * step);
    s.via = QStringLiteral("api");
    s.rabbitVersion = QStringLiteral("3.10.8");
    s.nodes = { makeNode(QStringLiteral("rabbit1"), NodeType::Disc, (140 + step % 5) * MiB),
        makeNode(QStringLiteral("rabbit2"), NodeType::Disc, (130 + step % 3) * MiB),
        makeNode(QStringLiteral("rabbit3"), NodeType::Ram, (1400 + step) * MiB) };
    s.nodes[2].memoryAlarm = true;
    s.haproxyServers = { makeServer(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11:5672"), false, 12),
        makeServer(QStringLiteral("rabbit2"), QStringLiteral("10.213.77.12:5672"), true, 0) };
    s.sources = { { QStringLiteral("api rabbit1"), true, {} }, { QStringLiteral("haproxy stats"), true, {} },
        { QStringLiteral("api rabbit3"), false, QStringLiteral("connection refused") } };
    return s;
}

QueueSnapshot queues()
{
    const QString r1 = QStringLiteral("rabbit@rabbit1");
    const QString r2 = QStringLiteral("rabbit@rabbit2");
    const QString r3 = QStringLiteral("rabbit@rabbit3");
    auto queue = [](const QString& name, QueueType type, const QString& home, const QStringList& sync,
                     const QStringList& unsync) {
        QueueInfo q;
        q.vhost = QStringLiteral("/");
        q.name = name;
        q.type = type;
        q.homeNode = home;
        q.messagesReady = 7;
        q.consumers = 1;
        q.state = QStringLiteral("running");
        q.synchronisedNodes = sync;
        q.unsynchronisedNodes = unsync;
        q.haPolicy = type == QueueType::Mirrored;
        return q;
    };
    QueueSnapshot s({ queue(QStringLiteral("ha.compute"), QueueType::Mirrored, r1, { r2, r3 }, {}),
        queue(QStringLiteral("ha.scheduler"), QueueType::Mirrored, r2, { r1 }, { r3 }),
        queue(QStringLiteral("qq.alpha"), QueueType::Quorum, r1, { r2, r3 }, {}),
        queue(QStringLiteral("plain.cert"), QueueType::Classic, r3, {}, {}) });
    QList<NodeInfo> nodes;
    for (const QString& n : { r1, r2, r3 }) {
        NodeInfo info;
        info.name = n;
        info.running = true;
        nodes << info;
    }
    s.setClusterNodes(nodes);
    s.takenAt = QDateTime(QDate(2024, 5, 14), QTime(9, 41, 7), Qt::UTC);
    s.via = QStringLiteral("api");
    return s;
}

// Every visible, non-empty label of root: its text colour against the pixels just inside its
// edges in the rendered image (what the label is drawn on).
QStringList unreadableLabels(QWidget* root, const QImage& image)
{
    QStringList problems;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
            continue;
        const QRect r(label->mapTo(root, QPoint(0, 0)), label->size());
        if (r.width() < 4 || r.height() < 4 || !image.rect().contains(r))
            continue;
        // The most common colour along the label's border stands for its background.
        QHash<QRgb, int> counts;
        for (int x = r.left() + 1; x < r.right(); ++x) {
            ++counts[image.pixel(x, r.top() + 1)];
            ++counts[image.pixel(x, r.bottom() - 1)];
        }
        QRgb background = 0;
        int best = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                background = it.key();
            }
        }
        const QColor text = label->palette().color(
            label->isEnabled() ? QPalette::Active : QPalette::Disabled, label->foregroundRole());
        const int contrast = qAbs(luma(text) - luma(QColor(background)));
        if (contrast < MinContrast && label->isEnabled())
            problems << QStringLiteral("%1 \"%2\": text %3 on %4 (contrast %5)")
                            .arg(label->objectName(), label->text().left(40), text.name(), QColor(background).name())
                            .arg(contrast);
    }
    return problems;
}

bool savePng(QWidget* w, const QString& name, QImage* out = nullptr)
{
    QCoreApplication::processEvents();
    const QImage image = w->grab().toImage();
    if (out)
        *out = image;
    return image.save(testutil::artifactsDir() + QLatin1Char('/') + name);
}

} // namespace

class TestDarkPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paletteChoosesDarkVariants();
    void mainViewsAreReadable();
    void dialogsAreReadable();
    void cleanupTestCase();
};

void TestDarkPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_darkpalette"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
}

void TestDarkPalette::cleanupTestCase()
{
    QSettings().clear();
}

void TestDarkPalette::paletteChoosesDarkVariants()
{
    QVERIFY(Palette::isDark());
    const QColor base = QApplication::palette().color(QPalette::Base);
    // What the graph and charts paint themselves: text on cards, pills, banners.
    for (bool stale : { false, true })
        QVERIFY(luma(Palette::cardBackground(stale)) < 80);
    QVERIFY(qAbs(luma(Palette::text()) - luma(Palette::cardBackground(false))) >= MinContrast);
    QVERIFY(qAbs(luma(Palette::mutedText()) - luma(Palette::cardBackground(false))) >= MinContrast);
    QVERIFY(qAbs(luma(Palette::chartText()) - luma(Palette::chartBackground())) >= MinContrast);
    for (Tone tone : { Tone::Good, Tone::Warning, Tone::Bad, Tone::Neutral, Tone::Accent, Tone::Muted }) {
        const auto pill = Palette::pill(tone);
        QVERIFY2(qAbs(luma(pill.text) - luma(pill.background)) >= MinContrast, qPrintable(pill.text.name()));
        QVERIFY2(qAbs(luma(Palette::toneText(tone)) - luma(base)) >= MinContrast / 2,
            qPrintable(Palette::toneText(tone).name()));
        QVERIFY2(qAbs(luma(Palette::toneText(tone)) - luma(Palette::toneBackground(tone))) >= MinContrast / 2,
            qPrintable(Palette::toneText(tone).name()));
        QVERIFY(qAbs(luma(Palette::bannerText()) - luma(Palette::banner(tone).background)) >= MinContrast);
    }
    QVERIFY(qAbs(luma(QApplication::palette().color(QPalette::WindowText)) - luma(Palette::codeBackground()))
        >= MinContrast);
}

void TestDarkPalette::mainViewsAreReadable()
{
    MainWindow window;
    window.setPollingEnabled(false);
    QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
    for (int step = 0; step < 40; ++step)
        window.showSnapshot(snapshotAt(step));
    window.resize(1280, 780);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("liveTabs"));
    QVERIFY(tabs);

    QStringList problems;
    const struct
    {
        const char* tab;
        const char* file;
    } views[] = { { "graphPanel", "dark-graph.png" }, { "tablesTab", "dark-tables.png" },
        { "chartsPanel", "dark-charts.png" }, { "queuesPanel", "dark-queues.png" } };
    for (const auto& view : views) {
        QWidget* page = window.findChild<QWidget*>(QLatin1String(view.tab));
        QVERIFY2(page, view.tab);
        tabs->setCurrentWidget(page);
        if (page == window.queuesPanel()) {
            QSignalSpy applied(window.queuesPanel(), &QueuesPanel::refreshApplied);
            window.queuesPanel()->showQueues(queues());
            QTRY_COMPARE(applied.size(), 1);
        }
        QImage image;
        QVERIFY(savePng(&window, QLatin1String(view.file), &image));
        for (const QString& p : unreadableLabels(&window, image))
            problems << QStringLiteral("%1: %2").arg(QLatin1String(view.file), p);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    qInfo("dark screenshots in %s", qPrintable(testutil::artifactsDir()));
}

void TestDarkPalette::dialogsAreReadable()
{
    auto parsed = ClusterProfile::load(testutil::dataFile(QStringLiteral("profile-gui.json")));
    QVERIFY(parsed.ok());
    const ClusterProfile profile = parsed.value();

    ClusterDialog dialog;
    dialog.setProfile(profile, QStringLiteral("not-a-real-password"));
    dialog.findChild<QWidget*>(QStringLiteral("verifyTlsCheck"))->setProperty("checked", false); // the warning
    QList<HostTestResult> results;
    for (const auto& h : profile.hosts) {
        HostTestResult r;
        r.host = h.name;
        r.address = h.address;
        r.sshOk = true;
        r.sshMessage = QStringLiteral("OK (host name %1)").arg(h.name);
        r.hostKey.state = HostKeyInfo::State::Known;
        r.apiTested = h.apiUrl.isValid();
        r.apiOk = r.apiTested;
        r.apiMessage = QStringLiteral("OK (RabbitMQ 3.10.8)");
        results << r;
    }
    results[1].apiOk = false;
    results[1].apiMessage = QStringLiteral("connection refused");
    results[2].sshOk = false;
    results[2].hostKey.state = HostKeyInfo::State::Unknown;
    results[2].sshMessage = QStringLiteral("the host key is not known yet");
    dialog.showTestResults(results);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QImage image;
    QVERIFY(savePng(&dialog, QStringLiteral("dark-clusterdialog.png"), &image));
    QStringList problems = unreadableLabels(&dialog, image);

    HostKeyInfo key;
    key.state = HostKeyInfo::State::Unknown;
    key.type = QStringLiteral("ssh-ed25519");
    key.fingerprint = QStringLiteral("SHA256:Xk3pW0+q9gq1m0sN6yH2cTt7vJrQZ4e8bUo5LdAaF1c");
    HostKeyDialog hostKey(profile, profile.hosts.at(0), key);
    hostKey.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hostKey));
    QVERIFY(savePng(&hostKey, QStringLiteral("dark-hostkeydialog.png"), &image));
    problems << unreadableLabels(&hostKey, image);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
