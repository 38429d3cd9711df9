// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adapter-internal: the only header that pulls in windows.h. Public headers
// stay free of it so the Qt/OpenSSL side never sees Windows macros
// (they clash with OpenSSL's names, see STYLE.md).

#include "KeyLocation.h"
#include "StoreName.h"
#include "Result.h"
#include "StoredCertificate.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <wincrypt.h>
#include <ncrypt.h>

#include <memory>
#include <optional>
#include <utility>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certpilot::win::native {

struct StoreCloser {
    void operator()(void *store) const { CertCloseStore(static_cast<HCERTSTORE>(store), 0); }
};
struct ContextFreer {
    void operator()(const CERT_CONTEXT *context) const { CertFreeCertificateContext(context); }
};
struct ChainFreer {
    void operator()(const CERT_CHAIN_CONTEXT *chain) const { CertFreeCertificateChain(chain); }
};
struct LocalFreer {
    void operator()(void *p) const { LocalFree(p); }
};

struct EngineFreer {
    void operator()(void *engine) const { CertFreeCertificateChainEngine(static_cast<HCERTCHAINENGINE>(engine)); }
};

using StorePtr = std::unique_ptr<void, StoreCloser>;
using EnginePtr = std::unique_ptr<void, EngineFreer>;
using ContextPtr = std::unique_ptr<const CERT_CONTEXT, ContextFreer>;
using ChainPtr = std::unique_ptr<const CERT_CHAIN_CONTEXT, ChainFreer>;
template <typename T>
using LocalPtr = std::unique_ptr<T, LocalFreer>;

// HCRYPTPROV / HCRYPTKEY / HCRYPTHASH / NCRYPT handles are integers, not pointers.
class CryptProv {
public:
    CryptProv() = default;
    explicit CryptProv(HCRYPTPROV handle) : m_handle(handle) {}
    CryptProv(const CryptProv &) = delete;
    CryptProv &operator=(const CryptProv &) = delete;
    CryptProv(CryptProv &&o) noexcept : m_handle(std::exchange(o.m_handle, 0)) {}
    CryptProv &operator=(CryptProv &&o) noexcept { reset(std::exchange(o.m_handle, 0)); return *this; }
    ~CryptProv() { reset(); }
    void reset(HCRYPTPROV handle = 0) { if (m_handle) CryptReleaseContext(m_handle, 0); m_handle = handle; }
    HCRYPTPROV get() const { return m_handle; }
    HCRYPTPROV *out() { reset(); return &m_handle; }

private:
    HCRYPTPROV m_handle = 0;
};

template <typename Handle, BOOL(WINAPI *Destroy)(Handle)>
class CryptObject {
public:
    CryptObject() = default;
    CryptObject(const CryptObject &) = delete;
    CryptObject &operator=(const CryptObject &) = delete;
    ~CryptObject() { if (m_handle) Destroy(m_handle); }
    Handle get() const { return m_handle; }
    Handle *out() { return &m_handle; }

private:
    Handle m_handle = 0;
};
using CryptKey = CryptObject<HCRYPTKEY, CryptDestroyKey>;
using CryptHash = CryptObject<HCRYPTHASH, CryptDestroyHash>;

class NCryptHandle {
public:
    NCryptHandle() = default;
    explicit NCryptHandle(NCRYPT_HANDLE handle) : m_handle(handle) {}
    NCryptHandle(const NCryptHandle &) = delete;
    NCryptHandle &operator=(const NCryptHandle &) = delete;
    NCryptHandle(NCryptHandle &&o) noexcept : m_handle(std::exchange(o.m_handle, 0)) {}
    ~NCryptHandle() { if (m_handle) NCryptFreeObject(m_handle); }
    NCRYPT_HANDLE get() const { return m_handle; }
    NCRYPT_HANDLE release() { return std::exchange(m_handle, 0); }
    template <typename T> T *out() { return reinterpret_cast<T *>(&m_handle); }

private:
    NCRYPT_HANDLE m_handle = 0;
};

// GetLastError() as a WinError. Wine stubs fail without setting an error
// (PFXExportCertStoreEx); 0 would read as success, so it becomes E_FAIL.
WinError lastError(std::string operation, std::string detail = {});
// For APIs that return the status (NCrypt SECURITY_STATUS, httpapi ULONG).
WinError statusError(DWORD status, std::string operation, std::string detail = {});

std::string narrow(std::wstring_view text);
std::wstring widen(std::string_view text);
std::string toHex(std::span<const BYTE> bytes);
// Tolerates spaces, colons and lower case; empty when not an even run of hex digits.
std::vector<BYTE> fromHex(std::string_view text);

// CryptEncodeObjectEx with our own buffer.
Result<std::vector<BYTE>> encode(LPCSTR structType, const void *info, const char *what);

// Store helpers shared by every class that touches a store.
const wchar_t *storeSystemName(StoreName name);
Result<std::vector<BYTE>> property(PCCERT_CONTEXT context, DWORD id);
std::optional<KeyLocation> readKeyLocation(PCCERT_CONTEXT context);
Result<void> writeKeyLocation(PCCERT_CONTEXT context, const KeyLocation &location);
Result<void> setFriendlyName(PCCERT_CONTEXT context, const std::wstring &name);
// The Wine persistence workaround (shared/WINE.md): a plain COMMIT loses
// property changes and deletions, the FORCE flag keeps them. Harmless on Windows.
Result<void> commit(HCERTSTORE store, const std::string &detail);
ContextPtr findByThumbprint(HCERTSTORE store, std::string_view thumbprint);
StoredCertificate describe(PCCERT_CONTEXT context);
// A LocalMachine chain engine of its own. Why not HCCE_LOCAL_MACHINE: Wine's
// shared engine keeps the stores as they were when it was first used, so a
// root installed a moment ago is not seen (no AUTO_RESYNC, shared/WINE.md),
// and installing a root then verifying is exactly the workflow.
Result<EnginePtr> freshMachineChainEngine();

} // namespace certpilot::win::native

#include "SignatureHash.h"

namespace certpilot::win::native {

struct HashInfo {
    ALG_ID calg;          // CryptCreateHash
    LPCSTR signatureOid;  // sha256WithRSAEncryption etc.
    LPCWSTR bcryptName;   // NCryptSignHash padding info
    DWORD length;         // digest bytes
};
HashInfo hashInfo(SignatureHash hash);

} // namespace certpilot::win::native
