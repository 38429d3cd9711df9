// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12Reader.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"
#include "pfx/BerScan.h"
#include "pfx/ImportLibraryContext.h"
#include "pfx/Pkcs12Algorithm.h"
#include "pfx/Pkcs12SafeReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

#include <openssl/crypto.h>
#include <openssl/pem.h>

namespace certpilot {

namespace {

void freeSafes(STACK_OF(PKCS7) * safes) { sk_PKCS7_pop_free(safes, PKCS7_free); }
using SafeStackPtr = std::unique_ptr<STACK_OF(PKCS7), ossl::Deleter<freeSafes>>;

constexpr int kMaxSafes = 64;

Error notPkcs12()
{
    return makeError(ErrorKind::InvalidInput,
                     Pkcs12Reader::tr("This is not a PKCS#12 (.pfx or .p12) file. Choose the backup file that "
                                      "holds the certificate with its private key; certificate files (.cer, "
                                      ".crt, .p7b) are imported with \"Import certificates\" instead."));
}

Error truncated(qsizetype size)
{
    return makeError(ErrorKind::Truncated,
                     Pkcs12Reader::tr("The file ends early (only %n bytes are there): it was probably cut off "
                                      "while downloading, copying or attaching it. Copy it again from the "
                                      "original.",
                                      nullptr, int(size)));
}

Error tooLarge()
{
    return makeError(ErrorKind::TooLarge,
                     Pkcs12Reader::tr("The file is larger than %1 MB; a PFX backup is a few kilobytes. Check "
                                      "that you chose the right file.")
                         .arg(Pkcs12Reader::kMaxFileSize / (1024 * 1024)));
}

Error damagedContent(const QString& detail, bool macPassed)
{
    return makeError(ErrorKind::Corrupt,
                     macPassed ? Pkcs12Reader::tr("The file's integrity check passes, but part of its content does "
                                                  "not open with this password. The program that made it may have "
                                                  "used a second password for the private key, or is faulty. "
                                                  "Export the certificate again.")
                               : Pkcs12Reader::tr("The file is damaged: part of its content cannot be read. Use "
                                                  "another copy of the backup, or export the certificate "
                                                  "again."),
                     detail);
}

// Strips PEM armour ("-----BEGIN PKCS12-----") or bare Base64, as mail and web
// forms sometimes turn a .pfx into text.
Result<QByteArray> unwrap(const QByteArray& input)
{
    if (input.isEmpty())
        return makeError(ErrorKind::InvalidInput, Pkcs12Reader::tr("The file is empty."));
    if (input.size() > Pkcs12Reader::kMaxFileSize)
        return tooLarge();
    if (input.contains("-----BEGIN ")) {
        ossl::BioPtr bio(BIO_new_mem_buf(input.constData(), int(input.size())));
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
            const unsigned long reason = ossl::peekLastReason();
            const QString detail = ossl::takeErrors();
            return reason == PEM_R_NO_START_LINE ? notPkcs12() : damagedContent(detail, false);
        }
        const bool isPkcs12 = qstrcmp(name, "PKCS12") == 0;
        QByteArray der(reinterpret_cast<const char*>(data), int(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, size_t(length));
        if (!isPkcs12)
            return notPkcs12();
        return der;
    }
    const QByteArray trimmed = input.trimmed();
    if (!trimmed.isEmpty() && trimmed.front() != 0x30) {
        auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty() && decoded.decoded.front() == 0x30)
            return decoded.decoded;
    }
    return input;
}

// A damaged PKCS#12 file still starts SEQUENCE { INTEGER 3, ...
bool startsLikePkcs12(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    qsizetype pos = 1;
    if (der.size() < 8 || p[0] != 0x30)
        return false;
    const unsigned char lengthByte = p[pos++];
    if (lengthByte & 0x80 && lengthByte != 0x80)
        pos += lengthByte & 0x7F;
    return pos + 3 <= der.size() && p[pos] == 0x02 && p[pos + 1] == 0x01 && p[pos + 2] == 0x03;
}

Result<ossl::Pkcs12Ptr> parseOuter(const QByteArray& der)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    qsizetype used = 0;
    switch (BerScan::scan(begin, der.size(), &used)) {
    case BerScan::Shape::Truncated:
        return startsLikePkcs12(der) || der.size() < 8 ? truncated(der.size()) : notPkcs12();
    case BerScan::Shape::Malformed:
        return notPkcs12();
    case BerScan::Shape::Complete:
        break;
    }
    const unsigned char* p = begin;
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(used)));
    if (!p12) {
        const QString detail = ossl::takeErrors();
        if (!startsLikePkcs12(der))
            return notPkcs12();
        return damagedContent(detail, false);
    }
    // Some tools pad files with newlines or NULs; anything else after the end is damage.
    for (qsizetype i = used; i < der.size(); ++i) {
        const char c = der.at(i);
        if (c != '\0' && c != '\n' && c != '\r' && c != ' ')
            return damagedContent(Pkcs12Reader::tr("%n bytes of unknown data after the end of the file.", nullptr,
                                                   int(der.size() - used)),
                                  false);
    }
    return p12;
}

