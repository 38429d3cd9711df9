// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEnvironment.h"

// Helpers shared by the PKCS#12 suites (header-only: tests/unit globs *Test.cpp).

#include "OpensslCli.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace certpilot::test {

// ../shared/vectors next to the repository; empty when absent.
inline QString sharedVectorsDir(const QString& sub)
{
    return vectorsDir(sub);
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes a certificate, its key and a chain as PEM files for the openssl tool.
struct PemFiles {
    QString cert, key, chain;
};
inline PemFiles writePemFiles(const QTemporaryDir& dir, const Issued& leaf, const QList<Certificate>& chain)
{
    PemFiles f{dir.filePath(QStringLiteral("leaf.pem")), dir.filePath(QStringLiteral("leaf.key")),
               dir.filePath(QStringLiteral("chain.pem"))};
    writeFile(f.cert, leaf.cert.toPem());
    writeFile(f.key, leaf.key.toPem().view());
    QByteArray pem;
    for (const Certificate& c : chain)
        pem += c.toPem();
    writeFile(f.chain, pem);
    return f;
}

// The certpilot-cli next to this test binary's build: $CERTPILOT_BINARY_DIR/app, else found from here.
inline QString cliPath()
{
    const QString build = qEnvironmentVariable("CERTPILOT_BINARY_DIR");
    if (!build.isEmpty())
        return build + QStringLiteral("/app/certpilot-cli");
    QDir dir(QCoreApplication::applicationDirPath());
    for (int i = 0; i < 4; ++i) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral("app/certpilot-cli"))))
            return dir.filePath(QStringLiteral("app/certpilot-cli"));
        dir.cdUp();
    }
    return {};
}

// Runs certpilot-cli with extra environment variables; stdin is closed (not a terminal).
inline CliResult runCli(const QStringList& args, const QStringList& env = {}, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(cliPath(), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace certpilot::test
