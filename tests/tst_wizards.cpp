// The operation wizards offscreen: every page of every wizard in English and Chinese (PNGs in the
// artifacts), driven by clicks over a simulated cluster; confirm guards, retry and undo after a
// failed step, an operation that does not apply, and the operation log viewer.
#include "ClusterGraphView.h"
#include "MainWindow.h"
#include "OperationLogDialog.h"
#include "OperationWizard.h"
#include "PlanRunJob.h"
#include "UiLanguage.h"
#include "ops/AddressPlanner.h"
#include "ops/OperationPlanner.h"
#include "testutil/CtlRefusal.h"
#include "testutil/OpsFixtures.h"
#include "testutil/SnapshotFixtures.h"
#include "testutil/TestUtil.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace warren;
using namespace testutil;

namespace {

ClusterProfile profile()
{
    auto parsed = ClusterProfile::load(testutil::dataFile(QStringLiteral("profile-gui.json")));
    if (!parsed.ok())
        qFatal("fixture profile does not load: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

ClusterSnapshot snapshot()
{
    ClusterSnapshot s;
    s.clusterName = QStringLiteral("warren-lab");
    s.nodes = { makeNode(QStringLiteral("rabbit1"), NodeType::Disc, 120 * MiB),
        makeNode(QStringLiteral("rabbit2"), NodeType::Disc, 110 * MiB),
        makeNode(QStringLiteral("rabbit3"), NodeType::Ram, 100 * MiB) };
    return s;
}

// The plan each wizard gets, built by core's planner from lab-shaped facts (no SSH).
Plan planFor(const QString& key, const ClusterProfile& p, bool khepri = false)
{
    const HostProfile four = p.spare.first();
    const HostProfile one = p.hosts.at(0);
    const HostProfile three = p.hosts.at(2);
    const QString version = khepri ? QStringLiteral("4.0.5") : QStringLiteral("3.10.8");
    if (key == QLatin1String("join")) {
        return OperationPlanner::buildJoin(p.name, four, one, NodeType::Ram,
            opsFacts(QStringLiteral("rabbit4"), { opsMember(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) },
                version, khepri),
            opsFacts(QStringLiteral("rabbit1"), labMembers(), version, khepri),
            opsLink(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), one.address),
            opsLink(QStringLiteral("rabbit1"), QStringLiteral("rabbit4"), four.address));
    }
    if (key == QLatin1String("convert"))
        return OperationPlanner::buildConvert(p.name, three, NodeType::Disc,
            opsFacts(QStringLiteral("rabbit3"), labMembers()), QStringLiteral("rabbit1"));
    if (key == QLatin1String("forget")) {
        QList<NodeInfo> members = labMembers();
        members << opsMember(QStringLiteral("rabbit@rabbit4"), NodeType::Ram, false);
        return OperationPlanner::buildForget(
            p.name, QStringLiteral("rabbit@rabbit4"), one, opsFacts(QStringLiteral("rabbit1"), members));
    }
    if (key == QLatin1String("fix-address")) {
        // rabbit3's host is now called rabbit3b: rabbit@rabbit3b runs there, fresh; the cluster
        // keeps rabbit@rabbit3 (stopped). The fix keeps the old node name.
        AddressHostFacts subject;
        subject.host = three;
        subject.facts = opsFacts(
            QStringLiteral("rabbit3b"), { opsMember(QStringLiteral("rabbit@rabbit3b"), NodeType::Disc) }, version);
        subject.facts.host = three.name;
        subject.identity.host = three.name;
        subject.identity.reachable = subject.identity.envConfExists = subject.identity.dataDirsRead = true;
        subject.identity.hostname = QStringLiteral("rabbit3b");
        subject.identity.addresses = { three.address };
        subject.identity.dataDirs = { QStringLiteral("rabbit@rabbit3"), QStringLiteral("rabbit@rabbit3b") };
        subject.oldName = opsLink(three.name, QStringLiteral("rabbit3"), three.address);
        subject.newName = opsLink(three.name, QStringLiteral("rabbit3b"), three.address);
        AddressHostFacts peer;
        peer.host = one;
        QList<NodeInfo> members = labMembers();
        members[2].running = false;
        peer.facts = opsFacts(QStringLiteral("rabbit1"), members, version);
        peer.identity.host = one.name;
        peer.identity.reachable = true;
        peer.identity.hostname = one.name;
        peer.identity.addresses = { one.address };
        peer.oldName = opsLink(one.name, QStringLiteral("rabbit3"), three.address);
        peer.newName = opsLink(one.name, QStringLiteral("rabbit3b"), three.address);
        return AddressPlanner::build(p.name, p.serviceKind, subject, { peer }, QStringLiteral("keep-name"));
    }
    NodeFacts target
        = opsFacts(QStringLiteral("rabbit4"), { opsMember(QStringLiteral("rabbit@rabbit4"), NodeType::Disc) });
    target.cookieHash = QStringLiteral("9Zq1mD0c2cYy4uW7Q1b3nA==");
    return OperationPlanner::buildSyncCookie(p.name, p.serviceKind, one,
        opsFacts(QStringLiteral("rabbit1"), labMembers()), { OperationPlanner::CookieTarget { four, target } });
}

struct Harness
{
    std::unique_ptr<OperationWizard> wizard;
    std::shared_ptr<SimulatedCluster> cluster = std::make_shared<SimulatedCluster>();
};

Harness makeWizard(const QString& key, const QString& logPath, const Plan& plan, const QString& node = {})
{
    Harness h;
    OperationContext ctx { profile(), snapshot(), node };
    h.wizard = std::make_unique<OperationWizard>(OperationSpecs::create(key), ctx);
    h.wizard->setPlannerOverride([plan](CancelToken) { return plan; });
    h.wizard->setLogPath(logPath);
    const std::shared_ptr<SimulatedCluster> cluster = h.cluster;
    // The executor is made in the worker; the simulated cluster outlives every run.
    struct Forward final : RemoteExecutor
    {
        std::shared_ptr<SimulatedCluster> c;
        RemoteResult run(const QString& host, const RemoteCommand& cmd, int t, const QByteArray& in) override
        {
            return c->run(host, cmd, t, in);
        }
        bool useSudo() const override { return true; }
    };
    h.wizard->setExecutorFactory([cluster](CancelToken) {
        auto f = std::make_unique<Forward>();
        f->c = cluster;
        return std::unique_ptr<RemoteExecutor>(std::move(f));
    });
    return h;
}

QAbstractButton* forwardButton(QWizard* w)
{
    for (auto which : { QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton }) {
        QAbstractButton* b = w->button(which);
        if (b && b->isVisible())
            return b;
    }
    return nullptr;
}

// Clicks the visible forward button (Next, Run, Finish) once it is enabled.
bool clickForward(QWizard* w)
{
    QAbstractButton* b = nullptr;
    if (!QTest::qWaitFor([&] { return (b = forwardButton(w)) && b->isEnabled(); }, 10000))
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

bool savePng(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    return w->grab().save(testutil::artifactsDir() + QLatin1Char('/') + name);
}

void confirm(QWizard* w)
{
    w->currentPage()->findChild<QCheckBox*>(QStringLiteral("confirmCheck"))->setChecked(true);
    auto* typed = w->currentPage()->findChild<QLineEdit*>(QStringLiteral("confirmTypedEdit"));
    if (typed->isVisible())
        QTest::keyClicks(typed, typed->placeholderText());
}

bool showAndWait(QWidget* w)
{
    w->show();
    return QTest::qWaitForWindowExposed(w);
}

// Shows the wizard and clicks through every page to the result: confirms, waits for the run.
bool runToTheEnd(QWizard* w)
{
    if (!showAndWait(w))
        return false;
    for (int i = 0; i < 3; ++i) {
        if (!clickForward(w))
            return false;
    }
    confirm(w);
    if (!clickForward(w) || !QTest::qWaitFor([w] { return w->currentPage()->isComplete(); }, 15000))
        return false;
    return clickForward(w) && w->currentId() == OperationWizard::ResultId;
}

} // namespace

class TestWizards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageOfEveryWizardRendersInBothLanguages();
    void joinWizardIsPrefilledFromTheNode();
    void fixAddressWizardTakesTheNodeAndOneOfTheFixes();
    void theFirstPageRefusesWhatWarrenctlRefusesWithTheSameText();
    void confirmNeedsATickAndTheHostNameAndCancelIsTheDefault();
    void backAndForwardDuringThePreflightReadsAgain();
    void closingDuringThePreflightWaitsForNothing();
    void languageSwitchRetranslatesAnOpenWizard();
    void failedStepShowsStateAndRetryFinishesIt();
    void failedStepCanBeUndone();
    void operationThatDoesNotApplySaysSoAndCannotRun();
    void refusalAndAlreadyDoneEndAtThePreflight();
    void operationLogViewerFiltersNewestFirstAndCopiesJson();
    void destroyingARunningJobDoesNotWaitForTheStep();
    void mainWindowOffersTheOperations();

private:
    QTemporaryDir m_dir;
    QString logPath() const { return m_dir.filePath(QStringLiteral("operations.jsonl")); }
};

void TestWizards::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("WARREN_OPLOG", logPath().toUtf8());
}

