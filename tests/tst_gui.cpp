// The GUI without a network: a MainWindow fed a snapshot built here, the cluster and host-key
// dialogs, screenshots in English and Chinese, and checks that every visible string is translated
// and every Chinese glyph renders.
#include "ClusterDialog.h"
#include "ClusterPoller.h"
#include "HaproxyServerModel.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ModelRoles.h"
#include "NodeTableModel.h"
#include "UiLanguage.h"
#include "secrets/SecretStore.h"
#include "testutil/TestUtil.h"
#include "util/Translator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QGlyphRun>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QToolBar>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include "testutil/SnapshotFixtures.h"

using namespace warren;

namespace {

using testutil::GiB;
using testutil::makeNode;
using testutil::makeServer;
using testutil::MiB;

// The lab's shape: rabbit1 and rabbit2 disc, rabbit3 ram; HAProxy sends AMQP to rabbit1, with
// rabbit2 as the backup.
ClusterSnapshot fixtureSnapshot()
{
    ClusterSnapshot s;
    s.clusterName = QStringLiteral("rabbit@rabbit1");
    s.takenAt = QDateTime(QDate(2024, 5, 14), QTime(9, 41, 7));
    s.via = QStringLiteral("api");
    s.rabbitVersion = QStringLiteral("3.10.8");
    s.nodes = { makeNode(QStringLiteral("rabbit1"), NodeType::Disc, 143 * MiB),
        makeNode(QStringLiteral("rabbit2"), NodeType::Disc, 131 * MiB),
        makeNode(QStringLiteral("rabbit3"), NodeType::Ram, 126 * MiB) };
    s.nodes[2].uptimeMs = 2 * 3600 * 1000 + 17 * 60 * 1000;
    s.haproxyServers = { makeServer(QStringLiteral("rabbit1"), QStringLiteral("10.213.77.11:5672"), false, 12),
        makeServer(QStringLiteral("rabbit2"), QStringLiteral("10.213.77.12:5672"), true, 0) };
    s.sources = { { QStringLiteral("api rabbit1"), true, {} }, { QStringLiteral("haproxy stats"), true, {} } };
    return s;
}

ClusterProfile fixtureProfile()
{
    auto parsed = ClusterProfile::load(testutil::dataFile(QStringLiteral("profile-gui.json")));
    if (!parsed.ok())
        qFatal("fixture profile does not load: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

HostKeyInfo fixtureHostKey()
{
    HostKeyInfo key;
    key.state = HostKeyInfo::State::Unknown;
    key.type = QStringLiteral("ssh-ed25519");
    key.fingerprint = QStringLiteral("SHA256:Xk3pW0+q9gq1m0sN6yH2cTt7vJrQZ4e8bUo5LdAaF1c");
    return key;
}

// Test results as testHostConnection() words them, in the current language.
QList<HostTestResult> fixtureTestResults()
{
    auto status = [](const char* text) { return QCoreApplication::translate("Status", text); };
    QList<HostTestResult> out;
    const ClusterProfile profile = fixtureProfile();
    for (const auto& h : profile.hosts) {
        HostTestResult r;
        r.host = h.name;
        r.address = h.address;
        r.sshOk = true;
        r.sshMessage = status("OK (host name %1)").arg(h.name);
        r.hostKey.state = HostKeyInfo::State::Known;
        r.apiTested = h.apiUrl.isValid();
        r.apiOk = r.apiTested;
        if (r.apiTested)
            r.apiMessage = status("OK (RabbitMQ %1 on %2)").arg(QStringLiteral("3.10.8"), h.node);
        out << r;
    }
    out[2].sshOk = false;
    out[2].hostKey = fixtureHostKey();
    out[2].sshMessage = QCoreApplication::translate("Ssh", "the host key of %1 (%2) is not known yet: %3 %4")
                            .arg(out[2].host, out[2].address, out[2].hostKey.type, out[2].hostKey.fingerprint);
    return out;
}

struct Text
{
    QString path;
    QString text;
    QFont font;
    QStringList contexts; // translation contexts the text may come from: the classes of its owners
};

QStringList contextsOf(const QObject* object, const QObject* extra = nullptr)
{
    QStringList out;
    for (const QObject* o : { extra, object }) {
        for (; o; o = o->parent()) {
            for (const QMetaObject* mo = o->metaObject(); mo; mo = mo->superClass())
                out << QLatin1String(mo->className());
        }
    }
    return out;
}
using TextMap = QMap<QString, Text>; // key: object path + property

QString objectPath(const QObject* object)
{
    QStringList parts;
    for (const QObject* o = object; o; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty()) {
            int index = 0;
            if (o->parent()) {
                for (const QObject* sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (qstrcmp(sibling->metaObject()->className(), o->metaObject()->className()) == 0)
                        ++index;
                }
            }
            part = QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index);
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

void addText(TextMap& map, const QObject* o, const char* property, const QString& text, const QFont& font,
    const QObject* owner = nullptr)
{
    if (text.trimmed().isEmpty())
        return;
    const QString path = objectPath(o) + QLatin1Char('.') + QLatin1String(property);
    map.insert(path, { path, text, font, contextsOf(o, owner) });
}

void addHeaders(TextMap& map, const QObject* owner, QAbstractItemModel* model, const QFont& font)
{
    if (!model)
        return;
    for (int section = 0; section < model->columnCount(); ++section) {
        const QByteArray display = "header" + QByteArray::number(section);
        const QByteArray tip = "headerToolTip" + QByteArray::number(section);
        addText(map, owner, display.constData(), model->headerData(section, Qt::Horizontal).toString(), font, model);
        addText(map, owner, tip.constData(), model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString(),
            font, model);
    }
}

// Every user-visible string of a window: titles, labels, buttons, group boxes, placeholders,
// tooltips, actions and menus, table headers.
void collectTexts(QWidget* root, TextMap& map)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    addText(map, root, "windowTitle", root->windowTitle(), root->font());
    for (QWidget* w : std::as_const(widgets)) {
        if (w->objectName() == QLatin1String("qt_spinbox_lineedit"))
            continue;
        addText(map, w, "toolTip", w->toolTip(), w->font());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            QString text = label->text();
            if (label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
                text = QTextDocumentFragment::fromHtml(text).toPlainText();
            addText(map, w, "text", text, label->font());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            addText(map, w, "text", button->text(), button->font());
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            addText(map, w, "title", group->title(), group->font());
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            addText(map, w, "placeholderText", edit->placeholderText(), edit->font());
        } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            addText(map, w, "prefix", spin->prefix(), spin->font());
            addText(map, w, "suffix", spin->suffix(), spin->font());
        } else if (auto* menu = qobject_cast<QMenu*>(w)) {
            addText(map, w, "title", menu->title(), menu->font());
            for (QAction* action : menu->actions()) {
                addText(map, action, "text", action->text(), menu->font());
                addText(map, action, "toolTip", action->toolTip(), menu->font());
            }
        } else if (auto* toolBar = qobject_cast<QToolBar*>(w)) {
            addText(map, w, "windowTitle", toolBar->windowTitle(), toolBar->font());
        } else if (qobject_cast<QAbstractItemView*>(w)) {
            if (auto* table = qobject_cast<QTableView*>(w))
                addHeaders(map, w, table->model(), table->horizontalHeader()->font());
            else if (auto* tree = qobject_cast<QTreeView*>(w))
                addHeaders(map, w, tree->model(), tree->header()->font());
        }
    }
    for (QAction* action : root->findChildren<QAction*>()) {
        addText(map, action, "text", action->text(), root->font());
        addText(map, action, "toolTip", action->toolTip(), root->font());
    }
}

// Names that stay the same in every language: products, protocols, the fixture's hosts and
// values, and the language names (each written in its own language on purpose).
bool isExempt(const QString& text)
{
    static const QStringList exactlyAllowed
        = { Translator::displayName(QStringLiteral("en")), Translator::displayName(QStringLiteral("zh_CN")) };
    QString t = text;
    t.remove(QLatin1Char('&'));
    if (exactlyAllowed.contains(t))
        return true;
    static const QList<QRegularExpression> tokens = {
        QRegularExpression(QStringLiteral("SHA256:[A-Za-z0-9+/=]+")),
        QRegularExpression(QStringLiteral("rabbit@rabbit\\d")),
        QRegularExpression(QStringLiteral("\\b(rabbit\\d|haproxy|warren-lab)\\b")),
        QRegularExpression(QStringLiteral("\\b(Warren|RabbitMQ|HAProxy|SSH|API|TLS|URL|Erlang|OTP|ED25519)\\b")),
        QRegularExpression(QStringLiteral("sudo -n")),
    };
    for (const auto& re : tokens)
        t.remove(re);
    for (const QChar c : std::as_const(t)) {
        if (c.isLetter())
            return false;
    }
    return true;
}

// Every "context\x1fsource" of a Qt Linguist catalogue.
QSet<QString> tsSources(const QString& path)
{
    QSet<QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.insert(context + QChar(0x1f) + xml.readElementText());
    }
    return out;
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// Lays the text out as Qt would draw it and checks that every glyph exists: no .notdef ("tofu")
// glyph, each CJK character covered by the font of some run, and that font the SC variant.
QString tofuProblem(const QString& text, const QFont& font)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            continue;
        QTextLayout layout(line, font);
        layout.beginLayout();
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine())
            l.setLineWidth(100000);
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        for (const QGlyphRun& run : runs) {
            if (run.glyphIndexes().contains(0))
                return QStringLiteral("missing glyph in font %1").arg(run.rawFont().familyName());
        }
        for (const char32_t c : line.toUcs4()) {
            if (!isCjk(c))
                continue;
            bool covered = false;
            for (const QGlyphRun& run : runs) {
                if (run.rawFont().supportsCharacter(c)) {
                    covered = true;
                    if (!run.rawFont().familyName().contains(QLatin1String("CJK SC")))
                        return QStringLiteral("U+%1 drawn with %2, not Noto Sans CJK SC")
                            .arg(quint32(c), 4, 16, QLatin1Char('0'))
                            .arg(run.rawFont().familyName());
                }
            }
            if (!covered)
                return QStringLiteral("no font covers U+%1").arg(quint32(c), 4, 16, QLatin1Char('0'));
        }
    }
    return {};
}

