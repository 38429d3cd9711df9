// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "FileDecoder.h"
#include "request/CreateRequest.h"
#include "request/RequestSummary.h"
#include "request/RequestValidator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace certpilot::cli {

namespace {

QString optionFor(RequestField field)
{
    switch (field) {
    case RequestField::CommonName: return QStringLiteral("--cn");
    case RequestField::Organization: return QStringLiteral("--o");
    case RequestField::OrganizationalUnit: return QStringLiteral("--ou");
    case RequestField::Locality: return QStringLiteral("--l");
    case RequestField::State: return QStringLiteral("--st");
    case RequestField::Country: return QStringLiteral("--c");
    case RequestField::AlternativeNames: return QStringLiteral("--san");
    case RequestField::Key: return QStringLiteral("--key");
    case RequestField::Hash: return QStringLiteral("--hash");
    }
    return {};
}

// An existing --out file is replaced only when it is a request itself, so a
// typo cannot overwrite someone's key or certificate.
QString checkOutput(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return CliContext::tr("%1 exists and is not a file; choose another name for the request.").arg(path);
    auto decoded = FileDecoder::decodeFile(path);
    if (!decoded || decoded->requests.isEmpty() || !decoded->keys.isEmpty() || !decoded->certificates.isEmpty())
        return CliContext::tr("%1 exists and is not a certificate request; choose another name (CertPilot replaces "
                              "only an older request).")
            .arg(path);
    return {};
}

Result<void> writeRequest(const QString& path, const QByteArray& pem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return makeError(ErrorKind::Io, CliContext::tr("The request could not be saved to %1: %2")
                                            .arg(path, file.errorString()));
    return {};
}

} // namespace

