// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "Result.h"
#include "StoreChange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

enum class CompletionStatus {
    Ready,            // a pending key matches: `change` completes the request
    AlreadyCompleted, // the certificate is in Personal already, with its key
    NoMatchingKey,    // WORKFLOW.md case 5: no key in this store belongs to the certificate
    Failed,           // unreadable or unsuitable files, or store trouble: see `error`
};

// A pending request as the user knows it, for "what was searched" lists.
struct PendingRequestInfo {
    QString id;             // SHA-1 of its public key, uppercase hex
    QString subject;        // its common name (or other display name)
    QStringList names;      // its alternative names
    QString keyDescription; // "RSA 2048 bits"
    QDateTime added;        // when the request was made
};

// What completing a request with the CA's response will do, worked out before
// anything changes. Every status but Ready comes with `error`: what happened,
// what to do next, and that nothing was changed.
struct CompletionPlan {
    CompletionStatus status = CompletionStatus::Failed;
    Error error;
    QStringList files;                 // the response files read
    QString storeLocation;

    Certificate certificate;           // the server certificate (null when none was found)
    PendingRequestInfo request;        // the pending request it completes (Ready, from Requests)
    // A re-issued certificate for a key that already sits in Personal (an
    // earlier completion of the same request): its thumbprint, else empty.
    QString keyFromPersonal;
    QString friendlyName;

    QList<Certificate> intermediatesToInstall;  // added to Intermediate with the certificate
    QList<Certificate> intermediatesPresent;    // already in the store
    QList<Certificate> rootsTrusted;            // already in Trusted Root
    QList<Certificate> rootsNotInstalled;       // never installed silently: trusting one is the user's decision
    QList<Certificate> unrelated;               // other server certificates in the files, left alone

    QList<PendingRequestInfo> searched;         // every pending request looked at
    StoreChange change;                         // Ready only: one transaction

    bool isReady() const { return status == CompletionStatus::Ready; }
};

} // namespace certpilot
