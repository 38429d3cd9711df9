// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot::ossl {

// Drains OpenSSL's thread-local error queue into one line of technical detail.
// Call it right after a failed OpenSSL call; the queue is empty afterwards, so
// a tolerated failure never leaks into the next operation's report.
QString takeErrors();

// Empties the queue after a failure we tolerate on purpose (probing formats).
void clearErrors();

// The reason code of the newest error, or 0; leaves the queue untouched.
unsigned long peekLastReason();

} // namespace certpilot::ossl
