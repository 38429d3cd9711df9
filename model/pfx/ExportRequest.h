// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "SecureBytes.h"
#include "pfx/ExportChain.h"
#include "pfx/Pkcs12Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

// What a certificate can be exported as (WORKFLOW.md, "Format facts").
enum class ExportFormat {
    Pfx,        // PKCS#12 with the private key (and chain): a backup
    CerDer,     // the certificate alone, binary
    CerBase64,  // the certificate alone, PEM text
    P7b,        // PKCS#7 bundle: certificate and chain, no key
    Nginx,      // fullchain.pem (certificate, then intermediates) + privkey.pem
    Apache,     // cert.pem + chain.pem + privkey.pem
    Key,        // the private key alone, PKCS#8 PEM
};

class ExportFormatText {
    Q_DECLARE_TR_FUNCTIONS(ExportFormatText)
public:
    static QList<ExportFormat> all();
    static QString id(ExportFormat format);   // "pfx", "cer", "cer-base64", "p7b", "nginx", "apache", "key"
    static std::optional<ExportFormat> fromId(const QString& id);
    static QString displayName(ExportFormat format);
    static QString description(ExportFormat format);
    static bool needsKey(ExportFormat format);
    static bool writesFolder(ExportFormat format);   // several files into a folder
    static bool hasChain(ExportFormat format);       // the chain can go with it
    static QString suffix(ExportFormat format);      // "pfx", "cer", ... for single files
};

// One export, fully described: the GUI's wizard and the CLI both fill it in.
struct ExportRequest {
    ExportFormat format = ExportFormat::Pfx;
    Certificate certificate;
    PrivateKey key;                 // needed by Pfx, Nginx, Apache, Key
    ExportChain chain;
    bool includeChain = true;
    bool includeRoot = false;       // servers never send the root; a backup may keep it
    Pkcs12Profile profile = Pkcs12Profile::modern();
    QString friendlyName;
    SecureBytes password;           // the PFX password, or the key file's
    bool encryptKey = true;         // key files: PKCS#8 encrypted unless explicitly off

    // The certificates after the leaf that this export writes.
    QList<Certificate> issuers() const;
    // A file name stem from the certificate: "www.example.com".
    QString baseName() const;
};

} // namespace certpilot
