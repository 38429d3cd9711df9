// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslBindingAudit.h"

#include <algorithm>
#include <cctype>

namespace certpilot::win {
namespace {

struct KindText {
    BindingProblemKind kind;
    std::string_view name;
    std::string_view advice;
};

constexpr KindText kTexts[] = {
    {BindingProblemKind::EmptyHash, "EmptyHash",
     "This binding has no certificate hash, so HTTPS on it fails. Bind a certificate again, or delete the entry "
     "(netsh http delete sslcert)."},
    {BindingProblemKind::MalformedHash, "MalformedHash",
     "The certificate hash of this binding is not a SHA-1 thumbprint (40 hex digits). Delete the entry and bind the "
     "certificate again."},
    {BindingProblemKind::ZeroApplicationId, "ZeroApplicationId",
     "This binding has an all-zero application id, which some tools leave behind and IIS does not manage. Delete it "
     "and bind again from CertPilot or IIS."},
    {BindingProblemKind::OverridesSniBinding, "OverridesSniBinding",
     "An IP:port binding exists on the same port as host name (SNI) bindings, and HTTP.sys can answer with its "
     "certificate instead of the site's. Delete the IP:port entry unless a client without SNI needs it."},
    {BindingProblemKind::CertificateNotFound, "CertificateNotFound",
     "The certificate this binding names is not in the store (deleted or renewed). Bind the current certificate."},
};

const KindText &textOf(BindingProblemKind kind)
{
    return *std::find_if(std::begin(kTexts), std::end(kTexts), [kind](const KindText &t) { return t.kind == kind; });
}

} // namespace

std::string_view SslBindingAudit::advice(BindingProblemKind kind)
{
    return textOf(kind).advice;
}

std::string_view SslBindingAudit::name(BindingProblemKind kind)
{
    return textOf(kind).name;
}

bool SslBindingAudit::isZeroGuid(std::string_view guid)
{
    // netsh prints "{00000000-0000-0000-0000-000000000000}"; treat a missing id the same.
    return std::all_of(guid.begin(), guid.end(), [](char c) { return c == '0' || c == '-' || c == '{' || c == '}' || c == ' '; });
}

std::string SslBindingAudit::normalizeHash(std::string_view hash)
{
    std::string out;
    for (char c : hash) {
        if (std::isxdigit(static_cast<unsigned char>(c)))
            out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
        else if (c != ' ' && c != ':')
            return {}; // not hex at all: callers see it as malformed
    }
    return out;
}

std::vector<BindingProblem> SslBindingAudit::audit(const std::vector<SslBinding> &bindings,
                                                   const std::optional<std::vector<std::string>> &installedThumbprints)
{
    std::vector<std::string> installed;
    if (installedThumbprints) {
        for (const auto &t : *installedThumbprints)
            installed.push_back(normalizeHash(t));
    }

    std::vector<BindingProblem> problems;
    for (const auto &binding : bindings) {
        const auto endpoint = binding.endpoint();
        const auto hash = normalizeHash(binding.certificateHash);
        const bool blank = std::all_of(binding.certificateHash.begin(), binding.certificateHash.end(),
                                       [](char c) { return c == ' ' || c == '0'; });
        if (binding.certificateHash.empty() || blank) {
            problems.push_back({BindingProblemKind::EmptyHash, endpoint, {}});
        } else if (hash.size() != 40) {
            problems.push_back({BindingProblemKind::MalformedHash, endpoint, {}});
        } else if (installedThumbprints && std::find(installed.begin(), installed.end(), hash) == installed.end()) {
            problems.push_back({BindingProblemKind::CertificateNotFound, endpoint, {}});
        }

        if (isZeroGuid(binding.applicationId))
            problems.push_back({BindingProblemKind::ZeroApplicationId, endpoint, {}});

        if (binding.kind == SslBinding::Kind::IpPort) {
            std::vector<std::string> shadowed;
            for (const auto &other : bindings) {
                if (other.kind == SslBinding::Kind::HostnamePort && other.port == binding.port)
                    shadowed.push_back(other.endpoint());
            }
            if (!shadowed.empty())
                problems.push_back({BindingProblemKind::OverridesSniBinding, endpoint, std::move(shadowed)});
        }
    }
    return problems;
}

} // namespace certpilot::win
