#include "Command.h"

namespace warren::ctl {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(makeStatusCommand());
    all.push_back(makeCheckCommand());
    all.push_back(makeHostkeyCommand());
    all.push_back(makeQueuesCommand());
    all.push_back(makeHaproxyCommand());
    all.push_back(makeDrillCommand());
    all.push_back(makePlanCommand());
    all.push_back(makeMaintenanceCommand());
    all.push_back(makeRollingCommand());
    all.push_back(makeLogCommand());
    return all;
}

} // namespace warren::ctl
