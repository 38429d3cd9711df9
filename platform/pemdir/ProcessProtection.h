// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps private keys and passwords in this process's memory out of core dumps
// and away from other processes of the same user (ptrace, /proc/PID/mem).
// Both programs call disableCoreDumps() first thing in main(). It lives with
// the PEM-directory backend because that is the POSIX part of platform/.
namespace certpilot {

class ProcessProtection {
public:
    // Linux: prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE 0; other POSIX systems:
    // RLIMIT_CORE 0; Windows: nothing (no core files; WER dumps are opt-in).
    // Returns false when a step failed (the program still runs).
    static bool disableCoreDumps();

    // True when no core dump would be written: the dumpable flag is off (Linux)
    // and the core size limit is 0.
    static bool coreDumpsDisabled();
};

} // namespace certpilot
