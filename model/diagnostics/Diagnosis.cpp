// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/Diagnosis.h"

namespace certpilot {

QString DiagnosisText::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::NotApplicable:
        break;
    }
    return QStringLiteral("not-applicable");
}

QString DiagnosisText::verdictMark(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("PASS");
    case Verdict::Warning:
        return tr("WARN");
    case Verdict::Fail:
        return tr("FAIL");
    case Verdict::NotApplicable:
        break;
    }
    return tr("N/A");
}

QString DiagnosisText::verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Passed");
    case Verdict::Warning:
        return tr("Warning");
    case Verdict::Fail:
        return tr("Failed");
    case Verdict::NotApplicable:
        break;
    }
    return tr("Not applicable");
}

int DiagnosisText::severity(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Fail:
        return 3;
    case Verdict::Warning:
        return 2;
    case Verdict::Pass:
        return 1;
    case Verdict::NotApplicable:
        break;
    }
    return 0;
}

} // namespace certpilot
