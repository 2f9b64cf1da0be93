#pragma once

// The setup the lab GUI tests share: the application's settings and language for a test run, and
// the real MainWindow on the lab profile, offscreen, with its ClusterPoller polling the lab.

#include "MainWindow.h"
#include "testutil/TestUtil.h"

#include <QSize>
#include <QString>

namespace warren {
class ClusterGraphPanel;
class ClusterGraphView;
} // namespace warren

namespace testutil {

// For initTestCase(), after WARREN_REQUIRE_LAB(): settings in test mode under the test's own name
// (cleared), English UI, and - when checkLab - the lab as its README promises it (`labctl status`),
// or a test would judge someone else's fault. Returns what is wrong; empty when ready:
//   QVERIFY2(testutil::prepareLabGui(u"tst_x"_s).isEmpty(), ...)
QString prepareLabGui(const QString& applicationName, bool checkLab = true);

// The main window on a profile (the lab's by default), shown offscreen, polling.
struct LabWindow
{
    warren::MainWindow window;
    warren::ClusterGraphView* view = nullptr;
    warren::ClusterGraphPanel* panel = nullptr;

    // false when the profile does not open or the window never shows.
    bool open(const QString& profile = labProfile(), QSize size = QSize(1400, 850));
    // window.grab() as <dir>/<name>-en.png and <name>-zh_CN.png (the UI returns to English);
    // false when a file could not be written.
    bool saveBothLanguages(const QString& name, const QString& dir = artifactsDir());
};

} // namespace testutil
