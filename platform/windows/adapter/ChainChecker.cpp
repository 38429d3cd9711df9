// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainChecker.h"

#include "ErrorCatalog.h"
#include "Native.h"

namespace certpilot::win {

using namespace native;

namespace {

// Maps chain-building errors to the HRESULT the SSL policy reports for them
// on Windows. Order matters: the first match is the most fundamental cause.
DWORD statusFromTrust(DWORD errors)
{
    if (errors & CERT_TRUST_IS_PARTIAL_CHAIN)
        return static_cast<DWORD>(CERT_E_CHAINING);
    if (errors & CERT_TRUST_IS_NOT_SIGNATURE_VALID)
        return static_cast<DWORD>(TRUST_E_CERT_SIGNATURE);
    if (errors & CERT_TRUST_IS_UNTRUSTED_ROOT)
        return static_cast<DWORD>(CERT_E_UNTRUSTEDROOT);
    if (errors & CERT_TRUST_IS_NOT_TIME_VALID)
        return static_cast<DWORD>(CERT_E_EXPIRED);
    if (errors & CERT_TRUST_IS_REVOKED)
        return static_cast<DWORD>(CERT_E_REVOKED);
    if (errors & CERT_TRUST_INVALID_BASIC_CONSTRAINTS)
        return static_cast<DWORD>(TRUST_E_BASIC_CONSTRAINTS);
    if (errors & CERT_TRUST_IS_NOT_VALID_FOR_USAGE)
        return static_cast<DWORD>(CERT_E_WRONG_USAGE);
    return 0;
}

// Errors that make a chain unusable; revocation "unknown/offline" bits are
// left to the policy, which decides them by its own flags.
constexpr DWORD kFatalTrustErrors = CERT_TRUST_IS_PARTIAL_CHAIN | CERT_TRUST_IS_NOT_SIGNATURE_VALID
    | CERT_TRUST_IS_UNTRUSTED_ROOT | CERT_TRUST_IS_NOT_TIME_VALID | CERT_TRUST_IS_REVOKED
    | CERT_TRUST_INVALID_BASIC_CONSTRAINTS;

} // namespace

WinError ChainReport::error() const
{
    return WinError(status, "CertVerifyCertificateChainPolicy(SSL)");
}

Result<ChainReport> ChainChecker::check(std::span<const std::uint8_t> leafDer, const std::wstring &hostName,
                                        const std::vector<std::vector<std::uint8_t>> &extraCertificates)
{
    ContextPtr leaf(CertCreateCertificateContext(X509_ASN_ENCODING, leafDer.data(), static_cast<DWORD>(leafDer.size())));
    if (!leaf)
        return lastError("CertCreateCertificateContext", "certificate to check");
    StorePtr extra(CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, CERT_STORE_CREATE_NEW_FLAG, nullptr));
    if (!extra)
        return lastError("CertOpenStore(MEMORY)");
    for (const auto &der : extraCertificates) {
        if (!CertAddEncodedCertificateToStore(extra.get(), X509_ASN_ENCODING, der.data(), static_cast<DWORD>(der.size()),
                                              CERT_STORE_ADD_REPLACE_EXISTING, nullptr))
            return lastError("CertAddEncodedCertificateToStore", "extra chain certificate");
    }

    LPSTR serverAuth = const_cast<LPSTR>(szOID_PKIX_KP_SERVER_AUTH);
    CERT_CHAIN_PARA chainPara{};
    chainPara.cbSize = sizeof chainPara;
    chainPara.RequestedUsage.dwType = USAGE_MATCH_TYPE_AND;
    chainPara.RequestedUsage.Usage = {1, &serverAuth};
    auto engine = freshMachineChainEngine();
    if (!engine)
        return engine.error();
    PCCERT_CHAIN_CONTEXT raw = nullptr;
    if (!CertGetCertificateChain(static_cast<HCERTCHAINENGINE>(engine->get()), leaf.get(), nullptr, extra.get(), &chainPara, 0, nullptr, &raw))
        return lastError("CertGetCertificateChain");
    ChainPtr chain(raw);

    SSL_EXTRA_CERT_CHAIN_POLICY_PARA ssl{};
    ssl.cbSize = sizeof ssl;
    ssl.dwAuthType = AUTHTYPE_SERVER;
    ssl.pwszServerName = hostName.empty() ? nullptr : const_cast<LPWSTR>(hostName.c_str());
    CERT_CHAIN_POLICY_PARA policyPara{};
    policyPara.cbSize = sizeof policyPara;
    policyPara.pvExtraPolicyPara = &ssl;
    CERT_CHAIN_POLICY_STATUS policyStatus{};
    policyStatus.cbSize = sizeof policyStatus;
    if (!CertVerifyCertificateChainPolicy(CERT_CHAIN_POLICY_SSL, chain.get(), &policyPara, &policyStatus))
        return lastError("CertVerifyCertificateChainPolicy");

    ChainReport report;
    report.trustErrors = chain->TrustStatus.dwErrorStatus;
    report.status = policyStatus.dwError;
    if (chain->cChain > 0) {
        const CERT_SIMPLE_CHAIN *simple = chain->rgpChain[0];
        for (DWORD i = 0; i < simple->cElement; ++i)
            report.thumbprints.push_back(describe(simple->rgpElement[i]->pCertContext).thumbprint);
    }
    // Wine 8 passes a partial chain (TrustStatus 0x10000) through the SSL
    // policy with 0, where Windows says CERT_E_CHAINING: never trust a 0
    // that TrustStatus contradicts.
    if (report.status == 0 && (report.trustErrors & kFatalTrustErrors)) {
        report.status = statusFromTrust(report.trustErrors);
        report.decidedByTrustStatus = true;
    }
    if (report.status == 0) {
        report.statusName = "OK";
    } else {
        const auto *entry = ErrorCatalog::lookup(report.status);
        report.statusName = entry ? std::string(entry->name) : ErrorCatalog::hex(report.status);
    }
    return report;
}

} // namespace certpilot::win