bool savePng(QWidget* w, const QString& name)
{
    // Layout requests are posted events: let pending ones run so the picture is what a user sees.
    QCoreApplication::processEvents();
    const QString path = testutil::artifactsDir() + QLatin1Char('/') + name;
    return w->grab().save(path);
}

} // namespace

class TestGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translationsAreEmbedded();
    void coreMessagesAreTranslatedAtRunTime();
    void nodeModelUpdatesRowsInPlace();
    void haproxyModelUpdatesRowsInPlace();
    void nodeTableSortsByRawValueNotText();
    void mainWindowShowsFedSnapshot();
    void brokenProfileShowsBannerNotPopup();
    void staleAndDegradedStatesAreVisible();
    void windowsRenderAndRetranslate();
    void noStringIsLeftUntranslated();
    void chineseTextHasNoTofu();
    void clusterDialogKeepsPasswordOutOfProfile();
    void removeClusterAsksWithoutNestedLoopAndDropsSecret();
    void hostKeyDialogAcceptsOnlyOnClick();
    void pollerWorksOffTheGuiThreadOneCollectionAtATime();
    void cleanupTestCase();

private:
    TextMap m_english;
    TextMap m_chinese;
};

void TestGui::initTestCase()
{
    // Settings and saved profiles go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
    QSettings().clear();
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
}

