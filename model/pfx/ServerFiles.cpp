// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ServerFiles.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"
#include "pfx/Pkcs12Writer.h"

#include <algorithm>

namespace certpilot {

namespace {

ExportFile publicFile(const QString& name, const QByteArray& bytes, const QString& role)
{
    return ExportFile{name, SecureBytes(bytes), false, role};
}

} // namespace

QByteArray ServerFiles::pemBundle(const QList<Certificate>& certificates)
{
    QByteArray out;
    for (const Certificate& c : certificates)
        out += c.toPem();
    return out;
}

Result<QByteArray> ServerFiles::p7b(const QList<Certificate>& certificates)
{
    ossl::Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1
        || PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        return makeError(ErrorKind::Internal, tr("The .p7b bundle could not be made."), ossl::takeErrors());
    // No signed content: a "certificates only" bundle, like `openssl crl2pkcs7 -nocrl`.
    PKCS7_set_detached(p7.get(), 1);
    for (const Certificate& c : certificates) {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        ossl::X509Ptr x(d2i_X509(nullptr, &p, c.der().size()));
        if (!x || PKCS7_add_certificate(p7.get(), x.get()) != 1) // takes its own reference
            return makeError(ErrorKind::Internal, tr("The .p7b bundle could not be made."), ossl::takeErrors());
    }
    QByteArray der = ossl::toDer(p7.get(), i2d_PKCS7);
    if (der.isEmpty())
        return makeError(ErrorKind::Internal, tr("The .p7b bundle could not be encoded."), ossl::takeErrors());
    return der;
}

Result<SecureBytes> ServerFiles::keyPem(const PrivateKey& key, const SecureBytes& password)
{
    if (key.isNull())
        return makeError(ErrorKind::KeyMissing, tr("The private key is not available."));
    if (password.isEmpty()) {
        SecureBytes pem = key.toPem();
        if (pem.isEmpty())
            return makeError(ErrorKind::Internal, tr("The private key could not be written."), ossl::takeErrors());
        return pem;
    }
    auto encrypted = key.toEncryptedPem(password);
    if (!encrypted)
        return encrypted.error();
    return SecureBytes(*encrypted);
}

Result<QList<ExportFile>> ServerFiles::build(const ExportRequest& request)
{
    const Certificate& cert = request.certificate;
    if (cert.isNull())
        return makeError(ErrorKind::InvalidInput, tr("There is no certificate to export."));
    // A certificate listed from the store's index reads its DER again here;
    // it has none to give when the index was changed in place since.
    const QList<Certificate> issuers = request.issuers();
    if (cert.der().isEmpty()
        || std::any_of(issuers.cbegin(), issuers.cend(), [](const Certificate& c) { return c.der().isEmpty(); }))
        return makeError(ErrorKind::Corrupt, tr("The certificate could not be read again from the store, which "
                                                "changed since it was opened. Refresh the store (F5) and export "
                                                "again."));
    const bool needsKey = ExportFormatText::needsKey(request.format);
    if (needsKey && request.key.isNull())
        return makeError(ErrorKind::KeyMissing,
                         tr("This export needs the private key of %1, and the store does not have it. Export the "
                            "certificate alone (.cer), or import the key from a backup first.")
                             .arg(cert.subject().displayName()));
    if (needsKey && !request.key.matches(cert))
        return makeError(ErrorKind::KeyMismatch, tr("The private key in the store does not belong to %1.")
                                                     .arg(cert.subject().displayName()));
    const bool encryptKey = request.format != ExportFormat::Pfx && needsKey && request.encryptKey;
    if (encryptKey && request.password.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("Type a password for the key file, or choose to write it unencrypted."));

    const QString base = request.baseName();
    QList<ExportFile> files;
    auto addKeyFile = [&](const QString& name) -> Result<void> {
        auto pem = keyPem(request.key, encryptKey ? request.password : SecureBytes());
        if (!pem)
            return pem.error();
        files.append(ExportFile{name, *pem, true, tr("private key")});
        return {};
    };

    switch (request.format) {
    case ExportFormat::Pfx: {
        auto pfx = Pkcs12Writer::write({cert, request.key, issuers, request.friendlyName}, request.password,
                                       request.profile);
        if (!pfx)
            return pfx.error();
        // The key inside is encrypted, yet the file is a key backup: owner-only all the same.
        files.append(ExportFile{base + QStringLiteral(".pfx"), SecureBytes::takeFrom(*pfx), true, tr("PFX")});
        break;
    }
    case ExportFormat::CerDer:
        files.append(publicFile(base + QStringLiteral(".cer"), cert.der(), tr("certificate")));
        break;
    case ExportFormat::CerBase64:
        files.append(publicFile(base + QStringLiteral(".cer"), cert.toPem(), tr("certificate")));
        break;
    case ExportFormat::P7b: {
        auto bundle = p7b(QList<Certificate>{cert} + issuers);
        if (!bundle)
            return bundle.error();
        files.append(publicFile(base + QStringLiteral(".p7b"), *bundle, tr("certificate bundle")));
        break;
    }
    case ExportFormat::Nginx: {
        files.append(publicFile(QStringLiteral("fullchain.pem"), pemBundle(QList<Certificate>{cert} + issuers),
                                tr("certificate and intermediates")));
        if (auto added = addKeyFile(QStringLiteral("privkey.pem")); !added)
            return added.error();
        break;
    }
    case ExportFormat::Apache: {
        files.append(publicFile(QStringLiteral("cert.pem"), cert.toPem(), tr("certificate")));
        if (!issuers.isEmpty())
            files.append(publicFile(QStringLiteral("chain.pem"), pemBundle(issuers), tr("chain")));
        if (auto added = addKeyFile(QStringLiteral("privkey.pem")); !added)
            return added.error();
        break;
    }
    case ExportFormat::Key:
        if (auto added = addKeyFile(base + QStringLiteral(".key")); !added)
            return added.error();
        break;
    }
    return files;
}

} // namespace certpilot
