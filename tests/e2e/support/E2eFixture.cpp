// SPDX-License-Identifier: GPL-3.0-or-later
#include "E2eFixture.h"

#include <QProcess>

#include <stdexcept>

namespace certpilot::e2e {

const E2ePki& E2ePki::get()
{
    static const E2ePki pki = [] {
        E2ePki p;
        p.pki = test::makeHierarchy(3, QStringLiteral("www.e2e.test"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        p.old = test::makeLeaf(p.pki.intermediates.first(), QStringLiteral("www.e2e.test"), {}, now.addDays(-300),
                               now.addDays(40));
        return p;
    }();
    return pki;
}

E2eStore::E2eStore()
{
    const E2ePki& p = E2ePki::get();
    StoreChange change;
    change.addCertificate(StoreKind::TrustedRoot, p.root())
        .addCertificate(StoreKind::Intermediate, p.intermediate())
        .addCertificateWithKey(StoreKind::Personal, p.leaf().cert, p.leaf().key, QStringLiteral("www 2026"))
        .addCertificateWithKey(StoreKind::Personal, p.old.cert, p.old.key, QStringLiteral("www old"));
    auto committed = temp.store->commit(change);
    if (!committed)
        throw std::runtime_error(committed.error().fullText().toStdString());
}

StoreContents E2eStore::contents() const
{
    auto loaded = temp.store->load();
    if (!loaded)
        throw std::runtime_error(loaded.error().fullText().toStdString());
    return *loaded;
}

QByteArray pemOf(const QList<Certificate>& chain)
{
    QByteArray out;
    for (const Certificate& c : chain)
        out += c.toPem();
    return out;
}

QByteArray keyPem(const test::Issued& issued) { return issued.key.toPem().view(); }

QList<QString> sha1s(const QList<Certificate>& chain)
{
    QList<QString> out;
    for (const Certificate& c : chain)
        out << c.sha1();
    return out;
}

CliRun runCli(const QStringList& args, int timeoutMs)
{
    CliRun run;
    QProcess p;
    // ctest sets CERTPILOT_BINARY_DIR; run by hand, set it to the build folder.
    const QString program = qEnvironmentVariable("CERTPILOT_BINARY_DIR") + QStringLiteral("/app/certpilot-cli");
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs)) {
        run.err = QStringLiteral("%1 did not start (is CERTPILOT_BINARY_DIR set?): %2").arg(program, p.errorString());
        return run;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace certpilot::e2e