void TestGui::cleanupTestCase()
{
    QSettings().clear();
    UiLanguage::apply(QStringLiteral("en"), false);
}

void TestGui::translationsAreEmbedded()
{
    for (const QString& language : Translator::languages()) {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/warren_%1.qm").arg(language)), qPrintable(language));
        QVERIFY2(Translator::apply(language), qPrintable(language));
        QCOMPARE(Translator::current(), language);
    }
    QCOMPARE(QCoreApplication::translate("warren::MainWindow", "&Language"), QStringLiteral("语言(&L)"));
    QVERIFY(Translator::apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("warren::MainWindow", "&Language"), QStringLiteral("&Language"));
}

// Core messages reach the GUI as translated text (connection test results, sources, banners):
// the context lupdate files them under must be the one QCoreApplication::translate() asks for.
void TestGui::coreMessagesAreTranslatedAtRunTime()
{
    struct Probe
    {
        const char* context;
        const char* source;
    };
    const Probe probes[] = {
        { "Parser", "unexpected end of input" },
        { "Secrets", "kept in memory for this session only; Warren asks again next time" },
        { "Status", "OK (host name %1)" },
        { "Ssh", "not connected" },
        { "Api", "%1: host name not found" },
        { "Profile", "the profile lists no hosts" },
        { "Queues", "unreadable /api/queues answer: %1" },
        { "Cli", "cannot read the queues of cluster %1: %2" },
    };
    QVERIFY(Translator::apply(QStringLiteral("zh_CN")));
    for (const Probe& probe : probes) {
        const QString translated = QCoreApplication::translate(probe.context, probe.source);
        QVERIFY2(translated != QLatin1String(probe.source),
            qPrintable(QStringLiteral("[%1] %2").arg(QLatin1String(probe.context), QLatin1String(probe.source))));
    }
    QVERIFY(Translator::apply(QStringLiteral("en")));
}

