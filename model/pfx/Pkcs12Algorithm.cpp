// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12Algorithm.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "pfx/ImportLibraryContext.h"

#include <QLocale>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <limits>
#include <memory>

namespace certpilot {

namespace {

template <auto FreeFn> struct Free {
    template <typename T> void operator()(T* p) const { FreeFn(p); }
};
using Pbe2ParamPtr = std::unique_ptr<PBE2PARAM, Free<PBE2PARAM_free>>;
using Pbkdf2ParamPtr = std::unique_ptr<PBKDF2PARAM, Free<PBKDF2PARAM_free>>;
using PbeParamPtr = std::unique_ptr<PBEPARAM, Free<PBEPARAM_free>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, Free<EVP_CIPHER_free>>;
using MdPtr = std::unique_ptr<EVP_MD, Free<EVP_MD_free>>;

// Ciphers and digests that OpenSSL 3 moved to its legacy provider.
bool isLegacyName(const QString& name)
{
    static const char* const prefixes[] = {"RC2", "RC4", "RC5", "DES-CBC", "DES-ECB", "DES-CFB", "DES-OFB",
                                           "DESX", "BF", "CAST", "IDEA", "SEED", "MD2", "MD4", "MDC2",
                                           "WHIRLPOOL", "RIPEMD"};
    for (const char* p : prefixes) {
        if (name.startsWith(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error unsupported(const QString& what, const QString& detail = {})
{
    return makeError(ErrorKind::Unsupported,
                     Pkcs12Algorithm::tr("The file is protected with %1, which CertPilot cannot read. Export it "
                                         "again with AES-256 or TripleDES encryption.")
                         .arg(what),
                     detail);
}

Error damagedParameters()
{
    return makeError(ErrorKind::Corrupt,
                     Pkcs12Algorithm::tr("The encryption settings inside the file are damaged, so it cannot be "
                                         "opened. Use another copy of the backup."),
                     ossl::takeErrors());
}

Result<qint64> iterationCount(const ASN1_INTEGER* value, qint64 maxIterations)
{
    int64_t n = 1; // absent means 1 (RFC 7292)
    if (value && ASN1_INTEGER_get_int64(&n, value) != 1) {
        ossl::clearErrors();
        return Pkcs12Algorithm::tooManyIterations(std::numeric_limits<qint64>::max(), maxIterations);
    }
    if (n < 1)
        return damagedParameters();
    if (n > maxIterations)
        return Pkcs12Algorithm::tooManyIterations(n, maxIterations);
    return qint64(n);
}

// Fetches what the derivation needs from the import context; says which module is missing.
Result<void> checkAvailable(const QString& cipher, const QString& digest, const ImportLibraryContext& context,
                            bool* needsLegacy)
{
    *needsLegacy = isLegacyName(cipher) || isLegacyName(digest);
    CipherPtr c(EVP_CIPHER_fetch(context.libctx(), cipher.toLatin1().constData(), nullptr));
    MdPtr md(digest.isEmpty() ? nullptr : EVP_MD_fetch(context.libctx(), digest.toLatin1().constData(), nullptr));
    if (c && (digest.isEmpty() || md))
        return {};
    const QString detail = ossl::takeErrors();
    const QString name = c ? digest : cipher;
    if (*needsLegacy && !context.legacyAvailable())
        return makeError(ErrorKind::Unsupported, ImportLibraryContext::legacyMissingMessage(name),
                         context.legacyProblem() + QLatin1String("; ") + detail);
    return unsupported(name, detail);
}

// PBES2's parameters, and those of its key derivation when that is PBKDF2
// (else `pbkdf2` is null).
struct Pbes2 {
    Pbe2ParamPtr pbe2;
    Pbkdf2ParamPtr pbkdf2;
};

Result<Pbes2> unpackPbes2(const ASN1_TYPE* parameter)
{
    Pbes2 out;
    out.pbe2.reset(static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), parameter)));
    if (!out.pbe2 || !out.pbe2->keyfunc || !out.pbe2->encryption)
        return damagedParameters();
    if (OBJ_obj2nid(out.pbe2->keyfunc->algorithm) != NID_id_pbkdf2)
        return out;
    out.pbkdf2.reset(static_cast<PBKDF2PARAM*>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), out.pbe2->keyfunc->parameter)));
    if (!out.pbkdf2)
        return damagedParameters();
    return out;
}

PbeParamPtr unpackPbe(const ASN1_TYPE* parameter)
{
    return PbeParamPtr(static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), parameter)));
}

