// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace certpilot {

// Subject attributes in encoding order, e.g. {{"C","TW"},{"O","Example"},{"CN","www.example.com"}}.
using NameSpec = QList<QPair<QString, QString>>;

// What to put in a certificate the app signs itself: the demo data, the
// benchmark stores and the tests' CA hierarchies. (Real server certificates
// come from a CA; this is not a CA product.)
struct CertificateSpec {
    NameSpec subject;
    QStringList dnsNames;
    QStringList ipAddresses;
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false;
    int pathLength = -1;            // CA only; -1: no limit
    bool serverAuth = true;         // leaf: EKU serverAuth (+clientAuth)
    bool withKeyIdentifiers = true; // SKI, and AKI when issued by another
    QString digest = QStringLiteral("SHA256");
    QByteArray serial;              // big-endian; random when empty
};

class CertificateBuilder {
    Q_DECLARE_TR_FUNCTIONS(CertificateBuilder)
public:
    // Signs `spec` for `subjectKey`. With a null issuer the certificate is
    // self-signed (issuerKey must then be subjectKey).
    static Result<Certificate> issue(const CertificateSpec& spec, const PrivateKey& subjectKey,
                                     const Certificate& issuer, const PrivateKey& issuerKey);
    static Result<Certificate> selfSigned(const CertificateSpec& spec, const PrivateKey& key)
    {
        return issue(spec, key, Certificate(), key);
    }
};

} // namespace certpilot