void TestGui::nodeModelUpdatesRowsInPlace()
{
    NodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ClusterSnapshot snapshot = fixtureSnapshot();
    model.setNodes(snapshot.nodes);
    QCOMPARE(model.rowCount(), 3);
    const int row2 = model.rowOf(QStringLiteral("rabbit@rabbit2"));
    const int row3 = model.rowOf(QStringLiteral("rabbit@rabbit3"));
    QVERIFY(row2 >= 0 && row3 >= 0);
    QCOMPARE(model.index(row3, NodeTableModel::TypeColumn).data().toString(), QStringLiteral("ram"));
    QCOMPARE(model.index(row2, NodeTableModel::TypeColumn).data().toString(), QStringLiteral("disc"));
    QVERIFY(model.index(row2, NodeTableModel::TypeColumn).data(BadgeRole).toBool());
    QCOMPARE(model.index(row2, NodeTableModel::StateColumn).data().toString(), QStringLiteral("running"));
    QCOMPARE(Tone(model.index(row2, NodeTableModel::StateColumn).data(ToneRole).toInt()), Tone::Good);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // One node changes: one row is reported, nothing is reset.
    QList<NodeInfo> nodes = snapshot.nodes;
    nodes[1].memUsed += 10 * MiB;
    model.setNodes(nodes);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row2);
    QCOMPARE(model.index(row2, NodeTableModel::MemoryColumn).data(RawValueRole).toLongLong(), 141 * MiB);

    // The same snapshot again: silence.
    model.setNodes(nodes);
    QCOMPARE(changed.count(), 1);

    // rabbit3 stops: its state turns red in place.
    nodes[2].running = false;
    model.setNodes(nodes);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(row3, NodeTableModel::StateColumn).data().toString(), QStringLiteral("stopped"));
    QCOMPARE(Tone(model.index(row3, NodeTableModel::StateColumn).data(ToneRole).toInt()), Tone::Bad);

    // rabbit3 leaves the cluster, rabbit4 joins: rows move, no reset.
    nodes.removeAt(2);
    nodes.append(makeNode(QStringLiteral("rabbit4"), NodeType::Disc, 100 * MiB));
    model.setNodes(nodes);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("rabbit@rabbit3")), -1);
    const int row4 = model.rowOf(QStringLiteral("rabbit@rabbit4"));
    QCOMPARE(model.index(row4, NodeTableModel::NameColumn).data().toString(), QStringLiteral("rabbit@rabbit4"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("rabbit@rabbit1")), 0).data().toString(),
        QStringLiteral("rabbit@rabbit1"));
}

