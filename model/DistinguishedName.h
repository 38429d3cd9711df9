// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

typedef struct X509_name_st X509_NAME;

namespace certpilot {

struct DnAttribute {
    QString key;   // short name: CN, O, OU, L, ST, C, emailAddress, or the dotted OID
    QString value; // decoded and escaped for display
};

// A subject or issuer name, parsed once into Qt values. Attributes keep their
// encoding order (country first, usually); toString() uses the RFC 4514 order
// people read (common name first).
class DistinguishedName {
public:
    DistinguishedName() = default;
    static DistinguishedName fromX509Name(const X509_NAME* name);
    // A name read back from a cache that fromX509Name filled (the store's index).
    static DistinguishedName fromParts(QList<DnAttribute> attributes, QByteArray der)
    {
        DistinguishedName dn;
        dn.m_attributes = std::move(attributes);
        dn.m_der = std::move(der);
        return dn;
    }

    // An attribute's short name as a string; the common ones are shared, which
    // saves two allocations per attribute when 10,000 certificates load.
    static QString attributeName(QByteArrayView shortName);

    const QList<DnAttribute>& attributes() const { return m_attributes; }
    const QByteArray& der() const { return m_der; }
    bool isEmpty() const { return m_attributes.isEmpty(); }

    QString value(const QString& key) const;
    QString commonName() const { return value(QStringLiteral("CN")); }
    // Common name, else organizational unit or organization, else the whole name.
    QString displayName() const;
    QString toString() const;

    bool operator==(const DistinguishedName& other) const { return m_der == other.m_der; }

private:
    QList<DnAttribute> m_attributes;
    QByteArray m_der;
};

} // namespace certpilot
