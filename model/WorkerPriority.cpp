// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerPriority.h"

#include <QThread>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace certpilot {

namespace {
std::atomic_bool g_enabled{false};
}

void keepWorkersBelowGuiThread() { g_enabled = true; }

void lowerWorkerPriority()
{
    thread_local bool lowered = false;
    if (lowered || !g_enabled.load(std::memory_order_relaxed))
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value, and QThread's priorities
    // have no effect under its default scheduling policy. A thread at nice 10
    // weighs about a tenth of one at 0.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#else
    if (QThread* thread = QThread::currentThread())
        thread->setPriority(QThread::LowPriority);
#endif
}

} // namespace certpilot
