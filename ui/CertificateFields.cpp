// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateFields.h"

#include "Certificate.h"
#include "DisplayText.h"

#include <QLocale>
#include <QSet>

namespace certpilot {

namespace {

// Extensions shown from parsed values above; the rest come from OpenSSL's text.
const QString kSan = QStringLiteral("2.5.29.17");
const QString kKeyUsage = QStringLiteral("2.5.29.15");
const QString kExtKeyUsage = QStringLiteral("2.5.29.37");
const QString kBasicConstraints = QStringLiteral("2.5.29.19");
const QString kSki = QStringLiteral("2.5.29.14");
const QString kAki = QStringLiteral("2.5.29.35");

QString multiLineName(const DistinguishedName& name)
{
    QStringList lines;
    // Common name first, as people read a name (and as toString() orders it).
    const QList<DnAttribute>& attributes = name.attributes();
    for (auto it = attributes.crbegin(); it != attributes.crend(); ++it)
        lines << QStringLiteral("%1 = %2").arg(it->key, it->value);
    return lines.join(QLatin1Char('\n'));
}

QString sanText(const SubjectAltName& san)
{
    switch (san.type) {
    case SubjectAltName::Type::Dns:
        return CertificateFields::tr("DNS Name=%1").arg(san.value);
    case SubjectAltName::Type::Ip:
        return CertificateFields::tr("IP Address=%1").arg(san.value);
    case SubjectAltName::Type::Email:
        return CertificateFields::tr("Email=%1").arg(san.value);
    case SubjectAltName::Type::Uri:
        return CertificateFields::tr("URL=%1").arg(san.value);
    case SubjectAltName::Type::Other:
        break;
    }
    return san.value;
}

} // namespace

QString CertificateFields::colonHex(const QString& hex)
{
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += hex.mid(i, 2);
    }
    return out;
}

QString CertificateFields::dateTime(const QDateTime& utc)
{
    // The locale's long date, but a plain 24-hour time: Qt 6.4 prints CLDR's
    // day-period pattern "B" literally in some locales (zh_TW: "B10:36:28").
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 %2 %3")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat), local.time().toString(QStringLiteral("HH:mm:ss")),
             local.timeZoneAbbreviation());
}

QList<CertificateFields::Field> CertificateFields::of(const Certificate& c, const QString& friendlyName)
{
    QList<Field> fields;
    const QList<CertificateExtension> extensions = c.extensions();
    QSet<QString> critical;
    for (const CertificateExtension& e : extensions) {
        if (e.critical)
            critical.insert(e.oid);
    }
    auto extensionName = [&](const QString& name, const QString& oid) {
        return critical.contains(oid) ? tr("%1 (critical)").arg(name) : name;
    };

    fields.append({tr("Version"), QStringLiteral("V%1").arg(c.version())});
    fields.append({tr("Serial number"), colonHex(c.serialHex())});
    fields.append({tr("Signature algorithm"), c.signatureAlgorithm()});
    if (!c.signatureDigest().isEmpty())
        fields.append({tr("Signature hash algorithm"), c.signatureDigest()});
    fields.append({tr("Issuer"), multiLineName(c.issuer())});
    fields.append({tr("Valid from"), dateTime(c.notBefore())});
    fields.append({tr("Valid to"), dateTime(c.notAfter())});
    fields.append({tr("Subject"), multiLineName(c.subject())});
    fields.append({tr("Public key"), c.keyDescription() + QLatin1Char('\n') + toColonHex(c.publicKeyDer())});

    if (!c.subjectAltNames().isEmpty()) {
        QStringList names;
        for (const SubjectAltName& san : c.subjectAltNames())
            names << sanText(san);
        fields.append({extensionName(tr("Subject Alternative Name"), kSan), names.join(QLatin1Char('\n'))});
    }
    if (c.hasKeyUsage())
        fields.append({extensionName(tr("Key Usage"), kKeyUsage), c.keyUsageNames().join(QLatin1String(", "))});
    if (c.hasExtendedKeyUsage())
        fields.append({extensionName(tr("Enhanced Key Usage"), kExtKeyUsage),
                       c.extendedKeyUsageNames().join(QLatin1Char('\n'))});
    if (c.hasBasicConstraints()) {
        const QString type = c.isCa() ? tr("Subject Type=CA") : tr("Subject Type=End Entity");
        const QString length = !c.isCa()          ? QString()
            : c.pathLength() < 0                  ? tr("Path Length Constraint=None")
                                                  : tr("Path Length Constraint=%1").arg(c.pathLength());
        fields.append({extensionName(tr("Basic Constraints"), kBasicConstraints),
                       length.isEmpty() ? type : type + QLatin1Char('\n') + length});
    }
    if (!c.subjectKeyId().isEmpty())
        fields.append({extensionName(tr("Subject Key Identifier"), kSki), toColonHex(c.subjectKeyId())});
    if (!c.authorityKeyId().isEmpty())
        fields.append({extensionName(tr("Authority Key Identifier"), kAki), toColonHex(c.authorityKeyId())});

    static const QSet<QString> shownAbove{kSan, kKeyUsage, kExtKeyUsage, kBasicConstraints, kSki, kAki};
    for (const CertificateExtension& e : extensions) {
        if (shownAbove.contains(e.oid))
            continue;
        fields.append({extensionName(e.name, e.oid), e.text});
    }

    // Plain hex, as Windows, IIS and netsh show and accept thumbprints.
    fields.append({tr("Thumbprint (SHA-1)"), c.sha1()});
    fields.append({tr("Thumbprint (SHA-256)"), c.sha256()});
    if (!friendlyName.isEmpty())
        fields.append({tr("Friendly name"), friendlyName});
    return fields;
}

} // namespace certpilot
