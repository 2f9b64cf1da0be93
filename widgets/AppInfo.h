#pragma once

#include <QString>

namespace warren {

// The version from the build (CMake's PROJECT_VERSION) and the git revision it was built from.
QString applicationVersionString();

} // namespace warren
