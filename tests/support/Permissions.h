// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tests of read-only folders must also work as root (CI runs as root), where
// file permissions are not enforced. This drops CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH from the effective set while it lives, so chmod 0500
// means read-only for the test process too.

namespace certpilot::test {

class EnforceFilePermissions {
public:
    EnforceFilePermissions();
    ~EnforceFilePermissions();
    EnforceFilePermissions(const EnforceFilePermissions&) = delete;
    EnforceFilePermissions& operator=(const EnforceFilePermissions&) = delete;

private:
    bool m_dropped = false;
    unsigned m_saved[2] = {0, 0};
};

} // namespace certpilot::test
