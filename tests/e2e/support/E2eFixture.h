// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "TestPki.h"
#include "binding/ProbeResult.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace certpilot::e2e {

// The certificates every end-to-end test uses, made once per test binary:
// a 3-tier hierarchy for www.e2e.test (the certificate to bind), and an
// older certificate for the same name the sites start with.
struct E2ePki {
    test::Hierarchy pki;
    test::Issued old;
    static const E2ePki& get();

    const Certificate& root() const { return pki.root.cert; }
    const Certificate& intermediate() const { return pki.intermediates.first().cert; }
    const test::Issued& leaf() const { return pki.leaf; }
};

// A store with the test root (Trusted Root), the intermediate, and both
// server certificates with their keys (Personal).
struct E2eStore {
    E2eStore();
    test::TempStore temp;
    StoreContents contents() const;
    CertificateStore& store() { return *temp.store; }
};

QByteArray pemOf(const QList<Certificate>& chain);
QByteArray keyPem(const test::Issued& issued);
QList<QString> sha1s(const QList<Certificate>& chain);

// Runs the built certpilot-cli with `args` (the store given by the test).
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& args, int timeoutMs = 60000);

} // namespace certpilot::e2e
