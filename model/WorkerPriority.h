// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace certpilot {

// Keeps worker threads below the GUI thread, so that loading and checking
// 10,000 certificates on every core never takes the GUI thread's core away
// for a frame: on a 2-core machine two busy workers at the same priority
// stretched a 7 ms table update to 30 ms. The workers lose nothing while the
// GUI thread is idle.
//
// The GUI application turns it on once at start; certpilot-cli has no GUI
// thread to protect, so its workers keep their priority.
void keepWorkersBelowGuiThread();
// Lowers the calling worker thread once it is turned on (else does nothing).
// Cheap and idempotent: call it at the start of a task.
void lowerWorkerPriority();

} // namespace certpilot
