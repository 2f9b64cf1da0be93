#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace testutil {

// The GUI thread's longest stall while it runs: a fine-grained timer on the thread's event loop,
// and the largest gap between two of its ticks beyond the interval. Tests keep their own blocking
// calls (reading ground truth over SSH) outside a measurement (pause/resume).
class StallMeter final
{
public:
    explicit StallMeter(int intervalMs = 10)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 gap = m_tick.restart() - m_interval;
            if (gap > m_max)
                m_max = gap;
        });
    }

    void start()
    {
        m_max = 0;
        m_tick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestStallMs() const
    {
        // A stall still under way counts too.
        return m_timer.isActive() ? qMax(m_max, m_tick.elapsed() - m_interval) : m_max;
    }

private:
    int m_interval;
    qint64 m_max = 0;
    QElapsedTimer m_tick;
    QTimer m_timer;
};

} // namespace testutil
