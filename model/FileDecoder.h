// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// How the bytes were written, found from the content, never the extension.
enum class FileFormat { Pem, Der, Pkcs7, Pkcs12, Base64 };

// A private key found in a file, as it was stored. `encrypted` keys need a
// password before PrivateKey can read them.
struct FoundKey {
    SecureBytes pem;        // PEM text (we re-armour DER keys so one reader fits all)
    bool encrypted = false;
};

struct DecodedFile {
    FileFormat format = FileFormat::Der;
    QList<Certificate> certificates;
    QList<CertificateRequest> requests;
    QList<FoundKey> keys;
    bool isPkcs12 = false;     // a PFX: needs a password, see the PFX import
    QStringList skipped;       // PEM blocks we recognised but do not use (CRLs, public keys)
};

// Detects and decodes certificate files: PEM with any header variant, CRLF or
// a UTF-8 BOM (also UTF-16 text from Notepad), bare Base64, DER, and PKCS#7
// bundles in either encoding. Anything else gets a clear error.
class FileDecoder {
    Q_DECLARE_TR_FUNCTIONS(FileDecoder)
public:
    static constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;
    static constexpr int kMaxItems = 5000;

    // Checks the size before reading a byte.
    static Result<DecodedFile> decodeFile(const QString& path);
    static Result<DecodedFile> decode(const QByteArray& bytes);
};

} // namespace certpilot
