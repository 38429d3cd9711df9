// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate's cache record, kept apart from the parsing code: a store index
// gives back a certificate list without decoding a single certificate.

#include "Certificate.h"
#include "CertificateData.h"

#include "DisplayText.h"
#include "ossl/Digest.h"

#include <QDataStream>
#include <QIODevice>

#include <mutex>

namespace certpilot {

namespace {

constexpr quint8 kRecordVersion = 1;

void writeName(QDataStream& out, const DistinguishedName& name)
{
    out << quint32(name.attributes().size());
    for (const DnAttribute& a : name.attributes())
        out << a.key << a.value;
    out << name.der();
}

bool readName(QDataStream& in, DistinguishedName& name)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 1024)
        return false;
    QList<DnAttribute> attributes;
    attributes.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        DnAttribute a;
        in >> a.key >> a.value;
        attributes.append(std::move(a));
    }
    QByteArray der;
    in >> der;
    name = DistinguishedName::fromParts(std::move(attributes), std::move(der));
    return in.status() == QDataStream::Ok;
}

void writeTime(QDataStream& out, const QDateTime& t)
{
    out << t.isValid() << (t.isValid() ? t.toSecsSinceEpoch() : qint64(0));
}

void readTime(QDataStream& in, QDateTime& t)
{
    bool valid = false;
    qint64 secs = 0;
    in >> valid >> secs;
    t = valid ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

} // namespace

QByteArray Certificate::cacheRecord() const
{
    if (!d)
        return {};
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kRecordVersion << d->der;
    writeName(s, d->subject);
    writeName(s, d->issuer);
    s << d->serialHex << qint32(d->version);
    writeTime(s, d->notBefore);
    writeTime(s, d->notAfter);
    s << quint32(d->sans.size());
    for (const SubjectAltName& san : d->sans)
        s << quint8(san.type) << san.value;
    s << d->hasBasicConstraints << d->isCa;
    return out;
}

Result<Certificate> Certificate::fromCacheRecord(const QByteArray& record)
{
    QDataStream s(record);
    s.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    s >> version;
    auto data = std::make_shared<Data>();
    s >> data->der;
    if (version != kRecordVersion || s.status() != QDataStream::Ok || data->der.isEmpty()
        || !readName(s, data->subject) || !readName(s, data->issuer))
        return makeError(ErrorKind::Corrupt, tr("The cached certificate is damaged."));
    qint32 certVersion = 0;
    quint32 sans = 0;
    s >> data->serialHex >> certVersion;
    data->version = certVersion;
    readTime(s, data->notBefore);
    readTime(s, data->notAfter);
    s >> sans;
    if (s.status() != QDataStream::Ok || sans > 100000)
        return makeError(ErrorKind::Corrupt, tr("The cached certificate is damaged."));
    data->sans.reserve(sans);
    for (quint32 i = 0; i < sans; ++i) {
        quint8 type = 0;
        SubjectAltName san;
        s >> type >> san.value;
        if (type > quint8(SubjectAltName::Type::Other))
            return makeError(ErrorKind::Corrupt, tr("The cached certificate is damaged."));
        san.type = SubjectAltName::Type(type);
        data->sans.append(std::move(san));
    }
    s >> data->hasBasicConstraints >> data->isCa;
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return makeError(ErrorKind::Corrupt, tr("The cached certificate is damaged."));
    // The identity is never taken from the cache: it is the DER's own hash.
    data->sha1 = toHex(ossl::sha1(data->der));
    data->sha256 = toHex(ossl::sha256(data->der));
    Certificate cert;
    cert.d = std::move(data);
    return cert;
}

} // namespace certpilot
