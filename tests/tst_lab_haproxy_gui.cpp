// The HAProxy window against the lab, through the same workbench and workers a user's clicks
// use: fetch the live haproxy.cfg, push a file with rabbit2 active (confirmed in the window's own
// dialog) and put the lab's file back, then a short kill-active drill with its figures.
// Closing the window mid-push, and a wizard during its preflight, stalls the GUI thread for no
// more than kMaxStallMs while the push still ends verified and logged.
// Ground truth: `show stat` on the lab's HAProxy host (socat) and rabbitmqctl on a node.
// Mutates the lab: run under `flock /tmp/warren-lab.lock ctest ...`.
#include "HaproxyDialog.h"
#include "OperationSpec.h"
#include "OperationWizard.h"
#include "UiLanguage.h"
#include "ops/OperationLog.h"
#include "testutil/ModalAnswer.h"
#include "testutil/StallMeter.h"
#include "testutil/TestUtil.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace warren;
using namespace Qt::StringLiterals;

namespace {

// The longest the GUI thread may be busy while a window closes with work under way.
constexpr qint64 kMaxStallMs = 100;

} // namespace

class TestLabHaproxyGui final : public QObject
{
    Q_OBJECT

private:
    ClusterProfile m_profile;
    QByteArray m_original;
    QDateTime m_started;
    QTemporaryDir m_dir;

