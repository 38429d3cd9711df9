// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12SafeReader.h"

#include "FileDecoder.h"
#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"
#include "pfx/BerScan.h"
#include "pfx/ImportLibraryContext.h"
#include "pfx/Pkcs12Algorithm.h"

namespace certpilot {

namespace {

constexpr int kMaxNesting = 4;

void freeBags(STACK_OF(PKCS12_SAFEBAG) * bags) { sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free); }
using BagStackPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), ossl::Deleter<freeBags>>;

QString friendlyName(const PKCS12_SAFEBAG* bag)
{
    char* name = PKCS12_get_friendlyname(const_cast<PKCS12_SAFEBAG*>(bag));
    ossl::clearErrors();
    if (!name)
        return {};
    const QString out = QString::fromUtf8(name);
    OPENSSL_free(name);
    return out;
}

QByteArray localKeyId(const PKCS12_SAFEBAG* bag)
{
    const ASN1_TYPE* attr = PKCS12_SAFEBAG_get0_attr(bag, NID_localKeyID);
    if (!attr || attr->type != V_ASN1_OCTET_STRING)
        return {};
    return ossl::toByteArray(attr->value.octet_string);
}

QString describeKey(const PrivateKey& key)
{
    return Pkcs12SafeReader::tr("Private key: %1, %2 bits").arg(keyAlgorithmName(key.algorithm())).arg(key.bits());
}

} // namespace

Pkcs12SafeReader::Pkcs12SafeReader(const ImportLibraryContext& context, QList<Pkcs12Password> candidates,
                                   bool verified, const std::atomic_bool* cancel, qint64 maxIterations,
                                   qint64 maxTotal, qint64 spent)
    : m_context(context)
    , m_candidates(std::move(candidates))
    , m_verified(verified)
    , m_cancel(cancel)
    , m_maxIterations(maxIterations)
    , m_maxTotal(maxTotal)
    , m_spent(spent)
{
}

Result<void> Pkcs12SafeReader::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        return makeError(ErrorKind::Cancelled, tr("Reading the file was cancelled."));
    return {};
}

void Pkcs12SafeReader::note(const QString& detail)
{
    if (detail.isEmpty() || m_tally.detail.size() > 2000 || m_tally.detail.contains(detail))
        return;
    if (!m_tally.detail.isEmpty())
        m_tally.detail += QLatin1String("; ");
    m_tally.detail += detail;
}

Result<void> Pkcs12SafeReader::readAll(STACK_OF(PKCS7) * safes)
{
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        auto done = readSafe(sk_PKCS7_value(safes, i));
        if (!done)
            return done;
    }
    return {};
}

Result<void> Pkcs12SafeReader::readSafe(PKCS7* safe)
{
    Pkcs12Info::Section section;
    const int type = OBJ_obj2nid(safe->type);
    if (type == NID_pkcs7_data) {
        BagStackPtr bags(PKCS12_unpack_p7data(safe));
        if (!bags) {
            m_tally.damaged = true;
            note(ossl::takeErrors());
            return {};
        }
        bool ok = true;
        auto read = readBags(bags.get(), section, 0, &ok);
        if (!read)
            return read;
        m_tally.damaged |= !ok;
    } else if (type == NID_pkcs7_encrypted) {
        section.encrypted = true;
        const PKCS7_ENC_CONTENT* content = safe->d.encrypted ? safe->d.encrypted->enc_data : nullptr;
        if (!content || !content->algorithm || !content->enc_data) {
            m_tally.damaged = true;
            return {};
        }
        const Parse parse = [&](const SecureBytes& plain) -> Result<bool> {
            const auto* p = plain.bytes();
            BagStackPtr bags(reinterpret_cast<STACK_OF(PKCS12_SAFEBAG)*>(
                ASN1_item_d2i(nullptr, &p, long(plain.size()), ASN1_ITEM_rptr(PKCS12_SAFEBAGS))));
            if (!bags || p != plain.bytes() + plain.size()) {
                note(ossl::takeErrors());
                return false;
            }
            Pkcs12Info::Section inner;
            bool ok = true;
            auto read = readBags(bags.get(), inner, 0, &ok);
            if (!read)
                return read.error();
            section.bags = inner.bags;
            return ok;
        };
        auto opened = decrypt(content->algorithm, content->enc_data, parse, &section.protection);
        if (!opened)
            return opened.error();
    } else if (type == NID_pkcs7_enveloped) {
        return makeError(ErrorKind::Unsupported,
                         tr("The file is protected with a certificate (public-key encryption) instead of a "
                            "password. CertPilot reads password-protected PFX files only; export it again with "
                            "a password."));
    } else {
        m_tally.damaged = true;
        return {};
    }
    m_contents.info.sections.append(section);
    return {};
}

