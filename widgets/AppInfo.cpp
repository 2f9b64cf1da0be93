#include "AppInfo.h"

#include "WarrenGitRevision.h"

namespace warren {

QString applicationVersionString()
{
    return QStringLiteral(WARREN_VERSION " (git " WARREN_GIT_REVISION ")");
}

} // namespace warren
