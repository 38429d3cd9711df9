// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli convert: PEM <-> DER, PFX -> PEM bundle, PEM bundle + key -> PFX, for files outside the store.

#include "Commands.h"
#include "FileDecoder.h"
#include "PasswordInput.h"
#include "pfx/Conversions.h"
#include "pfx/ExportFileWriter.h"

#include <QDir>
#include <QFileInfo>

namespace certpilot::cli {

namespace {

// Whether the output will hold a private key (so it needs a password of its own).
bool holdsKey(const QString& path)
{
    if (path.isEmpty())
        return false;
    auto decoded = FileDecoder::decodeFile(path);
    return !decoded || decoded->isPkcs12 || !decoded->keys.isEmpty();
}

} // namespace

int runConvert(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("input"), CliContext::tr("The file to convert."));
    const QCommandLineOption toOpt(QStringLiteral("to"), CliContext::tr("pem, der or pfx."), CliContext::tr("FORMAT"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), CliContext::tr("The private key file (for --to pfx)."),
                                    CliContext::tr("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), CliContext::tr("The file to write."), CliContext::tr("FILE"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), CliContext::tr("--to pfx: modern (default) or legacy."),
                                        CliContext::tr("PROFILE"), QStringLiteral("modern"));
    const QCommandLineOption noEncryptOpt(QStringLiteral("no-encrypt-key"),
                                          CliContext::tr("--to pem: write the private key unencrypted."));
    const QCommandLineOption nameOpt(QStringLiteral("friendly-name"), CliContext::tr("--to pfx: the friendly name."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), CliContext::tr("Replace the output file."));
    parser.addOptions({toOpt, keyOpt, outOpt, profileOpt, noEncryptOpt, nameOpt, forceOpt});
    const PasswordInput::Options outPassword =
        PasswordInput::add(parser, {}, CliContext::tr("the new file's password (PFX, or the key in a PEM bundle)"));
    const PasswordInput::Options inPassword =
        PasswordInput::add(parser, QStringLiteral("in-"), CliContext::tr("the input's password (PFX or encrypted key)"));
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("convert"),
                   CliContext::tr("Convert certificate files outside the store: PEM <-> DER, PFX -> PEM bundle, "
                                  "PEM bundle + key -> PFX. The input format is found from the content."),
                   &exit))
        return exit;
    for (const PasswordInput::Options* o : {&outPassword, &inPassword}) {
        if (auto refused = PasswordInput::checkRefused(parser, *o); !refused)
            return ctx.failUsage(refused.error().message);
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(toOpt) || !parser.isSet(outOpt))
        return ctx.failUsage(CliContext::tr("convert takes one input file, --to and --out."));
    const auto to = Conversions::targetFromId(parser.value(toOpt));
    if (!to)
        return ctx.failUsage(CliContext::tr("Unknown format %1: use pem, der or pfx.").arg(parser.value(toOpt)));
    const auto profile = Pkcs12Profile::fromId(parser.value(profileOpt));
    if (!profile)
        return ctx.failUsage(CliContext::tr("Unknown profile %1: use legacy or modern.").arg(parser.value(profileOpt)));

    ConvertRequest request;
    request.inputPath = parser.positionalArguments().first();
    request.to = *to;
    request.keyPath = parser.value(keyOpt);
    request.profile = *profile;
    request.friendlyName = parser.value(nameOpt);
    request.encryptKey = !parser.isSet(noEncryptOpt);
    if (!QFileInfo::exists(request.inputPath))
        return ctx.fail(makeError(ErrorKind::NotFound,
                                  CliContext::tr("The file %1 does not exist.").arg(request.inputPath)),
                        NotFound);
    if (Conversions::inputNeedsPassword(request.inputPath)
        || (!request.keyPath.isEmpty() && Conversions::inputNeedsPassword(request.keyPath))) {
        auto password = PasswordInput::read(parser, inPassword, {CliContext::tr("Password of the input: "), false, true});
        if (!password)
            return ctx.failUsage(password.error().message);
        request.inputPassword = *password;
    }
    const bool outputHasKey = *to == ConvertTarget::Pfx
        || (*to == ConvertTarget::Pem && (holdsKey(request.inputPath) || !request.keyPath.isEmpty()));
    if (outputHasKey && (*to == ConvertTarget::Pfx || request.encryptKey)) {
        auto password = PasswordInput::read(parser, outPassword,
                                            {CliContext::tr("Password for the new file: "), true, false});
        if (!password)
            return ctx.failUsage(password.error().message);
        request.outputPassword = *password;
    }

    auto converted = Conversions::convert(request);
    if (!converted)
        return ctx.fail(converted.error());
    converted->fileName = parser.value(outOpt);
    auto written = ExportFileWriter::write({*converted}, QDir::currentPath(), parser.isSet(forceOpt));
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << CliContext::tr("Wrote %1 (%2)").arg(QDir::toNativeSeparators(written->first()), converted->role)
              << Qt::endl;
    return Success;
}

namespace {
const CommandRegistration runConvertRegistration(
    {QStringLiteral("convert"),
     QT_TRANSLATE_NOOP("CliContext", "Convert files outside the store: PEM, DER, PFX."), runConvert, 75});
} // namespace

} // namespace certpilot::cli
