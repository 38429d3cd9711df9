// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12Writer.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

namespace certpilot {

namespace {

ossl::X509Ptr toX509(const Certificate& certificate)
{
    const QByteArray& der = certificate.der();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return ossl::X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

void freeMd(EVP_MD* md) { EVP_MD_free(md); }
using MdPtr = std::unique_ptr<EVP_MD, ossl::Deleter<freeMd>>;

} // namespace

Result<QByteArray> Pkcs12Writer::write(const Input& input, const SecureBytes& password, const Pkcs12Profile& profile)
{
    if (password.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("A PFX file needs a password: it protects the private key inside."));
    if (password.view().contains('\0'))
        return makeError(ErrorKind::InvalidInput, tr("The password contains a NUL character, which PFX "
                                                     "files cannot store. Choose another password."));
    if (input.certificate.isNull() || input.key.isNull())
        return makeError(ErrorKind::KeyMissing,
                         tr("A PFX backup needs the certificate and its private key; the private key of this "
                            "certificate is not in the store."));
    if (!input.key.matches(input.certificate))
        return makeError(ErrorKind::KeyMismatch,
                         tr("The private key does not belong to %1, so no PFX file was written.")
                             .arg(input.certificate.subject().displayName()));

    ossl::X509Ptr leaf = toX509(input.certificate);
    ossl::EvpPkeyPtr key(input.key.toEvp());
    ossl::X509StackPtr chain(sk_X509_new_null());
    if (!leaf || !key || !chain)
        return makeError(ErrorKind::Internal, tr("The certificate or key could not be prepared."),
                         ossl::takeErrors());
    for (const Certificate& c : input.chain) {
        ossl::X509Ptr x = toX509(c);
        if (!x || !sk_X509_push(chain.get(), x.get()))
            return makeError(ErrorKind::Internal, tr("A chain certificate could not be prepared."),
                             ossl::takeErrors());
        x.release(); // owned by the stack now
    }
    const QByteArray name = input.friendlyName.toUtf8();
    // mac_iter -1: no MAC yet, so that PKCS12_set_mac can add one with the
    // profile's digest (PKCS12_create would always use SHA-1).
    ossl::Pkcs12Ptr p12(PKCS12_create_ex(password.constData(), name.isEmpty() ? nullptr : name.constData(),
                                         key.get(), leaf.get(), chain.get(), profile.keyPbeNid,
                                         profile.certPbeNid, profile.iterations, -1, 0, nullptr, nullptr));
    if (!p12)
        return makeError(ErrorKind::Internal, tr("The PFX file could not be made."), ossl::takeErrors());
    MdPtr md(EVP_MD_fetch(nullptr, profile.macDigest.toLatin1().constData(), nullptr));
    if (!md || PKCS12_set_mac(p12.get(), password.constData(), int(password.size()), nullptr, 0,
                              profile.macIterations, md.get())
                   != 1)
        return makeError(ErrorKind::Internal, tr("The PFX file's integrity check could not be added."),
                         ossl::takeErrors());
    QByteArray out = ossl::toDer(p12.get(), i2d_PKCS12);
    if (out.isEmpty())
        return makeError(ErrorKind::Internal, tr("The PFX file could not be encoded."), ossl::takeErrors());
    return out;
}

} // namespace certpilot
