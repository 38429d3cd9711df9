// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "pfx/Pkcs12Info.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

struct Pkcs12Certificate {
    Certificate certificate;
    QString friendlyName;
    QByteArray localKeyId;
};

struct Pkcs12Key {
    PrivateKey key;
    QString friendlyName;
    QByteArray localKeyId;
};

// Everything read from a PKCS#12 file, in file order.
struct Pkcs12Contents {
    QList<Pkcs12Certificate> certificates;
    QList<Pkcs12Key> keys;
    Pkcs12Info info;
    QStringList warnings;   // read, but worth knowing: no MAC, legacy algorithms

    // The index of the certificate the key belongs to (public key match), or -1.
    int certificateFor(const PrivateKey& key) const;
};

} // namespace certpilot
