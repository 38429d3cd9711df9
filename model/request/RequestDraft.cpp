// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestDraft.h"

#include "request/RequestValidator.h"

namespace certpilot {

namespace {

void appendUnique(QStringList& list, const QString& value)
{
    for (const QString& existing : list) {
        if (existing.compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    list << value;
}

// Subject text arrives escaped for display; the wizard shows it and the
// validator checks it like anything typed.
QString subjectValue(const Certificate& certificate, const char* key)
{
    return certificate.subject().value(QLatin1String(key)).trimmed();
}

} // namespace

RequestDraft RequestDraft::fromCertificate(const Certificate& certificate)
{
    RequestDraft d;
    if (certificate.isNull())
        return d;
    d.commonName = subjectValue(certificate, "CN");
    d.organization = subjectValue(certificate, "O");
    d.organizationalUnit = subjectValue(certificate, "OU");
    d.locality = subjectValue(certificate, "L");
    d.state = subjectValue(certificate, "ST");
    d.country = subjectValue(certificate, "C");
    for (const SubjectAltName& san : certificate.subjectAltNames()) {
        if (san.type != SubjectAltName::Type::Dns && san.type != SubjectAltName::Type::Ip)
            continue;
        if (san.value.compare(d.commonName, Qt::CaseInsensitive) == 0)
            continue;
        appendUnique(d.alternativeNames, san.value);
    }
    // A certificate without a common name (allowed today): its first name takes the place.
    if (d.commonName.isEmpty() && !d.alternativeNames.isEmpty())
        d.commonName = d.alternativeNames.takeFirst();

    if (certificate.keyAlgorithm() == KeyAlgorithm::Ec) {
        const QString curve = certificate.curveName();
        d.key = (curve == QLatin1String("secp384r1") || curve == QLatin1String("P-384") || certificate.keyBits() == 384)
            ? KeySpec::ec(QStringLiteral("P-384"))
            : KeySpec::ec(QStringLiteral("P-256"));
    } else {
        const int bits = certificate.keyBits();
        d.key = KeySpec::rsa(bits >= 4096 ? 4096 : bits >= 3072 ? 3072 : 2048);
    }
    const QString digest = parseHash(certificate.signatureDigest());
    d.hash = digest.isEmpty() ? QStringLiteral("SHA256") : digest;
    return d;
}

QStringList RequestDraft::hashes()
{
    return {QStringLiteral("SHA256"), QStringLiteral("SHA384"), QStringLiteral("SHA512")};
}

QString RequestDraft::parseHash(const QString& text)
{
    QString h = text.trimmed().toUpper();
    h.remove(QLatin1Char('-'));
    return hashes().contains(h) ? h : QString();
}

QList<FieldMessage> RequestDraft::validate() const { return RequestValidator::validate(*this); }

QStringList RequestDraft::dnsNames() const
{
    QStringList out;
    const QString cn = commonName.trimmed();
    if (!cn.isEmpty() && !RequestValidator::isIpAddress(cn))
        out << cn;
    for (const QString& name : alternativeNames) {
        const QString n = name.trimmed();
        if (!n.isEmpty() && !RequestValidator::isIpAddress(n))
            appendUnique(out, n);
    }
    return out;
}

QStringList RequestDraft::ipAddresses() const
{
    QStringList out;
    const QString cn = commonName.trimmed();
    if (RequestValidator::isIpAddress(cn))
        out << cn;
    for (const QString& name : alternativeNames) {
        if (RequestValidator::isIpAddress(name))
            appendUnique(out, name.trimmed());
    }
    return out;
}

CsrSpec RequestDraft::toCsrSpec() const
{
    CsrSpec spec;
    const QList<QPair<const char*, QString>> fields = {
        {"C", country.trimmed().toUpper()}, {"ST", state.trimmed()},
        {"L", locality.trimmed()},          {"O", organization.trimmed()},
        {"OU", organizationalUnit.trimmed()}, {"CN", commonName.trimmed()}};
    for (const auto& [key, value] : fields) {
        if (!value.isEmpty())
            spec.subject.append({QString::fromLatin1(key), value});
    }
    spec.dnsNames = dnsNames();
    spec.ipAddresses = ipAddresses();
    spec.digest = hash;
    return spec;
}

} // namespace certpilot
