// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ImportLibraryContext.h"

#include "ossl/ErrorQueue.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/provider.h>

namespace certpilot {

ImportLibraryContext& ImportLibraryContext::shared()
{
    // Deliberately never destroyed: see the header.
    static auto* context = new ImportLibraryContext();
    return *context;
}

ImportLibraryContext::ImportLibraryContext(const QString& moduleDir)
    : m_libctx(OSSL_LIB_CTX_new())
{
    if (!m_libctx) {
        m_legacyProblem = ossl::takeErrors();
        return;
    }
    if (!moduleDir.isEmpty())
        OSSL_PROVIDER_set_default_search_path(m_libctx, QFile::encodeName(moduleDir).constData());
    // Loading any provider explicitly switches off the automatic fallback to
    // "default", so both are loaded by name.
    m_default = OSSL_PROVIDER_load(m_libctx, "default");
    m_legacy = OSSL_PROVIDER_load(m_libctx, "legacy");
    if (!m_legacy)
        m_legacyProblem = ossl::takeErrors();
    ossl::clearErrors();
}

ImportLibraryContext::~ImportLibraryContext()
{
    if (m_legacy)
        OSSL_PROVIDER_unload(m_legacy);
    if (m_default)
        OSSL_PROVIDER_unload(m_default);
    OSSL_LIB_CTX_free(m_libctx);
}

QString ImportLibraryContext::legacyMissingMessage(const QString& algorithm)
{
    return tr("The file is protected with %1, an old algorithm that CertPilot reads through OpenSSL's "
              "\"legacy\" module, and that module (legacy.so) is not installed on this computer. Install "
              "the OpenSSL package that contains it (on Debian: libssl3), or export the certificate again "
              "with AES or TripleDES encryption.")
        .arg(algorithm);
}

ImportLibraryContext::Scope::Scope(const ImportLibraryContext& context)
    : m_previous(OSSL_LIB_CTX_set0_default(context.libctx()))
{
}

ImportLibraryContext::Scope::~Scope() { OSSL_LIB_CTX_set0_default(m_previous); }

} // namespace certpilot
