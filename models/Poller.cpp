#include "Poller.h"

namespace warren {

PollerBase::PollerBase(int intervalSeconds, QObject* parent)
    : QObject(parent)
    , m_intervalSeconds(intervalSeconds)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollerBase::refreshNow);
}

PollerBase::~PollerBase()
{
    m_cancel.cancel();
}

void PollerBase::setProfileAndStop(const ClusterProfile& profile)
{
    stopPolling();
    m_profile = profile;
    m_hasProfile = true;
}

void PollerBase::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
    if (m_timer.isActive())
        m_timer.start(intervalSeconds() * 1000);
}

void PollerBase::refreshNow()
{
    if (!m_hasProfile)
        return;
    if (m_running) {
        m_refreshQueued = true;
        return;
    }
    run();
}

void PollerBase::stopPolling()
{
    m_active = false;
    m_refreshQueued = false;
    m_timer.stop();
    ++m_generation;
    m_cancel.cancel();
}

PollerBase::RunTicket PollerBase::beginRun()
{
    m_timer.stop();
    m_refreshQueued = false;
    m_running = true;
    m_cancel = CancelToken();
    return { m_generation, m_cancel };
}

void PollerBase::runEnded()
{
    if (m_running)
        return; // a slot started the next one
    if (m_refreshQueued)
        refreshNow();
    else
        scheduleNext();
}

void PollerBase::scheduleNext()
{
    if (m_active && mayPoll() && !m_running)
        m_timer.start(intervalSeconds() * 1000);
}

} // namespace warren
