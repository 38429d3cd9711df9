// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreChange.h"

namespace certpilot {

StoreChange& StoreChange::addCertificate(StoreKind kind, const Certificate& cert, const QString& friendlyName)
{
    m_adds.append({kind, cert, {}, {}, friendlyName});
    return *this;
}

StoreChange& StoreChange::addCertificateWithKey(StoreKind kind, const Certificate& cert, const PrivateKey& key,
                                                const QString& friendlyName)
{
    m_adds.append({kind, cert, {}, key, friendlyName});
    return *this;
}

StoreChange& StoreChange::addRequest(const CertificateRequest& request, const PrivateKey& key)
{
    m_adds.append({StoreKind::Requests, {}, request, key, {}});
    return *this;
}

StoreChange& StoreChange::remove(StoreKind kind, const QString& id)
{
    m_removes.append({kind, id});
    return *this;
}

StoreChange& StoreChange::setFriendlyName(StoreKind kind, const QString& id, const QString& name)
{
    m_properties.append({kind, id, name, std::nullopt, std::nullopt});
    return *this;
}

StoreChange& StoreChange::setInventory(StoreKind kind, const QString& id, const QString& owner,
                                       const QString& notes)
{
    m_properties.append({kind, id, std::nullopt, owner, notes});
    return *this;
}

} // namespace certpilot