void TestWizards::everyPageOfEveryWizardRendersInBothLanguages()
{
    const QStringList pages { QStringLiteral("1-choose"), QStringLiteral("2-preflight"), QStringLiteral("3-plan"),
        QStringLiteral("4-confirm"), QStringLiteral("5-run"), QStringLiteral("6-result") };
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        QVERIFY(UiLanguage::apply(language, false));
        for (const QString& key : OperationSpecs::keys()) {
            const ClusterProfile p = profile();
            Harness h = makeWizard(
                key, logPath(), planFor(key, p), key == QLatin1String("join") ? QString() : QStringLiteral("rabbit4"));
            OperationWizard* w = h.wizard.get();
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            for (int i = 0; i < pages.size(); ++i) {
                if (i == OperationWizard::ConfirmId)
                    confirm(w);
                if (i == OperationWizard::RunId)
                    QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 15000);
                QCOMPARE(w->currentId(), i);
                QVERIFY(savePng(w, QStringLiteral("wizard-%1-%2-%3.png").arg(key, pages[i], language)));
                if (i + 1 < pages.size())
                    QVERIFY(clickForward(w));
            }
            auto* verdict = w->currentPage()->findChild<QLabel*>(QStringLiteral("resultVerdict"));
            QVERIFY2(w->lastResult().outcome == RunResult::Outcome::Verified,
                qPrintable(w->lastResult().message + verdict->text()));
            QVERIFY(!w->currentPage()->findChild<QPushButton*>(QStringLiteral("resultRetryButton"))->isVisible());
            QVERIFY(clickForward(w)); // Finish
            QVERIFY(!w->isVisible());
        }
    }
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    qInfo("screenshots in %s", qPrintable(testutil::artifactsDir()));
}

