// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SecureBytes.h"
#include "pfx/ExportFile.h"
#include "pfx/ExportRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace certpilot {

// The bytes of every export format (WORKFLOW.md, "Format facts"): .cer in DER
// or Base64, a .p7b bundle, nginx's fullchain.pem, Apache's certificate, chain
// and key files, a PKCS#8 key, and the PFX itself. Writes nothing to disk:
// ExportFileWriter does that. PFX and encrypted keys are slow: off the GUI thread.
class ServerFiles {
    Q_DECLARE_TR_FUNCTIONS(ServerFiles)
public:
    static QByteArray pemBundle(const QList<Certificate>& certificates);
    // A degenerate PKCS#7 SignedData holding only certificates, DER (as Windows writes .p7b).
    static Result<QByteArray> p7b(const QList<Certificate>& certificates);
    // PKCS#8 PEM: "ENCRYPTED PRIVATE KEY" (AES-256-CBC, PBKDF2) with a password,
    // "PRIVATE KEY" with an empty one.
    static Result<SecureBytes> keyPem(const PrivateKey& key, const SecureBytes& password);

    // Every file of the request, named for a folder ("fullchain.pem") or after
    // the certificate ("www.example.com.pfx").
    static Result<QList<ExportFile>> build(const ExportRequest& request);
};

} // namespace certpilot
