// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "StoreKind.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace certpilot {

// One item of a logical store: a certificate (Personal, Trusted Root,
// Intermediate) or a pending request with its key (Requests).
struct StoreEntry {
    StoreKind kind = StoreKind::Personal;
    // Identity within its store: the certificate's SHA-1 thumbprint, or the
    // pending key's id (SHA-1 of its public key) for a request.
    QString id;
    Certificate certificate;
    CertificateRequest request;
    QString friendlyName;
    bool hasPrivateKey = false;
    QDateTime added;
    QString owner;   // inventory fields admins keep
    QString notes;
    // What the certificate filter matches, case-folded. Filled off the GUI
    // thread by StoreSession after a load (10,000 of them cost ~50 ms).
    QString searchText;

    bool isRequest() const { return kind == StoreKind::Requests; }
    // Computes searchText's value: names, friendly name, thumbprint, owner,
    // notes, issuer, DNS names, serial, expiry.
    QString makeSearchText() const;
};

// A file or item the store could not read; shown to the user, never fatal.
struct StoreProblem {
    QString location;
    QString message;
};

struct StoreContents {
    QList<StoreEntry> entries;
    QList<StoreProblem> problems;
    QStringList notices;   // e.g. "recovered an interrupted change"

    int count(StoreKind kind) const;
    const StoreEntry* find(StoreKind kind, const QString& id) const;
    const StoreEntry* findByThumbprint(const QString& sha1) const;
};

} // namespace certpilot
