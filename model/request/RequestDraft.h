// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "CsrBuilder.h"
#include "KeySpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// The fields of a certificate request, in the order IIS asks for them.
enum class RequestField {
    CommonName,
    Organization,
    OrganizationalUnit,
    Locality,
    State,
    Country,
    AlternativeNames,
    Key,
    Hash,
};

// What is wrong with one field, in words a user can act on.
struct FieldMessage {
    RequestField field = RequestField::CommonName;
    QString message;
};

// The request the wizard pages and `certpilot-cli request` fill in before any
// key exists: plain values, checked by RequestValidator, turned into a CsrSpec
// by toCsrSpec(). Cheap to copy; safe to hand to a worker thread.
struct RequestDraft {
    QString commonName;           // the site's host name, or an IP address
    QString organization;
    QString organizationalUnit;
    QString locality;             // City/Locality, full name
    QString state;                // State/Province, full name
    QString country;              // 2-letter ISO 3166 code
    QStringList alternativeNames; // extra DNS names and IP addresses, as typed
    KeySpec key = KeySpec::rsa(2048);
    QString hash = QStringLiteral("SHA256");

    // Pre-filled from an existing certificate (renewal, re-issue): its subject,
    // its alternative names other than the common name, and the same kind of
    // key and hash, raised to today's minimums (RSA 2048, SHA-256).
    static RequestDraft fromCertificate(const Certificate& certificate);

    // The signature hashes offered: "SHA256" (default), "SHA384", "SHA512".
    static QStringList hashes();
    // "sha256", "SHA-256" -> "SHA256"; empty when not offered.
    static QString parseHash(const QString& text);

    // Every problem, in field order; empty when the draft can be submitted.
    QList<FieldMessage> validate() const;

    // The names the certificate must carry, the common name first, without
    // duplicates (compared case-insensitively). Browsers check only these.
    QStringList dnsNames() const;
    QStringList ipAddresses() const;

    // Subject in encoding order C, ST, L, O, OU, CN (empty fields left out),
    // the common name repeated in the alternative names. Call on a valid draft.
    CsrSpec toCsrSpec() const;

    bool operator==(const RequestDraft&) const = default;
};

} // namespace certpilot