Result<void> Pkcs12SafeReader::readBags(const STACK_OF(PKCS12_SAFEBAG) * bags, Pkcs12Info::Section& section,
                                        int depth, bool* ok)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        if (++m_items > FileDecoder::kMaxItems)
            return makeError(ErrorKind::TooLarge,
                             tr("The file holds more than %1 items; CertPilot stops there.").arg(FileDecoder::kMaxItems));
        auto read = readBag(sk_PKCS12_SAFEBAG_value(bags, i), section, depth);
        if (!read)
            return read.error();
        *ok = *ok && *read;
    }
    return {};
}

Result<bool> Pkcs12SafeReader::readBag(const PKCS12_SAFEBAG* bag, Pkcs12Info::Section& section, int depth)
{
    Pkcs12Info::Bag info;
    info.friendlyName = friendlyName(bag);
    const QByteArray keyId = localKeyId(bag);
    info.localKeyId = QString::fromLatin1(keyId.toHex(' ').toUpper());
    bool ok = true;
    switch (PKCS12_SAFEBAG_get_nid(bag)) {
    case NID_keyBag: {
        info.type = Pkcs12Info::Bag::Type::Key;
        const PKCS8_PRIV_KEY_INFO* p8 = PKCS12_SAFEBAG_get0_p8inf(bag);
        auto added = p8 ? addKey(p8, info) : Result<bool>(false);
        if (!added)
            return added.error();
        ok = *added;
        break;
    }
    case NID_pkcs8ShroudedKeyBag: {
        info.type = Pkcs12Info::Bag::Type::ShroudedKey;
        const X509_ALGOR* algorithm = nullptr;
        const ASN1_OCTET_STRING* data = nullptr;
        X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, &data);
        const Parse parse = [&](const SecureBytes& plain) -> Result<bool> {
            const auto* p = plain.bytes();
            ossl::Pkcs8InfoPtr p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(plain.size())));
            if (!p8 || p != plain.bytes() + plain.size()) {
                note(ossl::takeErrors());
                return false;
            }
            return addKey(p8.get(), info);
        };
        if (!algorithm || !data) {
            m_tally.damaged = true;
            break;
        }
        auto opened = decrypt(algorithm, data, parse, &info.protection);
        if (!opened)
            return opened.error();
        break;
    }
    case NID_certBag: {
        info.type = Pkcs12Info::Bag::Type::Certificate;
        if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate) {
            info.type = Pkcs12Info::Bag::Type::Other;
            break;
        }
        ossl::X509Ptr x509(PKCS12_SAFEBAG_get1_cert(bag));
        auto cert = x509 ? Certificate::fromDer(ossl::toDer(x509.get(), i2d_X509))
                         : Result<Certificate>(makeError(ErrorKind::Corrupt, {}, ossl::takeErrors()));
        if (!cert) {
            note(cert.error().detail);
            ok = false;
            break;
        }
        info.description = tr("Certificate: %1").arg(cert->subject().toString());
        m_contents.certificates.append({*cert, info.friendlyName, keyId});
        break;
    }
    case NID_safeContentsBag: {
        if (depth >= kMaxNesting)
            return false;
        auto read = readBags(PKCS12_SAFEBAG_get0_safes(bag), section, depth + 1, &ok);
        if (!read)
            return read.error();
        return ok;
    }
    default:
        info.type = Pkcs12Info::Bag::Type::Other;
        break;
    }
    section.bags.append(info);
    return ok;
}

