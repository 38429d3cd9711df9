// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsKeyBlob.h"

#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <vector>

namespace certpilot {

Result<win::SecretBytes> WindowsKeyBlob::toBlob(const PrivateKey& key)
{
    if (key.isNull())
        return makeError(ErrorKind::KeyMissing, tr("There is no private key to store."));
    if (key.algorithm() != KeyAlgorithm::Rsa)
        return makeError(ErrorKind::Unsupported,
                         tr("Windows keeps server keys in CryptoAPI containers, which hold RSA keys only. Make the "
                            "request with an RSA key (2048 bits or more)."));
    ossl::EvpPkeyPtr evp(key.toEvp());
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!evp || !bio || i2b_PrivateKey_bio(bio.get(), evp.get()) <= 0)
        return makeError(ErrorKind::Internal, tr("The private key could not be converted for Windows."),
                         ossl::takeErrors());
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    std::vector<std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(data),
                                    reinterpret_cast<const std::uint8_t*>(data) + size);
    OPENSSL_cleanse(data, size_t(size));
    return win::SecretBytes(std::move(bytes));
}

Result<PrivateKey> WindowsKeyBlob::fromBlob(std::span<const std::uint8_t> blob)
{
    const unsigned char* in = blob.data();
    ossl::EvpPkeyPtr evp(b2i_PrivateKey(&in, long(blob.size())));
    if (!evp)
        return makeError(ErrorKind::Corrupt, tr("Windows returned a private key CertPilot cannot read."),
                         ossl::takeErrors());
    return PrivateKey::fromEvp(evp.get());
}

} // namespace certpilot
