// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
typedef struct ossl_provider_st OSSL_PROVIDER;

namespace certpilot {

// The OpenSSL library context used to read foreign PKCS#12 files: the default
// provider plus the legacy one (RC2-40, RC4, single DES, which Windows XP,
// macOS Keychain and Firefox still write). It is a context of its own, never
// the process default, so nothing CertPilot writes can pick a legacy
// algorithm by accident. Thread-safe once constructed.
class ImportLibraryContext {
    Q_DECLARE_TR_FUNCTIONS(ImportLibraryContext)
public:
    // The process-wide context, made on first use and kept until exit (OpenSSL
    // frees providers in its own exit handler; freeing ours after it would crash).
    static ImportLibraryContext& shared();

    // `moduleDir`: where to look for legacy.so; empty means OpenSSL's built-in
    // folder (or $OPENSSL_MODULES). Tests pass an empty folder to see the
    // "legacy module missing" path.
    explicit ImportLibraryContext(const QString& moduleDir = {});
    ~ImportLibraryContext();
    ImportLibraryContext(const ImportLibraryContext&) = delete;
    ImportLibraryContext& operator=(const ImportLibraryContext&) = delete;

    OSSL_LIB_CTX* libctx() const { return m_libctx; }
    bool isValid() const { return m_libctx && m_default; }
    bool legacyAvailable() const { return m_legacy != nullptr; }
    // Why the legacy module could not be loaded (OpenSSL's words), empty when it was.
    const QString& legacyProblem() const { return m_legacyProblem; }
    // A sentence for users when a file needs the legacy module and it is missing.
    static QString legacyMissingMessage(const QString& algorithm);

    // Makes the context the calling thread's default while the scope lives, so
    // OpenSSL calls without a context argument (MAC checks) use it too.
    class Scope {
    public:
        explicit Scope(const ImportLibraryContext& context);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        OSSL_LIB_CTX* m_previous = nullptr;
    };

private:
    OSSL_LIB_CTX* m_libctx = nullptr;
    OSSL_PROVIDER* m_default = nullptr;
    OSSL_PROVIDER* m_legacy = nullptr;
    QString m_legacyProblem;
};

} // namespace certpilot