Result<bool> Pkcs12SafeReader::addKey(const PKCS8_PRIV_KEY_INFO* p8, Pkcs12Info::Bag& info)
{
    ossl::EvpPkeyPtr key(EVP_PKCS82PKEY_ex(p8, m_context.libctx(), nullptr));
    if (!key) {
        const ASN1_OBJECT* algorithm = nullptr;
        PKCS8_pkey_get0(&algorithm, nullptr, nullptr, nullptr, p8);
        const QString detail = ossl::takeErrors();
        if (m_verified && algorithm && OBJ_obj2nid(algorithm) == NID_undef)
            return makeError(ErrorKind::Unsupported,
                             tr("The private key in the file is of a type CertPilot does not know (%1).")
                                 .arg(ossl::objectName(algorithm)),
                             detail);
        note(detail);
        return false;
    }
    const PrivateKey privateKey = PrivateKey::fromEvp(key.get());
    if (privateKey.isNull())
        return false;
    info.description = describeKey(privateKey);
    m_contents.keys.append({privateKey, info.friendlyName, QByteArray::fromHex(info.localKeyId.toLatin1())});
    return true;
}

Result<Pkcs12SafeReader::Opened> Pkcs12SafeReader::decrypt(const X509_ALGOR* algorithm,
                                                            const ASN1_OCTET_STRING* data, const Parse& parse,
                                                            Pkcs12Protection* protection)
{
    ++m_tally.encrypted;
    auto inspected = Pkcs12Algorithm::inspect(algorithm, m_context, m_maxIterations);
    if (!inspected) {
        if (inspected.error().kind != ErrorKind::Corrupt)
            return inspected.error();
        m_tally.damaged = true;
        ++m_tally.garbled;
        return Opened::Garbled;
    }
    *protection = *inspected;
    Opened best = Opened::Refused;
    bool wellFormed = false;
    for (const Pkcs12Password& candidate : QList<Pkcs12Password>(m_candidates)) {
        if (auto go = checkCancel(); !go)
            return go.error();
        m_spent += inspected->iterations;
        if (m_spent > m_maxTotal)
            return Pkcs12Algorithm::tooManyIterations(m_spent, m_maxTotal);
        unsigned char* out = nullptr;
        int outLength = 0;
        if (!PKCS12_pbe_crypt_ex(algorithm, candidate.data(), candidate.size(), data->data, data->length, &out,
                                 &outLength, 0, m_context.libctx(), nullptr)) {
            note(ossl::takeErrors());
            continue;
        }
        const SecureBytes plain(reinterpret_cast<const char*>(out), outLength);
        OPENSSL_clear_free(out, size_t(outLength));
        // A failed parse must leave nothing behind: the next candidate starts clean.
        const Pkcs12Contents before = m_contents;
        const Tally tallyBefore = m_tally;
        auto parsed = parse(plain);
        if (!parsed)
            return parsed.error();
        if (*parsed) {
            if (m_candidates.size() > 1)
                m_candidates = {candidate}; // the empty-password encoding that works
            ++m_tally.opened;
            return Opened::Yes;
        }
        const QString detail = m_tally.detail;
        m_contents = before;
        m_tally = tallyBefore;
        m_tally.detail = detail;
        best = Opened::Garbled;
        wellFormed = wellFormed || BerScan::isWholeSequence(plain.bytes(), plain.size());
    }
    if (best == Opened::Garbled) {
        ++m_tally.garbled;
        m_tally.wellFormed += wellFormed ? 1 : 0;
    } else {
        ++m_tally.refused;
    }
    return best;
}

} // namespace certpilot
