// SPDX-License-Identifier: GPL-3.0-or-later
#include "ossl/Convert.h"

#include "ossl/Ptr.h"

#include <openssl/objects.h>

#include <ctime>

namespace certpilot::ossl {

QDateTime toDateTime(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString serialToHex(const ASN1_INTEGER* serial)
{
    BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn)
        return {};
    if (BN_is_zero(bn.get()))
        return QStringLiteral("00");
    char* hex = BN_bn2hex(bn.get());
    if (!hex)
        return {};
    QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    if (out.size() % 2 == 1)
        out.prepend(QLatin1Char('0'));
    return out;
}

QByteArray toByteArray(const ASN1_OCTET_STRING* octets)
{
    if (!octets)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(octets)),
                      ASN1_STRING_length(octets));
}

QString objectOid(const ASN1_OBJECT* object)
{
    char buf[128];
    const int len = OBJ_obj2txt(buf, sizeof buf, object, 1);
    if (len <= 0)
        return {};
    return QString::fromLatin1(buf, std::min<int>(len, int(sizeof buf) - 1));
}

QString objectName(const ASN1_OBJECT* object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef) {
        if (const char* ln = OBJ_nid2ln(nid))
            return QString::fromLatin1(ln);
    }
    return objectOid(object);
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, int(len)) : QByteArray();
}

} // namespace certpilot::ossl
