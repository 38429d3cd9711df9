// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "DistinguishedName.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace certpilot {

// A PKCS#10 certificate signing request, parsed once into Qt values.
class CertificateRequest {
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)
public:
    CertificateRequest() = default;
    static Result<CertificateRequest> fromDer(const QByteArray& der);

    bool isNull() const { return !d; }
    const QByteArray& der() const;
    // PEM with the header CAs' web forms expect.
    QByteArray toPem() const;

    const DistinguishedName& subject() const;
    const QList<SubjectAltName>& subjectAltNames() const;
    KeyAlgorithm keyAlgorithm() const;
    int keyBits() const;
    QString keyDescription() const;
    const QByteArray& publicKeyDer() const;
    // SHA-1 of the SubjectPublicKeyInfo: the key's identity, shared with the
    // certificate the CA issues for this request.
    const QString& keyId() const;
    const QString& signatureAlgorithm() const;
    bool signatureValid() const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

// The identity of a public key: uppercase hex SHA-1 of its SubjectPublicKeyInfo.
QString publicKeyId(const QByteArray& subjectPublicKeyInfoDer);

} // namespace certpilot