// RFC 7292 names SHA-1 and the SHA-2 family; anything else (a BLAKE2b MAC)
// is refused rather than trusted, as Windows and Java refuse it.
bool isAcceptedMacDigest(int nid)
{
    switch (nid) {
    case NID_sha1:
    case NID_sha224:
    case NID_sha256:
    case NID_sha384:
    case NID_sha512:
    case NID_sha512_224:
    case NID_sha512_256:
        return true;
    default:
        return false;
    }
}

struct MacCheck {
    bool present = false;
    bool matched = false;
    Pkcs12Password password;   // the encoding that matched
};

Result<MacCheck> checkMac(PKCS12* p12, const QList<Pkcs12Password>& candidates, Pkcs12Info& info,
                          const Pkcs12Reader::Options& options)
{
    MacCheck check;
    check.present = PKCS12_mac_present(p12) == 1;
    if (!check.present)
        return check;
    const ASN1_OCTET_STRING* expected = nullptr;
    const X509_ALGOR* algorithm = nullptr;
    const ASN1_OCTET_STRING* salt = nullptr;
    const ASN1_INTEGER* iterations = nullptr;
    PKCS12_get0_mac(&expected, &algorithm, &salt, &iterations, p12);
    const ASN1_OBJECT* digest = nullptr;
    if (algorithm)
        X509_ALGOR_get0(&digest, nullptr, nullptr, algorithm);
    if (!expected || !digest)
        return damagedContent(ossl::takeErrors(), false);
    const int nid = OBJ_obj2nid(digest);
    int64_t count = 1;
    if (iterations && ASN1_INTEGER_get_int64(&count, iterations) != 1)
        return Pkcs12Algorithm::tooManyIterations(std::numeric_limits<qint64>::max(), options.maxIterations);
    info.hasMac = true;
    info.macDigest = nid == NID_undef ? ossl::objectOid(digest) : QString::fromLatin1(OBJ_nid2ln(nid));
    info.macIterations = count;
    info.macLength = expected->length;
    info.macSaltLength = salt ? salt->length : 0;
    if (!isAcceptedMacDigest(nid))
        return makeError(ErrorKind::Unsupported,
                         Pkcs12Reader::tr("The file's integrity check (MAC) uses %1, which is not a PKCS#12 "
                                          "digest (SHA-1 or SHA-2), so CertPilot cannot trust it; Windows and "
                                          "Java refuse such files too. Export the certificate again with the "
                                          "default settings.")
                             .arg(info.macDigest));
    if (count < 1)
        return damagedContent(Pkcs12Reader::tr("MAC iteration count %1").arg(count), false);
    if (count > options.maxIterations)
        return Pkcs12Algorithm::tooManyIterations(count, options.maxIterations);
    for (const Pkcs12Password& candidate : candidates) {
        if (options.cancel && options.cancel->load())
            return makeError(ErrorKind::Cancelled, Pkcs12Reader::tr("Reading the file was cancelled."));
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!PKCS12_gen_mac(p12, candidate.data(), candidate.size(), mac, &length))
            return makeError(ErrorKind::Unsupported,
                             Pkcs12Reader::tr("The file's integrity check (MAC) cannot be computed here."),
                             ossl::takeErrors());
        if (int(length) == expected->length && CRYPTO_memcmp(mac, expected->data, length) == 0) {
            check.matched = true;
            check.password = candidate;
            return check;
        }
    }
    return check;
}