void TestGui::haproxyModelUpdatesRowsInPlace()
{
    HaproxyServerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<HaproxyServer> servers = fixtureSnapshot().haproxyServers;
    model.setServers(servers);
    QCOMPARE(model.rowCount(), 2);
    const int active = model.rowOf(QStringLiteral("rabbitmq_amqp"), QStringLiteral("rabbit1"));
    const int backup = model.rowOf(QStringLiteral("rabbitmq_amqp"), QStringLiteral("rabbit2"));
    QCOMPARE(model.index(active, HaproxyServerModel::RoleColumn).data().toString(), QStringLiteral("active"));
    QCOMPARE(model.index(backup, HaproxyServerModel::RoleColumn).data().toString(), QStringLiteral("backup"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    servers[0].status = QStringLiteral("DOWN");
    servers[0].checkStatus = QStringLiteral("L4CON");
    model.setServers(servers);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Tone(model.index(active, HaproxyServerModel::StatusColumn).data(ToneRole).toInt()), Tone::Bad);
    QCOMPARE(Tone(model.index(backup, HaproxyServerModel::StatusColumn).data(ToneRole).toInt()), Tone::Good);
}

void TestGui::nodeTableSortsByRawValueNotText()
{
    NodeTableModel model;
    QList<NodeInfo> nodes = fixtureSnapshot().nodes;
    nodes[0].memUsed = 900 * MiB; // "900 MiB"
    nodes[1].memUsed = 1200 * MiB; // "1.2 GiB": sorts before "900 MiB" as text
    nodes[2].memUsed = 95 * MiB;
    nodes[0].rabbitVersion = QStringLiteral("3.9.29");
    nodes[1].rabbitVersion = QStringLiteral("3.10.8");
    model.setNodes(nodes);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RawValueRole);
    proxy.sort(NodeTableModel::MemoryColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, NodeTableModel::NameColumn).data().toString(), QStringLiteral("rabbit@rabbit3"));
    QCOMPARE(proxy.index(2, NodeTableModel::NameColumn).data().toString(), QStringLiteral("rabbit@rabbit2"));
    proxy.sort(NodeTableModel::RabbitVersionColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, NodeTableModel::RabbitVersionColumn).data().toString(), QStringLiteral("3.10.8"));
}

void TestGui::mainWindowShowsFedSnapshot()
{
    MainWindow window;
    window.setPollingEnabled(false);
    QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
    QVERIFY(!window.poller()->isActive());
    window.showSnapshot(fixtureSnapshot());

    auto* nodeTable = window.findChild<QTableView*>(QStringLiteral("nodeTable"));
    auto* haproxyTable = window.findChild<QTableView*>(QStringLiteral("haproxyTable"));
    auto* clusterList = window.findChild<QListWidget*>(QStringLiteral("clusterList"));
    auto* sources = window.findChild<QTreeWidget*>(QStringLiteral("sourcesList"));
    QVERIFY(nodeTable && haproxyTable && clusterList && sources);
    QCOMPARE(nodeTable->model()->rowCount(), 3);
    QCOMPARE(haproxyTable->model()->rowCount(), 2);
    QCOMPARE(clusterList->count(), 1);
    QCOMPARE(clusterList->currentItem()->text(), QStringLiteral("warren-lab"));
    QCOMPARE(sources->topLevelItemCount(), 2);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("clusterNameLabel"))->text(), QStringLiteral("warren-lab"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("overviewDetails"))->text().contains(QStringLiteral("3.10.8")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("healthBadge"))->text(), QStringLiteral("Healthy"));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("lastUpdatedLabel"))->text(),
        QStringLiteral("Last updated 2024-05-14 09:41:07"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("staleLabel"))->isHidden());

    // Sorted by node name through the proxy; the type column says disc/ram.
    QCOMPARE(
        nodeTable->model()->index(2, NodeTableModel::NameColumn).data().toString(), QStringLiteral("rabbit@rabbit3"));
    QCOMPARE(nodeTable->model()->index(2, NodeTableModel::TypeColumn).data().toString(), QStringLiteral("ram"));
    for (const char* name :
        { "actionAddCluster", "actionEditCluster", "actionRemoveCluster", "actionRefresh", "actionPause" })
        QVERIFY2(window.findChild<QAction*>(QLatin1String(name)), name);
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("menuLanguage")));
}

