// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeartbeatWatchdog.h"

#include <algorithm>
#include <ctime>

namespace certpilot::test {

namespace {

qint64 threadCpuNs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return 0;
}

} // namespace

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
    m_lastCpuNs = threadCpuNs();
    m_largestBusyNs = 0;
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
    const qint64 cpu = threadCpuNs();
    m_largestBusyNs = std::max(m_largestBusyNs, cpu - m_lastCpuNs);
    m_lastCpuNs = cpu;
    ++m_ticks;
}

} // namespace certpilot::test
