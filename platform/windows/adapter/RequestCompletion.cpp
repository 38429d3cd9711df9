// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestCompletion.h"

#include "KeyContainer.h"
#include "Native.h"
#include "SystemStore.h"

namespace certpilot::win {

using namespace native;

namespace {

// The key's own public key, compared with the certificate's, proves the link
// rather than trusting the KEY_PROV_INFO property.
Result<void> checkKeyMatches(const KeyContainer &key, PCCERT_CONTEXT certificate)
{
    auto publicKey = key.publicKeyInfo();
    if (!publicKey)
        return publicKey.error();
    CERT_PUBLIC_KEY_INFO *info = nullptr;
    DWORD size = 0;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING, X509_PUBLIC_KEY_INFO, publicKey->data(),
                             static_cast<DWORD>(publicKey->size()), CRYPT_DECODE_ALLOC_FLAG, nullptr, &info, &size))
        return lastError("CryptDecodeObjectEx", "X509_PUBLIC_KEY_INFO");
    LocalPtr<CERT_PUBLIC_KEY_INFO> owner(info);
    if (!CertComparePublicKeyInfo(X509_ASN_ENCODING, info, &certificate->pCertInfo->SubjectPublicKeyInfo))
        return WinError(static_cast<DWORD>(NTE_BAD_PUBLIC_KEY), "CertComparePublicKeyInfo",
                        "the pending key container holds a different key");
    return {};
}

} // namespace

Result<StoredCertificate> RequestCompletion::complete(std::span<const std::uint8_t> responseDer,
                                                      const std::wstring &friendlyName)
{
    ContextPtr response(
        CertCreateCertificateContext(X509_ASN_ENCODING, responseDer.data(), static_cast<DWORD>(responseDer.size())));
    if (!response)
        return lastError("CertCreateCertificateContext", "CA response");
    const auto responseThumbprint = describe(response.get()).thumbprint;

    auto personal = SystemStore::open(StoreName::My);
    if (!personal)
        return personal.error();
    auto requests = SystemStore::open(StoreName::Request);
    if (!requests)
        return requests.error();

    ContextPtr pending;
    std::size_t checked = 0;
    PCCERT_CONTEXT entry = nullptr;
    while ((entry = CertEnumCertificatesInStore(requests->nativeHandle(), entry)) != nullptr) {
        ++checked;
        if (CertComparePublicKeyInfo(X509_ASN_ENCODING, &entry->pCertInfo->SubjectPublicKeyInfo,
                                     &response->pCertInfo->SubjectPublicKeyInfo)) {
            pending.reset(CertDuplicateCertificateContext(entry));
            CertFreeCertificateContext(entry);
            break;
        }
    }

    if (!pending) {
        if (auto done = personal->find(responseThumbprint); done && done->hasPrivateKey) {
            if (!friendlyName.empty() && done->friendlyName != friendlyName) {
                if (auto renamed = personal->setFriendlyName(responseThumbprint, friendlyName); !renamed)
                    return renamed.error();
                return personal->find(responseThumbprint);
            }
            return done;
        }
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "RequestCompletion::complete",
                        "no pending request in LocalMachine\\REQUEST has the key of certificate " + responseThumbprint
                            + " (" + std::to_string(checked) + " pending checked)");
    }

    const auto pendingThumbprint = describe(pending.get()).thumbprint;
    const auto location = readKeyLocation(pending.get());
    if (!location)
        return WinError(static_cast<DWORD>(CRYPT_E_NO_KEY_PROPERTY), "RequestCompletion::complete",
                        "pending entry " + pendingThumbprint + " is not linked to a key");
    auto key = KeyContainer::open(*location);
    if (!key)
        return key.error();
    if (auto matches = checkKeyMatches(key.value(), response.get()); !matches)
        return matches.error();

    auto installed = personal->add(responseDer, friendlyName, &location.value());
    if (!installed)
        return installed.error();
    // The key now belongs to the issued certificate; the placeholder only
    // would confuse the next completion.
    if (auto removed = requests->remove(pendingThumbprint); !removed)
        return removed.error();
    return installed;
}

} // namespace certpilot::win
