// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "PrivateKey.h"
#include "StoreKind.h"

#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

// One transaction against a store: every operation lands, or none does.
// Removals go to the store's trash, never to nowhere.
class StoreChange {
public:
    struct Add {
        StoreKind kind;
        Certificate certificate;  // null when adding a request
        CertificateRequest request;
        PrivateKey key;           // optional for certificates, required for requests
        QString friendlyName;
    };
    struct Remove {
        StoreKind kind;
        QString id;
    };
    struct SetProperties {
        StoreKind kind;
        QString id;
        std::optional<QString> friendlyName;
        std::optional<QString> owner;
        std::optional<QString> notes;
    };

    StoreChange& addCertificate(StoreKind kind, const Certificate& cert, const QString& friendlyName = {});
    StoreChange& addCertificateWithKey(StoreKind kind, const Certificate& cert, const PrivateKey& key,
                                       const QString& friendlyName = {});
    StoreChange& addRequest(const CertificateRequest& request, const PrivateKey& key);
    StoreChange& remove(StoreKind kind, const QString& id);
    StoreChange& setFriendlyName(StoreKind kind, const QString& id, const QString& name);
    StoreChange& setInventory(StoreKind kind, const QString& id, const QString& owner, const QString& notes);

    const QList<Add>& adds() const { return m_adds; }
    const QList<Remove>& removes() const { return m_removes; }
    const QList<SetProperties>& properties() const { return m_properties; }
    bool isEmpty() const { return m_adds.isEmpty() && m_removes.isEmpty() && m_properties.isEmpty(); }

private:
    QList<Add> m_adds;
    QList<Remove> m_removes;
    QList<SetProperties> m_properties;
};

} // namespace certpilot
