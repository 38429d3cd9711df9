// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "ChainStatus.h"
#include "StoreEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace certpilot {

struct ChainProblem {
    ChainStatus status = ChainStatus::Other;
    int opensslCode = 0;
    QString opensslText;   // X509_verify_cert_error_string, for the technical detail
};

// One step of a certification path: a certificate, or a gap where an issuer is missing.
struct ChainNode {
    Certificate certificate;   // null for a gap
    QString missingIssuer;     // the DN of the certificate that is missing (gaps only)
    QList<ChainProblem> problems;
    bool trustAnchor = false;  // a certificate from Trusted Root

    bool isGap() const { return certificate.isNull(); }
    ChainStatus status() const;
    QString explanation() const;  // the reason in words, or "This certificate is OK."
};

struct ChainResult {
    bool trusted = false;        // exactly X509_verify_cert's verdict
    QList<ChainNode> nodes;      // root (or gap) first, the verified certificate last
    ChainStatus status = ChainStatus::Ok;
    int opensslError = 0;        // the first error X509_verify_cert met
    QString summary() const;     // one sentence for the General tab
};

struct VerifyOptions {
    QDateTime at;               // invalid: now
    QString hostname;           // DNS name or IP address to check; empty: none
    bool sslServer = false;     // require the TLS server purpose (EKU)
    bool strict = false;        // X509_V_FLAG_X509_STRICT and security level 2
};

// Builds and verifies certification paths with OpenSSL's X509_verify_cert over
// a set of trusted roots and untrusted intermediates. Immutable after
// construction; verify() is safe to call from several threads at once.
class ChainVerifier {
    Q_DECLARE_TR_FUNCTIONS(ChainVerifier)
public:
    ChainVerifier(const QList<Certificate>& trustedRoots, const QList<Certificate>& intermediates,
                  const VerifyOptions& options = {});
    ~ChainVerifier();
    ChainVerifier(const ChainVerifier&) = delete;
    ChainVerifier& operator=(const ChainVerifier&) = delete;

    // Roots from Trusted Root; intermediates from Intermediate plus CA
    // certificates kept in Personal.
    static std::unique_ptr<ChainVerifier> forStore(const StoreContents& contents,
                                                   const VerifyOptions& options = {});

    ChainResult verify(const Certificate& certificate) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace certpilot