void TestWizards::joinWizardIsPrefilledFromTheNode()
{
    OperationContext ctx { profile(), snapshot(), QStringLiteral("rabbit@rabbit4") };
    OperationWizard w(OperationSpecs::create(QStringLiteral("join")), ctx);
    QCOMPARE(
        w.findChild<QComboBox*>(QStringLiteral("joinNodeCombo"))->currentData().toString(), QStringLiteral("rabbit4"));
    QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("joinTargetCombo"))->currentData().toString(),
        QStringLiteral("rabbit1"));
    // Converting a ram node proposes disc.
    OperationContext three { profile(), snapshot(), QStringLiteral("rabbit@rabbit3") };
    OperationWizard c(OperationSpecs::create(QStringLiteral("convert")), three);
    QCOMPARE(c.findChild<QComboBox*>(QStringLiteral("convertNodeCombo"))->currentData().toString(),
        QStringLiteral("rabbit3"));
    QCOMPARE(
        c.findChild<QComboBox*>(QStringLiteral("convertTypeCombo"))->currentData().toString(), QStringLiteral("disc"));
    // Choosing the same host twice is refused on the first page, inline.
    auto* target = w.findChild<QComboBox*>(QStringLiteral("joinTargetCombo"));
    target->setCurrentIndex(target->findData(QStringLiteral("rabbit4")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(OperationWizard::ChooseId));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("chooseError"))->isVisible());
}

void TestWizards::fixAddressWizardTakesTheNodeAndOneOfTheFixes()
{
    OperationContext ctx { profile(), snapshot(), QStringLiteral("rabbit@rabbit3") };
    OperationWizard w(OperationSpecs::create(QStringLiteral("fix-address")), ctx);
    QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("fixAddressNodeCombo"))->currentData().toString(),
        QStringLiteral("rabbit3"));
    auto* fix = w.findChild<QComboBox*>(QStringLiteral("fixAddressFixCombo"));
    QStringList keys;
    for (int i = 0; i < fix->count(); ++i) {
        keys << fix->itemData(i).toString();
        QVERIFY(!fix->itemText(i).isEmpty());
    }
    QCOMPARE(keys, AddressPlanner::fixKeys());
    QCOMPARE(fix->currentData().toString(), QStringLiteral("resolution"));
    // The hint under the choice says what the chosen fix changes.
    auto* hint = w.findChild<QLabel*>(QStringLiteral("fixAddressHint"));
    QVERIFY(hint->text().contains(QLatin1String("/etc/hosts")));
    fix->setCurrentIndex(fix->findData(QStringLiteral("rejoin")));
    QVERIFY2(hint->text().contains(QLatin1String("forgets")), qPrintable(hint->text()));

    // The preflight lists every fix, the chosen one marked, and why the others do not apply.
    Harness h = makeWizard(QStringLiteral("fix-address"), logPath(), planFor(QStringLiteral("fix-address"), profile()),
        QStringLiteral("rabbit3"));
    QVERIFY(showAndWait(h.wizard.get()));
    QVERIFY(clickForward(h.wizard.get()));
    auto* verdict = h.wizard->currentPage()->findChild<QLabel*>(QStringLiteral("preflightVerdict"));
    QVERIFY(verdict);
    QTRY_VERIFY(h.wizard->currentPage()->isComplete());
    QVERIFY2(verdict->text().contains(QLatin1String("Keep the node name rabbit@rabbit3 (chosen)")),
        qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QLatin1String("does not apply: rabbit@rabbit3 is a ram node")));
}

