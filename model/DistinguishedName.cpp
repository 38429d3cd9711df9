// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistinguishedName.h"

#include "DisplayText.h"

#include <openssl/objects.h>
#include <openssl/x509.h>

namespace certpilot {

namespace {

QString attributeKey(const ASN1_OBJECT* object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef) {
        if (const char* sn = OBJ_nid2sn(nid))
            return DistinguishedName::attributeName(QByteArrayView(sn));
    }
    char buf[128];
    const int len = OBJ_obj2txt(buf, sizeof buf, object, 1);
    return len > 0 ? QString::fromLatin1(buf, std::min<int>(len, sizeof buf - 1)) : QStringLiteral("?");
}

QString attributeValue(const ASN1_STRING* data)
{
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len >= 0) {
        const QByteArray bytes(reinterpret_cast<const char*>(utf8), len);
        OPENSSL_free(utf8);
        return escapeBytesForDisplay(bytes);
    }
    // Not convertible (a malformed BMPString, say): show the raw bytes escaped.
    return escapeBytesForDisplay(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)),
                                            ASN1_STRING_length(data)));
}

} // namespace

QString DistinguishedName::attributeName(QByteArrayView shortName)
{
    static const QString common[] = {QStringLiteral("CN"), QStringLiteral("O"), QStringLiteral("OU"),
                                     QStringLiteral("C"), QStringLiteral("L"), QStringLiteral("ST"),
                                     QStringLiteral("emailAddress"), QStringLiteral("serialNumber"),
                                     QStringLiteral("DC")};
    for (const QString& c : common) {
        if (QLatin1StringView(shortName.data(), shortName.size()) == c)
            return c;
    }
    return QString::fromUtf8(shortName);
}

DistinguishedName DistinguishedName::fromX509Name(const X509_NAME* name)
{
    DistinguishedName dn;
    if (!name)
        return dn;
    const unsigned char* der = nullptr;
    size_t derLen = 0;
    if (X509_NAME_get0_der(const_cast<X509_NAME*>(name), &der, &derLen) == 1)
        dn.m_der = QByteArray(reinterpret_cast<const char*>(der), qsizetype(derLen));
    const int count = X509_NAME_entry_count(name);
    dn.m_attributes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        dn.m_attributes.append({attributeKey(X509_NAME_ENTRY_get_object(entry)),
                                attributeValue(X509_NAME_ENTRY_get_data(entry))});
    }
    return dn;
}

QString DistinguishedName::value(const QString& key) const
{
    // The most specific (last encoded) value wins, as for CN in browsers.
    for (auto it = m_attributes.crbegin(); it != m_attributes.crend(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return {};
}

QString DistinguishedName::displayName() const
{
    for (const char* key : {"CN", "OU", "O"}) {
        const QString v = value(QLatin1String(key));
        if (!v.isEmpty())
            return v;
    }
    return toString();
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    parts.reserve(m_attributes.size());
    for (auto it = m_attributes.crbegin(); it != m_attributes.crend(); ++it)
        parts << it->key + QLatin1Char('=') + it->value;
    return parts.join(QLatin1String(", "));
}

} // namespace certpilot