// Turns what opened and what did not into one verdict. The MAC alone cannot
// tell a wrong password from a damaged file; the encrypted parts can: with
// the wrong password none of them decrypts, with the right one all do.
Result<void> verdict(const MacCheck& mac, const Pkcs12SafeReader::Tally& t)
{
    if (mac.present && mac.matched)
        return t.allOpened() ? Result<void>() : Result<void>(damagedContent(t.detail, true));
    if (t.damaged || (t.opened > 0 && !t.allOpened()) || (t.opened == 0 && t.wellFormed > 0))
        return damagedContent(t.detail, false);
    if (t.encrypted > 0 && t.opened == 0)
        return makeError(ErrorKind::WrongPassword,
                         Pkcs12Reader::tr("Wrong password: none of the file's encrypted contents open with it. "
                                          "Type the password that was set when the file was exported (it is "
                                          "case-sensitive)."),
                         t.detail);
    if (!mac.present)
        return {};
    if (t.encrypted == 0)
        return makeError(ErrorKind::WrongPassword,
                         Pkcs12Reader::tr("Wrong password, or the file was changed after it was made: its "
                                          "integrity check fails with this password. Type the password that was "
                                          "set when the file was exported (it is case-sensitive)."));
    return makeError(ErrorKind::IntegrityFailed,
                     Pkcs12Reader::tr("The file is damaged or was altered: its integrity check (MAC) fails, "
                                      "although its contents open with this password, so the password is "
                                      "right. Use another copy of the backup, or export the certificate "
                                      "again."));
}

} // namespace

Result<Pkcs12Contents> Pkcs12Reader::read(const QByteArray& data, const SecureBytes& password,
                                          const Options& options)
{
    const ImportLibraryContext& context = options.context ? *options.context : ImportLibraryContext::shared();
    if (!context.isValid())
        return makeError(ErrorKind::Internal, tr("OpenSSL could not be prepared for reading PFX files."),
                         context.legacyProblem());
    auto der = unwrap(data);
    if (!der)
        return der.error();
    ImportLibraryContext::Scope scope(context);
    auto p12 = parseOuter(*der);
    if (!p12)
        return p12.error();

    QList<Pkcs12Password> candidates;
    if (password.isEmpty())
        candidates = {Pkcs12Password{true, {}}, Pkcs12Password{false, {}}};
    else
        candidates = {Pkcs12Password{false, password}};
    Pkcs12Info info;
    const qint64 macTries = candidates.size();
    auto mac = checkMac(p12->get(), candidates, info, options);
    if (!mac)
        return mac.error();
    if (mac->matched)
        candidates = {mac->password};

    SafeStackPtr safes(PKCS12_unpack_authsafes(p12->get()));
    if (!safes) {
        const unsigned long reason = ossl::peekLastReason();
        const QString detail = ossl::takeErrors();
        if (reason == PKCS12_R_CONTENT_TYPE_NOT_DATA)
            return makeError(ErrorKind::Unsupported,
                             tr("The file is signed with a certificate instead of protected by a password. "
                                "CertPilot reads password-protected PFX files only."),
                             detail);
        return damagedContent(detail, false);
    }
    if (sk_PKCS7_num(safes.get()) > kMaxSafes)
        return makeError(ErrorKind::TooLarge, tr("The file has more than %1 sections; CertPilot stops there.")
                                                  .arg(kMaxSafes));

    const qint64 macSpent = mac->present ? info.macIterations * macTries : 0;
    Pkcs12SafeReader reader(context, candidates, mac->matched, options.cancel, options.maxIterations,
                            options.maxTotalIterations, macSpent);
    auto read = reader.readAll(safes.get());
    ossl::clearErrors();
    if (!read)
        return read.error();
    auto judged = verdict(*mac, reader.tally());
    if (!judged)
        return judged.error();

    Pkcs12Contents contents = std::move(reader.contents());
    info.sections = contents.info.sections;
    contents.info = info;
    if (!mac->present)
        contents.warnings << tr("The file has no integrity check (MAC): CertPilot cannot tell whether it was "
                                "altered. Make a new backup with CertPilot when you can.");
    for (const Pkcs12Info::Section& s : info.sections) {
        const bool legacy = s.protection.needsLegacy || std::any_of(s.bags.cbegin(), s.bags.cend(), [](const auto& b) {
                                return b.protection.needsLegacy;
                            });
        if (legacy) {
            contents.warnings << tr("The file uses an old, weak encryption (such as RC2-40). Anyone with the file "
                                    "can break it quickly; keep it safe or replace it with a new backup.");
            break;
        }
    }
    return contents;
}

Result<Pkcs12Contents> Pkcs12Reader::readFile(const QString& path, const SecureBytes& password,
                                              const Options& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(ErrorKind::InvalidInput, tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxFileSize)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::PermissionDenied, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return read(file.read(std::min(kMaxFileSize, file.size()) + 1), password, options);
}

} // namespace certpilot
