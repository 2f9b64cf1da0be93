#include "AppInfo.h"

namespace warren {

QString applicationVersionString()
{
    return QStringLiteral(WARREN_VERSION);
}

} // namespace warren
