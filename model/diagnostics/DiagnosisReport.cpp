// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/DiagnosisReport.h"

namespace certpilot {

Verdict DiagnosisReport::overall() const
{
    if (count(Verdict::Fail) > 0)
        return Verdict::Fail;
    if (count(Verdict::Warning) > 0)
        return Verdict::Warning;
    return Verdict::Pass;
}

int DiagnosisReport::count(Verdict verdict) const
{
    int n = 0;
    for (const Diagnosis& d : checks)
        n += d.verdict == verdict ? 1 : 0;
    return n;
}

const Diagnosis* DiagnosisReport::find(const QString& id) const
{
    for (const Diagnosis& d : checks) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString DiagnosisReport::summary() const
{
    const int failed = count(Verdict::Fail);
    const int warned = count(Verdict::Warning);
    const int passed = count(Verdict::Pass);
    const int skipped = count(Verdict::NotApplicable);
    QString head;
    if (failed > 0)
        head = tr("%n check(s) failed", nullptr, failed);
    else if (warned > 0)
        head = tr("No check failed");
    else
        head = tr("Every check passed");
    QStringList parts;
    if (warned > 0)
        parts << tr("%n warning(s)", nullptr, warned);
    if (failed > 0 || warned > 0)
        parts << tr("%n passed", nullptr, passed);
    if (skipped > 0)
        parts << tr("%n not applicable", nullptr, skipped);
    return parts.isEmpty() ? head + QLatin1Char('.') : tr("%1; %2.").arg(head, parts.join(QLatin1String(", ")));
}

} // namespace certpilot
