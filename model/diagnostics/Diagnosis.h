// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace certpilot {

// How one diagnostic check came out. NotApplicable: the check needs something
// this input does not have (a host, a private key, an IIS binding); the reason
// says what.
enum class Verdict { Pass, Warning, Fail, NotApplicable };

// One check of WORKFLOW.md's troubleshooting list, in words an administrator
// acts on: what was found (reason) and what to do about it (fix, empty when
// there is nothing to do). Title, reason and fix are translated.
struct Diagnosis {
    QString id;             // stable, for --json and tests: "private-key-missing"
    int workflowCase = 0;   // the item of WORKFLOW.md "What goes wrong", 1..12
    Verdict verdict = Verdict::NotApplicable;
    QString title;
    QString reason;
    QString fix;
};

// For the check tables (CertificateChecks, EndpointChecks): a check before
// its outcome, and its outcome.
namespace diagnosis {

inline Diagnosis make(const char* id, int workflowCase, const QString& title)
{
    Diagnosis d;
    d.id = QLatin1String(id);
    d.workflowCase = workflowCase;
    d.title = title;
    return d;
}

inline Diagnosis& verdict(Diagnosis& d, Verdict v, const QString& reason, const QString& fix = {})
{
    d.verdict = v;
    d.reason = reason;
    d.fix = fix;
    return d;
}

} // namespace diagnosis

class DiagnosisText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)
public:
    // "pass", "warning", "fail", "not-applicable": stable, for JSON.
    static QString verdictId(Verdict verdict);
    // "PASS", "WARN", "FAIL", "N/A": for text output.
    static QString verdictMark(Verdict verdict);
    // "Passed", "Warning", "Failed", "Not applicable": for tooltips and screen readers.
    static QString verdictWord(Verdict verdict);
    // Fail first, then warnings, passes, not applicable.
    static int severity(Verdict verdict);
};

} // namespace certpilot