    QByteArray liveConfig() const
    {
        QFile f(m_profile.haproxy.configPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool waitForTruth(const testutil::HaproxyStates& expected, int timeoutMs, testutil::HaproxyStates* last) const
    {
        return testutil::waitForLabHaproxyStates(m_profile.haproxy.statsSocket, expected, timeoutMs, last);
    }

    // The lab's own haproxy.cfg, pushed through a workbench (the window's path) when a test left
    // another one in place.
    bool restoreOriginal()
    {
        if (liveConfig() == m_original)
            return true;
        HaproxyWorkbench workbench;
        workbench.setProfile(m_profile);
        QSignalSpy finished(&workbench, &HaproxyWorkbench::pushFinished);
        workbench.push(m_original);
        return finished.wait(60000) && finished.first().first().value<HaproxyPushReport>().ok;
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void pushFromTheWindowSwitchesTheActiveServerAndBack();
    void drillFromTheWindowReportsItsFigures();
    void closingTheWindowMidPushStallsNothingAndThePushEndsLogged();
    void closingTheWizardDuringPreflightStallsNothing();
    void cleanupTestCase();
};

void TestLabHaproxyGui::initTestCase()
{
    WARREN_REQUIRE_LAB();
    // Pushes and drills are logged: into the test's own log, not the user's.
    qputenv("WARREN_OPLOG", m_dir.filePath(u"operations.jsonl"_s).toUtf8());
    QVERIFY(UiLanguage::apply(u"en"_s, false));
    auto profile = ClusterProfile::load(testutil::labProfile());
    QVERIFY2(profile.ok(), qPrintable(profile.error().toString()));
    m_profile = profile.value();
    m_original = liveConfig();
    QVERIFY(!m_original.isEmpty());
    m_started = QDateTime::currentDateTimeUtc();
}

void TestLabHaproxyGui::init()
{
    // Each test starts from the lab's normal HAProxy: rabbit1 active, rabbit2 backup. A drill on
    // anything else would take down the wrong node.
    QVERIFY2(restoreOriginal(), "could not put the lab's haproxy.cfg back");
    testutil::HaproxyStates last;
    QVERIFY2(waitForTruth({ { u"rabbit1"_s, u"UP/0"_s }, { u"rabbit2"_s, u"UP/1"_s } }, 20000, &last),
        qPrintable(u"the lab's HAProxy is not in its normal state: "_s + testutil::describe(last)));
}

void TestLabHaproxyGui::pushFromTheWindowSwitchesTheActiveServerAndBack()
{
    HaproxyDialog dialog(m_profile);
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    dialog.findChild<QPushButton*>(u"fetchButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.currentText().toUtf8(), m_original, 15000);
    qInfo("fetch over SSH: %lld ms", timer.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.analysisPending(), 10000);
    // The lab's own file is not Warren's export: the window lints it (it runs as root).
    bool root = false;
    for (int r = 0; r < dialog.lintTable()->rowCount(); ++r)
        root = root || dialog.lintTable()->item(r, 0)->text() == u"W-RUNS-AS-ROOT"_s;
    QVERIFY(root);

    auto* active = dialog.findChild<QComboBox*>(u"activeCombo"_s);
    active->setCurrentIndex(active->findData(u"rabbit2"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.analysisPending(), 10000);
    QVERIFY(dialog.diffText().contains(u"\n+    server rabbit2 "_s + m_profile.host(u"rabbit2"_s)->address
        + u":5672 check inter 2000 rise 2 fall 3\n"_s));

    QSignalSpy finished(dialog.workbench(), &HaproxyWorkbench::pushFinished);
    QString confirmText;
    auto seen = testutil::answerModal(
        u"pushConfirmDialog"_s,
        [&](QWidget* w) { confirmText = w->findChild<QPlainTextEdit*>(u"pushConfirmDiff"_s)->toPlainText(); },
        u"pushConfirmButton"_s);
    timer.restart();
    dialog.findChild<QPushButton*>(u"pushButton"_s)->click();
    QTRY_VERIFY(*seen); // the confirmation is window-modal, not a nested event loop
    QVERIFY(confirmText.contains(u"+    server rabbit2 "_s + m_profile.host(u"rabbit2"_s)->address + u":5672"_s));
    QVERIFY(dialog.workbench()->isPushing());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    qInfo("push from the window (backup, write, check, reload, verify): %lld ms", timer.elapsed());
    const auto report = finished.first().first().value<HaproxyPushReport>();
    QVERIFY2(report.ok, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QVERIFY(QFile::exists(report.backupPath));
    const QString log = dialog.findChild<QPlainTextEdit*>(u"pushLog"_s)->toPlainText();
    QVERIFY2(log.contains(u"reload"_s, Qt::CaseInsensitive), qPrintable(log));
    QVERIFY(dialog.findChild<QLabel*>(u"pushResult"_s)->text().startsWith(u"Pushed and verified"_s));
    QCOMPARE(liveConfig(), dialog.generatedText().toUtf8());
    testutil::HaproxyStates last;
    QVERIFY2(waitForTruth({ { u"rabbit2"_s, u"UP/0"_s }, { u"rabbit1"_s, u"UP/1"_s } }, 15000, &last),
        qPrintable(testutil::describe(last)));
    // rabbit3 is a backup server now too (its health is not this test's business).
    QVERIFY2(last.value(u"rabbit3"_s).endsWith(u"/1"_s), qPrintable(testutil::describe(last)));
    // After the push the window shows the host's file as current: no diff left.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.analysisPending(), 10000);
    QVERIFY(!dialog.diffText().startsWith(u"---"_s));

    // And back: the lab's own file, through the same workbench.
    dialog.workbench()->push(m_original);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    const auto back = finished.at(1).first().value<HaproxyPushReport>();
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(liveConfig(), m_original);
    QVERIFY2(waitForTruth({ { u"rabbit1"_s, u"UP/0"_s }, { u"rabbit2"_s, u"UP/1"_s } }, 15000, &last),
        qPrintable(testutil::describe(last)));
}

void TestLabHaproxyGui::drillFromTheWindowReportsItsFigures()
{
    HaproxyDialog dialog(m_profile);
    dialog.show();
    auto* start = dialog.findChild<QPushButton*>(u"drillStartButton"_s);
    QVERIFY(start->isEnabled()); // the lab needs no extra consent
    dialog.findChild<QComboBox*>(u"faultCombo"_s)->setCurrentIndex(0); // kill
    dialog.findChild<QSpinBox*>(u"messagesSpin"_s)->setValue(200);
    dialog.findChild<QSpinBox*>(u"drillTimeSpin"_s)->setValue(60);
    QSignalSpy started(dialog.workbench(), &HaproxyWorkbench::drillStarted);
    QSignalSpy progress(dialog.workbench(), &HaproxyWorkbench::drillProgress);
    QSignalSpy finished(dialog.workbench(), &HaproxyWorkbench::drillFinished);
    auto seen = testutil::answerModal(u"drillConfirmDialog"_s, {}, u"drillConfirmButton"_s);
    QElapsedTimer timer;
    timer.start();
    start->click();
    QTRY_VERIFY(*seen); // the confirmation is window-modal, not a nested event loop
    QVERIFY(dialog.findChild<QPushButton*>(u"drillCancelButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    qInfo("drill from the window: %lld ms", timer.elapsed());
    // Whatever happened, the lab gets the node the drill took down back before anything is asserted.
    const QString node = started.isEmpty() ? u"rabbit@rabbit1"_s : started.first().first().toString();
    const auto restart = testutil::labctl({ u"start"_s, node.section(u'@', 1) });
    QVERIFY2(restart.ok(), restart.err.constData());
    testutil::HaproxyStates last;
    QVERIFY2(waitForTruth({ { u"rabbit1"_s, u"UP/0"_s }, { u"rabbit2"_s, u"UP/1"_s } }, 30000, &last),
        qPrintable(testutil::describe(last)));

    QCOMPARE(started.count(), 1);
    QCOMPARE(node, u"rabbit@rabbit1"_s);
    QVERIFY(progress.count() >= 2);
    const auto rep = finished.first().first().value<FailoverDrillReport>();
    QVERIFY2(rep.ok, qPrintable(rep.error));
    qInfo("kill: switch %.1f s, published %d, confirmed %d, unconfirmed %d, lost %d, duplicated %d", rep.switchSeconds,
        rep.published, rep.confirmed, rep.unconfirmed, rep.lost, rep.duplicated);
    QCOMPARE(rep.confirmed, 200);
    QCOMPARE(rep.unconfirmed, 0);
    QCOMPARE(rep.lost, 0);
    QVERIFY(rep.switchSeconds > 0 && rep.switchSeconds < 60);
    // The outcome is in the operation log (written before the window heard of it).
    const auto logged = OperationLog().readAll();
    QVERIFY(!logged.isEmpty());
    QCOMPARE(logged.last().operation, u"failover-drill"_s);
    QCOMPARE(logged.last().exitCode, 0);
    QVERIFY2(logged.last().output.contains(u"\"confirmed\":200"_s), qPrintable(logged.last().output));
    // The window shows the figures.
    auto* figures = dialog.findChild<QTableWidget*>(u"drillFigures"_s);
    QCOMPARE(figures->item(1, 1)->text(), u"200"_s);
    QCOMPARE(figures->item(3, 1)->text(), u"0"_s);
    QCOMPARE(figures->item(0, 1)->text(), QString::number(rep.switchSeconds, 'f', 1));
    QVERIFY(dialog.findChild<QPushButton*>(u"drillStartButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(u"drillCancelButton"_s)->isEnabled());
    const auto queues = testutil::labExec(u"rabbit2"_s, { u"rabbitmqctl"_s, u"-q"_s, u"list_queues"_s, u"name"_s });
    QVERIFY(queues.ok());
    QVERIFY2(!queues.out.contains("ha.warren-drill"), queues.out.constData());
}

void TestLabHaproxyGui::closingTheWindowMidPushStallsNothingAndThePushEndsLogged()
{
    const QString oplog = m_dir.filePath(u"push-close.jsonl"_s);
    QPointer<HaproxyDialog> dialog = new HaproxyDialog(m_profile);
    dialog->setAttribute(Qt::WA_DeleteOnClose); // as MainWindow opens it
    dialog->workbench()->setLogPath(oplog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    // A harmless change: rabbit1 stays active, only the per-server connection limit differs.
    auto* active = dialog->findChild<QComboBox*>(u"activeCombo"_s);
    active->setCurrentIndex(active->findData(u"rabbit1"_s));
    dialog->findChild<QSpinBox*>(u"maxconnSpin"_s)->setValue(4000);
    const QByteArray pushed = dialog->generatedText().toUtf8();
    QVERIFY(pushed.contains("maxconn 4000"));
    QVERIFY(pushed != m_original);
    QSignalSpy steps(dialog->workbench(), &HaproxyWorkbench::pushStep);

    testutil::StallMeter meter;
    meter.start();
    QElapsedTimer timer;
    timer.start();
    auto seen = testutil::answerModal(u"pushConfirmDialog"_s, {}, u"pushConfirmButton"_s);
    dialog->findChild<QPushButton*>(u"pushButton"_s)->click();
    QTRY_VERIFY(*seen);
    QTRY_VERIFY(dialog->workbench()->isPushing());
    // Mid-push: the first step was reported (the file is on its way), then the window closes.
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 1, 30000);
    const qint64 closedAt = timer.elapsed();
    QElapsedTimer closing;
    closing.start();
    dialog->findChild<QPushButton*>(u"closeButton"_s)->click();
    const qint64 closeCall = closing.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 1000); // deleted, without waiting for the push
    // The note says what goes on, over whatever window is left.
    QMessageBox* note = nullptr;
    QTRY_VERIFY((note = qobject_cast<QMessageBox*>([] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == u"haproxyStillRunning"_s && w->isVisible())
                return w;
        return static_cast<QWidget*>(nullptr);
    }())));
    QVERIFY2(note->text().contains(u"goes on"_s) && note->text().contains(u"restores the backup"_s),
        qPrintable(note->text()));
    QVERIFY(!note->isModal());

    // The push ends in its worker and leaves its outcome in the operation log.
    OperationLogEntry entry;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto entries = OperationLog(oplog).readAll();
            for (const auto& e : entries)
                if (e.operation == u"haproxy-push"_s && !e.interrupted && e.exitCode >= 0) {
                    entry = e;
                    return true;
                }
            return false;
        }(),
        60000);
    const qint64 stall = meter.longestStallMs();
    meter.stop();
    qInfo("closed %lld ms into the push (close() took %lld ms); push ended %lld ms after the close; longest GUI "
          "stall %lld ms",
        closedAt, closeCall, timer.elapsed() - closedAt, stall);
    note->close();
    QVERIFY2(stall < kMaxStallMs, qPrintable(u"GUI thread stalled %1 ms"_s.arg(stall)));
    QVERIFY2(entry.exitCode == 0 && entry.error.isEmpty(), qPrintable(entry.error + u'\n' + entry.output));
    QCOMPARE(entry.cluster, m_profile.name);
    QCOMPARE(entry.host, m_profile.haproxy.host);
    QVERIFY2(entry.output.contains(u"show stat confirms the servers"_s), qPrintable(entry.output));
    // Verified against the ground truth too: the file is the one pushed, HAProxy runs it unchanged.
    QCOMPARE(liveConfig(), pushed);
    testutil::HaproxyStates last;
    QVERIFY2(waitForTruth({ { u"rabbit1"_s, u"UP/0"_s }, { u"rabbit2"_s, u"UP/1"_s } }, 15000, &last),
        qPrintable(testutil::describe(last)));
}

void TestLabHaproxyGui::closingTheWizardDuringPreflightStallsNothing()
{
    // The join preflight on rabbit4 only reads facts over SSH: nothing on the lab changes.
    QPointer<OperationWizard> wizard
        = new OperationWizard(OperationSpecs::create(u"join"_s), OperationContext { m_profile, {}, u"rabbit4"_s });
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setLogPath(m_dir.filePath(u"preflight-close.jsonl"_s));
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.data()));
    testutil::StallMeter meter;
    meter.start();
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(OperationWizard::PreflightId));
    auto* busy = wizard->currentPage()->findChild<QWidget*>(u"preflightBusy"_s);
    QVERIFY(busy->isVisible()); // reading the hosts
    QTest::qWait(100);
    QVERIFY2(busy->isVisible(), "the preflight ended before the wizard could be closed mid-way");
    QElapsedTimer closing;
    closing.start();
    wizard->close();
    const qint64 closeCall = closing.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), 1000);
    // Long enough for the abandoned read to end in its worker (its plan is dropped).
    QTest::qWait(5000);
    const qint64 stall = meter.longestStallMs();
    meter.stop();
    qInfo("wizard closed during preflight: close() took %lld ms; longest GUI stall %lld ms", closeCall, stall);
    QVERIFY2(stall < kMaxStallMs, qPrintable(u"GUI thread stalled %1 ms"_s.arg(stall)));
}

void TestLabHaproxyGui::cleanupTestCase()
{
    if (m_original.isEmpty())
        return;
    for (const QString& host : { u"rabbit1"_s, u"rabbit2"_s }) // a no-op when it runs
        testutil::labctl({ u"start"_s, host });
    if (!restoreOriginal())
        qWarning("could not restore the lab's haproxy.cfg");
    // The backups this run made are the test's litter, not an admin's safety net.
    testutil::removeHaproxyBackupsSince(m_profile.haproxy.configPath, m_started);
}

QTEST_MAIN(TestLabHaproxyGui)
#include "tst_lab_haproxy_gui.moc"
