// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace certpilot::test {

// Measures how long the thread it lives in (the GUI thread) stops answering:
// a precise timer ticks every `intervalMs` and the largest gap between two
// ticks is what a user would feel as a frozen window. Gaps are recorded, never
// asserted against a time here: tests print them, bench/run judges them.
class HeartbeatWatchdog : public QObject {
    Q_OBJECT
public:
    explicit HeartbeatWatchdog(int intervalMs = 1, QObject* parent = nullptr);

    void start();
    void stop();
    void reset();

    double largestGapMs() const { return double(m_largestNs) / 1e6; }
    // When the largest gap ended, in ms since start() (to tell which step stalled).
    double largestGapAtMs() const { return double(m_largestAtNs) / 1e6; }
    int ticks() const { return m_ticks; }
    // The most CPU time the thread itself used between two ticks: the work
    // it did, without the time a loaded machine gave its core to others
    // (the wall-clock gap above includes both). 0 where threads have no clock.
    double largestBusyMs() const { return double(m_largestBusyNs) / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_largestNs = 0;
    qint64 m_largestAtNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_largestBusyNs = 0;
    int m_ticks = 0;
};

} // namespace certpilot::test
