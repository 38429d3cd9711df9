// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "ChainVerifier.h"
#include "StoreEntry.h"
#include "binding/ProbeResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

enum class FindingLevel { Pass, Info, Warn, Fail };

// One line of a probe report: "[FAIL] The server sends only its own certificate..."
struct ProbeFinding {
    FindingLevel level = FindingLevel::Info;
    QString id;        // stable: "leaf-bound", "leaf-only", "chain-trusted", ...
    QString message;
};

// Compares what a live endpoint served with the store (WORKFLOW.md cases 1,
// 2, 3, 4, 8, 9, 12). Pure model code: no network.
struct ProbeAnalysis {
    Q_DECLARE_TR_FUNCTIONS(ProbeAnalysis)
public:
    struct Options {
        Certificate bound;     // what should be served; null: unknown
        QString hostname;      // empty: the probe's server name, else its host
        QDateTime at;          // invalid: now
    };

    std::optional<bool> leafIsBound;        // unset when no bound certificate was given
    bool leafOnly = false;                  // only the leaf was sent, yet an intermediate is needed
    QList<Certificate> missingIntermediates;   // known to the store, needed, not sent
    bool issuerUnknown = false;             // the leaf's issuer is neither sent nor in the store
    QString hostname;
    bool hostCovered = false;
    QList<Certificate> expired;
    QList<Certificate> notYetValid;
    bool chainTrusted = false;              // against the store's roots, served intermediates only
    ChainResult chain;                      // that verification, root first
    QList<ProbeFinding> findings;

    // Every intermediate is served and the store knows none missing.
    bool chainComplete() const { return !leafOnly && missingIntermediates.isEmpty() && !issuerUnknown; }
    // Complete, trusted, covers the name, and (when known) the bound certificate.
    bool allPassed() const;
    int count(FindingLevel level) const;

    static ProbeAnalysis analyse(const ProbeResult& probe, const StoreContents& store, const Options& options);
    static ProbeAnalysis analyse(const ProbeResult& probe, const StoreContents& store)
    {
        return analyse(probe, store, Options());
    }

    static QString levelText(FindingLevel level);   // "PASS", "WARN", ...
};

} // namespace certpilot
