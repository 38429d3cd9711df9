// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeartbeatWatchdog.h"

namespace certpilot::test {

HeartbeatWatchdog::HeartbeatWatchdog(int intervalMs, QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatWatchdog::tick);
}

void HeartbeatWatchdog::start()
{
    reset();
    m_timer.start();
}

void HeartbeatWatchdog::stop()
{
    m_timer.stop();
    tick();   // a stall that is still going on counts too
}

void HeartbeatWatchdog::reset()
{
    m_clock.start();
    m_lastNs = 0;
    m_largestNs = 0;
    m_largestAtNs = 0;
    m_ticks = 0;
}

void HeartbeatWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    if (gap > m_largestNs) {
        m_largestNs = gap;
        m_largestAtNs = now;
    }
    m_lastNs = now;
    ++m_ticks;
}

} // namespace certpilot::test
