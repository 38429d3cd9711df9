// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SslBinding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace certpilot::win {

// What can be wrong with an HTTP.sys binding list (WORKFLOW.md, case 10).
enum class BindingProblemKind {
    EmptyHash,            // no certificate hash: HTTP.sys cannot serve TLS there
    MalformedHash,        // not 40 hex digits, so no SHA-1 thumbprint
    ZeroApplicationId,    // all-zero or missing appid: left by a broken tool
    OverridesSniBinding,  // IP:port entry answering instead of SNI entries on that port
    CertificateNotFound,  // the hash names no certificate in the store
};

struct BindingProblem {
    BindingProblemKind kind;
    std::string endpoint;              // the entry at fault, e.g. "0.0.0.0:443"
    std::vector<std::string> related;  // for OverridesSniBinding: the SNI endpoints
};

// Pure function over a listing: no system calls, deterministic order (by
// input order, then kind), so the GUI, CLI `diagnose` and tests agree.
class SslBindingAudit {
public:
    // installedThumbprints: the thumbprints present in the binding's store, when
    // the caller could read them; nullopt skips the CertificateNotFound check.
    static std::vector<BindingProblem> audit(const std::vector<SslBinding> &bindings,
                                             const std::optional<std::vector<std::string>> &installedThumbprints
                                             = std::nullopt);

    // English explanation with the next step; one table, for translation later.
    static std::string_view advice(BindingProblemKind kind);
    // "EmptyHash" etc., stable for --json output.
    static std::string_view name(BindingProblemKind kind);

    static bool isZeroGuid(std::string_view guid);
    // Hex digits only, upper case: "a1 b2..." and "A1B2..." compare equal.
    static std::string normalizeHash(std::string_view hash);
};

} // namespace certpilot::win
