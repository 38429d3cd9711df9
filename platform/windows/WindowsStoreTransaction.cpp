// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsStoreTransaction.h"

#include "CertificateBuilder.h"
#include "KeyContainer.h"
#include "KeyTransfer.h"
#include "SystemStore.h"
#include "WindowsErrorText.h"
#include "WindowsKeyBlob.h"
#include "WindowsStoreMapping.h"
#include "WindowsTrash.h"

#include <QDateTime>
#include <QSet>

namespace certpilot {

namespace {

using Map = WindowsStoreMapping;

QString propertyKey(StoreKind kind, const QString& id) { return StoreProperties::key(StoreKindText::id(kind), id); }

Result<win::SystemStore> openStore(StoreKind kind, bool readOnly)
{
    auto store = win::SystemStore::open(Map::storeName(kind), readOnly);
    if (!store)
        return WindowsErrorText::toError(store.error(), WindowsStoreTransaction::tr("Opening %1 (%2)")
                                                            .arg(StoreKindText::displayName(kind),
                                                                 Map::systemName(kind)));
    return *store;
}

Result<void> plain(const win::Result<void>& result, const QString& what)
{
    if (!result)
        return WindowsErrorText::toError(result.error(), what);
    return {};
}

QString summary(StoreKind kind, const QString& name, bool withKey)
{
    return withKey ? WindowsStoreTransaction::tr("%1: %2 (with private key)").arg(StoreKindText::displayName(kind), name)
                   : WindowsStoreTransaction::tr("%1: %2").arg(StoreKindText::displayName(kind), name);
}

// The self-signed stand-in IIS keeps in REQUEST until the CA answers: it
// carries the key link, and its public key identifies the request.
Result<Certificate> placeholderFor(const CertificateRequest& request, const PrivateKey& key)
{
    CertificateSpec spec;
    for (const DnAttribute& a : request.subject().attributes())
        spec.subject.append({a.key, a.value});
    if (spec.subject.isEmpty())
        spec.subject.append({QStringLiteral("CN"), QStringLiteral("CertPilot pending request")});
    spec.notBefore = QDateTime::currentDateTimeUtc().addSecs(-60);
    spec.notAfter = spec.notBefore.addDays(365);
    spec.withKeyIdentifiers = false;
    return CertificateBuilder::selfSigned(spec, key);
}

} // namespace

WindowsStoreTransaction::WindowsStoreTransaction(WindowsTrash& trash, StoreProperties& properties,
                                                 PlaceholderLookup placeholderFor)
    : m_trash(trash)
    , m_properties(properties)
    , m_placeholderFor(std::move(placeholderFor))
{
}

Error WindowsStoreTransaction::rollBack(const Error& cause)
{
    QStringList failed;
    while (!m_undo.empty()) {
        Undo undo = std::move(m_undo.back());
        m_undo.pop_back();
        if (auto undone = undo.step(); !undone)
            failed << undo.what + QStringLiteral(": ") + undone.error().message;
    }
    if (failed.isEmpty())
        return cause;
    Error error = cause;
    error.message += QLatin1Char(' ')
        + tr("Some of the change could not be undone; check the stores in certlm.msc: %1").arg(failed.join(QStringLiteral("; ")));
    return error;
}

Result<void> WindowsStoreTransaction::run(const StoreChange& change)
{
    // 1. Check everything before changing anything.
    QSet<QString> added;
    for (const StoreChange::Add& add : change.adds()) {
        const bool isRequest = add.kind == StoreKind::Requests;
        if (isRequest && (add.request.isNull() || add.key.isNull()))
            return makeError(ErrorKind::InvalidInput, tr("A request is stored together with its private key."));
        if (!isRequest && add.certificate.isNull())
            return makeError(ErrorKind::InvalidInput, tr("There is no certificate to add."));
        const QString name = isRequest ? add.request.subject().displayName() : add.certificate.subject().displayName();
        if (!add.key.isNull()) {
            const bool matches = isRequest ? add.key.publicKeyDer() == add.request.publicKeyDer()
                                           : add.key.matches(add.certificate);
            if (!matches)
                return makeError(ErrorKind::KeyMismatch,
                                 tr("The private key does not belong to %1, so it was not stored. Nothing was "
                                    "changed.").arg(name));
            if (auto blob = WindowsKeyBlob::toBlob(add.key); !blob)
                return blob.error();
        }
        const QString id = isRequest ? add.request.keyId() : add.certificate.sha1();
        added.insert(propertyKey(add.kind, id));
        if (isRequest) {
            if (m_placeholderFor(id))
                return makeError(ErrorKind::AlreadyExists,
                                 tr("%1 is already in %2. Nothing was changed.").arg(name, StoreKindText::displayName(add.kind)));
            continue;
        }
        auto store = openStore(add.kind, true);
        if (!store)
            return store.error();
        auto existing = store->find(Map::toThumbprint(id));
        if (existing && (add.key.isNull() || existing->hasPrivateKey))
            return makeError(ErrorKind::AlreadyExists,
                             tr("%1 is already in %2. Nothing was changed.").arg(name, StoreKindText::displayName(add.kind)));
    }
    QList<WindowsTrashEntry> trashEntries;
    for (const StoreChange::Remove& remove : change.removes()) {
        WindowsTrashEntry entry;
        entry.kind = remove.kind;
        entry.id = remove.id.toUpper();
        entry.thumbprint = remove.id.toUpper();
        if (remove.kind == StoreKind::Requests) {
            auto placeholder = m_placeholderFor(remove.id);
            if (!placeholder)
                return placeholder.error();
            entry.thumbprint = *placeholder;
        }
        auto store = openStore(remove.kind, true);
        if (!store)
            return store.error();
        auto found = store->find(Map::toThumbprint(entry.thumbprint));
        if (!found)
            return makeError(ErrorKind::NotFound, tr("The item %1 is no longer in %2. Refresh the view and try again.")
                                                      .arg(remove.id, StoreKindText::displayName(remove.kind)));
        entry.der = Map::toBytes(found->der);
        entry.friendlyName = Map::fromWide(found->friendlyName);
        entry.key = found->key;
        QString name = entry.thumbprint;
        if (remove.kind == StoreKind::Requests) {
            if (auto description = store->property(Map::toThumbprint(entry.thumbprint), Map::kDescriptionPropertyId))
                entry.csrDer = Map::csrFromDescription(*description);
            if (auto csr = CertificateRequest::fromDer(entry.csrDer))
                name = csr->subject().displayName();
        } else if (auto cert = Certificate::fromDer(entry.der)) {
            name = cert->subject().displayName();
        }
        entry.summary = summary(remove.kind, name, found->hasPrivateKey);
        entry.properties = StoreProperties::toJson(m_properties.value(propertyKey(remove.kind, remove.id)));
        trashEntries.append(entry);
    }
    for (const StoreChange::SetProperties& set : change.properties()) {
        if (added.contains(propertyKey(set.kind, set.id)))
            continue;
        QString thumbprint = set.id;
        if (set.kind == StoreKind::Requests) {
            auto placeholder = m_placeholderFor(set.id);
            if (!placeholder)
                return placeholder.error();
            thumbprint = *placeholder;
        }
        auto store = openStore(set.kind, true);
        if (!store)
            return store.error();
        if (!store->find(Map::toThumbprint(thumbprint)))
            return makeError(ErrorKind::NotFound,
                             tr("The item %1 is no longer in %2.").arg(set.id, StoreKindText::displayName(set.kind)));
    }

    // 2. The trash record first: without it nothing may be removed.
    if (!trashEntries.isEmpty()) {
        auto put = m_trash.put(trashEntries);
        if (!put)
            return put.error();
        m_trashId = *put;
        m_undo.push_back({tr("Discard the trash record"), [this] { return m_trash.discard(m_trashId); }});
    }

    // 3. Apply in order, each step leaving its undo behind.
    for (const StoreChange::Add& a : change.adds()) {
        if (auto done = a.kind == StoreKind::Requests ? addRequest(a) : add(a); !done)
            return rollBack(done.error());
    }
    for (const StoreChange::SetProperties& set : change.properties()) {
        if (auto done = setProperties(set); !done)
            return rollBack(done.error());
    }
    for (const WindowsTrashEntry& entry : trashEntries) {
        auto store = openStore(entry.kind, false);
        if (!store)
            return rollBack(store.error());
        const std::string thumbprint = Map::toThumbprint(entry.thumbprint);
        if (auto removed = plain(store->remove(thumbprint), tr("Removing %1").arg(entry.summary)); !removed)
            return rollBack(removed.error());
        m_properties.take(propertyKey(entry.kind, entry.id));
        m_propertiesChanged = true;
        m_undo.push_back({tr("Put back %1").arg(entry.summary), [entry]() -> Result<void> {
                              auto s = openStore(entry.kind, false);
                              if (!s)
                                  return s.error();
                              const auto der = Map::toVector(entry.der);
                              auto back = s->add(der, Map::toWide(entry.friendlyName), entry.key ? &*entry.key : nullptr);
                              if (!back)
                                  return WindowsErrorText::toError(back.error(), entry.summary);
                              if (!entry.csrDer.isEmpty())
                                  (void)s->setProperty(back->thumbprint, Map::kDescriptionPropertyId,
                                                       Map::csrDescription(entry.csrDer));
                              return {};
                          }});
    }
    return {};
}

Result<void> WindowsStoreTransaction::add(const StoreChange::Add& a)
{
    auto store = openStore(a.kind, false);
    if (!store)
        return store.error();
    const QString name = a.certificate.subject().displayName();
    const std::string thumbprint = Map::toThumbprint(a.certificate.sha1());
    const auto der = Map::toVector(a.certificate.der());
    auto before = store->find(thumbprint);   // present without a key: the key is added to it
    std::wstring friendlyName = Map::toWide(a.friendlyName);
    if (friendlyName.empty() && before)
        friendlyName = before->friendlyName;
    const QString what = tr("Adding %1 to %2").arg(name, StoreKindText::displayName(a.kind));

    win::StoredCertificate stored;
    if (a.key.isNull()) {
        auto done = store->add(der, friendlyName);
        if (!done)
            return WindowsErrorText::toError(done.error(), what);
        stored = *done;
    } else {
        auto blob = WindowsKeyBlob::toBlob(a.key);
        if (!blob)
            return blob.error();
        // Exportable, so the key can be backed up to a PFX and read by
        // CertPilot's OpenSSL side (privateKey()).
        win::KeyTransfer::ImportOptions options{true, friendlyName, Map::storeName(a.kind)};
        auto done = win::KeyTransfer::importWithPrivateKey(der, blob->bytes(), options);
        if (!done)
            return WindowsErrorText::toError(done.error(), what);
        stored = *done;
    }
    const StoreKind kind = a.kind;
    std::optional<win::StoredCertificate> previous;
    if (before)
        previous = *before;
    m_undo.push_back({tr("Take %1 out of %2 again").arg(name, StoreKindText::displayName(kind)),
                      [kind, stored, previous]() -> Result<void> {
                          auto s = openStore(kind, false);
                          if (!s)
                              return s.error();
                          if (auto r = plain(s->remove(stored.thumbprint), stored.thumbprint.c_str()); !r)
                              return r;
                          if (stored.key && (!previous || !previous->key || !(*previous->key == *stored.key)))
                              (void)win::KeyContainer::destroy(*stored.key);
                          if (previous) {
                              auto back = s->add(previous->der, previous->friendlyName,
                                                 previous->key ? &*previous->key : nullptr);
                              if (!back)
                                  return WindowsErrorText::toError(back.error(), QString::fromStdString(stored.thumbprint));
                          }
                          return {};
                      }});
    StoreProperties::Entry entry = m_properties.value(propertyKey(a.kind, a.certificate.sha1()));
    if (!entry.added.isValid()) {
        entry.added = QDateTime::currentDateTimeUtc();
        m_properties.insert(propertyKey(a.kind, a.certificate.sha1()), entry);
        m_propertiesChanged = true;
    }
    return {};
}

Result<void> WindowsStoreTransaction::addRequest(const StoreChange::Add& a)
{
    const QString name = a.request.subject().displayName();
    const QString what = tr("Adding the request for %1 to %2").arg(name, StoreKindText::displayName(a.kind));
    auto placeholder = placeholderFor(a.request, a.key);
    if (!placeholder)
        return placeholder.error();
    auto blob = WindowsKeyBlob::toBlob(a.key);
    if (!blob)
        return blob.error();
    // Exportable like IIS' request keys, so "Complete" can move the key to MY
    // and a PFX backup can include it.
    win::KeyTransfer::ImportOptions options{true, Map::toWide(a.friendlyName), win::StoreName::Request};
    auto stored = win::KeyTransfer::importWithPrivateKey(Map::toVector(placeholder->der()), blob->bytes(), options);
    if (!stored)
        return WindowsErrorText::toError(stored.error(), what);
    const win::StoredCertificate done = *stored;
    m_undo.push_back({tr("Take the request for %1 out again").arg(name), [done]() -> Result<void> {
                          auto s = openStore(StoreKind::Requests, false);
                          if (!s)
                              return s.error();
                          if (auto r = plain(s->remove(done.thumbprint), done.thumbprint.c_str()); !r)
                              return r;
                          if (done.key)
                              (void)win::KeyContainer::destroy(*done.key);
                          return {};
                      }});
    auto store = openStore(StoreKind::Requests, false);
    if (!store)
        return store.error();
    if (auto kept = plain(store->setProperty(done.thumbprint, Map::kDescriptionPropertyId,
                                             Map::csrDescription(a.request.der())),
                          what);
        !kept)
        return kept;
    StoreProperties::Entry entry;
    entry.added = QDateTime::currentDateTimeUtc();
    m_properties.insert(propertyKey(StoreKind::Requests, a.request.keyId()), entry);
    m_propertiesChanged = true;
    return {};
}

Result<void> WindowsStoreTransaction::setProperties(const StoreChange::SetProperties& set)
{
    const QString key = propertyKey(set.kind, set.id);
    if (set.friendlyName) {
        QString thumbprint = set.id;
        if (set.kind == StoreKind::Requests) {
            auto placeholder = m_placeholderFor(set.id);
            if (!placeholder)
                return placeholder.error();
            thumbprint = *placeholder;
        }
        auto store = openStore(set.kind, false);
        if (!store)
            return store.error();
        const std::string t = Map::toThumbprint(thumbprint);
        auto current = store->find(t);
        if (!current)
            return WindowsErrorText::toError(current.error(), tr("Finding %1").arg(set.id));
        if (auto r = plain(store->setFriendlyName(t, Map::toWide(*set.friendlyName)), tr("Renaming %1").arg(set.id)); !r)
            return r;
        const StoreKind kind = set.kind;
        const std::wstring old = current->friendlyName;
        m_undo.push_back({tr("Give %1 its old friendly name").arg(set.id), [kind, t, old]() -> Result<void> {
                              auto s = openStore(kind, false);
                              if (!s)
                                  return s.error();
                              return plain(s->setFriendlyName(t, old), QString::fromStdString(t));
                          }});
    }
    if (set.owner || set.notes) {
        StoreProperties::Entry entry = m_properties.value(key);
        if (set.owner)
            entry.owner = *set.owner;
        if (set.notes)
            entry.notes = *set.notes;
        m_properties.insert(key, entry);
        m_propertiesChanged = true;
    }
    return {};
}

Result<void> WindowsStoreTransaction::restore(const QString& trashId)
{
    auto entries = m_trash.entries(trashId);
    if (!entries)
        return entries.error();
    for (const WindowsTrashEntry& entry : *entries) {
        auto store = openStore(entry.kind, true);
        if (!store)
            return store.error();
        if (store->find(Map::toThumbprint(entry.thumbprint)))
            return makeError(ErrorKind::AlreadyExists,
                             tr("%1 is in the store again, so the copy in the trash was not restored.").arg(entry.summary));
    }
    for (const WindowsTrashEntry& entry : *entries) {
        auto store = openStore(entry.kind, false);
        if (!store)
            return rollBack(store.error());
        auto back = store->add(Map::toVector(entry.der), Map::toWide(entry.friendlyName), entry.key ? &*entry.key : nullptr);
        if (!back)
            return rollBack(WindowsErrorText::toError(back.error(), tr("Restoring %1").arg(entry.summary)));
        const win::StoredCertificate added = *back;
        const StoreKind kind = entry.kind;
        // Undo leaves the key container alone: it belongs to the trash record.
        m_undo.push_back({tr("Remove %1 again").arg(entry.summary), [kind, added]() -> Result<void> {
                              auto s = openStore(kind, false);
                              if (!s)
                                  return s.error();
                              return plain(s->remove(added.thumbprint), QString::fromStdString(added.thumbprint));
                          }});
        if (!entry.csrDer.isEmpty()) {
            if (auto kept = plain(store->setProperty(added.thumbprint, Map::kDescriptionPropertyId,
                                                     Map::csrDescription(entry.csrDer)),
                                  tr("Restoring %1").arg(entry.summary));
                !kept)
                return rollBack(kept.error());
        }
        m_properties.insert(propertyKey(entry.kind, entry.id), StoreProperties::fromJson(entry.properties));
        m_propertiesChanged = true;
    }
    return {};
}

} // namespace certpilot
