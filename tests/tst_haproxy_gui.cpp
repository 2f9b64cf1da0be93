// The HAProxy window without a network: filled from a fixture cluster (the lab's shape) and the
// seed guide's haproxy.cfg as the current file; checks the live preview, the coloured diff, the lint
// rows and the jump to a line, the confirmations before a push or a drill, hostile files, and
// takes screenshots in English and Chinese.
#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "HaproxyDialog.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "testutil/ModalAnswer.h"
#include "testutil/SnapshotFixtures.h"
#include "testutil/TestUtil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace warren;
using namespace Qt::StringLiterals;

namespace {

ClusterSnapshot fixtureSnapshot()
{
    ClusterSnapshot s;
    s.clusterName = u"rabbit@rabbit1"_s;
    s.rabbitVersion = u"3.10.8"_s;
    s.nodes = { testutil::makeNode(u"rabbit1"_s, NodeType::Disc, 143 * testutil::MiB),
        testutil::makeNode(u"rabbit2"_s, NodeType::Disc, 131 * testutil::MiB),
        testutil::makeNode(u"rabbit3"_s, NodeType::Ram, 126 * testutil::MiB) };
    s.haproxyServers = { testutil::makeServer(u"rabbit1"_s, u"10.213.77.11:5672"_s, false, 12),
        testutil::makeServer(u"rabbit2"_s, u"10.213.77.12:5672"_s, true, 0) };
    return s;
}

ClusterProfile fixtureProfile()
{
    auto parsed = ClusterProfile::load(testutil::dataFile(u"profile-gui.json"_s));
    if (!parsed.ok())
        qFatal("fixture profile does not load: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

// Rows of the lint table as "CODE@LINE".
QStringList lintRows(const QTableWidget* t)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, 0)->text() + u'@' + t->item(r, 2)->text();
    return out;
}

} // namespace

class TestHaproxyGui final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HaproxyDialog> makeDialog()
    {
        auto d = std::make_unique<HaproxyDialog>(fixtureProfile());
        d->setSnapshot(fixtureSnapshot());
        d->resize(1180, 760);
        return d;
    }
    static void waitForAnalysis(HaproxyDialog* d) { QTRY_VERIFY_WITH_TIMEOUT(!d->analysisPending(), 20000); }

private Q_SLOTS:
    void initTestCase();
    void mainWindowOpensItFromTheMenuAndTheGraph();
    void previewFollowsTheOptions();
    void currentFileGivesDiffAndLintRows();
    void lintRowJumpsToItsLine();
    void openFileReadsInAWorker();
    void hostileFilesNeverCrashTheDialog_data();
    void hostileFilesNeverCrashTheDialog();
    void pushAsksWithTheDiffBackupAndHitlessReload();
    void drillRefusesARealClusterUnlessAllowed();
    void screenshots();
};

void TestHaproxyGui::initTestCase()
{
    QVERIFY(UiLanguage::apply(u"en"_s, false));
}

void TestHaproxyGui::mainWindowOpensItFromTheMenuAndTheGraph()
{
    MainWindow window;
    window.setPollingEnabled(false);
    QVERIFY(window.openProfile(testutil::dataFile(u"profile-gui.json"_s)));
    window.showSnapshot(fixtureSnapshot());
    window.show();
    auto* action = window.findChild<QAction*>(u"actionHaproxyConfig"_s);
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu*>(u"menuCluster"_s)->actions().contains(action));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<HaproxyDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->options().active, u"rabbit1"_s); // from the snapshot
    dialog->close();
    QTRY_VERIFY(!window.findChild<HaproxyDialog*>()); // deleted on close

    // The graph's HAProxy item offers the same window.
    auto* view = window.findChild<ClusterGraphView*>();
    QVERIFY(view);
    std::unique_ptr<QMenu> menu(view->createHaproxyMenu(nullptr));
    auto* fromGraph = menu->findChild<QAction*>(u"actionHaproxyConfig"_s);
    QVERIFY(fromGraph);
    fromGraph->trigger();
    QTRY_VERIFY(window.findChild<HaproxyDialog*>() && window.findChild<HaproxyDialog*>()->isVisible());
    std::unique_ptr<QMenu> serverMenu(view->createServerMenu(u"amqp"_s, u"rabbit1"_s, nullptr));
    bool offered = false;
    for (QAction* a : serverMenu->actions())
        offered = offered || a->objectName() == u"actionHaproxyConfig"_s;
    QVERIFY(offered);
}