void TestWizards::theFirstPageRefusesWhatWarrenctlRefusesWithTheSameText()
{
    const QString profilePath = testutil::dataFile(QStringLiteral("profile-gui.json"));
    // Clicks Next on the first page: the refusal it shows inline (the wizard stays there).
    const auto refusal = [](OperationWizard& w) {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return QStringLiteral("<not shown>");
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        if (w.currentId() != OperationWizard::ChooseId)
            return QStringLiteral("<accepted>");
        auto* label = w.findChild<QLabel*>(QStringLiteral("chooseError"));
        return label->isVisible() ? label->text() : QStringLiteral("<no refusal shown>");
    };
    const auto wizard = [](const QString& key) {
        return std::make_unique<OperationWizard>(
            OperationSpecs::create(key), OperationContext { profile(), snapshot(), {} });
    };
    const auto select = [](OperationWizard& w, const char* combo, const QString& host) {
        auto* c = w.findChild<QComboBox*>(QLatin1String(combo));
        c->setCurrentIndex(c->findData(host));
        return c->currentIndex() >= 0;
    };

    // forget: the node is typed, hostile input included.
    for (const QString& node :
        { QStringLiteral("rabbit@x;rm -rf /"), QStringLiteral("rabbit@rabbit\uFF14"), QStringLiteral("--yes"),
            QStringLiteral("\"rabbit4\""), QStringLiteral("$(reboot)"), QStringLiteral("rabbit@a b") }) {
        auto w = wizard(QStringLiteral("forget"));
        w->findChild<QComboBox*>(QStringLiteral("forgetNodeCombo"))->setCurrentText(node);
        const testutil::CtlRefusal cli = testutil::ctlRefusal(
            profilePath, { QStringLiteral("plan"), QStringLiteral("forget"), QStringLiteral("--node=") + node });
        QCOMPARE(cli.exitCode, 2);
        QCOMPARE(refusal(*w), cli.message);
    }
    {
        auto w = wizard(QStringLiteral("forget"));
        w->findChild<QComboBox*>(QStringLiteral("forgetNodeCombo"))->setCurrentText(QStringLiteral("rabbit@rabbit1"));
        QVERIFY(select(*w, "forgetViaCombo", QStringLiteral("rabbit1")));
        const testutil::CtlRefusal cli = testutil::ctlRefusal(profilePath,
            { QStringLiteral("plan"), QStringLiteral("forget"), QStringLiteral("--node"),
                QStringLiteral("rabbit@rabbit1"), QStringLiteral("--via"), QStringLiteral("rabbit1") });
        QCOMPARE(refusal(*w), cli.message);
    }
    {
        auto w = wizard(QStringLiteral("join"));
        QVERIFY(select(*w, "joinNodeCombo", QStringLiteral("rabbit4")));
        QVERIFY(select(*w, "joinTargetCombo", QStringLiteral("rabbit4")));
        const testutil::CtlRefusal cli = testutil::ctlRefusal(profilePath,
            { QStringLiteral("plan"), QStringLiteral("join"), QStringLiteral("--node"), QStringLiteral("rabbit4"),
                QStringLiteral("--to"), QStringLiteral("rabbit@rabbit4") });
        QVERIFY(cli.message.contains(QLatin1String("cannot join its own cluster")));
        QCOMPARE(refusal(*w), cli.message);
    }
    // sync-cookie: the source ticked as a target, then no target at all.
    {
        auto w = wizard(QStringLiteral("sync-cookie"));
        QVERIFY(select(*w, "cookieFromCombo", QStringLiteral("rabbit1")));
        auto* targets = w->findChild<QListWidget*>(QStringLiteral("cookieTargetList"));
        for (int i = 0; i < targets->count(); ++i) {
            const QString host = targets->item(i)->data(Qt::UserRole).toString();
            targets->item(i)->setCheckState(
                host == QLatin1String("rabbit1") || host == QLatin1String("rabbit3") ? Qt::Checked : Qt::Unchecked);
        }
        const testutil::CtlRefusal self = testutil::ctlRefusal(profilePath,
            { QStringLiteral("plan"), QStringLiteral("sync-cookie"), QStringLiteral("--from"),
                QStringLiteral("rabbit1"), QStringLiteral("--to"), QStringLiteral("rabbit1,rabbit3") });
        QCOMPARE(refusal(*w), self.message);
        for (int i = 0; i < targets->count(); ++i)
            targets->item(i)->setCheckState(Qt::Unchecked);
        const testutil::CtlRefusal none = testutil::ctlRefusal(profilePath,
            { QStringLiteral("plan"), QStringLiteral("sync-cookie"), QStringLiteral("--from"),
                QStringLiteral("rabbit1") });
        QCOMPARE(refusal(*w), none.message);
    }
}

