// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "EntryLookup.h"
#include "ProbeReport.h"

#include "binding/BindingRegistry.h"
#include "binding/ProbeAnalysis.h"
#include "probe/OpenSslEndpointProbe.h"

namespace certpilot::cli {

namespace {

// The certificate that should be served at the target: --expect, else the
// one binding recorded for this host and port, if exactly one names it.
Result<Certificate> expectedCertificate(CliContext& ctx, const StoreContents& contents, const ProbeTarget& target,
                                        const QString& expect)
{
    if (!expect.isEmpty()) {
        auto entry = EntryLookup::find(contents, expect);
        if (!entry)
            return entry.error();
        return entry->certificate;
    }
    auto store = ctx.store();
    if (!store)
        return Certificate();
    auto registry = BindingRegistry::read(**store);
    if (!registry)
        return Certificate();
    QList<BindingRecord> records = registry->forEndpoint(target.serverName(), target.port);
    if (records.isEmpty())
        records = registry->forEndpoint(target.host, target.port);
    if (records.size() != 1)
        return Certificate();
    const StoreEntry* e = contents.findByThumbprint(records.first().certificate);
    return e ? e->certificate : Certificate();
}

} // namespace

int runProbe(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("endpoint"), CliContext::tr("HOST or HOST:PORT (port 443 if none)."));
    const QCommandLineOption sniOpt(QStringLiteral("sni"),
                                    CliContext::tr("The server name to send (SNI) and check; default: the host."),
                                    CliContext::tr("NAME"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        CliContext::tr("Seconds to wait for the connection, and again for the "
                                                       "handshake (default 10)."),
                                        CliContext::tr("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption expectOpt(QStringLiteral("expect"),
                                       CliContext::tr("The thumbprint of the certificate that should be served "
                                                      "(default: the one bound to this site, if recorded)."),
                                       CliContext::tr("THUMBPRINT"));
    parser.addOptions({sniOpt, timeoutOpt, expectOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("probe"),
                   CliContext::tr("Connect to a TLS endpoint like openssl s_client -showcerts and check what it "
                                  "serves against the store: the bound certificate, a complete chain, trust, the "
                                  "host name, dates. Exit code 0 when the chain is complete, trusted and covers the "
                                  "name; 3 when not; 1 when the connection fails."),
                   &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("probe takes one HOST[:PORT]."));
    auto target = ProbeTarget::parse(parser.positionalArguments().first());
    if (!target)
        return ctx.failUsage(target.error().message);
    target->sni = parser.value(sniOpt);
    bool ok = false;
    const double seconds = parser.value(timeoutOpt).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return ctx.failUsage(CliContext::tr("--timeout takes a number of seconds from 0.1 to 600."));
    target->timeoutMs = int(seconds * 1000);

    OpenSslEndpointProbe prober;
    auto probed = prober.probe(*target);
    if (!probed)
        return ctx.fail(probed.error(), Failure);

    StoreContents contents;
    if (auto store = ctx.store()) {
        if (auto loaded = (*store)->load())
            contents = *loaded;
    }
    ProbeAnalysis::Options options;
    auto expected = expectedCertificate(ctx, contents, *target, parser.value(expectOpt));
    if (!expected)
        return ctx.failLookup(expected.error());
    options.bound = *expected;
    const ProbeAnalysis analysis = ProbeAnalysis::analyse(*probed, contents, options);
    if (ctx.json())
        ctx.printJson(QJsonDocument(probeJson(*probed, analysis)));
    else
        printProbe(ctx.out(), *probed, analysis);
    ctx.out().flush();
    return analysis.allPassed() ? Success : NotTrusted;
}

namespace {
const CommandRegistration runProbeRegistration({QStringLiteral("probe"),
                                                QT_TRANSLATE_NOOP("CliContext",
                                                                  "Check a live TLS endpoint against the store."),
                                                runProbe, 85});
} // namespace

} // namespace certpilot::cli
