// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessProtection.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace certpilot {

bool ProcessProtection::disableCoreDumps()
{
    bool ok = true;
#ifdef Q_OS_LINUX
    // Not dumpable: no core file even when a core pattern pipes to a handler
    // (systemd-coredump ignores RLIMIT_CORE), and no ptrace by the same user.
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
    return ok;
}

bool ProcessProtection::coreDumpsDisabled()
{
#ifdef Q_OS_UNIX
    rlimit core{};
    if (::getrlimit(RLIMIT_CORE, &core) != 0 || core.rlim_cur != 0)
        return false;
#endif
#ifdef Q_OS_LINUX
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return true;
#endif
}

} // namespace certpilot