void TestGui::brokenProfileShowsBannerNotPopup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"warren-cluster-profile/1\", \"name\": ");
    f.close();

    MainWindow window;
    window.setPollingEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.openProfile(path));
    auto* banner = window.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("broken.json")), qPrintable(banner->text()));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestGui::staleAndDegradedStatesAreVisible()
{
    MainWindow window;
    window.setPollingEnabled(false);
    QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
    window.resize(1280, 780);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // rabbit2 is down (HAProxy agrees), rabbit1 has hit its memory watermark and one API is silent.
    ClusterSnapshot degraded = fixtureSnapshot();
    degraded.nodes[1].running = false;
    for (auto* v : { &degraded.nodes[1].memUsed, &degraded.nodes[1].fdUsed, &degraded.nodes[1].socketsUsed,
             &degraded.nodes[1].procUsed, &degraded.nodes[1].uptimeMs, &degraded.nodes[1].diskFree })
        *v = -1;
    degraded.nodes[0].memoryAlarm = true;
    degraded.nodes[0].memUsed = 1650 * MiB;
    degraded.haproxyServers[1].status = QStringLiteral("DOWN");
    degraded.haproxyServers[1].checkStatus = QStringLiteral("L4CON");
    degraded.haproxyServers[1].lastChangeSeconds = 42;
    degraded.sources.append({ QStringLiteral("api rabbit2"), false, QStringLiteral("connection refused") });
    window.showSnapshot(degraded);

    auto* stale = window.findChild<QLabel*>(QStringLiteral("staleLabel"));
    QVERIFY(stale->isVisible());
    QCOMPARE(stale->text(), QStringLiteral("1 source not answering"));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("healthBadge"))->text(), QStringLiteral("Critical"));
    QVERIFY(savePng(&window, QStringLiteral("mainwindow-degraded-en.png")));

    // Then nothing answers: the last tables stay, marked stale with the reason.
    ClusterSnapshot silent;
    silent.takenAt = degraded.takenAt.addSecs(5);
    silent.sources = { { QStringLiteral("api rabbit1"), false, QStringLiteral("connection timed out") },
        { QStringLiteral("ssh rabbit1"), false, QStringLiteral("host unreachable") } };
    window.showSnapshot(silent);
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("nodeTable"))->model()->rowCount(), 3);
    QVERIFY(stale->isVisible());
    QVERIFY2(stale->text().startsWith(QStringLiteral("Stale: api rabbit1: connection timed out")),
        qPrintable(stale->text()));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("healthBadge"))->text(), QStringLiteral("Stale"));
    QVERIFY(savePng(&window, QStringLiteral("mainwindow-stale-en.png")));
}

void TestGui::windowsRenderAndRetranslate()
{
    MainWindow window;
    window.setPollingEnabled(false);
    QVERIFY(window.openProfile(testutil::dataFile(QStringLiteral("profile-gui.json"))));
    window.showSnapshot(fixtureSnapshot());
    window.resize(1280, 780);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ClusterDialog clusterDialog;
    clusterDialog.setProfile(fixtureProfile());
    clusterDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clusterDialog));

    const ClusterProfile profile = fixtureProfile();
    HostKeyDialog hostKeyDialog(profile, profile.hosts.at(2), fixtureHostKey());
    hostKeyDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hostKeyDialog));

    auto* languageMenu = window.findChild<QMenu*>(QStringLiteral("menuLanguage"));
    QVERIFY(languageMenu);

    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        const QString before = languageMenu->title();
        QVERIFY2(UiLanguage::apply(language, false), qPrintable(language));
        QCoreApplication::processEvents();
        if (language == QLatin1String("zh_CN")) {
            // The switch happened at run time, in windows that already existed.
            QTRY_COMPARE(languageMenu->title(), QStringLiteral("语言(&L)"));
            QVERIFY(languageMenu->title() != before);
            QCOMPARE(QApplication::font().families().value(0), QStringLiteral("Noto Sans CJK SC"));
        } else {
            QTRY_COMPARE(languageMenu->title(), QStringLiteral("&Language"));
        }
        clusterDialog.showTestResults(fixtureTestResults());
        QCoreApplication::processEvents();

        TextMap& texts = language == QLatin1String("en") ? m_english : m_chinese;
        texts.clear();
        collectTexts(&window, texts);
        collectTexts(&clusterDialog, texts);
        collectTexts(&hostKeyDialog, texts);

        QVERIFY(savePng(&window, QStringLiteral("mainwindow-%1.png").arg(language)));
        QVERIFY(savePng(&clusterDialog, QStringLiteral("clusterdialog-%1.png").arg(language)));
        QVERIFY(savePng(&hostKeyDialog, QStringLiteral("hostkeydialog-%1.png").arg(language)));
    }
    QVERIFY(UiLanguage::apply(QStringLiteral("en"), false));
    qInfo("screenshots in %s", qPrintable(testutil::artifactsDir()));
}

