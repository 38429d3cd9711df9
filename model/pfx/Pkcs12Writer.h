// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SecureBytes.h"
#include "pfx/Pkcs12Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// Writes a PKCS#12 (.pfx) file: the certificate and its private key, then
// (optionally) the certificates of its chain, protected as the profile says.
// Runs in OpenSSL's default library context, never the import one, so only
// the profile's algorithms can be used. Slow (key derivations): never on the GUI thread.
class Pkcs12Writer {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Writer)
public:
    struct Input {
        Certificate certificate;
        PrivateKey key;
        QList<Certificate> chain;   // issuers, the nearest first (intermediates, then a root if wanted)
        QString friendlyName;       // stored for the certificate and the key; may be empty
    };

    // The password is UTF-8 and must not be empty.
    static Result<QByteArray> write(const Input& input, const SecureBytes& password, const Pkcs12Profile& profile);
};

} // namespace certpilot
