// SPDX-License-Identifier: GPL-3.0-or-later
#include "PfxTransfer.h"

#include "KeyContainer.h"
#include "KeyTransfer.h"
#include "Native.h"
#include "SystemStore.h"

namespace certpilot::win {

using namespace native;

namespace {

StorePtr openMemoryStore()
{
    return StorePtr(CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, CERT_STORE_CREATE_NEW_FLAG, nullptr));
}

Result<void> addChain(HCERTSTORE target, PCCERT_CONTEXT leaf)
{
    CERT_CHAIN_PARA para{};
    para.cbSize = sizeof para;
    auto engine = freshMachineChainEngine();
    if (!engine)
        return engine.error();
    PCCERT_CHAIN_CONTEXT raw = nullptr;
    if (!CertGetCertificateChain(static_cast<HCERTCHAINENGINE>(engine->get()), leaf, nullptr, nullptr, &para, 0, nullptr, &raw))
        return lastError("CertGetCertificateChain", "PFX export");
    ChainPtr chain(raw);
    const CERT_SIMPLE_CHAIN *simple = chain->rgpChain[0];
    for (DWORD i = 1; i < simple->cElement; ++i) {
        if (!CertAddCertificateContextToStore(target, simple->rgpElement[i]->pCertContext,
                                              CERT_STORE_ADD_REPLACE_EXISTING, nullptr))
            return lastError("CertAddCertificateContextToStore", "PFX chain");
    }
    return {};
}

Result<std::vector<BYTE>> exportStore(HCERTSTORE store, const std::wstring &password, bool aes)
{
    PKCS12_PBES2_EXPORT_PARAMS params{sizeof params, nullptr, const_cast<LPWSTR>(PKCS12_PBES2_ALG_AES256_SHA256)};
    const DWORD flags = EXPORT_PRIVATE_KEYS | REPORT_NOT_ABLE_TO_EXPORT_PRIVATE_KEY | REPORT_NO_PRIVATE_KEY
        | (aes ? PKCS12_EXPORT_PBES2_PARAMS : 0);
    void *para = aes ? &params : nullptr;
    const char *what = aes ? "AES256-SHA256" : "TripleDES-SHA1";
    CRYPT_DATA_BLOB blob{};
    if (!PFXExportCertStoreEx(store, &blob, password.c_str(), para, flags))
        return lastError("PFXExportCertStoreEx", what);
    std::vector<BYTE> out(blob.cbData);
    blob.pbData = out.data();
    if (!PFXExportCertStoreEx(store, &blob, password.c_str(), para, flags))
        return lastError("PFXExportCertStoreEx", what);
    out.resize(blob.cbData);
    return out;
}

// Where the temporary key really is. Wine records flags 0 and key spec 3
// although it honoured CRYPT_MACHINE_KEYSET (or not), so try the variants.
Result<KeyContainer> openImportedKey(KeyLocation location)
{
    const DWORD specs[] = {location.keySpec, AT_KEYEXCHANGE, AT_SIGNATURE};
    const DWORD flags[] = {location.flags, location.flags ^ KeyLocation::kMachineKeySet};
    Result<KeyContainer> first = WinError();
    bool firstSet = false;
    for (DWORD flag : flags) {
        for (DWORD spec : specs) {
            location.flags = flag;
            location.keySpec = spec;
            auto key = KeyContainer::open(location);
            if (key)
                return key;
            if (!firstSet) {
                first = key;
                firstSet = true;
            }
        }
    }
    return first;
}

} // namespace

Result<PfxTransfer::Exported> PfxTransfer::exportPfx(std::string_view thumbprint, const std::wstring &password,
                                                     bool includeChain, PfxEncryption encryption)
{
    auto personal = SystemStore::open(StoreName::My, true);
    if (!personal)
        return personal.error();
    auto leaf = findByThumbprint(personal->nativeHandle(), thumbprint);
    if (!leaf)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "PfxTransfer::exportPfx", std::string(thumbprint));
    auto memory = openMemoryStore();
    if (!memory)
        return lastError("CertOpenStore(MEMORY)");
    // The copy keeps the properties, KEY_PROV_INFO included.
    if (!CertAddCertificateContextToStore(memory.get(), leaf.get(), CERT_STORE_ADD_ALWAYS, nullptr))
        return lastError("CertAddCertificateContextToStore", "PFX export");
    if (includeChain) {
        if (auto added = addChain(memory.get(), leaf.get()); !added)
            return added.error();
    }

    if (encryption != PfxEncryption::TripleDesSha1) {
        auto aes = exportStore(memory.get(), password, true);
        if (aes)
            return Exported{std::move(aes.value()), PfxEncryption::Aes256Sha256};
        if (encryption == PfxEncryption::Aes256Sha256)
            return aes.error();
        // Older Windows rejects the PBES2 flag; TripleDES is what they read.
    }
    auto legacy = exportStore(memory.get(), password, false);
    if (!legacy)
        return legacy.error();
    return Exported{std::move(legacy.value()), PfxEncryption::TripleDesSha1};
}

Result<bool> PfxTransfer::verifyPassword(std::span<const std::uint8_t> pfx, const std::wstring &password)
{
    CRYPT_DATA_BLOB blob{static_cast<DWORD>(pfx.size()), const_cast<BYTE *>(pfx.data())};
    if (!PFXIsPFXBlob(&blob))
        return WinError(static_cast<DWORD>(CRYPT_E_ASN1_BADTAG), "PFXIsPFXBlob", "not a PKCS#12 file");
    return PFXVerifyPassword(&blob, password.c_str(), 0) != FALSE;
}

Result<PfxTransfer::Imported> PfxTransfer::importPfx(std::span<const std::uint8_t> pfx, const std::wstring &password,
                                                     bool exportable, const std::wstring &friendlyName)
{
    CRYPT_DATA_BLOB blob{static_cast<DWORD>(pfx.size()), const_cast<BYTE *>(pfx.data())};
    if (!PFXIsPFXBlob(&blob))
        return WinError(static_cast<DWORD>(CRYPT_E_ASN1_BADTAG), "PFXIsPFXBlob", "not a PKCS#12 file");
    // Always exportable here: the key must be moved out of the temporary container.
    StorePtr imported(PFXImportCertStore(&blob, password.c_str(), CRYPT_EXPORTABLE | CRYPT_MACHINE_KEYSET));
    if (!imported)
        return lastError("PFXImportCertStore");

    Imported result;
    PCCERT_CONTEXT context = nullptr;
    while ((context = CertEnumCertificatesInStore(imported.get(), context)) != nullptr) {
        std::vector<BYTE> der(context->pbCertEncoded, context->pbCertEncoded + context->cbCertEncoded);
        const auto temporary = readKeyLocation(context);
        if (!temporary) {
            result.otherCertificates.push_back(std::move(der));
            continue;
        }
        auto key = openImportedKey(*temporary);
        if (!key) {
            CertFreeCertificateContext(context);
            return key.error();
        }
        auto blobOut = key->exportPrivateBlob();
        if (!blobOut) {
            CertFreeCertificateContext(context);
            return blobOut.error();
        }
        auto stored = KeyTransfer::importWithPrivateKey(der, blobOut->bytes(), {exportable, friendlyName});
        if (!stored) {
            CertFreeCertificateContext(context);
            return stored.error();
        }
        const auto temporaryLocation = key->location();
        key = WinError(); // close the handle before deleting its container
        (void)KeyContainer::destroy(temporaryLocation);
        result.withKeys.push_back(std::move(stored.value()));
    }
    return result;
}

} // namespace certpilot::win
