// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "pfx/ExportRequest.h"
#include "pfx/Pkcs12Info.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace certpilot {

// What an export wrote and what reading it back showed.
struct ExportReport {
    QStringList files;     // absolute paths, in the order written
    QString readBack;      // for people: one sentence per file on what reading it back found
    Pkcs12Info pfxInfo;    // PFX only; pfxInfo.text() is the `openssl pkcs12 -info`-like detail
    QStringList warnings;  // e.g. the chain is incomplete, the key file is not encrypted
};

// Runs one export to the end: makes the files, writes them (0600 for secrets,
// atomically), then reads every file back the way its user will (a PFX with
// the same password) and checks that the key matches the certificate and the
// chain is complete. Slow: run it off the GUI thread. The GUI and the CLI share it.
class ExportJob {
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
public:
    struct Target {
        QString folder;     // where the files go (multi-file formats, or with the default name)
        QString fileName;   // single-file formats: a name or absolute path; empty: the default name
        bool replace = false;
    };

    static Result<ExportReport> run(const ExportRequest& request, const Target& target,
                                    const std::atomic_bool* cancel = nullptr);

    // The paths run() would write, for "replace?" questions before it starts.
    static QStringList plannedPaths(const ExportRequest& request, const Target& target);
};

} // namespace certpilot
