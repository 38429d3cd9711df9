// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small conversions between OpenSSL values and Qt values.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>

namespace certpilot::ossl {

QDateTime toDateTime(const ASN1_TIME* time);
QString serialToHex(const ASN1_INTEGER* serial);
QByteArray toByteArray(const ASN1_OCTET_STRING* octets);
QString objectName(const ASN1_OBJECT* object);   // long name, or dotted OID
QString objectOid(const ASN1_OBJECT* object);    // dotted OID
QByteArray bioContents(BIO* bio);

// i2d into a QByteArray; empty on failure.
template <typename T, typename Fn> QByteArray toDer(const T* object, Fn i2d)
{
    const int len = i2d(const_cast<T*>(object), nullptr);
    if (len <= 0)
        return {};
    QByteArray out(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    if (i2d(const_cast<T*>(object), &p) != len)
        return {};
    return out;
}

} // namespace certpilot::ossl
