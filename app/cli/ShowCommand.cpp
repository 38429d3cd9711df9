// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"

namespace certpilot::cli {

int runShow(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"), CliContext::tr("SHA-1 thumbprint (8+ digits)."));
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("show"), CliContext::tr("Show every field of a certificate."), &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("show takes one thumbprint."));
    const auto located = ctx.locate(parser.positionalArguments().first(), &exit);
    if (!located)
        return exit;
    const StoreEntry& entry = located->entry;

    if (ctx.json()) {
        ctx.printJson(QJsonDocument(entryJson(entry)));
        return Success;
    }
    QTextStream& out = ctx.out();
    auto line = [&](const QString& label, const QString& value) {
        out << (label + QLatin1Char(':')).leftJustified(24) << value << '\n';
    };
    line(CliContext::tr("Store"), StoreKindText::displayName(entry.kind));
    if (entry.isRequest()) {
        const CertificateRequest& r = entry.request;
        line(CliContext::tr("Subject"), r.subject().toString());
        QStringList sans;
        for (const auto& s : r.subjectAltNames())
            sans << s.value;
        line(CliContext::tr("Alternative names"), sans.join(QLatin1String(", ")));
        line(CliContext::tr("Key"), r.keyDescription());
        line(CliContext::tr("Requested"), entry.added.toString(Qt::ISODate));
        out << '\n' << QString::fromLatin1(r.toPem());
        return Success;
    }
    const Certificate& c = entry.certificate;
    line(CliContext::tr("Subject"), c.subject().toString());
    line(CliContext::tr("Issuer"), c.issuer().toString());
    line(CliContext::tr("Friendly name"), entry.friendlyName);
    line(CliContext::tr("Valid from"), c.notBefore().toString(Qt::ISODate));
    line(CliContext::tr("Valid to"), c.notAfter().toString(Qt::ISODate));
    line(CliContext::tr("Days left"), QString::number(c.daysLeft()));
    QStringList sans;
    for (const auto& s : c.subjectAltNames())
        sans << s.value;
    line(CliContext::tr("Alternative names"), sans.join(QLatin1String(", ")));
    line(CliContext::tr("Serial number"), c.serialHex());
    line(CliContext::tr("Public key"), c.keyDescription());
    line(CliContext::tr("Signature algorithm"), c.signatureAlgorithm());
    line(CliContext::tr("Key usage"), c.keyUsageNames().join(QLatin1String(", ")));
    line(CliContext::tr("Extended key usage"), c.extendedKeyUsageNames().join(QLatin1String(", ")));
    line(CliContext::tr("Certificate authority"),
         c.isCa() ? CliContext::tr("yes") : CliContext::tr("no"));
    line(CliContext::tr("Private key"),
         entry.hasPrivateKey ? CliContext::tr("yes, in the store") : CliContext::tr("no"));
    line(CliContext::tr("SHA-1 thumbprint"), c.sha1());
    line(CliContext::tr("SHA-256 thumbprint"), c.sha256());
    out.flush();
    return Success;
}


namespace {
const CommandRegistration runShowRegistration({QStringLiteral("show"), QT_TRANSLATE_NOOP("CliContext", "Show every field of a certificate."), runShow, 20});
} // namespace

} // namespace certpilot::cli