void TestWizards::confirmNeedsATickAndTheHostNameAndCancelIsTheDefault()
{
    Harness h = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), profile()));
    OperationWizard* w = h.wizard.get();
    QVERIFY(showAndWait(w));
    QVERIFY(clickForward(w));
    QVERIFY(clickForward(w));
    QVERIFY(clickForward(w));
    QCOMPARE(w->currentId(), int(OperationWizard::ConfirmId));
    auto* summary = w->currentPage()->findChild<QLabel*>(QStringLiteral("confirmSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("1 destructive step")), qPrintable(summary->text()));
    auto* destroys = w->currentPage()->findChild<QLabel*>(QStringLiteral("confirmDestroys"));
    QVERIFY2(destroys->text().contains(QLatin1String("reset deletes rabbit4's queues and messages: 2 queue")),
        qPrintable(destroys->text()));
    QAbstractButton* run = w->button(QWizard::CommitButton);
    QVERIFY(run->isVisible());
    QVERIFY(!run->isEnabled());
    QVERIFY(qobject_cast<QPushButton*>(w->button(QWizard::CancelButton))->isDefault());
    QVERIFY(!qobject_cast<QPushButton*>(run)->isDefault());
    w->currentPage()->findChild<QCheckBox*>(QStringLiteral("confirmCheck"))->setChecked(true);
    QVERIFY(!run->isEnabled()); // the host name is not typed yet
    QTest::keyClicks(
        w->currentPage()->findChild<QLineEdit*>(QStringLiteral("confirmTypedEdit")), QStringLiteral("rabbit3"));
    QVERIFY(!run->isEnabled());
    auto* typed = w->currentPage()->findChild<QLineEdit*>(QStringLiteral("confirmTypedEdit"));
    typed->setText(QStringLiteral("rabbit4"));
    QVERIFY(run->isEnabled());
    QVERIFY(h.cluster->calls.isEmpty()); // nothing ran before the confirmation
}

void TestWizards::backAndForwardDuringThePreflightReadsAgain()
{
    const ClusterProfile p = profile();
    Harness h = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), p));
    std::atomic_int reads = 0;
    const Plan plan = planFor(QStringLiteral("join"), p);
    h.wizard->setPlannerOverride([&reads, plan](CancelToken) {
        QThread::msleep(300); // slow hosts
        ++reads;
        return plan;
    });
    OperationWizard* w = h.wizard.get();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(clickForward(w));
    QCOMPARE(w->currentId(), int(OperationWizard::PreflightId));
    QTest::mouseClick(w->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(OperationWizard::ChooseId));
    QVERIFY(clickForward(w));
    QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 5000);
    QCOMPARE(reads.load(), 2); // the first read was dropped, the second one shown
}

void TestWizards::closingDuringThePreflightWaitsForNothing()
{
    const ClusterProfile p = profile();
    Harness h = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), p));
    auto done = std::make_shared<std::atomic_bool>(false);
    const Plan plan = planFor(QStringLiteral("join"), p);
    h.wizard->setPlannerOverride([done, plan](CancelToken) {
        QThread::msleep(1500); // a host that does not answer soon, and ignores the cancel
        *done = true;
        return plan;
    });
    OperationWizard* w = h.wizard.get();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(clickForward(w));
    QCOMPARE(w->currentId(), int(OperationWizard::PreflightId));
    QVERIFY(!w->currentPage()->isComplete());
    QElapsedTimer closing;
    closing.start();
    h.wizard.reset(); // what closing a WA_DeleteOnClose wizard ends in
    const qint64 ms = closing.elapsed();
    QVERIFY(!*done);
    QVERIFY2(ms < 100, qPrintable(QStringLiteral("destroying the wizard took %1 ms").arg(ms)));
    // The read ends in its worker and its plan is dropped with the watcher.
    QTRY_VERIFY_WITH_TIMEOUT(done->load(), 5000);
    QTest::qWait(50);
}

void TestWizards::languageSwitchRetranslatesAnOpenWizard()
{
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    Harness h = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), profile()));
    OperationWizard* w = h.wizard.get();
    QVERIFY(showAndWait(w));
    QVERIFY(clickForward(w));
    QTRY_VERIFY(w->currentPage()->isComplete());
    QCOMPARE(w->windowTitle(), QStringLiteral("Join a Node to the Cluster"));
    QCOMPARE(w->currentPage()->title(), QStringLiteral("Preflight"));
    auto* verdict = w->currentPage()->findChild<QLabel*>(QStringLiteral("preflightVerdict"));
    QCOMPARE(verdict->text(), QStringLiteral("Every check passed."));
    QVERIFY(UiLanguage::apply(QStringLiteral("zh_CN"), false));
    QTRY_COMPARE(w->windowTitle(), QStringLiteral("将节点加入集群"));
    QCOMPARE(w->currentPage()->title(), QStringLiteral("预检"));
    QCOMPARE(verdict->text(), QStringLiteral("所有检查均已通过。"));
    QCOMPARE(w->page(OperationWizard::ChooseId)->findChild<QComboBox*>(QStringLiteral("joinTypeCombo"))->itemText(1),
        OperationPlanner::typeName(NodeType::Ram));
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    QTRY_COMPARE(w->currentPage()->title(), QStringLiteral("Preflight"));
}

