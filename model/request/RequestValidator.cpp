// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestValidator.h"

#include "request/CountryCodes.h"

#include <QRegularExpression>
#include <QUrl>

#include <openssl/x509v3.h>

namespace certpilot {

namespace {

bool isPrintableAscii(QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; }

// A character as the user should see it in a message: itself, or its code
// point when it is invisible.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QString(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

bool isLdhChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
}

} // namespace

bool RequestValidator::isIpAddress(const QString& value)
{
    const QByteArray text = value.trimmed().toLatin1();
    if (text.isEmpty() || value.trimmed().size() != text.size())
        return false;
    ASN1_OCTET_STRING* ip = a2i_IPADDRESS(text.constData());
    if (!ip)
        return false;
    ASN1_OCTET_STRING_free(ip);
    return true;
}

QString RequestValidator::hostName(const QString& raw)
{
    const QString v = raw.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const auto m = scheme.match(v); m.hasMatch()) {
        QString host = v.mid(m.capturedEnd()).section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0);
        if (host.isEmpty())
            host = QStringLiteral("www.example.com");
        return tr("Enter the host name only, without \"%1\": for example %2.").arg(m.captured(0), host);
    }
    if (v.contains(QLatin1Char('/')) || v.contains(QLatin1Char('\\')))
        return tr("Enter the host name only, without a path: for example %1.")
            .arg(v.section(QRegularExpression(QStringLiteral("[/\\\\]")), 0, 0));
    if (v.contains(QLatin1Char('@')))
        return tr("Enter a host name such as www.example.com, not an e-mail address.");
    for (const QChar c : v) {
        if (c.isSpace())
            return tr("A host name cannot contain spaces.");
    }
    for (const QChar c : v) {
        if (c.unicode() >= 0x80) {
            // Internationalised names go into certificates in their xn-- form.
            const QByteArray ace = QUrl::toAce(v);
            if (!ace.isEmpty() && ace != v.toUtf8())
                return tr("Use the ASCII form of this international name: %1.").arg(QString::fromLatin1(ace));
            return tr("Use English letters, digits, hyphens and dots only; \"%1\" is not allowed.").arg(shown(c));
        }
    }
    static const QRegularExpression port(QStringLiteral(":(\\d*)$"));
    if (const auto m = port.match(v); m.hasMatch())
        return tr("Enter the host name without a port number (%1).").arg(m.captured(0));
    if (v.endsWith(QLatin1Char('.')))
        return tr("Remove the dot at the end.");
    if (v.size() > kMaxHostName)
        return tr("A host name can have at most %n characters.", nullptr, kMaxHostName);

    const QStringList labels = v.split(QLatin1Char('.'));
    if (v.contains(QLatin1Char('*'))) {
        if (labels.first() != QLatin1String("*") || v.count(QLatin1Char('*')) != 1)
            return tr("A wildcard is allowed only as the whole first part of the name, like *.example.com.");
        if (labels.size() < 3)
            return tr("A wildcard needs a domain of at least two parts after it, like *.example.com.");
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString& label = labels.at(i);
        if (i == 0 && label == QLatin1String("*"))
            continue;
        if (label.isEmpty())
            return tr("The name has an empty part: two dots in a row, or a dot at the start.");
        if (label.size() > 63)
            return tr("Each part between dots can have at most 63 characters.");
        for (const QChar c : label) {
            if (c == QLatin1Char('_'))
                return tr("Host names cannot contain underscores (_); CAs reject them.");
            if (!isLdhChar(c))
                return tr("\"%1\" cannot appear in a host name: use letters, digits, hyphens and dots.").arg(shown(c));
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("A part of a host name cannot start or end with a hyphen (-).");
    }
    // All digits and dots, yet not an IP address: "10.0.0.300".
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    if (numeric.match(v).hasMatch())
        return tr("%1 is not a valid IP address.").arg(v);
    return {};
}

QString RequestValidator::commonName(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return tr("Enter the common name: the site's host name, for example www.example.com.");
    if (isIpAddress(v))
        return {};
    if (const QString problem = hostName(v); !problem.isEmpty())
        return problem;
    if (v.size() > kMaxCommonName)
        return tr("A common name can have at most %n characters. Enter a shorter name here and add the long one "
                  "as an alternative name.",
                  nullptr, kMaxCommonName);
    return {};
}

