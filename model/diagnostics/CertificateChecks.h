// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/Diagnosis.h"
#include "diagnostics/DiagnosisFacts.h"

#include <QCoreApplication>

namespace certpilot {

// The checks of WORKFLOW.md's troubleshooting list that look at the
// certificate in the store: its dates, path, names, key and strength. Pure:
// they read DiagnosisFacts (with its chain computed) and nothing else.
class CertificateChecks {
    Q_DECLARE_TR_FUNCTIONS(CertificateChecks)
public:
    static constexpr int kRenewWarningDays = 30;

    static Diagnosis validity(const DiagnosisFacts& facts);             // case 1
    static Diagnosis intermediateMissing(const DiagnosisFacts& facts);  // case 2 (installed)
    static Diagnosis rootNotTrusted(const DiagnosisFacts& facts);       // case 3
    static Diagnosis hostName(const DiagnosisFacts& facts);             // case 4
    static Diagnosis privateKeyMissing(const DiagnosisFacts& facts);    // case 5
    static Diagnosis keyMismatch(const DiagnosisFacts& facts);          // case 6
    static Diagnosis serverAuth(const DiagnosisFacts& facts);           // case 7
    static Diagnosis weakKey(const DiagnosisFacts& facts);              // case 8 (key)
    static Diagnosis weakSignature(const DiagnosisFacts& facts);        // case 8 (signature)
    static Diagnosis keyAccess(const DiagnosisFacts& facts);            // case 11

    // The host names to check the certificate against: the given host, else
    // the server names of the sites it is recorded as bound to.
    static QStringList hostsToCheck(const DiagnosisFacts& facts);
};

} // namespace certpilot
