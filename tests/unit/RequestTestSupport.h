// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A certificate authority for request tests: the openssl tool signs a CSR the
// way a CA does, copying the subject and the requested extensions, so what
// CertPilot wrote is read by an independent implementation.

#include "CertificateRequest.h"
#include "FileDecoder.h"
#include "OpensslCli.h"
#include "TestPki.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace certpilot::test {

inline QString writeTestFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    writeFile(path, bytes);
    return path;
}

// The store's files for "nothing changed" checks, without the load cache
// (.index), which any load may rewrite and which holds no user data.
inline QMap<QString, QByteArray> storeSnapshot(const QString& storePath)
{
    QMap<QString, QByteArray> files = snapshotTree(storePath);
    files.remove(QStringLiteral("/.index"));
    return files;
}

enum class ResponseFormat { Pem, Der };

// Signs `csr` with `ca` and returns the certificate; `dir` receives the work files.
inline Certificate caSigns(const CertificateRequest& csr, const Issued& ca, const QString& dir,
                           ResponseFormat format = ResponseFormat::Pem)
{
    static int serial = 1000;
    ++serial;
    const QString tag = QString::number(serial);
    const QString csrPath = writeTestFile(dir, tag + QStringLiteral(".csr"), csr.toPem());
    const QString caPath = writeTestFile(dir, tag + QStringLiteral("-ca.pem"), ca.cert.toPem());
    const QString keyPath = writeTestFile(dir, tag + QStringLiteral("-ca.key"), ca.key.toPem().view());
    const QString outPath = QDir(dir).filePath(tag + (format == ResponseFormat::Pem ? QStringLiteral(".cer")
                                                                                    : QStringLiteral(".der")));
    const CliResult r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath,
                                    QStringLiteral("-CA"), caPath, QStringLiteral("-CAkey"), keyPath,
                                    QStringLiteral("-set_serial"), tag, QStringLiteral("-days"),
                                    QStringLiteral("90"), QStringLiteral("-copy_extensions"),
                                    QStringLiteral("copyall"), QStringLiteral("-outform"),
                                    format == ResponseFormat::Pem ? QStringLiteral("PEM") : QStringLiteral("DER"),
                                    QStringLiteral("-out"), outPath});
    QFile::remove(keyPath);
    if (r.exitCode != 0)
        throw std::runtime_error("openssl x509 -req failed: " + r.err.toStdString());
    auto decoded = FileDecoder::decodeFile(outPath);
    if (!decoded || decoded->certificates.size() != 1)
        throw std::runtime_error("the signed certificate does not read back");
    return decoded->certificates.first();
}

// A PKCS#7 bundle (.p7b) of the certificates, made by the openssl tool.
inline QString writeP7b(const QString& dir, const QString& name, const QList<Certificate>& certs)
{
    QStringList args{QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-outform"),
                     QStringLiteral("DER"), QStringLiteral("-out"), QDir(dir).filePath(name)};
    for (qsizetype i = 0; i < certs.size(); ++i)
        args << QStringLiteral("-certfile")
             << writeTestFile(dir, name + QStringLiteral("-%1.pem").arg(i), certs.at(i).toPem());
    const CliResult r = runOpenssl(args);
    if (r.exitCode != 0)
        throw std::runtime_error("openssl crl2pkcs7 failed: " + r.err.toStdString());
    return QDir(dir).filePath(name);
}

} // namespace certpilot::test