void TestHaproxyGui::previewFollowsTheOptions()
{
    auto d = makeDialog();
    auto* preview = d->findChild<QPlainTextEdit*>(u"previewView"_s);
    QVERIFY(preview);
    // The active node defaults to the one HAProxy uses now.
    QCOMPARE(d->options().active, u"rabbit1"_s);
    QVERIFY(
        preview->toPlainText().contains(u"    server rabbit1 10.213.77.11:5672 check inter 2000 rise 2 fall 3\n"_s));
    QVERIFY(preview->toPlainText().contains(
        u"    server rabbit2 10.213.77.12:5672 check inter 2000 rise 2 fall 3 backup\n"_s));
    QVERIFY(preview->toPlainText().contains(
        u"    log /dev/log local0\n    maxconn 4096\n    user haproxy\n    group haproxy\n"_s));

    auto* active = d->findChild<QComboBox*>(u"activeCombo"_s);
    active->setCurrentIndex(active->findData(u"rabbit2"_s));
    QVERIFY(
        preview->toPlainText().contains(u"    server rabbit2 10.213.77.12:5672 check inter 2000 rise 2 fall 3\n"_s));
    QVERIFY(preview->toPlainText().contains(
        u"    server rabbit1 10.213.77.11:5672 check inter 2000 rise 2 fall 3 backup\n"_s));

    d->findChild<QSpinBox*>(u"interSpin"_s)->setValue(1000);
    d->findChild<QSpinBox*>(u"fallSpin"_s)->setValue(2);
    QVERIFY(preview->toPlainText().contains(u"check inter 1000 rise 2 fall 2"_s));
    d->findChild<QComboBox*>(u"layoutCombo"_s)->setCurrentIndex(1);
    QVERIFY(preview->toPlainText().contains(u"    balance roundrobin\n"_s));
    QVERIFY(!preview->toPlainText().contains(u" backup\n"_s));
    d->findChild<QCheckBox*>(u"managementCheck"_s)->setChecked(true);
    QVERIFY(preview->toPlainText().contains(u"listen rabbitmq-management\n    bind 10.213.77.10:15672\n"_s));
    d->findChild<QSpinBox*>(u"heartbeatSpin"_s)->setValue(7200);
    QVERIFY(preview->toPlainText().contains(u"timeout client 6h"_s));

    auto* log = d->findChild<QComboBox*>(u"logCombo"_s);
    log->setCurrentIndex(1); // none
    QVERIFY(!preview->toPlainText().contains(u"    log "_s));
    log->setCurrentIndex(2); // another target
    d->findChild<QLineEdit*>(u"logEdit"_s)->setText(u"stdout format raw local0"_s);
    QVERIFY(preview->toPlainText().contains(u"    log stdout format raw local0\n"_s));

    // A bad value: the error is shown, nothing can be saved or pushed.
    auto* user = d->findChild<QLineEdit*>(u"userEdit"_s);
    user->setText(u"hap roxy"_s);
    QVERIFY(!d->findChild<QLabel*>(u"optionsError"_s)->isHidden());
    QVERIFY(!d->findChild<QPushButton*>(u"pushButton"_s)->isEnabled());
    QVERIFY(!d->findChild<QPushButton*>(u"saveAsButton"_s)->isEnabled());
    user->setText(u"haproxy"_s);
    QVERIFY(d->findChild<QLabel*>(u"optionsError"_s)->isHidden());
    QVERIFY(d->findChild<QPushButton*>(u"pushButton"_s)->isEnabled());
}

