// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyTransfer.h"

#include "KeyContainer.h"
#include "Native.h"
#include "SystemStore.h"

namespace certpilot::win {

using namespace native;

Result<SecretBytes> KeyTransfer::exportPrivateKey(std::string_view thumbprint, StoreName storeName)
{
    auto store = SystemStore::open(storeName, true);
    if (!store)
        return store.error();
    auto certificate = store->find(thumbprint);
    if (!certificate)
        return certificate.error();
    if (!certificate->key)
        return WinError(static_cast<DWORD>(CRYPT_E_NO_KEY_PROPERTY), "KeyTransfer::exportPrivateKey",
                        std::string(thumbprint));
    auto key = KeyContainer::open(*certificate->key);
    if (!key)
        return key.error();
    return key->exportPrivateBlob();
}

Result<StoredCertificate> KeyTransfer::importWithPrivateKey(std::span<const std::uint8_t> certificateDer,
                                                            std::span<const std::uint8_t> privateKeyBlob,
                                                            const ImportOptions &options)
{
    ContextPtr certificate(CertCreateCertificateContext(X509_ASN_ENCODING, certificateDer.data(),
                                                        static_cast<DWORD>(certificateDer.size())));
    if (!certificate)
        return lastError("CertCreateCertificateContext", "certificate to import");
    auto store = SystemStore::open(options.store);
    if (!store)
        return store.error();

    KeyLocation where;
    where.flags = KeyLocation::kMachineKeySet;
    auto key = KeyContainer::importPrivateBlob(where, privateKeyBlob, options.exportable);
    if (!key)
        return key.error();
    const KeyLocation location = key->location();
    auto fail = [&](WinError error) -> Result<StoredCertificate> {
        (void)KeyContainer::destroy(location);
        return error;
    };

    auto publicKey = key->publicKeyInfo();
    if (!publicKey)
        return fail(publicKey.error());
    CERT_PUBLIC_KEY_INFO *info = nullptr;
    DWORD size = 0;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING, X509_PUBLIC_KEY_INFO, publicKey->data(),
                             static_cast<DWORD>(publicKey->size()), CRYPT_DECODE_ALLOC_FLAG, nullptr, &info, &size))
        return fail(lastError("CryptDecodeObjectEx", "X509_PUBLIC_KEY_INFO"));
    LocalPtr<CERT_PUBLIC_KEY_INFO> owner(info);
    if (!CertComparePublicKeyInfo(X509_ASN_ENCODING, info, &certificate->pCertInfo->SubjectPublicKeyInfo))
        return fail(WinError(static_cast<DWORD>(NTE_BAD_PUBLIC_KEY), "KeyTransfer::importWithPrivateKey",
                             "the key does not belong to the certificate"));

    auto stored = store->add(certificateDer, options.friendlyName, &location);
    if (!stored)
        return fail(stored.error());
    return stored;
}

} // namespace certpilot::win
