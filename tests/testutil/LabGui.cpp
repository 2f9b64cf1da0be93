#include "LabGui.h"

#include "ClusterGraphPanel.h"
#include "ClusterGraphView.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace testutil {

QString prepareLabGui(const QString& applicationName, bool checkLab)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    if (!warren::UiLanguage::apply(QStringLiteral("en"), false))
        return QStringLiteral("the English UI could not be applied");
    if (checkLab && !labctl({ QStringLiteral("status") }).ok())
        return QStringLiteral("the lab is not fully up (lab/labctl status)");
    return {};
}

bool LabWindow::open(const QString& profile, QSize size)
{
    window.resize(size);
    if (!window.openProfile(profile))
        return false;
    window.show();
    view = window.findChild<warren::ClusterGraphView*>(QStringLiteral("clusterGraph"));
    panel = window.findChild<warren::ClusterGraphPanel*>(QStringLiteral("graphPanel"));
    return view && panel && QTest::qWaitForWindowExposed(&window);
}

bool LabWindow::saveBothLanguages(const QString& name, const QString& dir)
{
    // No text cursor blinking in a spin box on the screenshots.
    if (QWidget* focused = window.focusWidget())
        focused->clearFocus();
    bool ok = true;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        warren::UiLanguage::apply(language, false);
        QCoreApplication::processEvents();
        ok = window.grab().save(dir + QStringLiteral("/%1-%2.png").arg(name, language)) && ok;
    }
    warren::UiLanguage::apply(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
    return ok;
}

} // namespace testutil