void TestHaproxyGui::currentFileGivesDiffAndLintRows()
{
    auto d = makeDialog();
    d->setCurrent(testutil::readData(u"haproxy-seed-2012.cfg"_s), u"haproxy:/etc/haproxy/haproxy.cfg"_s);
    waitForAnalysis(d.get());
    const QStringList rows = lintRows(d->lintTable());
    QVERIFY2(rows.contains(u"E-EPMD-PROXIED@28"_s), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(u"E-TIMEOUT-HEARTBEAT@25"_s), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(u"E-TIMEOUT-HEARTBEAT@26"_s), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(u"E-SERVER-NOT-NODE@37"_s), qPrintable(rows.join(u' '))); // 172.17.1.8 is no lab node
    // Severity carries an icon, explanation and fix are the translated texts.
    for (int r = 0; r < d->lintTable()->rowCount(); ++r) {
        QVERIFY(!d->lintTable()->item(r, 1)->icon().isNull());
        QVERIFY(!d->lintTable()->item(r, 3)->text().isEmpty());
        QVERIFY(!d->lintTable()->item(r, 4)->text().isEmpty());
    }
    const QString diff = d->diffText();
    QVERIFY(diff.startsWith(u"--- haproxy:/etc/haproxy/haproxy.cfg\n+++ generated\n"_s));
    QVERIFY(diff.contains(u"\n-listen rabbitmq_cluster 0.0.0.0:4369\n"_s));
    QVERIFY(diff.contains(u"\n+listen amqp\n"_s));
    // Added lines are drawn green, removed ones red.
    auto* view = d->findChild<QPlainTextEdit*>(u"diffView"_s);
    QColor added, removed;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const auto formats = b.layout()->formats();
        if (formats.isEmpty())
            continue;
        if (b.text() == u"+listen amqp"_s)
            added = formats.first().format.background().color();
        if (b.text() == u"-listen rabbitmq_cluster 0.0.0.0:4369"_s)
            removed = formats.first().format.background().color();
    }
    QVERIFY(added.isValid() && removed.isValid());
    QVERIFY2(added.green() > added.red(), qPrintable(added.name()));
    QVERIFY2(removed.red() > removed.green(), qPrintable(removed.name()));

    // Warren's own file as the current one: no findings, no diff.
    d->setCurrent(d->generatedText().toUtf8(), u"same"_s);
    waitForAnalysis(d.get());
    QCOMPARE(d->lintTable()->rowCount(), 0);
    QVERIFY(d->diffText().contains(u"same"_s));
}

void TestHaproxyGui::lintRowJumpsToItsLine()
{
    auto d = makeDialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    d->setCurrent(testutil::readData(u"haproxy-seed-2012.cfg"_s), u"seed"_s);
    waitForAnalysis(d.get());
    auto* table = d->lintTable();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == u"E-EPMD-PROXIED"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    table->setCurrentCell(row, 3);
    Q_EMIT table->cellActivated(row, 3);
    QCOMPARE(d->currentLine(), 28);
    auto* current = d->findChild<QPlainTextEdit*>(u"currentView"_s);
    QCOMPARE(current->textCursor().selectedText(), u"listen rabbitmq_cluster 0.0.0.0:4369"_s);
}

void TestHaproxyGui::openFileReadsInAWorker()
{
    auto d = makeDialog();
    d->openFile(testutil::dataFile(u"haproxy-seed-2012.cfg"_s));
    QTRY_VERIFY(d->currentText().contains(u"listen rabbitmq_cluster_openstack 0.0.0.0:5672"_s));
    waitForAnalysis(d.get());
    QVERIFY(lintRows(d->lintTable()).contains(u"E-EPMD-PROXIED@28"_s));
    // A file that is not there: a banner, not a crash, and the old file stays.
    d->openFile(u"/nonexistent/haproxy.cfg"_s);
    QTRY_VERIFY(d->findChild<QWidget*>(u"haproxyBanner"_s)->isVisibleTo(d.get()));
    QVERIFY(d->currentText().contains(u"rabbitmq_cluster_openstack"_s));
}

void TestHaproxyGui::hostileFilesNeverCrashTheDialog_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("huge line") << QByteArray("global\n    log ") + QByteArray(2 * 1024 * 1024, 'a')
            + "\nlisten x\n bind :5672\n";
    QByteArray junk(256 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (auto& c : junk)
        c = char(rng.bounded(256));
    QTest::newRow("binary junk") << junk;
    QTest::newRow("missing sections") << QByteArray("    server a 10.0.0.1:5672 check\n    timeout client 1s\n");
    QByteArray many;
    for (int i = 0; i < 60000; ++i)
        many += "listen l" + QByteArray::number(i) + "\n";
    QTest::newRow("many sections") << many;
    QTest::newRow("empty") << QByteArray();
}

