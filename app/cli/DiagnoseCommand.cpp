// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"

#include "diagnostics/Diagnostician.h"
#include "probe/OpenSslEndpointProbe.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certpilot::cli {

namespace {

QJsonObject reportJson(const DiagnosisReport& report)
{
    QJsonArray checks;
    for (const Diagnosis& d : report.checks)
        checks.append(QJsonObject{{QStringLiteral("id"), d.id},
                                  {QStringLiteral("case"), d.workflowCase},
                                  {QStringLiteral("title"), d.title},
                                  {QStringLiteral("result"), DiagnosisText::verdictId(d.verdict)},
                                  {QStringLiteral("reason"), d.reason},
                                  {QStringLiteral("fix"), d.fix}});
    QJsonObject o{{QStringLiteral("certificate"), certificateJson(report.certificate)},
                  {QStringLiteral("store"), StoreKindText::id(report.kind)},
                  {QStringLiteral("checkedAt"), report.at.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("endpoint"), report.endpoint.isEmpty() ? QJsonValue() : QJsonValue(report.endpoint)},
                  {QStringLiteral("result"), DiagnosisText::verdictId(report.overall())},
                  {QStringLiteral("summary"), report.summary()},
                  {QStringLiteral("checks"), checks}};
    if (report.probe) {
        QJsonArray served;
        for (const Certificate& c : report.probe->servedChain)
            served.append(QJsonObject{{QStringLiteral("subject"), c.subject().toString()},
                                      {QStringLiteral("sha1"), c.sha1()}});
        o.insert(QStringLiteral("served"), QJsonObject{{QStringLiteral("address"), report.probe->address},
                                                       {QStringLiteral("protocol"), report.probe->protocol},
                                                       {QStringLiteral("cipher"), report.probe->cipher},
                                                       {QStringLiteral("chain"), served}});
    }
    return o;
}

void printReport(QTextStream& out, const DiagnosisReport& report)
{
    const Certificate& c = report.certificate;
    out << CliContext::tr("Certificate: %1").arg(c.subject().toString()) << '\n';
    out << CliContext::tr("Thumbprint (SHA-1): %1").arg(c.sha1()) << '\n';
    if (!report.endpoint.isEmpty()) {
        out << (report.probe ? CliContext::tr("Site: %1 (%2, %3)")
                                   .arg(report.endpoint, report.probe->address, report.probe->protocol)
                             : CliContext::tr("Site: %1 (not reached)").arg(report.endpoint))
            << '\n';
    }
    out << '\n';
    const QString indent(7, QLatin1Char(' '));
    for (const Diagnosis& d : report.checks) {
        const QString mark = DiagnosisText::verdictMark(d.verdict);
        out << '[' << mark.leftJustified(4) << "] " << d.title << "  (" << d.id << ")\n";
        out << indent << d.reason << '\n';
        if (!d.fix.isEmpty() && (d.verdict == Verdict::Fail || d.verdict == Verdict::Warning))
            out << indent << CliContext::tr("Fix: %1").arg(d.fix) << '\n';
    }
    out << '\n' << report.summary() << '\n';
}

} // namespace

int runDiagnose(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"),
                                 CliContext::tr("The SHA-1 thumbprint of an installed certificate (a unique prefix "
                                                "of 8 or more digits is enough)."));
    const QCommandLineOption hostOpt(QStringLiteral("host"),
                                     CliContext::tr("Also check the live site at HOST or HOST:PORT (port 443 if "
                                                    "none): what it serves, its chain and protocol."),
                                     CliContext::tr("HOST[:PORT]"));
    const QCommandLineOption sniOpt(QStringLiteral("sni"),
                                    CliContext::tr("The server name to send (SNI) and check; default: the host."),
                                    CliContext::tr("NAME"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        CliContext::tr("Seconds to wait for the connection, and again for the "
                                                       "handshake (default 10)."),
                                        CliContext::tr("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption atOpt(QStringLiteral("at"), CliContext::tr("Check at this time (ISO 8601) instead of now."),
                                   CliContext::tr("TIME"));
    parser.addOptions({hostOpt, sniOpt, timeoutOpt, atOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("diagnose"),
                   CliContext::tr("Run the troubleshooting checks for an installed certificate: validity dates, "
                                  "intermediates, trusted root, host name, private key (present, matching, "
                                  "readable), server authentication, key and signature strength; with --host also "
                                  "the live site: the certificate it serves, its chain, the protocol and, for IIS, "
                                  "the HTTP.sys binding. Each check passes, warns, fails or does not apply, with the "
                                  "reason and the fix. Exit code 0 when no check fails (warnings allowed), 3 when "
                                  "one fails (an unreachable site fails too), 4 when the certificate is not found, "
                                  "2 for bad arguments, 1 when the store cannot be read."),
                   &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("diagnose takes one thumbprint."));
    Diagnostician::Options options;
    if (parser.isSet(atOpt)) {
        options.at = QDateTime::fromString(parser.value(atOpt), Qt::ISODate);
        if (!options.at.isValid())
            return ctx.failUsage(CliContext::tr("--at takes an ISO 8601 time such as 2026-01-31T12:00:00Z."));
    }
    bool ok = false;
    const double seconds = parser.value(timeoutOpt).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return ctx.failUsage(CliContext::tr("--timeout takes a number of seconds from 0.1 to 600."));
    options.timeoutMs = int(seconds * 1000);
    options.host = parser.value(hostOpt);
    options.sni = parser.value(sniOpt);
    if (parser.isSet(hostOpt)) {
        auto target = ProbeTarget::parse(options.host);
        if (!target)
            return ctx.failUsage(target.error().message);
    }

    const auto located = ctx.locate(parser.positionalArguments().first(), &exit);
    if (!located)
        return exit;
    CertificateStore& store = *located->store;
    const StoreContents& contents = located->contents;
    const StoreEntry& entry = located->entry;
    if (entry.isRequest())
        return ctx.fail(makeError(ErrorKind::InvalidInput,
                                  CliContext::tr("%1 is a pending request, not a certificate: complete it first "
                                                 "(certpilot-cli complete), then diagnose the certificate.")
                                      .arg(entry.id)),
                        Usage);
    OpenSslEndpointProbe probe;
    auto report = Diagnostician::run(store, contents, entry.certificate.sha1(), options, &probe);
    if (!report)
        return ctx.fail(report.error(), report.error().kind == ErrorKind::NotFound ? NotFound : Failure);
    if (ctx.json())
        ctx.printJson(QJsonDocument(reportJson(*report)));
    else
        printReport(ctx.out(), *report);
    ctx.out().flush();
    return report->overall() == Verdict::Fail ? NotTrusted : Success;
}

namespace {
const CommandRegistration runDiagnoseRegistration(
    {QStringLiteral("diagnose"),
     QT_TRANSLATE_NOOP("CliContext", "Run the troubleshooting checks for a certificate and, with --host, its site."),
     runDiagnose, 88});
} // namespace

} // namespace certpilot::cli
