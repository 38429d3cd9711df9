// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace certpilot::test {

namespace {
bool getCaps(__user_cap_data_struct* data)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return syscall(SYS_capget, &header, data) == 0;
}
bool setCaps(__user_cap_data_struct* data)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return syscall(SYS_capset, &header, data) == 0;
}
constexpr unsigned kDacBits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);
} // namespace

EnforceFilePermissions::EnforceFilePermissions()
{
    __user_cap_data_struct data[2] = {};
    if (!getCaps(data))
        return;
    m_saved[0] = data[0].effective;
    m_saved[1] = data[1].effective;
    if ((data[0].effective & kDacBits) == 0)
        return;
    data[0].effective &= ~kDacBits;
    m_dropped = setCaps(data);
}

EnforceFilePermissions::~EnforceFilePermissions()
{
    if (!m_dropped)
        return;
    __user_cap_data_struct data[2] = {};
    if (getCaps(data)) {
        data[0].effective = m_saved[0];
        data[1].effective = m_saved[1];
        setCaps(data);
    }
}

} // namespace certpilot::test