QString RequestValidator::textField(RequestField field, const QString& value)
{
    const QString v = value.trimmed();
    for (const QChar c : v) {
        if (!isPrintableAscii(c))
            return tr("Use English (ASCII) letters only: CAs reject \"%1\". Enter the name as it is registered "
                      "in English.")
                .arg(shown(c));
    }
    const int max = (field == RequestField::Locality || field == RequestField::State) ? kMaxLocality
                                                                                         : kMaxOrganization;
    if (v.size() > max)
        return tr("At most %n characters.", nullptr, max);
    return {};
}

QString RequestValidator::country(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (v.size() == 2 && CountryCodes::isValid(v))
        return {};
    const QString suggestion = CountryCodes::suggest(v);
    if (!suggestion.isEmpty()) {
        if (v.size() == 2)
            return tr("%1 is not an ISO country code; %2 uses %3.")
                .arg(v, CountryCodes::name(suggestion), suggestion);
        return tr("Enter the 2-letter country code, not the name: %1 for %2.")
            .arg(suggestion, CountryCodes::name(suggestion));
    }
    if (v.size() == 2)
        return tr("%1 is not an ISO 3166 country code. Enter the 2-letter code, for example TW, US or DE.")
            .arg(v.toUpper());
    return tr("Enter the 2-letter ISO country code, for example TW, US or DE.");
}

QString RequestValidator::alternativeName(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || isIpAddress(v))
        return {};
    return hostName(v);
}

QStringList RequestValidator::alternativeNames(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values) {
        const QString problem = alternativeName(value);
        if (!problem.isEmpty())
            out << tr("%1: %2").arg(value.trimmed(), problem);
    }
    return out;
}

QString RequestValidator::hash(const QString& value)
{
    if (RequestDraft::hashes().contains(value))
        return {};
    return tr("Choose SHA-256, SHA-384 or SHA-512 as the signature hash.");
}

QList<FieldMessage> RequestValidator::validate(const RequestDraft& draft)
{
    QList<FieldMessage> out;
    auto add = [&out](RequestField field, const QString& message) {
        if (!message.isEmpty())
            out.append({field, message});
    };
    add(RequestField::CommonName, commonName(draft.commonName));
    add(RequestField::Organization, textField(RequestField::Organization, draft.organization));
    add(RequestField::OrganizationalUnit, textField(RequestField::OrganizationalUnit, draft.organizationalUnit));
    add(RequestField::Locality, textField(RequestField::Locality, draft.locality));
    add(RequestField::State, textField(RequestField::State, draft.state));
    add(RequestField::Country, country(draft.country));
    for (const QString& problem : alternativeNames(draft.alternativeNames))
        add(RequestField::AlternativeNames, problem);
    const KeySpec& k = draft.key;
    const bool keyOk = (k.algorithm == KeyAlgorithm::Rsa && (k.bits == 2048 || k.bits == 3072 || k.bits == 4096))
        || (k.algorithm == KeyAlgorithm::Ec
            && (k.curve == QLatin1String("P-256") || k.curve == QLatin1String("P-384")));
    if (!keyOk)
        add(RequestField::Key, tr("Choose RSA 2048, 3072 or 4096, or ECDSA P-256 or P-384."));
    add(RequestField::Hash, hash(draft.hash));
    return out;
}

QString RequestValidator::fieldName(RequestField field)
{
    switch (field) {
    case RequestField::CommonName:
        return tr("Common name");
    case RequestField::Organization:
        return tr("Organization");
    case RequestField::OrganizationalUnit:
        return tr("Organizational unit");
    case RequestField::Locality:
        return tr("City/locality");
    case RequestField::State:
        return tr("State/province");
    case RequestField::Country:
        return tr("Country/region");
    case RequestField::AlternativeNames:
        return tr("Alternative names");
    case RequestField::Key:
        return tr("Key");
    case RequestField::Hash:
        return tr("Signature hash");
    }
    return {};
}

} // namespace certpilot
