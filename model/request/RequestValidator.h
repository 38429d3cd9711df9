// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request/RequestDraft.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace certpilot {

// Checks request fields the way CAs do, one field at a time, so the wizard can
// show each message next to its field. Every check returns an empty string
// when the value is acceptable, else one sentence saying what to change.
//
// The rules (CA handbooks, CA/Browser Forum baseline requirements, RFC 5280):
// - subject fields: printable ASCII only, within the X.520 length limits;
// - common name: required; a host name (optionally a leftmost wildcard) or an
//   IP address, never a URL, a path or a port;
// - country: a 2-letter ISO 3166 code;
// - alternative names: host names, wildcards or IP addresses.
class RequestValidator {
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
public:
    // X.520 upper bounds (RFC 5280 appendix A).
    static constexpr int kMaxCommonName = 64;
    static constexpr int kMaxOrganization = 64;
    static constexpr int kMaxLocality = 128;
    static constexpr int kMaxHostName = 253;

    static QString commonName(const QString& value);
    // Organization, organizational unit, city and state: optional, ASCII, bounded.
    static QString textField(RequestField field, const QString& value);
    static QString country(const QString& value);
    // One alternative name (host name, wildcard or IP address).
    static QString alternativeName(const QString& value);
    // Every problem in a list of alternative names, each naming its entry.
    static QStringList alternativeNames(const QStringList& values);
    static QString hash(const QString& value);

    static QList<FieldMessage> validate(const RequestDraft& draft);

    // The field's label as the wizard shows it ("Common name").
    static QString fieldName(RequestField field);
    static bool isIpAddress(const QString& value);

private:
    static QString hostName(const QString& value);
};

} // namespace certpilot
