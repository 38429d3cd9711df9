// SPDX-License-Identifier: GPL-3.0-or-later
#include "ossl/Digest.h"

#include <openssl/evp.h>

namespace certpilot::ossl {

namespace {

QByteArray digest(const char* name, const QByteArray& data)
{
    // Fetched algorithms are immutable and safe to share between threads.
    static EVP_MD* const sha1Md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    static EVP_MD* const sha256Md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD* md = name[3] == '1' ? sha1Md : sha256Md;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), out, &len, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

} // namespace

QByteArray sha1(const QByteArray& data) { return digest("SHA1", data); }
QByteArray sha256(const QByteArray& data) { return digest("SHA256", data); }

} // namespace certpilot::ossl
