// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "ImportPlan.h"

#include <QCoreApplication>
#include <QStringList>

namespace certpilot {

// Steps 3 to 6 of the workflow in one action: read what the CA sent (files
// and cert.zip archives), plan the import (ImportPlan), hand a server
// certificate whose key is pending in the store to Complete Request, and
// commit everything as one store transaction. The CLI and the GUI both run
// this. Slow (file decoding, chain checks, store reads): never on the GUI
// thread; the GUI runs it through StoreSession::runOnStore.
class CaImport {
    Q_DECLARE_TR_FUNCTIONS(CaImport)
public:
    // Every file, archives opened (one source per archive entry).
    static QList<ImportSource> readSources(const QStringList& paths);

    // Plans against `contents` (what the store holds) and asks Complete
    // Request about each server certificate whose key is pending. Changes nothing.
    static ImportPlan prepare(CertificateStore& store, const StoreContents& contents,
                              const QList<ImportSource>& sources, const ImportPlan::Options& options = {});
    // The same, loading the store first.
    static Result<ImportPlan> prepare(CertificateStore& store, const QList<ImportSource>& sources,
                                      const ImportPlan::Options& options = {});

    // One transaction: every certificate lands, or nothing changes.
    static Result<void> commit(CertificateStore& store, const ImportPlan& plan);

    // What the plan does (done = false) or did (done = true), one line per certificate.
    static QStringList describe(const ImportPlan& plan, bool done);
};

} // namespace certpilot
