// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BindingRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

// Where one site of the old certificate is in the renewal.
enum class RenewalSiteState {
    Pending,      // still bound to the old certificate
    Rebound,      // the new certificate is configured; not yet seen live (message: what the live check saw)
    Serving,      // the live site was seen serving the new certificate
    Failed,       // re-binding failed and was undone: still on the old certificate (message says why)
    RolledBack,   // bound to the old certificate again by a roll-back
};

struct RenewalSite {
    BindingRecord binding;   // the old certificate's binding, as recorded when the renewal began
    RenewalSiteState state = RenewalSiteState::Pending;
    QString message;         // the last failure, or what the live site served
    QDateTime checkedAt;     // UTC

    QJsonObject toJson() const;
    static std::optional<RenewalSite> fromJson(const QJsonObject& object);
};

enum class RenewalPhase { Active, Finished, Abandoned };

// One renewal of one certificate, as it stands. A renewal takes days at a CA,
// so this is kept with the store (RenewalBook) and read back after a restart;
// everything that can be seen in the store (the request, the new certificate,
// its chain) is looked up there again rather than trusted from here.
struct RenewalRecord {
    QString id;                   // a UUID without braces
    QString oldCertificate;       // SHA-1 thumbprint of the certificate being renewed
    QString name;                 // its common name or first host name, for lists
    QDateTime oldNotAfter;
    QDateTime startedAt;
    QString requestKeyId;         // the new request's key id (StoreEntry::id in Requests); empty until made
    QDateTime requestedAt;
    QDateTime submittedAt;        // the user said the request went to the CA
    QString newCertificate;       // SHA-1 of the completed certificate, once it is in Personal
    QList<RenewalSite> sites;     // every site that used the old certificate
    QString backupFile;           // the PFX written for the new certificate
    QDateTime backedUpAt;
    bool backupSkipped = false;
    QDateTime rolledBackAt;
    QDateTime retiredAt;          // the old certificate went to the trash
    RenewalPhase phase = RenewalPhase::Active;
    QDateTime endedAt;

    bool isActive() const { return phase == RenewalPhase::Active; }
    // The old or the new certificate of this renewal.
    bool concerns(const QString& sha1) const;
    int count(RenewalSiteState state) const;

    QJsonObject toJson() const;
    static std::optional<RenewalRecord> fromJson(const QJsonObject& object);
    // A fresh record for `oldCertificate` with a new id, started now.
    static RenewalRecord start(const QString& oldCertificate, const QString& name, const QDateTime& oldNotAfter);
};

} // namespace certpilot
