// The HAProxy window against the lab, through the same workbench and workers a user's clicks
// use: fetch the live haproxy.cfg, push a file with rabbit2 active (confirmed in the window's own
// dialog) and put the lab's file back, then a short kill-active drill with its figures.
// Ground truth: `show stat` on the lab's HAProxy host (socat) and rabbitmqctl on a node.
// Mutates the lab: run under `flock /tmp/warren-lab.lock ctest ...`.
#include "HaproxyDialog.h"
#include "UiLanguage.h"
#include "testutil/ModalAnswer.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QThread>

using namespace warren;
using namespace Qt::StringLiterals;

class TestLabHaproxyGui final : public QObject
{
    Q_OBJECT

private:
    ClusterProfile m_profile;
    QByteArray m_original;
    QDateTime m_started;

    QByteArray liveConfig() const
    {
        QFile f(m_profile.haproxy.configPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // "status/bck" per amqp server, from `show stat` on the lab's HAProxy host.
    QHash<QString, QString> truth() const
    {
        const auto r = testutil::labExec(u"haproxy"_s,
            {u"sh"_s, u"-c"_s, u"echo 'show stat' | socat - \"UNIX-CONNECT:$1\""_s, u"sh"_s, m_profile.haproxy.statsSocket});
        QHash<QString, QString> out;
        const auto lines = r.out.split('\n');
        if (lines.isEmpty())
            return out;
        const auto header = QString::fromUtf8(lines.first()).remove(0, 2).split(u',');
        const int pxname = header.indexOf(u"pxname"_s);
        const int svname = header.indexOf(u"svname"_s);
        const int status = header.indexOf(u"status"_s);
        const int bck = header.indexOf(u"bck"_s);
        for (const auto& raw : lines.mid(1)) {
            const auto f = QString::fromUtf8(raw).split(u',');
            if (f.size() > qMax(status, bck) && f.value(pxname) == u"amqp"_s && f.value(svname) != u"BACKEND"_s
                && f.value(svname) != u"FRONTEND"_s)
                out.insert(f.value(svname), f.value(status) + u'/' + f.value(bck));
        }
        return out;
    }

    bool waitForTruth(const QHash<QString, QString>& expected, int timeoutMs, QHash<QString, QString>* last) const
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            *last = truth();
            bool match = true;
            for (auto it = expected.begin(); it != expected.end(); ++it)
                match = match && last->value(it.key()) == it.value();
            if (match)
                return true;
            QThread::msleep(300);
        } while (!deadline.hasExpired());
        return false;
    }

    static QString show(const QHash<QString, QString>& h)
    {
        QStringList parts;
        for (auto it = h.begin(); it != h.end(); ++it)
            parts << it.key() + u'=' + it.value();
        parts.sort();
        return parts.join(u' ');
    }

private Q_SLOTS:
    void initTestCase();
    void pushFromTheWindowSwitchesTheActiveServerAndBack();
    void drillFromTheWindowReportsItsFigures();
    void cleanupTestCase();
};

