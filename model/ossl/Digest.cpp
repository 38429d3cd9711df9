// SPDX-License-Identifier: GPL-3.0-or-later
#include "ossl/Digest.h"

#include <openssl/evp.h>

namespace certpilot::ossl {

namespace {

// Fetched algorithms are immutable and safe to share between threads.
EVP_MD* sha1Md()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    return md;
}

EVP_MD* sha256Md()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

QByteArray digest(EVP_MD* md, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), out, &len, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

} // namespace

QByteArray sha1(QByteArrayView data) { return digest(sha1Md(), data); }
QByteArray sha256(QByteArrayView data) { return digest(sha256Md(), data); }

struct Sha256Stream::Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx && sha256Md() && EVP_DigestInit_ex2(ctx, sha256Md(), nullptr) == 1;
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256Stream::Sha256Stream() : m_ctx(std::make_unique<Context>()) {}
Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::add(QByteArrayView data)
{
    m_ctx->ok = m_ctx->ok && EVP_DigestUpdate(m_ctx->ctx, data.data(), size_t(data.size())) == 1;
}

QByteArray Sha256Stream::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!m_ctx->ok || EVP_DigestFinal_ex(m_ctx->ctx, out, &len) != 1)
        return {};
    m_ctx->ok = false;
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

} // namespace certpilot::ossl
