// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeReport.h"

#include "CliContext.h"
#include "JsonFormat.h"

#include <QJsonArray>

namespace certpilot::cli {

namespace {

QString levelId(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Pass:
        return QStringLiteral("pass");
    case FindingLevel::Info:
        return QStringLiteral("info");
    case FindingLevel::Warn:
        return QStringLiteral("warn");
    case FindingLevel::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

} // namespace

void printProbe(QTextStream& out, const ProbeResult& probe, const ProbeAnalysis& analysis)
{
    out << CliContext::tr("Endpoint:  %1 (%2)").arg(probe.target.displayName(), probe.address) << '\n';
    out << CliContext::tr("SNI:       %1").arg(probe.sniSent.isEmpty() ? CliContext::tr("(none)") : probe.sniSent) << '\n';
    out << CliContext::tr("Protocol:  %1, cipher %2").arg(probe.protocol, probe.cipher) << '\n';
    out << CliContext::tr("Timing:    connect %1 ms, handshake %2 ms").arg(probe.connectMs).arg(probe.handshakeMs)
        << '\n';
    out << CliContext::tr("Served chain (%n certificate(s), in the server's order):", nullptr,
                          int(probe.servedChain.size()))
        << '\n';
    for (qsizetype i = 0; i < probe.servedChain.size(); ++i) {
        const Certificate& c = probe.servedChain[i];
        out << QStringLiteral("  %1. %2\n").arg(i).arg(c.subject().displayName());
        out << CliContext::tr("     issued by %1, expires %2, SHA-1 %3")
                   .arg(c.issuer().displayName(), c.notAfter().date().toString(Qt::ISODate), c.sha1())
            << '\n';
    }
    for (const ProbeFinding& f : analysis.findings)
        out << QStringLiteral("[%1] %2\n").arg(ProbeAnalysis::levelText(f.level).leftJustified(4), f.message);
    out << (analysis.allPassed() ? CliContext::tr("Result: the site serves a complete, trusted chain for %1.")
                                       .arg(analysis.hostname)
                                 : CliContext::tr("Result: problems found (%n failed check(s)).", nullptr,
                                                  analysis.count(FindingLevel::Fail)))
        << '\n';
}

QJsonObject probeJson(const ProbeResult& probe, const ProbeAnalysis& analysis)
{
    QJsonArray chain;
    for (const Certificate& c : probe.servedChain)
        chain.append(certificateJson(c));
    QJsonArray findings;
    for (const ProbeFinding& f : analysis.findings)
        findings.append(QJsonObject{{QStringLiteral("level"), levelId(f.level)},
                                    {QStringLiteral("id"), f.id},
                                    {QStringLiteral("message"), f.message}});
    QJsonArray missing;
    for (const Certificate& c : analysis.missingIntermediates)
        missing.append(c.sha1());
    QJsonObject o{
        {QStringLiteral("host"), probe.target.host},
        {QStringLiteral("port"), probe.target.port},
        {QStringLiteral("address"), probe.address},
        {QStringLiteral("sni"), probe.sniSent},
        {QStringLiteral("protocol"), probe.protocol},
        {QStringLiteral("cipher"), probe.cipher},
        {QStringLiteral("connectMs"), probe.connectMs},
        {QStringLiteral("handshakeMs"), probe.handshakeMs},
        {QStringLiteral("servedChain"), chain},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("hostname"), analysis.hostname},
        {QStringLiteral("hostCovered"), analysis.hostCovered},
        {QStringLiteral("leafOnly"), analysis.leafOnly},
        {QStringLiteral("missingIntermediates"), missing},
        {QStringLiteral("chainComplete"), analysis.chainComplete()},
        {QStringLiteral("chainTrusted"), analysis.chainTrusted},
        {QStringLiteral("chain"), chainJson(analysis.chain)},
        {QStringLiteral("passed"), analysis.allPassed()},
    };
    if (analysis.leafIsBound)
        o.insert(QStringLiteral("leafIsBound"), *analysis.leafIsBound);
    return o;
}

} // namespace certpilot::cli