void TestLabHaproxyGui::initTestCase()
{
    WARREN_REQUIRE_LAB();
    QVERIFY(UiLanguage::apply(u"en"_s, false));
    auto profile = ClusterProfile::load(testutil::labProfile());
    QVERIFY2(profile.ok(), qPrintable(profile.error().toString()));
    m_profile = profile.value();
    m_original = liveConfig();
    QVERIFY(!m_original.isEmpty());
    m_started = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> last;
    QVERIFY2(waitForTruth({{u"rabbit1"_s, u"UP/0"_s}, {u"rabbit2"_s, u"UP/1"_s}}, 20000, &last),
        qPrintable(u"the lab's HAProxy is not in its normal state: "_s + show(last)));
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
    QVERIFY(dialog.diffText().contains(u"\n+    server rabbit2 10.213.77.12:5672 check inter 2000 rise 2 fall 3\n"_s));

    QSignalSpy finished(dialog.workbench(), &HaproxyWorkbench::pushFinished);
    QString confirmText;
    auto seen = testutil::answerModal(
        u"pushConfirmDialog"_s,
        [&](QWidget* w) { confirmText = w->findChild<QPlainTextEdit*>(u"pushConfirmDiff"_s)->toPlainText(); },
        u"pushConfirmButton"_s);
    timer.restart();
    dialog.findChild<QPushButton*>(u"pushButton"_s)->click();
    QVERIFY(*seen);
    QVERIFY(confirmText.contains(u"+    server rabbit2 10.213.77.12:5672"_s));
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
    QHash<QString, QString> last;
    QVERIFY2(waitForTruth({{u"rabbit2"_s, u"UP/0"_s}, {u"rabbit1"_s, u"UP/1"_s}, {u"rabbit3"_s, u"UP/1"_s}}, 15000, &last),
        qPrintable(show(last)));
    // After the push the window shows the host's file as current: no diff left.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.analysisPending(), 10000);
    QVERIFY(!dialog.diffText().startsWith(u"---"_s));

    // And back: the lab's own file, through the same workbench.
    dialog.workbench()->push(m_original);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    const auto back = finished.at(1).first().value<HaproxyPushReport>();
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(liveConfig(), m_original);
    QVERIFY2(waitForTruth({{u"rabbit1"_s, u"UP/0"_s}, {u"rabbit2"_s, u"UP/1"_s}}, 15000, &last), qPrintable(show(last)));
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
    QVERIFY(*seen);
    QVERIFY(dialog.findChild<QPushButton*>(u"drillCancelButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    qInfo("drill from the window: %lld ms", timer.elapsed());
    // Whatever happened, the lab gets its active node back before anything is asserted.
    const auto restart = testutil::labctl({u"start"_s, u"rabbit1"_s});
    QVERIFY2(restart.ok(), restart.err.constData());
    QHash<QString, QString> last;
    QVERIFY2(waitForTruth({{u"rabbit1"_s, u"UP/0"_s}, {u"rabbit2"_s, u"UP/1"_s}}, 30000, &last), qPrintable(show(last)));

    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().toString(), u"rabbit@rabbit1"_s);
    QVERIFY(progress.count() >= 2);
    const auto rep = finished.first().first().value<FailoverDrillReport>();
    QVERIFY2(rep.ok, qPrintable(rep.error));
    qInfo("kill: switch %.1f s, published %d, confirmed %d, unconfirmed %d, lost %d, duplicated %d", rep.switchSeconds,
        rep.published, rep.confirmed, rep.unconfirmed, rep.lost, rep.duplicated);
    QCOMPARE(rep.confirmed, 200);
    QCOMPARE(rep.unconfirmed, 0);
    QCOMPARE(rep.lost, 0);
    QVERIFY(rep.switchSeconds > 0 && rep.switchSeconds < 60);
    // The window shows the figures.
    auto* figures = dialog.findChild<QTableWidget*>(u"drillFigures"_s);
    QCOMPARE(figures->item(1, 1)->text(), u"200"_s);
    QCOMPARE(figures->item(3, 1)->text(), u"0"_s);
    QCOMPARE(figures->item(0, 1)->text(), QString::number(rep.switchSeconds, 'f', 1));
    QVERIFY(dialog.findChild<QPushButton*>(u"drillStartButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(u"drillCancelButton"_s)->isEnabled());
    const auto queues = testutil::labExec(u"rabbit2"_s, {u"rabbitmqctl"_s, u"-q"_s, u"list_queues"_s, u"name"_s});
    QVERIFY(queues.ok());
    QVERIFY2(!queues.out.contains("ha.warren-drill"), queues.out.constData());
}

void TestLabHaproxyGui::cleanupTestCase()
{
    if (m_original.isEmpty())
        return;
    testutil::labctl({u"start"_s, u"rabbit1"_s}); // a no-op when it runs
    if (liveConfig() != m_original) {
        HaproxyWorkbench workbench;
        workbench.setProfile(m_profile);
        QSignalSpy finished(&workbench, &HaproxyWorkbench::pushFinished);
        workbench.push(m_original);
        if (!finished.wait(60000) || !finished.first().first().value<HaproxyPushReport>().ok)
            qWarning("could not restore the lab's haproxy.cfg");
    }
    // The backups this run made are the test's litter, not an admin's safety net.
    const QFileInfo cfg(m_profile.haproxy.configPath);
    const auto backups = QDir(cfg.absolutePath()).entryInfoList({cfg.fileName() + u".warren-backup-*"_s}, QDir::Files);
    for (const auto& b : backups) {
        if (b.metadataChangeTime().toUTC() >= m_started.addSecs(-5))
            QFile::remove(b.absoluteFilePath());
    }
}

QTEST_MAIN(TestLabHaproxyGui)
#include "tst_lab_haproxy_gui.moc"
