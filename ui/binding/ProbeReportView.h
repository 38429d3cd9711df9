// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/ProbeAnalysis.h"
#include "binding/ProbeResult.h"

#include <QTextBrowser>

namespace certpilot {

// A live-endpoint check as a readable report: the endpoint, protocol and
// cipher, the chain the server sent (in its order), then one PASS / WARN /
// FAIL / INFO line per check.
class ProbeReportView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ProbeReportView(QWidget* parent = nullptr);

    void showReport(const ProbeResult& probe, const ProbeAnalysis& analysis);
    void showError(const QString& title, const QString& message, const QString& detail);

    // The report as HTML (for tests and for copying).
    static QString html(const ProbeResult& probe, const ProbeAnalysis& analysis);
};

} // namespace certpilot
