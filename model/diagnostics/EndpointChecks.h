// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/Diagnosis.h"
#include "diagnostics/DiagnosisFacts.h"

#include <QCoreApplication>

namespace certpilot {

// The checks of WORKFLOW.md's troubleshooting list that need the live site:
// what it served during the handshake (DiagnosisFacts::probe, analysed in
// DiagnosisFacts::analysis) compared with the certificate diagnosed. Without a
// host they are not applicable. Pure: no network here.
class EndpointChecks {
    Q_DECLARE_TR_FUNCTIONS(EndpointChecks)
public:
    static Diagnosis weakProtocol(const DiagnosisFacts& facts);       // case 8 (protocol)
    static Diagnosis servedCertificate(const DiagnosisFacts& facts);  // case 9
    static Diagnosis httpSysBinding(const DiagnosisFacts& facts);     // case 10
    static Diagnosis servedChain(const DiagnosisFacts& facts);        // case 12 (and 2, served)
};

} // namespace certpilot
