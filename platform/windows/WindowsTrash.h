// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "KeyLocation.h"
#include "Result.h"
#include "StoreKind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

// What the Windows store remembers of a removed item, so it can be put back.
// A Windows system store has no trash, and CertDeleteCertificateFromStore
// leaves the key container where it is; so the trash keeps the certificate's
// DER, its friendly name and the key *link* (container and provider names,
// never key material). Restoring adds the certificate again linked to the same
// container: exact, and it works for keys that are not exportable.
struct WindowsTrashEntry {
    StoreKind kind = StoreKind::Personal;
    QString id;            // the model's id (thumbprint, or the request's key id)
    QString thumbprint;    // in the system store (the placeholder's, for a request)
    QByteArray der;        // the certificate (the placeholder, for a request)
    QString friendlyName;
    std::optional<win::KeyLocation> key;
    QByteArray csrDer;     // requests: the CSR kept on the placeholder
    QJsonObject properties; // owner, notes, date added (StoreProperties::toJson)
    QString summary;       // "Personal: www.example.com (with private key)"
};

// trash/<id>/trash-info.json under a folder (%ProgramData%\CertPilot\trash on
// Windows). Plain Qt file work, unit-tested on Linux.
class WindowsTrash {
    Q_DECLARE_TR_FUNCTIONS(WindowsTrash)
public:
    explicit WindowsTrash(const QString& folder);

    const QString& folder() const { return m_folder; }
    // Writes one trash record atomically; returns its id. Nothing is written
    // when it fails, and then nothing may be removed.
    Result<QString> put(const QList<WindowsTrashEntry>& entries);
    // Newest first.
    QList<TrashItem> list() const;
    Result<QList<WindowsTrashEntry>> entries(const QString& trashId) const;
    // After a restore: the record is gone for good.
    Result<void> discard(const QString& trashId);

    static bool isValidId(const QString& trashId);

private:
    QString m_folder;
};

} // namespace certpilot
