// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportJob.h"

#include "FileDecoder.h"
#include "pfx/ExportFileWriter.h"
#include "pfx/Pkcs12Reader.h"
#include "pfx/ServerFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace certpilot {

namespace {

QStringList namesFor(const ExportRequest& request)
{
    const QString base = request.baseName();
    switch (request.format) {
    case ExportFormat::Nginx:
        return {QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")};
    case ExportFormat::Apache:
        return request.issuers().isEmpty()
            ? QStringList{QStringLiteral("cert.pem"), QStringLiteral("privkey.pem")}
            : QStringList{QStringLiteral("cert.pem"), QStringLiteral("chain.pem"), QStringLiteral("privkey.pem")};
    default:
        return {base + QLatin1Char('.') + ExportFormatText::suffix(request.format)};
    }
}

void applyTarget(QList<ExportFile>& files, const ExportJob::Target& target)
{
    if (files.size() == 1 && !target.fileName.isEmpty())
        files.first().fileName = target.fileName;
}

QString chainWords(const QList<Certificate>& certificates)
{
    QStringList names;
    for (const Certificate& c : certificates)
        names << c.subject().displayName();
    return names.join(QLatin1String(" > "));
}

// Reads one written file back as its user would, and says what it holds.
Result<QString> readBackFile(const QString& path, const ExportFile& written, const ExportRequest& request,
                             ExportReport& report, const std::atomic_bool* cancel)
{
    const QString name = QFileInfo(path).fileName();
    if (request.format == ExportFormat::Pfx) {
        Pkcs12Reader::Options options;
        options.cancel = cancel;
        auto pfx = Pkcs12Reader::readFile(path, request.password, options);
        if (!pfx)
            return makeError(pfx.error().kind,
                             ExportJob::tr("%1 was written, but reading it back failed: %2").arg(name, pfx.error().message),
                             pfx.error().detail);
        const int index = pfx->keys.size() == 1 ? pfx->certificateFor(pfx->keys.first().key) : -1;
        const bool leafFirst = index == 0 && pfx->certificates.first().certificate == request.certificate;
        if (!leafFirst || pfx->certificates.size() != 1 + request.issuers().size())
            return makeError(ErrorKind::Internal,
                             ExportJob::tr("%1 was written, but it does not hold what was asked for.").arg(name));
        report.pfxInfo = pfx->info;
        QList<Certificate> certs;
        for (const Pkcs12Certificate& c : pfx->certificates)
            certs << c.certificate;
        return ExportJob::tr("%1 opens with the password. It holds the private key (%2), which matches the "
                             "certificate, and the certificates %3.")
            .arg(name, keyAlgorithmName(pfx->keys.first().key.algorithm()), chainWords(certs));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, ExportJob::tr("%1 cannot be read back.").arg(name), file.errorString());
    const QByteArray bytes = file.readAll();
    if (written.secret) {
        auto key = PrivateKey::fromPem(bytes, request.encryptKey ? request.password : SecureBytes());
        if (!key || !key->matches(request.certificate))
            return makeError(ErrorKind::Internal, ExportJob::tr("%1 was written, but the key in it cannot be read "
                                                                "back.")
                                                      .arg(name));
        return ExportJob::tr("%1: the private key (%2), %3; it matches the certificate.")
            .arg(name, keyAlgorithmName(key->algorithm()),
                 request.encryptKey ? ExportJob::tr("encrypted with the password")
                                    : ExportJob::tr("NOT encrypted, readable only by you"));
    }
    auto decoded = FileDecoder::decode(bytes);
    if (!decoded || decoded->certificates.isEmpty())
        return makeError(ErrorKind::Internal, ExportJob::tr("%1 was written, but it cannot be read back.").arg(name));
    return (decoded->certificates.size() == 1 ? ExportJob::tr("%1 holds the certificate %2.")
                                              : ExportJob::tr("%1 holds the certificates %2."))
        .arg(name, chainWords(decoded->certificates));
}

} // namespace

QStringList ExportJob::plannedPaths(const ExportRequest& request, const Target& target)
{
    QList<ExportFile> files;
    for (const QString& n : namesFor(request))
        files.append(ExportFile{n, {}, false, {}});
    applyTarget(files, target);
    return ExportFileWriter::targets(files, target.folder);
}

Result<ExportReport> ExportJob::run(const ExportRequest& request, const Target& target,
                                    const std::atomic_bool* cancel)
{
    auto files = ServerFiles::build(request);
    if (!files)
        return files.error();
    applyTarget(*files, target);
    if (cancel && cancel->load())
        return makeError(ErrorKind::Cancelled, tr("The export was cancelled; nothing was written."));
    auto written = ExportFileWriter::write(*files, target.folder, target.replace);
    if (!written)
        return written.error();

    ExportReport report;
    report.files = *written;
    if (ExportFormatText::hasChain(request.format) && request.includeChain && !request.chain.isComplete())
        report.warnings << tr("The chain is incomplete: the issuer \"%1\" is not in the store, so it is not in "
                              "the export. Import the CA's intermediate certificates and export again.")
                               .arg(request.chain.missingIssuer);
    if (ExportFormatText::needsKey(request.format) && request.format != ExportFormat::Pfx && !request.encryptKey)
        report.warnings << tr("The private key file is not encrypted. It is readable only by you (0600); keep it "
                              "that way.");
    QStringList lines;
    for (qsizetype i = 0; i < report.files.size(); ++i) {
        auto line = readBackFile(report.files.at(i), files->at(i), request, report, cancel);
        if (!line)
            return line.error();
        lines << *line;
    }
    report.readBack = lines.join(QLatin1Char('\n'));
    return report;
}

} // namespace certpilot