void TestHaproxyGui::hostileFilesNeverCrashTheDialog()
{
    QFETCH(QByteArray, data);
    auto d = makeDialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QElapsedTimer shown;
    shown.start();
    d->setCurrent(data, u"hostile"_s);
    // Showing the file on the GUI thread stays cheap: long lines are cut in the view.
    QVERIFY2(shown.elapsed() < 2000, qPrintable(QString::number(shown.elapsed())));
    QVERIFY(d->currentText().size() < 2 * 1024 * 1024 + 1000);
    waitForAnalysis(d.get());
    QVERIFY(d->lintTable()->rowCount() >= 1);
    // The dialog still works afterwards.
    d->findChild<QComboBox*>(u"layoutCombo"_s)->setCurrentIndex(1);
    waitForAnalysis(d.get());
    QVERIFY(d->generatedText().contains(u"balance roundrobin"_s));
}

void TestHaproxyGui::pushAsksWithTheDiffBackupAndHitlessReload()
{
    auto d = makeDialog();
    d->show();
    d->setCurrent(testutil::readData(u"haproxy-seed-2012.cfg"_s), u"haproxy:/etc/haproxy/haproxy.cfg"_s);
    waitForAnalysis(d.get());
    QString text;
    QString diff;
    auto seen = testutil::answerModal(u"pushConfirmDialog"_s, [&](QWidget* w) {
        for (auto* l : w->findChildren<QLabel*>())
            text += l->text();
        diff = w->findChild<QPlainTextEdit*>(u"pushConfirmDiff"_s)->toPlainText();
    });
    d->findChild<QPushButton*>(u"pushButton"_s)->click();
    QTRY_VERIFY(*seen); // the confirmation is window-modal, not a nested event loop
    QVERIFY2(text.contains(u"backed up"_s) && text.contains(u"hitless"_s), qPrintable(text));
    QVERIFY(text.contains(u"/etc/haproxy/haproxy.cfg.warren-backup-"_s));
    QVERIFY(diff.contains(u"\n+listen amqp\n"_s));
    // Cancelled: nothing was started.
    QVERIFY(!d->workbench()->isPushing());
}

void TestHaproxyGui::drillRefusesARealClusterUnlessAllowed()
{
    auto d = makeDialog(); // the fixture profile is a systemd cluster, not the lab
    d->show();
    auto* start = d->findChild<QPushButton*>(u"drillStartButton"_s);
    auto* allow = d->findChild<QCheckBox*>(u"realClusterCheck"_s);
    QVERIFY(!start->isEnabled());
    QVERIFY(!allow->isHidden());
    allow->setChecked(true);
    QVERIFY(start->isEnabled());
    QString text;
    auto seen = testutil::answerModal(
        u"drillConfirmDialog"_s, [&](QWidget* w) { text = static_cast<QMessageBox*>(w)->text(); });
    start->click();
    QTRY_VERIFY(*seen); // the confirmation is window-modal, not a nested event loop
    QVERIFY2(text.contains(u"not the lab"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Kill"_s) && text.contains(u"1000 messages"_s), qPrintable(text));
    QVERIFY(!d->workbench()->isDrilling());
    QVERIFY(!d->findChild<QPushButton*>(u"drillCancelButton"_s)->isEnabled());
}

void TestHaproxyGui::screenshots()
{
    auto d = makeDialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    d->setCurrent(testutil::readData(u"haproxy-seed-2012.cfg"_s), u"haproxy:/etc/haproxy/haproxy.cfg"_s);
    waitForAnalysis(d.get());
    auto* tabs = d->findChild<QTabWidget*>(u"haproxyTabs"_s);
    for (const QString& language : { u"en"_s, u"zh_CN"_s }) {
        QVERIFY(UiLanguage::apply(language, false));
        QCoreApplication::processEvents();
        waitForAnalysis(d.get());
        for (int tab : { 0, 1, 2, 3, 4 }) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString name = u"haproxy-dialog-%1-%2.png"_s.arg(tab).arg(language);
            QVERIFY(d->grab().save(testutil::artifactsDir() + u'/' + name));
        }
    }
    QVERIFY(UiLanguage::apply(u"en"_s, false));
    qInfo("screenshots in %s", qPrintable(testutil::artifactsDir()));
}

QTEST_MAIN(TestHaproxyGui)
#include "tst_haproxy_gui.moc"
