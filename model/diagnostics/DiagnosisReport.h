// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "ChainVerifier.h"
#include "StoreKind.h"
#include "binding/ProbeResult.h"
#include "diagnostics/Diagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

// What Diagnostician found for one certificate (and, when given, its site):
// every check of WORKFLOW.md's troubleshooting list in the list's order.
struct DiagnosisReport {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisReport)
public:
    Certificate certificate;
    StoreKind kind = StoreKind::Personal;
    QString friendlyName;
    QDateTime at;                         // when the checks ran (UTC)
    QString endpoint;                     // "www.example.com:443"; empty: no host given
    std::optional<ProbeResult> probe;     // what the site served, when it answered
    ChainResult chain;
    QList<Diagnosis> checks;

    // The worst verdict among the checks that apply (Pass when none fails or warns).
    Verdict overall() const;
    int count(Verdict verdict) const;
    const Diagnosis* find(const QString& id) const;
    // One sentence: "2 checks failed, 1 warning; 9 passed; 2 not applicable."
    QString summary() const;
};

} // namespace certpilot
