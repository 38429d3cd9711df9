// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportRequest.h"

namespace certpilot {

QList<ExportFormat> ExportFormatText::all()
{
    return {ExportFormat::Pfx,   ExportFormat::CerDer, ExportFormat::CerBase64, ExportFormat::P7b,
            ExportFormat::Nginx, ExportFormat::Apache, ExportFormat::Key};
}

QString ExportFormatText::id(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pfx:
        return QStringLiteral("pfx");
    case ExportFormat::CerDer:
        return QStringLiteral("cer");
    case ExportFormat::CerBase64:
        return QStringLiteral("cer-base64");
    case ExportFormat::P7b:
        return QStringLiteral("p7b");
    case ExportFormat::Nginx:
        return QStringLiteral("nginx");
    case ExportFormat::Apache:
        return QStringLiteral("apache");
    case ExportFormat::Key:
        return QStringLiteral("key");
    }
    return {};
}

std::optional<ExportFormat> ExportFormatText::fromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (ExportFormat f : all()) {
        if (ExportFormatText::id(f) == wanted)
            return f;
    }
    if (wanted == QLatin1String("p12"))
        return ExportFormat::Pfx;
    if (wanted == QLatin1String("der"))
        return ExportFormat::CerDer;
    if (wanted == QLatin1String("pem"))
        return ExportFormat::CerBase64;
    return std::nullopt;
}

QString ExportFormatText::displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pfx:
        return tr("Personal Information Exchange - PKCS #12 (.pfx), with the private key");
    case ExportFormat::CerDer:
        return tr("Certificate only, DER encoded binary X.509 (.cer)");
    case ExportFormat::CerBase64:
        return tr("Certificate only, Base-64 encoded X.509 (.cer)");
    case ExportFormat::P7b:
        return tr("Cryptographic Message Syntax Standard - PKCS #7 (.p7b), certificate and chain");
    case ExportFormat::Nginx:
        return tr("nginx: fullchain.pem and privkey.pem");
    case ExportFormat::Apache:
        return tr("Apache: cert.pem, chain.pem and privkey.pem");
    case ExportFormat::Key:
        return tr("Private key only, PKCS #8 (.key)");
    }
    return {};
}

QString ExportFormatText::description(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pfx:
        return tr("A password-protected backup of the certificate and its private key, which Windows (IIS), "
                  "Java and other servers import.");
    case ExportFormat::CerDer:
    case ExportFormat::CerBase64:
        return tr("The public certificate alone, to hand to others. It contains no secret.");
    case ExportFormat::P7b:
        return tr("The certificate and the CA certificates of its chain in one file, no private key.");
    case ExportFormat::Nginx:
        return tr("For ssl_certificate (the certificate followed by its intermediates, no root) and "
                  "ssl_certificate_key.");
    case ExportFormat::Apache:
        return tr("For SSLCertificateFile, SSLCertificateChainFile and SSLCertificateKeyFile.");
    case ExportFormat::Key:
        return tr("The private key alone, encrypted with a password unless you choose otherwise.");
    }
    return {};
}

bool ExportFormatText::needsKey(ExportFormat format)
{
    return format == ExportFormat::Pfx || format == ExportFormat::Nginx || format == ExportFormat::Apache
        || format == ExportFormat::Key;
}

bool ExportFormatText::writesFolder(ExportFormat format)
{
    return format == ExportFormat::Nginx || format == ExportFormat::Apache;
}

bool ExportFormatText::hasChain(ExportFormat format)
{
    return format == ExportFormat::Pfx || format == ExportFormat::P7b || format == ExportFormat::Nginx
        || format == ExportFormat::Apache;
}

QString ExportFormatText::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pfx:
        return QStringLiteral("pfx");
    case ExportFormat::CerDer:
    case ExportFormat::CerBase64:
        return QStringLiteral("cer");
    case ExportFormat::P7b:
        return QStringLiteral("p7b");
    case ExportFormat::Key:
        return QStringLiteral("key");
    case ExportFormat::Nginx:
    case ExportFormat::Apache:
        return QStringLiteral("pem");
    }
    return {};
}

QList<Certificate> ExportRequest::issuers() const
{
    if (!includeChain || !ExportFormatText::hasChain(format))
        return {};
    return chain.issuers(includeRoot);
}

QString ExportRequest::baseName() const
{
    QString name = certificate.subject().commonName();
    if (name.isEmpty())
        name = certificate.subject().displayName();
    if (name.isEmpty())
        name = certificate.sha1();
    // A file name, whatever the certificate says: no separators, no leading dots.
    name.replace(QLatin1String("*."), QLatin1String("wildcard."));
    QString out;
    for (const QChar c : name) {
        out += (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            ? c
            : QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.left(64).isEmpty() ? certificate.sha1() : out.left(64);
}

} // namespace certpilot
