// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Conversions.h"

#include "FileDecoder.h"
#include "PrivateKey.h"
#include "pfx/Pkcs12Reader.h"
#include "pfx/Pkcs12Writer.h"
#include "pfx/ServerFiles.h"

#include <QFile>

namespace certpilot {

namespace {

struct Loaded {
    QList<Certificate> certificates;
    QList<PrivateKey> keys;
};

Result<QList<PrivateKey>> keysFrom(const QList<FoundKey>& found, const SecureBytes& password)
{
    QList<PrivateKey> out;
    for (const FoundKey& k : found) {
        if (k.encrypted && password.isEmpty())
            return makeError(ErrorKind::WrongPassword,
                             Conversions::tr("The private key is encrypted: give its password."));
        auto key = PrivateKey::fromPem(k.pem.view(), password);
        if (!key)
            return key.error();
        out << *key;
    }
    return out;
}

Result<Loaded> load(const QString& path, const SecureBytes& password, const std::atomic_bool* cancel)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, Conversions::tr("The file %1 does not exist.").arg(path));
    if (file.size() > FileDecoder::kMaxFileSize)
        return makeError(ErrorKind::TooLarge, Conversions::tr("%1 is too large to be a certificate file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::PermissionDenied, Conversions::tr("%1 cannot be read.").arg(path),
                         file.errorString());
    QByteArray bytes = file.readAll();
    auto decoded = FileDecoder::decode(bytes);
    Loaded out;
    if (decoded && !decoded->isPkcs12) {
        out.certificates = decoded->certificates;
        auto keys = keysFrom(decoded->keys, password);
        if (!keys)
            return keys.error();
        out.keys = *keys;
        return out;
    }
    Pkcs12Reader::Options options;
    options.cancel = cancel;
    auto pfx = Pkcs12Reader::read(bytes, password, options);
    cleanse(bytes);
    if (!pfx)
        return (!decoded && pfx.error().kind == ErrorKind::InvalidInput) ? decoded.error() : pfx.error();
    for (const Pkcs12Certificate& c : pfx->certificates)
        out.certificates << c.certificate;
    for (const Pkcs12Key& k : pfx->keys)
        out.keys << k.key;
    return out;
}

} // namespace

std::optional<ConvertTarget> Conversions::targetFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    if (wanted == QLatin1String("pem"))
        return ConvertTarget::Pem;
    if (wanted == QLatin1String("der") || wanted == QLatin1String("cer"))
        return ConvertTarget::Der;
    if (wanted == QLatin1String("pfx") || wanted == QLatin1String("p12"))
        return ConvertTarget::Pfx;
    return std::nullopt;
}

bool Conversions::inputNeedsPassword(const QString& path)
{
    auto decoded = FileDecoder::decodeFile(path);
    if (!decoded)
        return decoded.error().kind != ErrorKind::NotFound && decoded.error().kind != ErrorKind::TooLarge
            && decoded.error().kind != ErrorKind::InvalidInput && decoded.error().kind != ErrorKind::Truncated;
    if (decoded->isPkcs12)
        return true;
    return std::any_of(decoded->keys.cbegin(), decoded->keys.cend(), [](const FoundKey& k) { return k.encrypted; });
}

QList<Certificate> Conversions::orderChain(const Certificate& leaf, const QList<Certificate>& others)
{
    QList<Certificate> ordered{leaf};
    QList<Certificate> rest;
    for (const Certificate& c : others) {
        if (!(c == leaf) && !rest.contains(c))
            rest << c;
    }
    for (;;) {
        const Certificate& current = ordered.last();
        if (current.isSelfIssued())
            break;
        const auto next = std::find_if(rest.begin(), rest.end(),
                                       [&](const Certificate& c) { return c.subject() == current.issuer(); });
        if (next == rest.end())
            break;
        ordered << *next;
        rest.erase(next);
    }
    return ordered + rest;
}

Result<ExportFile> Conversions::convert(const ConvertRequest& request, const std::atomic_bool* cancel)
{
    auto loaded = load(request.inputPath, request.inputPassword, cancel);
    if (!loaded)
        return loaded.error();
    if (!request.keyPath.isEmpty()) {
        auto extra = load(request.keyPath, request.inputPassword, cancel);
        if (!extra)
            return extra.error();
        loaded->keys += extra->keys;
        loaded->certificates += extra->certificates;
    }
    const QList<Certificate>& certs = loaded->certificates;
    const QList<PrivateKey>& keys = loaded->keys;
    if (keys.size() > 1)
        return makeError(ErrorKind::Ambiguous, tr("The input holds %n private keys; convert one at a time.",
                                                  nullptr, int(keys.size())));
    const PrivateKey key = keys.isEmpty() ? PrivateKey() : keys.first();
    Certificate leaf;
    for (const Certificate& c : certs) {
        if (!key.isNull() && key.matches(c))
            leaf = c;
    }
    if (!key.isNull() && !certs.isEmpty() && leaf.isNull())
        return makeError(ErrorKind::KeyMismatch, tr("The private key belongs to none of the certificates."));
    if (leaf.isNull() && !certs.isEmpty())
        leaf = certs.first();
    const QList<Certificate> ordered = leaf.isNull() ? QList<Certificate>() : orderChain(leaf, certs);

    switch (request.to) {
    case ConvertTarget::Pem: {
        if (ordered.isEmpty() && key.isNull())
            return makeError(ErrorKind::InvalidInput, tr("The input holds no certificate and no key."));
        QByteArray pem = ServerFiles::pemBundle(ordered);
        if (!key.isNull()) {
            if (request.encryptKey && request.outputPassword.isEmpty())
                return makeError(ErrorKind::InvalidInput,
                                 tr("Give a password for the private key, or choose to write it unencrypted."));
            auto keyPem = ServerFiles::keyPem(key, request.encryptKey ? request.outputPassword : SecureBytes());
            if (!keyPem)
                return keyPem.error();
            pem += keyPem->view();
        }
        return ExportFile{{}, SecureBytes::takeFrom(pem), !key.isNull(), tr("PEM bundle")};
    }
    case ConvertTarget::Der:
        if (!key.isNull() || certs.size() != 1)
            return makeError(ErrorKind::InvalidInput,
                             tr("A DER file holds exactly one certificate; the input holds %n certificate(s)%1. "
                                "Convert to PEM, or export a .p7b bundle, instead.",
                                nullptr, int(certs.size()))
                                 .arg(key.isNull() ? QString() : tr(" and a private key")));
        return ExportFile{{}, SecureBytes(certs.first().der()), false, tr("certificate")};
    case ConvertTarget::Pfx: {
        if (key.isNull())
            return makeError(ErrorKind::KeyMissing,
                             tr("A PFX file needs the private key: give the key file with --key."));
        if (leaf.isNull())
            return makeError(ErrorKind::InvalidInput, tr("A PFX file needs the certificate that belongs to the key."));
        auto pfx = Pkcs12Writer::write({leaf, key, ordered.mid(1), request.friendlyName}, request.outputPassword,
                                       request.profile);
        if (!pfx)
            return pfx.error();
        return ExportFile{{}, SecureBytes::takeFrom(*pfx), true, tr("PFX")};
    }
    }
    return makeError(ErrorKind::Internal, tr("Unknown conversion."));
}

} // namespace certpilot
