// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "Result.h"
#include "SecureBytes.h"
#include "pfx/ExportFile.h"
#include "pfx/Pkcs12Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace certpilot {

enum class ConvertTarget { Pem, Der, Pfx };

struct ConvertRequest {
    QString inputPath;
    ConvertTarget to = ConvertTarget::Pem;
    QString keyPath;              // a separate key file (PEM bundle + key -> PFX)
    SecureBytes inputPassword;    // opens a PFX or an encrypted key
    SecureBytes outputPassword;   // the new PFX's, or the key's in a PEM bundle
    bool encryptKey = true;       // PEM output with a key: encrypted unless explicitly off
    Pkcs12Profile profile = Pkcs12Profile::modern();
    QString friendlyName;
};

// Conversions of files outside the store: PEM <-> DER, PFX -> PEM bundle,
// PEM bundle + key -> PFX. Formats are found from the content, never the
// extension. The result is one file for ExportFileWriter (its name left to the
// caller). Reading a PFX and writing one are slow: off the GUI thread.
class Conversions {
    Q_DECLARE_TR_FUNCTIONS(Conversions)
public:
    static std::optional<ConvertTarget> targetFromId(const QString& id);   // "pem", "der", "pfx"

    // Whether the input is a PFX or holds an encrypted key (so a password must be asked first).
    static bool inputNeedsPassword(const QString& path);

    static Result<ExportFile> convert(const ConvertRequest& request, const std::atomic_bool* cancel = nullptr);

    // `leaf` followed by its issuers found among `others` (nearest first), then whatever is left.
    static QList<Certificate> orderChain(const Certificate& leaf, const QList<Certificate>& others);
};

} // namespace certpilot
