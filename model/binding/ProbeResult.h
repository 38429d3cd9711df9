// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "binding/ProbeTarget.h"

#include <QList>
#include <QString>

namespace certpilot {

// What a server sent during the TLS handshake.
struct ProbeResult {
    ProbeTarget target;
    QString address;              // the IP address connected to
    QList<Certificate> servedChain;   // everything the server sent, in its order (leaf first)
    QString protocol;             // "TLSv1.3"
    QString cipher;               // "TLS_AES_256_GCM_SHA384"
    QString sniSent;              // empty when none was sent
    qint64 connectMs = 0;
    qint64 handshakeMs = 0;

    Certificate leaf() const { return servedChain.isEmpty() ? Certificate() : servedChain.first(); }
};

} // namespace certpilot
