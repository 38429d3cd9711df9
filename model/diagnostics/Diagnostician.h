// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"
#include "binding/EndpointProbe.h"
#include "diagnostics/DiagnosisFacts.h"
#include "diagnostics/DiagnosisReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>

namespace certpilot {

// Runs the checks of WORKFLOW.md's troubleshooting list for one certificate of
// a store and, when given a host, for the live site: gather() reads what the
// store knows (on the store's thread: it reads the key), probeEndpoint()
// connects (blocking network: never on the GUI thread), evaluate() judges
// (pure). run() does all three in a row, for the CLI and tests.
class Diagnostician {
    Q_DECLARE_TR_FUNCTIONS(Diagnostician)
public:
    struct Options {
        QDateTime at;        // invalid: now
        QString host;        // "host", "host:port", "[v6]:port", "https://host/"; empty: certificate checks only
        QString sni;         // empty: the host name
        int timeoutMs = 10000;
    };

    // The certificate with this SHA-1 thumbprint (Personal preferred), its
    // private key when the store lists one, and the recorded site bindings.
    static Result<DiagnosisFacts> gather(CertificateStore& store, const StoreContents& contents, const QString& sha1,
                                         const QDateTime& at = {});
    // Sets where the site is; a malformed host is a usage error.
    static Result<void> setTarget(DiagnosisFacts& facts, const QString& host, const QString& sni = {},
                                  int timeoutMs = 10000);
    // Connects to the target and records what it served (or why it failed).
    static void probeEndpoint(DiagnosisFacts& facts, EndpointProbe& probe, const std::atomic_bool* cancel = nullptr);
    // Every check, in WORKFLOW.md's order; computes the chain and analyses the probe first.
    static DiagnosisReport evaluate(DiagnosisFacts facts);

    static Result<DiagnosisReport> run(CertificateStore& store, const StoreContents& contents, const QString& sha1,
                                       const Options& options, EndpointProbe* probe,
                                       const std::atomic_bool* cancel = nullptr);

    // The check ids, in the order of the report.
    static QStringList checkIds();
};

} // namespace certpilot