void TestWizards::failedStepShowsStateAndRetryFinishesIt()
{
    const ClusterProfile p = profile();
    // The failed result page is pictured in both languages; the retry is driven in English.
    QVERIFY(UiLanguage::apply(QStringLiteral("zh_CN"), false));
    {
        Harness zh = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), p));
        zh.cluster->failOnce = QStringLiteral("join_cluster");
        QVERIFY(runToTheEnd(zh.wizard.get()));
        QVERIFY(savePng(zh.wizard.get(), QStringLiteral("wizard-join-6-result-failed-zh_CN.png")));
    }
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    Harness h = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), p));
    h.cluster->failOnce = QStringLiteral("join_cluster");
    OperationWizard* w = h.wizard.get();
    QVERIFY(runToTheEnd(w));
    QVERIFY(w->findChild<QPlainTextEdit*>(QStringLiteral("runLog"))
                ->toPlainText()
                .contains(QLatin1String("join_cluster --ram rabbit@rabbit1")));
    QCOMPARE(w->currentId(), int(OperationWizard::ResultId));
    QCOMPARE(w->lastResult().outcome, RunResult::Outcome::StepFailed);
    QCOMPARE(w->lastResult().failedStep, 2);
    auto* retry = w->currentPage()->findChild<QPushButton*>(QStringLiteral("resultRetryButton"));
    auto* undo = w->currentPage()->findChild<QPushButton*>(QStringLiteral("resultUndoButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(undo->isVisible());
    QVERIFY(w->currentPage()
                ->findChild<QLabel*>(QStringLiteral("resultDetails"))
                ->text()
                .contains(QLatin1String("Verified state now")));
    QVERIFY(savePng(w, QStringLiteral("wizard-join-6-result-failed-en.png")));
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(w->currentId(), int(OperationWizard::RunId));
    QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 15000);
    QVERIFY(clickForward(w));
    QCOMPARE(w->lastResult().outcome, RunResult::Outcome::Verified);
    // The retry started at the failed step: stop_app ran once.
    QCOMPARE(h.cluster->calls.filter(QStringLiteral("stop_app")).size(), 1);
    QCOMPARE(h.cluster->calls.filter(QStringLiteral("join_cluster")).size(), 2);
}

void TestWizards::failedStepCanBeUndone()
{
    const ClusterProfile p = profile();
    Harness h = makeWizard(QStringLiteral("convert"), logPath(), planFor(QStringLiteral("convert"), p));
    h.cluster->failOnce = QStringLiteral("change_cluster_node_type");
    OperationWizard* w = h.wizard.get();
    QVERIFY(runToTheEnd(w));
    QCOMPARE(w->lastResult().outcome, RunResult::Outcome::StepFailed);
    auto* undo = w->currentPage()->findChild<QPushButton*>(QStringLiteral("resultUndoButton"));
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 15000);
    QVERIFY(clickForward(w));
    QCOMPARE(w->lastResult().outcome, RunResult::Outcome::Undone);
    // Undoing the completed stop_app started the application again, after the failed step.
    const QStringList& calls = h.cluster->calls;
    const int failed = int(calls.indexOf(QRegularExpression(QStringLiteral(".*change_cluster_node_type.*"))));
    QVERIFY(failed >= 0);
    QVERIFY(calls.mid(failed).filter(QStringLiteral("start_app")).size() == 1);
}

void TestWizards::operationThatDoesNotApplySaysSoAndCannotRun()
{
    const ClusterProfile p = profile();
    Harness h = makeWizard(QStringLiteral("join"), logPath(), planFor(QStringLiteral("join"), p, true));
    OperationWizard* w = h.wizard.get();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(clickForward(w));
    auto* verdict = w->currentPage()->findChild<QLabel*>(QStringLiteral("preflightVerdict"));
    QTRY_VERIFY(verdict->isVisible());
    QVERIFY2(
        verdict->text().contains(QLatin1String("does not apply")) && verdict->text().contains(QLatin1String("Khepri")),
        qPrintable(verdict->text()));
    QVERIFY(!w->currentPage()->isComplete());
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled() || !w->button(QWizard::NextButton)->isVisible());
    QVERIFY(!w->button(QWizard::FinishButton)->isEnabled() || !w->button(QWizard::FinishButton)->isVisible());
    QVERIFY(savePng(w, QStringLiteral("wizard-join-2-preflight-khepri-en.png")));
}

