// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateBuilder.h"
#include "CertificateRequest.h"
#include "PrivateKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace certpilot {

// What goes into a PKCS#10 request.
struct CsrSpec {
    NameSpec subject;              // encoding order: C, ST, L, O, OU, CN
    QStringList dnsNames;          // Subject Alternative Names
    QStringList ipAddresses;
    QString digest = QStringLiteral("SHA256");
};

class CsrBuilder {
    Q_DECLARE_TR_FUNCTIONS(CsrBuilder)
public:
    // Builds and signs the request with `key`, asking for a TLS server
    // certificate (key usage and serverAuth), as IIS does.
    static Result<CertificateRequest> build(const CsrSpec& spec, const PrivateKey& key);
};

} // namespace certpilot
