// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace certpilot::win {

// The LocalMachine system stores CertPilot maps its logical stores to (DESIGN.md).
enum class StoreName {
    My,      // "MY": Personal, certificates with keys
    Root,    // "Root": Trusted Root Certification Authorities
    Ca,      // "CA": Intermediate Certification Authorities
    Request, // "REQUEST": Certificate Enrollment Requests (pending keys)
};

} // namespace certpilot::win