Result<Pkcs12Protection> inspectPbes2(const ASN1_TYPE* parameter, const ImportLibraryContext& context,
                                      qint64 maxIterations)
{
    auto unpacked = unpackPbes2(parameter);
    if (!unpacked)
        return unpacked.error();
    const PBE2PARAM* pbe2 = unpacked->pbe2.get();
    const PBKDF2PARAM* params = unpacked->pbkdf2.get();
    if (!params)
        return unsupported(ossl::objectName(pbe2->keyfunc->algorithm));
    auto iterations = iterationCount(params->iter, maxIterations);
    if (!iterations)
        return iterations.error();
    const int prf = params->prf ? OBJ_obj2nid(params->prf->algorithm) : NID_hmacWithSHA1;
    int digestNid = NID_undef;
    if (prf == NID_undef || !EVP_PBE_find(EVP_PBE_TYPE_PRF, prf, nullptr, &digestNid, nullptr))
        return unsupported(params->prf ? ossl::objectName(params->prf->algorithm) : QStringLiteral("PBKDF2"));
    const int cipherNid = OBJ_obj2nid(pbe2->encryption->algorithm);
    if (cipherNid == NID_undef)
        return unsupported(ossl::objectName(pbe2->encryption->algorithm));

    Pkcs12Protection out;
    out.cipher = QString::fromLatin1(OBJ_nid2sn(cipherNid));
    out.scheme = QStringLiteral("PBES2, PBKDF2, %1, PRF %2").arg(out.cipher, QString::fromLatin1(OBJ_nid2sn(prf)));
    out.iterations = *iterations;
    auto available = checkAvailable(out.cipher, QString::fromLatin1(OBJ_nid2sn(digestNid)), context,
                                    &out.needsLegacy);
    if (!available)
        return available.error();
    return out;
}

} // namespace

Error Pkcs12Algorithm::tooManyIterations(qint64 iterations, qint64 maxIterations)
{
    const QLocale locale;
    const QString count = iterations == std::numeric_limits<qint64>::max() ? tr("more than %1").arg(
                                                                                 locale.toString(maxIterations))
                                                                           : locale.toString(iterations);
    return makeError(ErrorKind::TooLarge,
                     tr("The file asks for %1 rounds of password processing; CertPilot stops at %2, because "
                        "opening it would take minutes to hours and no normal export uses so many. If you "
                        "made the file yourself, export it again with the default settings.")
                         .arg(count, locale.toString(maxIterations)));
}

Result<qint64> Pkcs12Algorithm::iterations(const X509_ALGOR* algorithm, qint64 maxIterations)
{
    if (!algorithm || !algorithm->algorithm)
        return damagedParameters();
    const int nid = OBJ_obj2nid(algorithm->algorithm);
    if (nid == NID_pbes2) {
        auto unpacked = unpackPbes2(algorithm->parameter);
        if (!unpacked)
            return unpacked.error();
        return unpacked->pbkdf2 ? iterationCount(unpacked->pbkdf2->iter, maxIterations) : qint64(1);
    }
    if (nid == NID_undef || !EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, nullptr, nullptr, nullptr))
        return qint64(1);
    const PbeParamPtr params = unpackPbe(algorithm->parameter);
    if (!params)
        return damagedParameters();
    return iterationCount(params->iter, maxIterations);
}

Result<Pkcs12Protection> Pkcs12Algorithm::inspect(const X509_ALGOR* algorithm, const ImportLibraryContext& context,
                                                  qint64 maxIterations)
{
    if (!algorithm || !algorithm->algorithm)
        return damagedParameters();
    const int nid = OBJ_obj2nid(algorithm->algorithm);
    if (nid == NID_pbes2)
        return inspectPbes2(algorithm->parameter, context, maxIterations);

    int cipherNid = NID_undef;
    int digestNid = NID_undef;
    if (nid == NID_undef || !EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, &cipherNid, &digestNid, nullptr))
        return unsupported(ossl::objectName(algorithm->algorithm));
    const PbeParamPtr params = unpackPbe(algorithm->parameter);
    if (!params)
        return damagedParameters();
    auto iterations = iterationCount(params->iter, maxIterations);
    if (!iterations)
        return iterations.error();

    Pkcs12Protection out;
    out.scheme = QString::fromLatin1(OBJ_nid2ln(nid));
    out.cipher = QString::fromLatin1(OBJ_nid2sn(cipherNid));
    out.iterations = *iterations;
    auto available = checkAvailable(out.cipher, QString::fromLatin1(OBJ_nid2sn(digestNid)), context,
                                    &out.needsLegacy);
    if (!available) {
        // Name the scheme people know ("pbeWithSHA1And40BitRC2-CBC"), keep the detail.
        Error e = available.error();
        e.message.replace(out.cipher, out.scheme);
        return e;
    }
    return out;
}

} // namespace certpilot