int runRequest(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption cnOpt(QStringLiteral("cn"),
                                   CliContext::tr("Common name: the site's host name, without http:// (required)."),
                                   CliContext::tr("NAME"));
    const QCommandLineOption oOpt(QStringLiteral("o"), CliContext::tr("Organization."), CliContext::tr("ORG"));
    const QCommandLineOption ouOpt(QStringLiteral("ou"), CliContext::tr("Organizational unit."), CliContext::tr("UNIT"));
    const QCommandLineOption lOpt(QStringLiteral("l"), CliContext::tr("City/locality, full name."), CliContext::tr("CITY"));
    const QCommandLineOption stOpt(QStringLiteral("st"), CliContext::tr("State/province, full name."),
                                   CliContext::tr("STATE"));
    const QCommandLineOption cOpt(QStringLiteral("c"), CliContext::tr("Country: 2-letter ISO code, e.g. TW."),
                                  CliContext::tr("CC"));
    const QCommandLineOption sanOpt(QStringLiteral("san"),
                                    CliContext::tr("Another DNS name or IP address for the certificate; repeat it or "
                                                   "separate names with commas. The common name is always included."),
                                    CliContext::tr("NAME"));
    const QCommandLineOption keyOpt(QStringLiteral("key"),
                                    CliContext::tr("Key: rsa:2048 (default), rsa:3072, rsa:4096, ec:P-256, ec:P-384."),
                                    CliContext::tr("TYPE"), QStringLiteral("rsa:2048"));
    const QCommandLineOption hashOpt(QStringLiteral("hash"),
                                     CliContext::tr("Signature hash: sha256 (default), sha384, sha512."),
                                     CliContext::tr("HASH"), QStringLiteral("sha256"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    CliContext::tr("Save the request (CSR) to FILE instead of printing it."),
                                    CliContext::tr("FILE"));
    parser.addOptions({cnOpt, oOpt, ouOpt, lOpt, stOpt, cOpt, sanOpt, keyOpt, hashOpt, outOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("request"),
                   CliContext::tr("Create a certificate request (CSR) and keep its private key pending in the "
                                  "Requests store until the CA's answer is completed."),
                   &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return ctx.failUsage(CliContext::tr("request takes options only; unexpected %1.")
                                 .arg(parser.positionalArguments().first()));

    RequestDraft draft;
    draft.commonName = parser.value(cnOpt);
    draft.organization = parser.value(oOpt);
    draft.organizationalUnit = parser.value(ouOpt);
    draft.locality = parser.value(lOpt);
    draft.state = parser.value(stOpt);
    draft.country = parser.value(cOpt);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& value : parser.values(sanOpt))
        draft.alternativeNames += value.split(separators, Qt::SkipEmptyParts);
    const auto key = KeySpec::parse(parser.value(keyOpt));
    if (!key)
        return ctx.failUsage(CliContext::tr("Unknown key type %1: use rsa:2048, rsa:3072, rsa:4096, ec:P-256 or "
                                            "ec:P-384.")
                                 .arg(parser.value(keyOpt)));
    draft.key = *key;
    draft.hash = RequestDraft::parseHash(parser.value(hashOpt));
    if (draft.hash.isEmpty())
        return ctx.failUsage(CliContext::tr("Unknown hash %1: use sha256, sha384 or sha512.").arg(parser.value(hashOpt)));

    const QList<FieldMessage> problems = draft.validate();
    if (!problems.isEmpty()) {
        for (const FieldMessage& p : problems)
            ctx.err() << CliContext::tr("%1 (%2): %3")
                             .arg(RequestValidator::fieldName(p.field), optionFor(p.field), p.message)
                      << '\n';
        ctx.err().flush();
        return Usage;
    }
    const QString outPath = parser.value(outOpt);
    if (!outPath.isEmpty()) {
        if (const QString problem = checkOutput(outPath); !problem.isEmpty())
            return ctx.failUsage(problem);
    }

    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto created = CreateRequest::run(draft, **store);
    if (!created)
        return ctx.fail(created.error());
    const QByteArray pem = created->request.toPem();
    Result<void> saved;
    if (!outPath.isEmpty())
        saved = writeRequest(outPath, pem);

    if (ctx.json()) {
        QJsonArray names;
        for (const SubjectAltName& s : created->request.subjectAltNames())
            names.append(s.value);
        QJsonObject o{{QStringLiteral("id"), created->request.keyId()},
                      {QStringLiteral("subject"), created->request.subject().toString()},
                      {QStringLiteral("subjectAltNames"), names},
                      {QStringLiteral("key"), created->request.keyDescription()},
                      {QStringLiteral("signatureAlgorithm"), created->request.signatureAlgorithm()},
                      {QStringLiteral("pem"), QString::fromLatin1(pem)}};
        if (!outPath.isEmpty() && saved)
            o.insert(QStringLiteral("file"), QFileInfo(outPath).absoluteFilePath());
        if (!saved)
            o.insert(QStringLiteral("error"), saved.error().message);
        ctx.printJson(QJsonDocument(o));
        if (!saved) {
            ctx.err() << CliContext::tr("Error: %1").arg(saved.error().message) << Qt::endl;
            return Failure;
        }
        return Success;
    } else if (outPath.isEmpty() || !saved) {
        // The request must not be lost: its key is already pending in the store.
        ctx.out() << QString::fromLatin1(pem);
        ctx.out().flush();
    }
    if (!saved)
        return ctx.fail(saved.error());

    // Without --out, stdout carries the request alone, so it can be piped.
    QTextStream& info = outPath.isEmpty() ? ctx.err() : ctx.out();
    info << RequestSummary::text(created->request) << '\n';
    if (!outPath.isEmpty())
        info << CliContext::tr("Request saved to %1.").arg(outPath) << '\n';
    info << CliContext::tr("The private key is pending in the Requests store of %1. Send the request to your "
                           "CA; when it answers, run: certpilot-cli complete RESPONSE-FILE")
                .arg((*store)->location())
         << '\n';
    info.flush();
    return Success;
}

namespace {
const CommandRegistration runRequestRegistration(
    {QStringLiteral("request"),
     QT_TRANSLATE_NOOP("CliContext", "Create a certificate request (CSR) with a pending private key."), runRequest,
     40});
} // namespace

} // namespace certpilot::cli
