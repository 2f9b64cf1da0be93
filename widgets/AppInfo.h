#pragma once

#include <QString>

namespace warren {

// The version from the build (CMake's PROJECT_VERSION).
QString applicationVersionString();

} // namespace warren
