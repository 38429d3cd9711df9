// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/ProbeReportView.h"

namespace certpilot {

namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString badge(FindingLevel level)
{
    const char* colour = "#555555";
    switch (level) {
    case FindingLevel::Pass:
        colour = "#1b6e20";
        break;
    case FindingLevel::Info:
        colour = "#3d5a80";
        break;
    case FindingLevel::Warn:
        colour = "#a15c00";
        break;
    case FindingLevel::Fail:
        colour = "#b00020";
        break;
    }
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
        .arg(QLatin1String(colour), ProbeAnalysis::levelText(level));
}

} // namespace

ProbeReportView::ProbeReportView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("probeReportTextBrowser"));
    setOpenLinks(false);
}

QString ProbeReportView::html(const ProbeResult& probe, const ProbeAnalysis& analysis)
{
    QString h;
    const bool ok = analysis.allPassed();
    h += QStringLiteral("<h3 style=\"color:%1;\">%2</h3>")
             .arg(ok ? QStringLiteral("#1b6e20") : QStringLiteral("#b00020"),
                  ok ? tr("%1 serves a complete, trusted chain.").arg(esc(probe.target.displayName()))
                     : tr("%1: %n check(s) failed.", nullptr, analysis.count(FindingLevel::Fail))
                           .arg(esc(probe.target.displayName())));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Address"), esc(probe.address));
    row(tr("Server name (SNI)"), probe.sniSent.isEmpty() ? tr("none sent") : esc(probe.sniSent));
    row(tr("Protocol"), esc(probe.protocol) + QStringLiteral(", ") + esc(probe.cipher));
    row(tr("Time"), tr("connect %1 ms, handshake %2 ms").arg(probe.connectMs).arg(probe.handshakeMs));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p><b>%1</b></p><ol>")
             .arg(tr("Chain the server sent (%n certificate(s)):", nullptr, int(probe.servedChain.size())));
    for (const Certificate& c : probe.servedChain) {
        h += QStringLiteral("<li>%1<br><span style=\"color:#666666;\">%2</span></li>")
                 .arg(esc(c.subject().displayName()),
                      tr("issued by %1 &middot; expires %2 &middot; SHA-1 %3")
                          .arg(esc(c.issuer().displayName()), c.notAfter().date().toString(Qt::ISODate), c.sha1()));
    }
    h += QStringLiteral("</ol><table cellspacing=\"0\" cellpadding=\"3\">");
    for (const ProbeFinding& f : analysis.findings)
        h += QStringLiteral("<tr><td valign=\"top\">%1</td><td>%2</td></tr>").arg(badge(f.level), esc(f.message));
    h += QStringLiteral("</table>");
    return h;
}

void ProbeReportView::showReport(const ProbeResult& probe, const ProbeAnalysis& analysis)
{
    setHtml(html(probe, analysis));
}

void ProbeReportView::showError(const QString& title, const QString& message, const QString& detail)
{
    QString h = QStringLiteral("<h3 style=\"color:#b00020;\">%1</h3><p>%2</p>")
                    .arg(esc(title), esc(message).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!detail.isEmpty())
        h += QStringLiteral("<p style=\"color:#666666;\">%1</p>").arg(esc(detail).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    setHtml(h);
}

} // namespace certpilot