void TestWizards::refusalAndAlreadyDoneEndAtThePreflight()
{
    const ClusterProfile p = profile();
    // rabbit1 as the only disc node of its cluster: converting it to ram is refused.
    const QList<NodeInfo> oneDisc { opsMember(QStringLiteral("rabbit@rabbit1"), NodeType::Disc),
        opsMember(QStringLiteral("rabbit@rabbit3"), NodeType::Ram) };
    Harness refused = makeWizard(QStringLiteral("convert"), logPath(),
        OperationPlanner::buildConvert(
            p.name, p.hosts.at(0), NodeType::Ram, opsFacts(QStringLiteral("rabbit1"), oneDisc), QString()));
    OperationWizard* w = refused.wizard.get();
    QVERIFY(showAndWait(w));
    QVERIFY(clickForward(w));
    auto* verdict = w->currentPage()->findChild<QLabel*>(QStringLiteral("preflightVerdict"));
    QTRY_VERIFY(verdict->isVisible());
    QVERIFY2(verdict->text().startsWith(QLatin1String("Refused: "))
            && verdict->text().contains(QLatin1String("last disc node")),
        qPrintable(verdict->text()));
    QVERIFY(!w->currentPage()->isComplete());

    // Joining a node that is already a member is a success: Finish, nothing to run.
    QList<NodeInfo> withFour = labMembers();
    withFour << opsMember(QStringLiteral("rabbit@rabbit4"), NodeType::Ram);
    Harness done = makeWizard(QStringLiteral("join"), logPath(),
        OperationPlanner::buildJoin(p.name, p.spare.first(), p.hosts.at(0), NodeType::Ram,
            opsFacts(QStringLiteral("rabbit4"), withFour), opsFacts(QStringLiteral("rabbit1"), withFour),
            opsLink(QStringLiteral("rabbit4"), QStringLiteral("rabbit1"), QStringLiteral("10.0.0.1")),
            opsLink(QStringLiteral("rabbit1"), QStringLiteral("rabbit4"), QStringLiteral("10.0.0.4"))));
    w = done.wizard.get();
    QVERIFY(showAndWait(w));
    QVERIFY(clickForward(w));
    verdict = w->currentPage()->findChild<QLabel*>(QStringLiteral("preflightVerdict"));
    QTRY_VERIFY(w->currentPage()->isComplete());
    QVERIFY2(verdict->text().startsWith(QLatin1String("Nothing to do: ")), qPrintable(verdict->text()));
    QVERIFY(w->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!w->button(QWizard::NextButton)->isVisible());
    QVERIFY(clickForward(w));
    QVERIFY(!w->isVisible());
    QVERIFY(done.cluster->calls.isEmpty());
}

void TestWizards::operationLogViewerFiltersNewestFirstAndCopiesJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ops.jsonl"));
    OperationLog log(path);
    const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(7, 0), Qt::UTC);
    int i = 0;
    for (const auto& [cluster, host] :
        { std::pair { "lab", "rabbit4" }, std::pair { "lab", "rabbit1" }, std::pair { "prod", "mq1" } }) {
        OperationLogEntry e;
        e.time = t0.addSecs(60 * i++);
        e.cluster = QString::fromLatin1(cluster);
        e.operation = QStringLiteral("join");
        e.host = QString::fromLatin1(host);
        e.step = QStringLiteral("stop_app");
        e.command = QStringLiteral("sudo -n -- rabbitmqctl stop_app");
        e.exitCode = 0;
        QVERIFY(log.append(e));
    }
    // A command that started and never reported back (Warren killed mid-step).
    OperationLogEntry cut;
    cut.time = t0.addSecs(60 * i);
    cut.cluster = QStringLiteral("lab");
    cut.operation = QStringLiteral("convert");
    cut.host = QStringLiteral("rabbit3");
    cut.step = QStringLiteral("change_cluster_node_type");
    cut.command = QStringLiteral("sudo -n -- rabbitmqctl change_cluster_node_type disc");
    QVERIFY(!log.begin(cut).isEmpty());
    OperationLogDialog dialog(path);
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("operationLogTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(dialog.shownRows(), 4);
    QCOMPARE(table->model()->index(0, OperationLogModel::HostColumn).data().toString(),
        QStringLiteral("rabbit3")); // newest first
    QVERIFY2(table->model()
                 ->index(0, OperationLogModel::ExitColumn)
                 .data()
                 .toString()
                 .contains(QLatin1String("interrupted")),
        qPrintable(table->model()->index(0, OperationLogModel::ExitColumn).data().toString()));
    QCOMPARE(table->model()->index(1, OperationLogModel::HostColumn).data().toString(), QStringLiteral("mq1"));
    dialog.setClusterFilter(QStringLiteral("lab"));
    QCOMPARE(dialog.shownRows(), 3);
    dialog.setHostFilter(QStringLiteral("rabbit4"));
    QCOMPARE(dialog.shownRows(), 1);
    const QStringList lines = dialog.selectionAsJson().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("rabbit4"));
    QCOMPARE(o.value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
    dialog.setHostFilter(QString());
    dialog.setClusterFilter(QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The pictures show the log the wizards above wrote through the real runner.
    const QString written = QFile::exists(logPath()) ? logPath() : path;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        QVERIFY(UiLanguage::apply(language, false));
        OperationLogDialog shown(written);
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        QTRY_VERIFY(shown.shownRows() >= 3);
        QVERIFY(savePng(&shown, QStringLiteral("operationlog-%1.png").arg(language)));
    }
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
}

