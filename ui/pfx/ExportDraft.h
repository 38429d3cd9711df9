// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pfx/ExportJob.h"
#include "pfx/ExportRequest.h"
#include "pfx/Pkcs12Profile.h"

#include <QFileInfo>
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

    // The request for these choices, without key, chain and password (the export fills those in).
    ExportRequest request(const Certificate& certificate) const
    {
        ExportRequest r;
        r.format = format;
        r.certificate = certificate;
        r.includeChain = includeChain;
        r.includeRoot = includeRoot;
        r.profile = profile;
        r.friendlyName = friendlyName;
        r.encryptKey = encryptKey;
        return r;
    }

    // Where the files go: `path` is the folder (nginx, Apache) or the file.
    ExportJob::Target target() const
    {
        ExportJob::Target t;
        if (ExportFormatText::writesFolder(format)) {
            t.folder = path;
        } else {
            t.folder = QFileInfo(path).absolutePath();
            t.fileName = QFileInfo(path).fileName();
        }
        t.replace = replace;
        return t;
    }
};

} // namespace certpilot
