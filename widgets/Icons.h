#pragma once

#include <QIcon>
#include <QString>

namespace warren {

// Warren's own SVG icons (":/icons/<name>.svg"), rendered with QtSvg at the usual sizes so they
// do not depend on an icon-engine plugin being installed.
QIcon warrenIcon(const QString& name);
QIcon applicationIcon();

} // namespace warren
