// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate's cache record, kept apart from the parsing code: a store index
// gives back a certificate list without decoding a single certificate.

#include "Certificate.h"
#include "CertificateData.h"

#include "CacheReader.h"
#include "CacheWriter.h"
#include "DisplayText.h"
#include "NamePool.h"
#include "ossl/Digest.h"

namespace certpilot {

namespace {

constexpr quint8 kRecordVersion = 2;

// A name's DER is a slice of the certificate's DER (d2i keeps the bytes it
// read), so the record keeps where, not a copy.
void writeName(CacheWriter& out, const QByteArray& certDer, const DistinguishedName& name)
{
    const qsizetype at = name.der().isEmpty() ? -1 : certDer.indexOf(name.der());
    out.number(qint32(at));
    out.number(qint32(at >= 0 ? name.der().size() : 0));
    if (at < 0)
        out.bytes(name.der());
    out.number(quint32(name.attributes().size()));
    for (const DnAttribute& a : name.attributes()) {
        out.text(a.key);
        out.text(a.value);
    }
}

bool readName(CacheReader& in, QByteArrayView certDer, DistinguishedName& name, NamePool* pool)
{
    const auto at = in.number<qint32>();
    const auto len = in.number<qint32>();
    QByteArrayView der;
    if (at >= 0) {
        if (len < 0 || at > certDer.size() || len > certDer.size() - at)
            return false;
        der = certDer.sliced(at, len);
    } else {
        der = in.view();
    }
    const auto count = in.number<quint32>();
    if (in.failed() || count > 1024)
        return false;
    if (auto pooled = pool ? pool->find(der) : std::nullopt) {
        // The attributes are the ones the pooled name was read with; only skipped.
        for (quint32 i = 0; i < 2 * count; ++i)
            in.view();
        name = std::move(*pooled);
        return !in.failed();
    }
    QList<DnAttribute> attributes;
    attributes.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        DnAttribute a;
        a.key = DistinguishedName::attributeName(in.view());
        a.value = in.text();
        attributes.append(std::move(a));
    }
    name = DistinguishedName::fromParts(std::move(attributes), der.toByteArray());
    if (in.failed())
        return false;
    if (pool)
        pool->add(name);
    return true;
}

void writeTime(CacheWriter& out, const QDateTime& t)
{
    out.number(quint8(t.isValid()));
    out.number(t.isValid() ? t.toSecsSinceEpoch() : qint64(0));
}

QDateTime readTime(CacheReader& in)
{
    const bool valid = in.number<quint8>() != 0;
    const auto secs = in.number<qint64>();
    return valid ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

Result<Certificate> damaged() { return makeError(ErrorKind::Corrupt, Certificate::tr("The cached certificate is damaged.")); }

} // namespace

QByteArray Certificate::cacheRecord() const
{
    if (!d)
        return {};
    QByteArray record;
    const QByteArray& der = d->derBytes();
    if (der.isEmpty())
        return {};
    record.reserve(der.size() + 512);
    CacheWriter out(record);
    out.number(kRecordVersion);
    out.bytes(der);
    writeName(out, der, d->subject);
    writeName(out, der, d->issuer);
    out.text(d->serialHex);
    out.number(qint32(d->version));
    writeTime(out, d->notBefore);
    writeTime(out, d->notAfter);
    out.number(quint32(d->sans.size()));
    for (const SubjectAltName& san : d->sans) {
        out.number(quint8(san.type));
        out.text(san.value);
    }
    out.number(quint8((d->hasBasicConstraints ? 1 : 0) | (d->isCa ? 2 : 0)));
    return record;
}

Result<Certificate> Certificate::fromCacheRecord(QByteArrayView record, NamePool* issuers,
                                                 std::shared_ptr<const DerSource> source, qint64 recordOffset)
{
    CacheReader in(record);
    if (in.number<quint8>() != kRecordVersion)
        return damaged();
    auto data = std::make_shared<Data>();
    const QByteArrayView der = in.view();
    if (in.failed() || der.isEmpty() || !readName(in, der, data->subject, nullptr)
        || !readName(in, der, data->issuer, issuers))
        return damaged();
    // The identity is never taken from the cache: it is the DER's own hash.
    data->sha1 = toHex(ossl::sha1(der));
    if (source) {
        data->source = std::move(source);
        data->sourceOffset = recordOffset + (der.data() - record.data());
        data->sourceLength = qint32(der.size());
    } else {
        data->der = der.toByteArray();
    }
    data->serialHex = in.text();
    data->version = in.number<qint32>();
    data->notBefore = readTime(in);
    data->notAfter = readTime(in);
    const auto sans = in.number<quint32>();
    // A name takes at least 5 bytes (its type and length).
    if (in.failed() || sans > 100000 || qsizetype(sans) > in.remaining() / 5)
        return damaged();
    data->sans.reserve(sans);
    for (quint32 i = 0; i < sans; ++i) {
        const auto type = in.number<quint8>();
        SubjectAltName san;
        san.value = in.text();
        if (type > quint8(SubjectAltName::Type::Other))
            return damaged();
        san.type = SubjectAltName::Type(type);
        data->sans.append(std::move(san));
    }
    const auto flags = in.number<quint8>();
    data->hasBasicConstraints = (flags & 1) != 0;
    data->isCa = (flags & 2) != 0;
    if (in.failed() || !in.atEnd())
        return damaged();
    Certificate cert;
    cert.d = std::move(data);
    return cert;
}

} // namespace certpilot