void TestGui::noStringIsLeftUntranslated()
{
    if (m_english.isEmpty() || m_chinese.isEmpty())
        QSKIP("needs windowsRenderAndRetranslate");
    QCOMPARE(m_english.keys(), m_chinese.keys());
    // A string lupdate has not extracted yet (written while the lead refreshes the catalogues at
    // the end) is reported, not failed: once it is in the .ts file it must be translated.
    const QSet<QString> extracted = tsSources(testutil::sourceDir() + QStringLiteral("/i18n/warren_zh_CN.ts"));
    QVERIFY(!extracted.isEmpty());
    QStringList untranslated;
    QStringList pending;
    for (auto it = m_english.cbegin(); it != m_english.cend(); ++it) {
        const QString zh = m_chinese.value(it.key()).text;
        if (zh == it->text && !isExempt(zh)) {
            const QString line = QStringLiteral("%1: \"%2\"").arg(it->path, zh);
            bool known = false;
            for (const QString& context : it->contexts)
                known = known || extracted.contains(context + QChar(0x1f) + zh);
            (known ? untranslated : pending) << line;
        }
    }
    if (!pending.isEmpty())
        qWarning("%d string(s) not extracted by lupdate yet:\n%s", int(pending.size()),
            qPrintable(pending.join(QLatin1Char('\n'))));
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("\n") + untranslated.join(QLatin1Char('\n'))));
    QVERIFY(m_english.size() > 100);
}

