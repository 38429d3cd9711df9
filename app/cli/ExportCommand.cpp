// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli export: back up a certificate (PFX) or write the files a web server wants.

#include "Commands.h"
#include "PasswordInput.h"
#include "pfx/ExportJob.h"
#include "pfx/PasswordStrength.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace certpilot::cli {

namespace {

QJsonObject protectionJson(const Pkcs12Protection& p)
{
    return {{QStringLiteral("scheme"), p.scheme}, {QStringLiteral("iterations"), p.iterations}};
}

} // namespace

int runExport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"), CliContext::tr("SHA-1 thumbprint (8+ digits)."));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       CliContext::tr("pfx (default), cer, cer-base64, p7b, nginx, apache or key."),
                                       CliContext::tr("FORMAT"), QStringLiteral("pfx"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        CliContext::tr("PFX compatibility: modern (default; Windows Server 2019+, "
                                                       "AES-256) or legacy (Windows Server 2016 and older, Java 8; "
                                                       "TripleDES)."),
                                        CliContext::tr("PROFILE"), QStringLiteral("modern"));
    const QCommandLineOption chainOpt(QStringLiteral("chain"),
                                      CliContext::tr("pfx, p7b: include the chain (intermediates and root)."));
    const QCommandLineOption noRootOpt(QStringLiteral("no-root"), CliContext::tr("With --chain: leave the root out."));
    const QCommandLineOption outOpt(QStringLiteral("out"), CliContext::tr("The file to write (one-file formats)."),
                                    CliContext::tr("FILE"));
    const QCommandLineOption outDirOpt(QStringLiteral("out-dir"),
                                       CliContext::tr("The folder to write to, with the default file names."),
                                       CliContext::tr("DIR"));
    const QCommandLineOption noEncryptOpt(QStringLiteral("no-encrypt-key"),
                                          CliContext::tr("Write key files (nginx, apache, key) unencrypted, as web "
                                                         "servers without a pass phrase need them."));
    const QCommandLineOption nameOpt(QStringLiteral("friendly-name"),
                                     CliContext::tr("PFX: the friendly name (default: the store's)."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), CliContext::tr("Replace existing files."));
    parser.addOptions({formatOpt, profileOpt, chainOpt, noRootOpt, outOpt, outDirOpt, noEncryptOpt, nameOpt, forceOpt});
    const PasswordInput::Options passwordOpts = PasswordInput::add(parser);
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("export"),
                   CliContext::tr("Export a certificate: a PFX backup with its private key, the certificate alone, "
                                  "or the files nginx and Apache use."),
                   &exit))
        return exit;
    if (auto refused = PasswordInput::checkRefused(parser, passwordOpts); !refused)
        return ctx.failUsage(refused.error().message);
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("export takes one thumbprint."));
    const auto format = ExportFormatText::fromId(parser.value(formatOpt));
    if (!format)
        return ctx.failUsage(CliContext::tr("Unknown format %1.").arg(parser.value(formatOpt)));
    const auto profile = Pkcs12Profile::fromId(parser.value(profileOpt));
    if (!profile)
        return ctx.failUsage(CliContext::tr("Unknown profile %1: use legacy or modern.").arg(parser.value(profileOpt)));
    if (parser.isSet(outOpt) && parser.isSet(outDirOpt))
        return ctx.failUsage(CliContext::tr("Give --out or --out-dir, not both."));
    if (parser.isSet(outOpt) && ExportFormatText::writesFolder(*format))
        return ctx.failUsage(CliContext::tr("%1 writes several files: use --out-dir.").arg(parser.value(formatOpt)));

    const auto located = ctx.locate(parser.positionalArguments().first(), &exit);
    if (!located)
        return exit;
    CertificateStore& store = *located->store;
    const StoreContents& contents = located->contents;
    const StoreEntry& entry = located->entry;
    if (entry.isRequest())
        return ctx.failUsage(CliContext::tr("%1 is a pending request, not a certificate.").arg(entry.id));

    ExportRequest request;
    request.format = *format;
    request.certificate = entry.certificate;
    request.profile = *profile;
    request.friendlyName = parser.isSet(nameOpt) ? parser.value(nameOpt) : entry.friendlyName;
    request.chain = ExportChain::forStore(contents, entry.certificate);
    if (ExportFormatText::writesFolder(*format)) {
        request.includeChain = true;   // servers send the intermediates ...
        request.includeRoot = false;   // ... never the root
    } else {
        request.includeChain = parser.isSet(chainOpt);
        request.includeRoot = !parser.isSet(noRootOpt);
    }
    request.encryptKey = !parser.isSet(noEncryptOpt);
    if (ExportFormatText::needsKey(*format)) {
        if (!entry.hasPrivateKey)
            return ctx.fail(makeError(ErrorKind::KeyMissing,
                                      CliContext::tr("The store has no private key for %1, so it cannot be "
                                                     "exported as %2. Export it with --format cer instead.")
                                          .arg(entry.certificate.subject().displayName(), parser.value(formatOpt))));
        auto key = store.privateKey(entry.kind, entry.id);
        if (!key)
            return ctx.fail(key.error());
        request.key = *key;
        if (*format == ExportFormat::Pfx || request.encryptKey) {
            auto password = PasswordInput::read(
                parser, passwordOpts,
                {*format == ExportFormat::Pfx ? CliContext::tr("Password for the PFX file: ")
                                              : CliContext::tr("Password for the key file: "),
                 true, false});
            if (!password)
                return ctx.failUsage(password.error().message);
            request.password = *password;
            const PasswordStrength strength = PasswordStrength::estimate(QString::fromUtf8(password->view()));
            if (strength.level == PasswordStrength::Level::Weak)
                ctx.err() << CliContext::tr("warning: weak password. %1").arg(strength.advice()) << Qt::endl;
        }
    }

    ExportJob::Target target;
    target.folder = parser.isSet(outDirOpt) ? parser.value(outDirOpt) : QDir::currentPath();
    target.fileName = parser.value(outOpt);
    target.replace = parser.isSet(forceOpt);
    auto report = ExportJob::run(request, target);
    if (!report)
        return ctx.fail(report.error());

    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("files"), QJsonArray::fromStringList(report->files)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
                        {QStringLiteral("readBack"), report->readBack}};
        if (*format == ExportFormat::Pfx)
            out.insert(QStringLiteral("pfx"),
                       QJsonObject{{QStringLiteral("profile"), profile->idString()},
                                   {QStringLiteral("mac"), report->pfxInfo.macDigest},
                                   {QStringLiteral("macIterations"), report->pfxInfo.macIterations},
                                   {QStringLiteral("key"), protectionJson(report->pfxInfo.keyProtection())},
                                   {QStringLiteral("certificates"),
                                    protectionJson(report->pfxInfo.certificateProtection())}});
        ctx.printJson(QJsonDocument(out));
    } else {
        for (const QString& f : report->files)
            ctx.out() << CliContext::tr("Wrote %1").arg(QDir::toNativeSeparators(f)) << '\n';
        ctx.out() << '\n' << report->readBack << '\n';
        if (*format == ExportFormat::Pfx)
            ctx.out() << '\n' << report->pfxInfo.text() << '\n';
        ctx.out().flush();
    }
    for (const QString& w : report->warnings)
        ctx.err() << CliContext::tr("warning: %1").arg(w) << Qt::endl;
    return Success;
}

namespace {
const CommandRegistration runExportRegistration(
    {QStringLiteral("export"),
     QT_TRANSLATE_NOOP("CliContext", "Export a certificate: PFX backup, .cer, .p7b, nginx or Apache files, key."),
     runExport, 60});
} // namespace

} // namespace certpilot::cli
