#include "NetworkJobs.h"

#include <QThreadPool>

namespace warren {

QThreadPool* networkJobPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("networkJobs"));
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(60000);
        return p;
    }();
    return pool;
}

} // namespace warren