void TestGui::chineseTextHasNoTofu()
{
    if (m_chinese.isEmpty())
        QSKIP("needs windowsRenderAndRetranslate");
    QStringList problems;
    int checked = 0;
    for (const Text& t : std::as_const(m_chinese)) {
        bool hasCjk = false;
        for (const char32_t c : t.text.toUcs4())
            hasCjk = hasCjk || isCjk(c);
        if (!hasCjk)
            continue;
        ++checked;
        const QString problem = tofuProblem(t.text, t.font);
        if (!problem.isEmpty())
            problems << QStringLiteral("%1 \"%2\": %3").arg(t.path, t.text, problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
}

void TestGui::clusterDialogKeepsPasswordOutOfProfile()
{
    const QString secret = QStringLiteral("s3cret-Pa55!");
    ClusterDialog dialog;
    dialog.setProfile(fixtureProfile());
    dialog.show();
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("apiPasswordEdit"));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(secret);

    auto* verifyTls = dialog.findChild<QCheckBox*>(QStringLiteral("verifyTlsCheck"));
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("tlsWarningLabel"));
    QVERIFY(verifyTls->isChecked());
    QVERIFY(!warning->isVisible());
    verifyTls->setChecked(false);
    QVERIFY(warning->isVisible());
    verifyTls->setChecked(true);

    QVERIFY2(dialog.validate().isEmpty(), qPrintable(dialog.validate()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ClusterProfile saved = dialog.profile();
    // The password leaves the dialog as a value; the dialog writes it nowhere (the main window
    // puts it in the session's secret store once the profile is saved).
    QCOMPARE(dialog.password(), secret);
    QVERIFY(secretStore().lookup(saved.secretKey()).isEmpty());
    QVERIFY(!QJsonDocument(saved.toJson()).toJson().contains(secret.toUtf8()));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("saved.json"));
    QString error;
    QVERIFY2(saved.save(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(secret.toUtf8()));
    secretStore().remove(saved.secretKey());

    // A dialog that fails validation stays open and says why, inline.
    ClusterDialog empty;
    empty.show();
    empty.accept();
    QVERIFY(empty.isVisible());
    auto* banner = empty.findChild<MessageBanner*>(QStringLiteral("clusterDialogBanner"));
    QVERIFY(banner && banner->isVisible());
}

void TestGui::removeClusterAsksWithoutNestedLoopAndDropsSecret()
{
    MainWindow window;
    window.setPollingEnabled(false);
    const QString path = testutil::dataFile(QStringLiteral("profile-gui.json"));
    QVERIFY(window.openProfile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ClusterProfile profile = fixtureProfile();
    secretStore().store(profile.secretKey(), QStringLiteral("to-be-forgotten"));

    // removeCluster() returns at once: the question is open, no event loop of its own runs.
    window.removeCluster();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("removeClusterBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    auto* clusterList = window.findChild<QListWidget*>(QStringLiteral("clusterList"));
    QCOMPARE(clusterList->count(), 1);
    auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"));
    QVERIFY(confirm);
    confirm->click();

    QTRY_COMPARE(clusterList->count(), 0);
    QVERIFY(secretStore().lookup(profile.secretKey()).isEmpty());
    QVERIFY(QFile::exists(path)); // not Warren's own file: kept
    QCOMPARE(window.currentProfilePath(), QString());
    QCOMPARE(
        window.findChild<QLabel*>(QStringLiteral("clusterNameLabel"))->text(), QStringLiteral("No cluster selected"));
}

void TestGui::hostKeyDialogAcceptsOnlyOnClick()
{
    const ClusterProfile profile = fixtureProfile();
    HostKeyDialog dialog(profile, profile.hosts.at(0), fixtureHostKey());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* fingerprint = dialog.findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
    QCOMPARE(fingerprint->text(), fixtureHostKey().fingerprint);
    QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(fingerprint->font().fixedPitch() || QFontInfo(fingerprint->font()).fixedPitch());
    auto* heading = dialog.findChild<QLabel*>(QStringLiteral("hostKeyHeading"));
    QCOMPARE(
        heading->text(), QStringLiteral("The authenticity of host \"rabbit1 (10.213.77.11)\" can't be established."));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustButton"));
    QVERIFY(cancel->isDefault());
    QVERIFY(!trust->isDefault() && !trust->autoDefault());
    // Enter must not trust a key: it triggers Cancel.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

// The poller against a loopback port nobody listens on (never the lab, never a real host): every
// source fails fast, which is what this test needs. The GUI thread must never wait for the
// collection, collections must never overlap, and destroying the poller mid-run must not block.
void TestGui::pollerWorksOffTheGuiThreadOneCollectionAtATime()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QTemporaryDir dir;
    ClusterProfile profile;
    profile.name = QStringLiteral("loopback");
    profile.ssh.user = QStringLiteral("nobody");
    profile.ssh.port = port;
    profile.ssh.knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    profile.ssh.timeoutMs = 3000;
    profile.api.user = QStringLiteral("nobody");
    profile.api.timeoutMs = 3000;
    HostProfile host;
    host.name = QStringLiteral("local");
    host.address = QStringLiteral("127.0.0.1");
    host.node = QStringLiteral("rabbit@local");
    host.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    host.roles = { QStringLiteral("rabbitmq") };
    profile.hosts = { host };
    secretStore().store(profile.secretKey(), QStringLiteral("not-a-real-password"));

    ClusterPoller poller;
    poller.setProfile(profile);
    poller.setIntervalSeconds(1);
    QSignalSpy snapshots(&poller, &ClusterPoller::snapshotReady);
    QSignalSpy stale(&poller, &ClusterPoller::stale);
    QList<bool> busy;
    connect(&poller, &ClusterPoller::busyChanged, this, [&busy](bool b) { busy.append(b); });

    QElapsedTimer clock;
    clock.start();
    poller.start();
    QVERIFY2(clock.elapsed() < 200, "start() waited for the collection");
    QVERIFY(poller.isBusy());
    poller.refreshNow(); // while busy: queued, not a second collection
    poller.refreshNow();

    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 2, 30000);
    const auto first = snapshots.first().first().value<ClusterSnapshot>();
    QVERIFY(!first.hasNodes());
    QVERIFY(!first.sources.isEmpty());
    for (const auto& source : first.sources)
        QVERIFY2(!source.ok && !source.error.isEmpty(), qPrintable(source.source));
    QVERIFY(stale.count() >= 1);
    QVERIFY(!stale.first().first().toString().isEmpty());
    // busyChanged strictly alternates: one collection at a time.
    for (int i = 0; i < busy.size(); ++i)
        QCOMPARE(busy.at(i), i % 2 == 0);

    // Paused: no new collection starts.
    QTRY_VERIFY_WITH_TIMEOUT(!poller.isBusy(), 10000);
    poller.pause();
    const int before = int(snapshots.count());
    QTest::qWait(1500);
    QCOMPARE(int(snapshots.count()), before);

    // Destroyed in the middle of a collection: returns at once, the late result goes nowhere.
    auto* doomed = new ClusterPoller;
    doomed->setProfile(profile);
    doomed->start();
    QVERIFY(doomed->isBusy());
    clock.restart();
    delete doomed;
    QVERIFY2(clock.elapsed() < 200, "the destructor waited for the worker");
    secretStore().remove(profile.secretKey());
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
