// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "EntryLookup.h"
#include "FileDecoder.h"
#include "JsonFormat.h"

#include <QFileInfo>

namespace certpilot::cli {

namespace {

void printChain(QTextStream& out, const Certificate& cert, const ChainResult& chain)
{
    out << CliContext::tr("Certificate: %1").arg(cert.subject().toString()) << '\n';
    out << CliContext::tr("SHA-1:       %1").arg(cert.sha1()) << '\n';
    out << CliContext::tr("Certification path:") << '\n';
    int indent = 1;
    for (const ChainNode& node : chain.nodes) {
        const QString pad(indent * 2, QLatin1Char(' '));
        const QString status = node.isGap() ? CliContext::tr("MISSING") : ChainStatusText::shortText(node.status());
        const QString name = node.isGap() ? node.missingIssuer : node.certificate.subject().displayName();
        out << pad << '[' << status << "] " << name;
        if (node.trustAnchor)
            out << CliContext::tr(" (trusted root)");
        out << '\n';
        if (node.isGap() || !node.problems.isEmpty())
            out << pad << "    " << node.explanation() << '\n';
        ++indent;
    }
    out << (chain.trusted ? CliContext::tr("Result: trusted. %1") : CliContext::tr("Result: NOT trusted. %1"))
               .arg(chain.summary())
        << '\n';
}

} // namespace

int runVerify(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("target"),
                                 CliContext::tr("A thumbprint from the store, or a certificate file (extra "
                                                "certificates in the file are used as intermediates)."));
    const QCommandLineOption atOpt(QStringLiteral("at"), CliContext::tr("Check at this time (ISO 8601) instead of now."),
                                   CliContext::tr("TIME"));
    const QCommandLineOption hostOpt(QStringLiteral("host"), CliContext::tr("Also check that the certificate covers "
                                                                            "this host name or IP address."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption lenientOpt(QStringLiteral("lenient"),
                                        CliContext::tr("Only the chain, as the certificate list shows it: no "
                                                       "server-purpose, RFC 5280 or key-strength rules."));
    parser.addOptions({atOpt, hostOpt, lenientOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("verify"),
                   CliContext::tr("Check a certificate's chain against the store. Exit code 0 only when it is "
                                  "trusted and valid, 3 when it is not."),
                   &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("verify takes one thumbprint or file."));
    const QString target = parser.positionalArguments().first();

    VerifyOptions options;
    if (parser.isSet(atOpt)) {
        options.at = QDateTime::fromString(parser.value(atOpt), Qt::ISODate);
        if (!options.at.isValid())
            return ctx.failUsage(CliContext::tr("--at takes an ISO 8601 time such as 2026-01-31T12:00:00Z."));
    }
    options.hostname = parser.value(hostOpt);

    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto contents = (*store)->load();
    if (!contents)
        return ctx.fail(contents.error());

    Certificate cert;
    QList<Certificate> extra;
    if (QFileInfo::exists(target)) {
        auto decoded = FileDecoder::decodeFile(target);
        if (!decoded)
            return ctx.fail(decoded.error());
        if (decoded->certificates.isEmpty())
            return ctx.fail(makeError(ErrorKind::InvalidInput,
                                      CliContext::tr("%1 holds no certificate.").arg(target)));
        cert = decoded->certificates.first();
        extra = decoded->certificates.mid(1);
    } else {
        auto entry = EntryLookup::find(*contents, target);
        if (!entry)
            return ctx.failLookup(entry.error());
        if (entry->isRequest())
            return ctx.fail(makeError(ErrorKind::InvalidInput,
                                      CliContext::tr("That is a pending request, not a certificate.")));
        cert = entry->certificate;
    }
    // Checked as a browser would, unless --lenient: server purpose for a
    // server certificate, RFC 5280 strictness and at least 112-bit security.
    if (!parser.isSet(lenientOpt)) {
        options.sslServer = !cert.isCa();
        options.strict = true;
    }

    QList<Certificate> roots;
    QList<Certificate> intermediates = extra;
    for (const StoreEntry& e : contents->entries) {
        if (e.kind == StoreKind::TrustedRoot)
            roots << e.certificate;
        else if (e.kind == StoreKind::Intermediate || (e.kind == StoreKind::Personal && e.certificate.isCa()))
            intermediates << e.certificate;
    }
    const ChainVerifier verifier(roots, intermediates, options);
    const ChainResult chain = verifier.verify(cert);
    if (ctx.json())
        ctx.printJson(QJsonDocument(chainJson(chain)));
    else
        printChain(ctx.out(), cert, chain);
    ctx.out().flush();
    return chain.trusted ? Success : NotTrusted;
}


namespace {
const CommandRegistration runVerifyRegistration({QStringLiteral("verify"), QT_TRANSLATE_NOOP("CliContext", "Check a certificate's chain (store thumbprint or file)."), runVerify, 30});
} // namespace

} // namespace certpilot::cli