// Quitting Warren mid-step: the job's destructor returns at once; the step finishes in its worker
// and its result still reaches the operation log.
void TestWizards::destroyingARunningJobDoesNotWaitForTheStep()
{
    const QString path = m_dir.filePath(QStringLiteral("detached.jsonl"));
    struct SlowStep final : RemoteExecutor
    {
        std::shared_ptr<std::atomic_int> calls;
        CancelToken cancel;
        RemoteResult run(const QString&, const RemoteCommand&, int, const QByteArray&) override
        {
            RemoteResult cancelled;
            cancelled.transportError = QStringLiteral("cancelled"); // as SshExecutor: never starts a command then
            if (cancel.isCancelled())
                return cancelled;
            ++*calls;
            QThread::msleep(1500); // one command, not sliced: what a cancel cannot shorten
            RemoteResult r;
            r.exitCode = 0;
            return r;
        }
        bool useSudo() const override { return true; }
    };
    const auto calls = std::make_shared<std::atomic_int>(0);
    auto* job = new PlanRunJob(
        [calls](CancelToken cancel) {
            auto e = std::make_unique<SlowStep>();
            e->calls = calls;
            e->cancel = cancel;
            return std::unique_ptr<RemoteExecutor>(std::move(e));
        },
        path);
    bool stepSeen = false;
    connect(job, &PlanRunJob::stepStarted, this, [&] { stepSeen = true; });
    job->run(planFor(QStringLiteral("convert"), profile()), 0);
    QTRY_VERIFY(stepSeen && *calls >= 1); // the worker's callbacks reach a live job
    QElapsedTimer clock;
    clock.start();
    delete job;
    QVERIFY2(clock.elapsed() < 200, qPrintable(QStringLiteral("the destructor waited %1 ms").arg(clock.elapsed())));
    // The worker ends after its current command (the cancel stops it there) and logs the result.
    QTRY_VERIFY_WITH_TIMEOUT(
        !OperationLog(path).readAll().isEmpty() && !OperationLog(path).readAll().last().interrupted, 5000);
    QThreadPool::globalInstance()->waitForDone(5000);
    QCOMPARE(calls->load(), 1);
}

void TestWizards::mainWindowOffersTheOperations()
{
    MainWindow window;
    window.setPollingEnabled(false);
    QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuOperations"));
    QVERIFY(menu);
    QStringList names;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator()) {
            names << a->objectName();
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
        }
    }
    QCOMPARE(names,
        (QStringList { QStringLiteral("actionOperation_join"), QStringLiteral("actionOperation_convert"),
            QStringLiteral("actionOperation_sync-cookie"), QStringLiteral("actionOperation_forget"),
            QStringLiteral("actionOperation_fix-address"), QStringLiteral("actionOperation_maintenance"),
            QStringLiteral("actionOperation_stop"), QStringLiteral("actionOperation_start"),
            QStringLiteral("actionOperation_restart"), QStringLiteral("actionOperation_replicas"),
            QStringLiteral("actionOperationLog") }));
    window.openOperation(QStringLiteral("join"), QStringLiteral("rabbit@rabbit4"));
    auto* wizard = window.findChild<OperationWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("joinNodeCombo"))->currentData().toString(),
        QStringLiteral("rabbit4"));
    QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
    wizard->close();
    QTRY_VERIFY(!window.findChild<OperationWizard*>());

    // The node table's right-click menu opens a wizard for the node of that row.
    window.showSnapshot(snapshot());
    window.resize(1280, 780);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("nodeTable"));
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QLatin1String("rabbit@rabbit3"))
            row = r;
    }
    QVERIFY(row >= 0);
    Q_EMIT table->customContextMenuRequested(table->visualRect(table->model()->index(row, 0)).center());
    QMenu* tableMenu = nullptr;
    QTRY_VERIFY((tableMenu = window.findChild<QMenu*>(QStringLiteral("nodeTableMenu"))));
    QAction* convert = nullptr;
    for (QAction* a : tableMenu->actions()) {
        if (a->objectName() == QLatin1String("actionOperation_convert"))
            convert = a;
    }
    QVERIFY(convert);
    convert->trigger();
    tableMenu->close();
    QTRY_VERIFY((wizard = window.findChild<OperationWizard*>()));
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("convertNodeCombo"))->currentData().toString(),
        QStringLiteral("rabbit3"));
    // rabbit3 is a ram node in the snapshot: the wizard proposes disc.
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("convertTypeCombo"))->currentData().toString(),
        QStringLiteral("disc"));
    QVERIFY(savePng(wizard, QStringLiteral("wizard-from-node-table-en.png")));
    wizard->close();
    QTRY_VERIFY(!window.findChild<OperationWizard*>());

    // So does the graph's node menu.
    auto* graph = window.findChild<ClusterGraphView*>();
    QVERIFY(graph);
    std::unique_ptr<QMenu> graphMenu(graph->createNodeMenu(QStringLiteral("rabbit@rabbit2"), nullptr));
    graphMenu->findChild<QAction*>(QStringLiteral("actionRemoveNode"))->trigger();
    QTRY_VERIFY((wizard = window.findChild<OperationWizard*>()));
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("forgetNodeCombo"))->currentText(),
        QStringLiteral("rabbit@rabbit2"));
    wizard->close();
}

QTEST_MAIN(TestWizards)
#include "tst_wizards.moc"
