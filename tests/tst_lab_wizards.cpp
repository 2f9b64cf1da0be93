// The join wizard against the lab, driven by clicks the way a newcomer uses it: rabbit4 joins the
// lab cluster as a ram node through every page, checked by the lab's own cluster_status, then
// rabbit4 is put back standalone.
#include "OperationWizard.h"
#include "testutil/LabCluster.h"
#include "testutil/TestUtil.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace warren;
using testutil::labClusterStatus;
using testutil::listedIn;

namespace {

const QString kFour = QStringLiteral("rabbit@rabbit4");

bool standalone()
{
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    return !listedIn(one, QStringLiteral("disk_nodes"), kFour) && !listedIn(one, QStringLiteral("ram_nodes"), kFour)
        && testutil::labNodeRunning(QStringLiteral("rabbit4"));
}

// Clicks the visible forward button (Next, Run, Show Result, Finish) once it is enabled.
bool clickForward(QWizard* w, int timeoutMs)
{
    QAbstractButton* b = nullptr;
    const bool ready = QTest::qWaitFor(
        [&] {
            for (auto which : { QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton }) {
                if (w->button(which)->isVisible())
                    b = w->button(which);
            }
            return b && b->isEnabled();
        },
        timeoutMs);
    if (ready)
        QTest::mouseClick(b, Qt::LeftButton);
    return ready;
}

// The page as the user sees it on the lab, for the artifacts.
void savePage(QWizard* w, const QString& name)
{
    QCoreApplication::processEvents();
    w->grab().save(testutil::artifactsDir() + QStringLiteral("/lab-wizard-join-%1.png").arg(name));
}

} // namespace

class TestLabWizards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void joinWizardJoinsRabbit4AsRam();

private:
    QTemporaryDir m_dir;
};

void TestLabWizards::initTestCase()
{
    WARREN_REQUIRE_LAB();
    testutil::restoreRabbit4Standalone();
    QVERIFY2(standalone(), "rabbit4 could not be made standalone");
}

void TestLabWizards::cleanupTestCase()
{
    if (testutil::labProfile().isEmpty())
        return;
    testutil::restoreRabbit4Standalone();
    QVERIFY2(standalone(), "rabbit4 is not standalone again");
}

void TestLabWizards::joinWizardJoinsRabbit4AsRam()
{
    auto parsed = ClusterProfile::load(testutil::labProfile());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QElapsedTimer timer;
    timer.start();

    // As from the rabbit4 node's menu: the node is prefilled, the user picks ram.
    OperationWizard w(OperationSpecs::create(QStringLiteral("join")), OperationContext { parsed.value(), {}, kFour });
    const QString log = m_dir.filePath(QStringLiteral("operations.jsonl"));
    w.setLogPath(log);
    auto* node = w.findChild<QComboBox*>(QStringLiteral("joinNodeCombo"));
    auto* target = w.findChild<QComboBox*>(QStringLiteral("joinTargetCombo"));
    auto* type = w.findChild<QComboBox*>(QStringLiteral("joinTypeCombo"));
    QCOMPARE(node->currentData().toString(), QStringLiteral("rabbit4"));
    QCOMPARE(target->currentData().toString(), QStringLiteral("rabbit1"));
    type->setCurrentIndex(type->findData(QStringLiteral("ram")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QVERIFY(clickForward(&w, 1000)); // choose -> preflight: facts read over SSH in a worker
    QCOMPARE(w.currentId(), int(OperationWizard::PreflightId));
    auto* verdict = w.currentPage()->findChild<QLabel*>(QStringLiteral("preflightVerdict"));
    QVERIFY(QTest::qWaitFor([&] { return verdict->isVisible(); }, 90000));
    savePage(&w, QStringLiteral("2-preflight"));
    QVERIFY2(clickForward(&w, 1000), qPrintable(verdict->text()));
    qInfo("preflight done after %lld ms", timer.elapsed());
    QCOMPARE(w.currentId(), int(OperationWizard::PlanId));
    const QString plan = w.currentPage()->findChild<QTextBrowser*>(QStringLiteral("planView"))->toPlainText();
    QVERIFY2(
        plan.contains(QLatin1String("$ sudo -n -- rabbitmqctl join_cluster --ram rabbit@rabbit1")), qPrintable(plan));

    savePage(&w, QStringLiteral("3-plan"));
    QVERIFY(clickForward(&w, 1000)); // plan -> confirm
    QCOMPARE(w.currentId(), int(OperationWizard::ConfirmId));
    QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
    w.currentPage()->findChild<QCheckBox*>(QStringLiteral("confirmCheck"))->setChecked(true);
    QTest::keyClicks(
        w.currentPage()->findChild<QLineEdit*>(QStringLiteral("confirmTypedEdit")), QStringLiteral("rabbit4"));
    savePage(&w, QStringLiteral("4-confirm"));
    QVERIFY(clickForward(&w, 1000)); // Run
    QCOMPARE(w.currentId(), int(OperationWizard::RunId));
    QVERIFY(QTest::qWaitFor([&] { return w.currentPage()->isComplete(); }, 180000));
    savePage(&w, QStringLiteral("5-run"));
    QVERIFY(clickForward(&w, 1000)); // Show Result
    qInfo("run done after %lld ms", timer.elapsed());
    QCOMPARE(w.currentId(), int(OperationWizard::ResultId));
    savePage(&w, QStringLiteral("6-result"));
    QVERIFY2(w.lastResult().outcome == RunResult::Outcome::Verified,
        qPrintable(w.lastResult().message + QLatin1Char('\n')
            + w.findChild<QPlainTextEdit*>(QStringLiteral("runLog"))->toPlainText()));

    // Ground truth from the lab itself, both sides.
    const QJsonObject one = labClusterStatus(QStringLiteral("rabbit1"));
    QVERIFY(listedIn(one, QStringLiteral("ram_nodes"), kFour));
    QVERIFY(listedIn(one, QStringLiteral("running_nodes"), kFour));
    QVERIFY(listedIn(
        labClusterStatus(QStringLiteral("rabbit4")), QStringLiteral("disk_nodes"), QStringLiteral("rabbit@rabbit1")));
    // Every command went to the operation log.
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray logged = f.readAll();
    QVERIFY(logged.contains("join_cluster --ram rabbit@rabbit1"));
    QVERIFY(clickForward(&w, 1000)); // Finish
    qInfo("wizard join of rabbit4 as ram: %lld ms", timer.elapsed());
}

QTEST_MAIN(TestLabWizards)
#include "tst_lab_wizards.moc"
