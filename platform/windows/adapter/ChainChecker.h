// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace certpilot::win {

struct ChainReport {
    // 0 when Windows accepts the chain for this host as a TLS server;
    // otherwise an HRESULT such as CERT_E_UNTRUSTEDROOT.
    std::uint32_t status = 0;
    std::string statusName;        // "OK" or the name from ErrorCatalog
    std::uint32_t trustErrors = 0; // CERT_TRUST_STATUS.dwErrorStatus of the chain
    std::vector<std::string> thumbprints; // leaf first, as far as the chain got
    // True when the SSL policy said OK but TrustStatus did not (a partial
    // chain under Wine 8); status then comes from TrustStatus.
    bool decidedByTrustStatus = false;

    bool ok() const { return status == 0; }
    // The failure with its advice, for display; only meaningful when !ok().
    WinError error() const;
};

// CertGetCertificateChain (LocalMachine engine) + CertVerifyCertificateChainPolicy
// with CERT_CHAIN_POLICY_SSL, as Schannel judges a server certificate.
class ChainChecker {
public:
    // extraCertificates: intermediates that are not installed, e.g. from a
    // CA's zip, searched like the served chain. hostName empty: no name check.
    static Result<ChainReport> check(std::span<const std::uint8_t> leafDer, const std::wstring &hostName,
                                     const std::vector<std::vector<std::uint8_t>> &extraCertificates = {});
};

} // namespace certpilot::win
