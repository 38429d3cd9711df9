// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace certpilot {

ImportSource ImportSource::fromFile(const QString& path)
{
    return {QFileInfo(path).fileName(), FileDecoder::decodeFile(path)};
}

namespace {

ImportPlan::Role classify(const Certificate& cert)
{
    if (!cert.isCa())
        return ImportPlan::Role::Server;
    // Self-issued alone is not enough: a re-keyed CA is self-issued but signed
    // by its old key, and belongs with the intermediates.
    return cert.isSelfSigned() ? ImportPlan::Role::Root : ImportPlan::Role::Intermediate;
}

StoreKind destinationOf(ImportPlan::Role role)
{
    switch (role) {
    case ImportPlan::Role::Root:
        return StoreKind::TrustedRoot;
    case ImportPlan::Role::Intermediate:
        return StoreKind::Intermediate;
    case ImportPlan::Role::Server:
        break;
    }
    return StoreKind::Personal;
}

} // namespace

QString ImportPlan::roleName(Role role)
{
    switch (role) {
    case Role::Root:
        return tr("Root CA");
    case Role::Intermediate:
        return tr("Intermediate CA");
    case Role::Server:
        return tr("Server certificate");
    }
    return {};
}

ImportPlan ImportPlan::build(const QList<ImportSource>& sources, const StoreContents& current)
{
    ImportPlan plan;
    struct PendingKey {
        PrivateKey key;
        QString sourceName;
    };
    QList<PendingKey> keys;
    for (const ImportSource& source : sources) {
        if (!source.decoded) {
            plan.addProblem(source.name, source.decoded.error().message, source.decoded.error().detail);
            continue;
        }
        const DecodedFile& file = *source.decoded;
        if (file.isPkcs12) {
            plan.addProblem(source.name, tr("This is a PFX (PKCS#12) file, which needs its password. "
                                            "Use PFX import for it."));
            continue;
        }
        for (const Certificate& cert : file.certificates)
            plan.addCertificate(cert, source.name, current);
        if (!file.requests.isEmpty())
            plan.addProblem(source.name, tr("Certificate requests are not imported: send the request to "
                                            "your CA, then import the certificate it returns."));
        for (const FoundKey& found : file.keys) {
            if (found.encrypted) {
                plan.addProblem(source.name, tr("This private key is protected by a password and was not "
                                                "imported. Import it as a PFX file instead."));
                continue;
            }
            auto key = PrivateKey::fromPem(found.pem.view());
            if (!key) {
                plan.addProblem(source.name, key.error().message, key.error().detail);
                continue;
            }
            keys.append({*key, source.name});
        }
        if (file.certificates.isEmpty() && file.keys.isEmpty() && file.requests.isEmpty())
            plan.addProblem(source.name, tr("This file holds no certificate."));
    }
    // Keys last: a key may come in a file before or after its certificate.
    for (const PendingKey& k : keys)
        plan.attachKey(k.key, k.sourceName, current);

    std::stable_sort(plan.m_items.begin(), plan.m_items.end(),
                     [](const Item& a, const Item& b) { return int(a.role) < int(b.role); });
    return plan;
}

void ImportPlan::addCertificate(const Certificate& cert, const QString& sourceName, const StoreContents& current)
{
    Item item;
    item.certificate = cert;
    item.sourceName = sourceName;
    item.role = classify(cert);
    item.destination = destinationOf(item.role);
    const bool repeated = std::any_of(m_items.cbegin(), m_items.cend(), [&](const Item& other) {
        return other.certificate.sha1() == cert.sha1();
    });
    if (repeated) {
        item.action = Action::Skip;
        item.note = tr("Appears more than once in this import.");
    } else if (const StoreEntry* existing = current.findByThumbprint(cert.sha1())) {
        item.action = Action::Skip;
        item.note = tr("Already in %1.").arg(StoreKindText::displayName(existing->kind));
    }
    m_items.append(item);
}

void ImportPlan::attachKey(const PrivateKey& key, const QString& sourceName, const StoreContents& current)
{
    auto attach = [&](Item& item, Action action) {
        item.key = key;
        item.keySourceName = sourceName;
        item.action = action;
        item.note.clear();
    };
    for (Item& item : m_items) {
        if (item.role != Role::Server || !item.key.isNull() || !key.matches(item.certificate))
            continue;
        if (item.action == Action::Add) {
            attach(item, Action::Add);
            return;
        }
        // The certificate is in Personal without its key (WORKFLOW.md case 5):
        // this key is the cure, so add it to the stored certificate.
        const StoreEntry* existing = current.find(StoreKind::Personal, item.certificate.sha1());
        if (existing && !existing->hasPrivateKey) {
            attach(item, Action::AddKey);
            return;
        }
    }
    for (const StoreEntry& e : current.entries) {
        if (e.kind != StoreKind::Personal || e.hasPrivateKey || !key.matches(e.certificate))
            continue;
        Item item;
        item.certificate = e.certificate;
        item.sourceName = sourceName;
        item.role = Role::Server;
        item.destination = StoreKind::Personal;
        attach(item, Action::AddKey);
        m_items.append(item);
        return;
    }
    const bool alreadyPaired = std::any_of(m_items.cbegin(), m_items.cend(), [&](const Item& item) {
        return item.role == Role::Server && key.matches(item.certificate);
    });
    if (alreadyPaired) {
        addProblem(sourceName, tr("This private key is already in the store or earlier in this import, "
                                  "so it was not imported again."));
        return;
    }
    addProblem(sourceName, tr("This private key belongs to no certificate in this import or in "
                              "Personal, so it was not imported. Import it together with its "
                              "certificate."));
}

void ImportPlan::addProblem(const QString& sourceName, const QString& message, const QString& detail)
{
    m_problems.append({sourceName, message, detail});
}

int ImportPlan::importCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Item& item) { return item.action != Action::Skip; }));
}

bool ImportPlan::addsTrustedRoot() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item& item) {
        return item.role == Role::Root && item.action == Action::Add;
    });
}

StoreChange ImportPlan::change() const
{
    StoreChange change;
    for (const Item& item : m_items) {
        if (item.action == Action::Skip)
            continue;
        if (item.key.isNull())
            change.addCertificate(item.destination, item.certificate);
        else
            change.addCertificateWithKey(item.destination, item.certificate, item.key);
    }
    return change;
}

} // namespace certpilot
