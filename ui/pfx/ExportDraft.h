// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pfx/ExportRequest.h"
#include "pfx/Pkcs12Profile.h"

#include <QString>

namespace certpilot {

// What the export wizard's pages have chosen so far (the password stays in
// its fields until the export starts).
struct ExportDraft {
    ExportFormat format = ExportFormat::Pfx;
    bool includeChain = true;
    bool includeRoot = true;     // PFX and .p7b, as Windows' "include all certificates in the path"
    Pkcs12Profile profile = Pkcs12Profile::modern();
    QString friendlyName;
    bool encryptKey = true;
    QString path;                // the file, or the folder for nginx / Apache
    bool replace = false;

    bool needsPassword() const
    {
        return format == ExportFormat::Pfx || (ExportFormatText::needsKey(format) && encryptKey);
    }
};

} // namespace certpilot
