// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"

#include "import/ChainOrder.h"

#include <QHash>

#include <algorithm>

namespace certpilot {

namespace {

// Old roots are X.509 v1: self-signed without basic constraints.
bool isRootLike(const Certificate& cert)
{
    return cert.isSelfSigned() && (cert.isCa() || (!cert.hasBasicConstraints() && cert.version() == 1));
}

ImportPlan::Role classify(const Certificate& cert, ImportPlan::RoleChoice choice)
{
    switch (choice) {
    case ImportPlan::RoleChoice::Root:
        return ImportPlan::Role::Root;
    case ImportPlan::RoleChoice::Intermediate:
        return ImportPlan::Role::Intermediate;
    case ImportPlan::RoleChoice::Auto:
        break;
    }
    if (isRootLike(cert))
        return ImportPlan::Role::Root;
    // Self-issued alone is not enough: a re-keyed CA is self-issued but signed
    // by its old key, and belongs with the intermediates.
    return cert.isCa() ? ImportPlan::Role::Intermediate : ImportPlan::Role::Server;
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

QDateTime effectiveTime(const QDateTime& at) { return at.isValid() ? at : QDateTime::currentDateTimeUtc(); }

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
    return build(sources, current, Options{});
}

ImportPlan ImportPlan::build(const QList<ImportSource>& sources, const StoreContents& current, const Options& options)
{
    ImportPlan plan;
    plan.m_options = options;
    plan.m_current = current;
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
        const bool inArchive = source.name.contains(QLatin1Char('/'));
        if (file.isPkcs12) {
            plan.addProblem(source.name,
                            inArchive ? tr("This is a PFX (PKCS#12) file, a backup with a private key that needs its "
                                           "password. Extract it from the archive and use PFX import for it.")
                                      : tr("This is a PFX (PKCS#12) file, which needs its password. "
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

    // A server certificate without its key: its key may be pending here.
    QHash<QString, const StoreEntry*> pending;
    for (const StoreEntry& e : current.entries) {
        if (e.kind == StoreKind::Requests && e.hasPrivateKey)
            pending.insert(e.id, &e);
    }
    for (Item& item : plan.m_items) {
        if (item.role != Role::Server)
            continue;
        item.friendlyName = options.friendlyName;
        if (item.action != Action::Add || !item.key.isNull())
            continue;
        const QString keyId = publicKeyId(item.certificate.publicKeyDer());
        if (pending.contains(keyId)) {
            item.pendingRequestId = keyId;
            item.flags |= Flag::CompletesRequest;
            item.note = tr("Completes the pending request made in this store: moves into Personal with its "
                           "private key.");
        } else {
            item.flags |= Flag::NoPrivateKey;
            item.note = tr("No private key for it is in this import or pending in this store: it goes into "
                           "Personal without one. Import its PFX backup, or use it only where its key is.");
        }
    }
    plan.flagCrossSigned(current);
    plan.orderChains();
    plan.computeChains();
    return plan;
}

void ImportPlan::addCertificate(const Certificate& cert, const QString& sourceName, const StoreContents& current)
{
    Item item;
    item.certificate = cert;
    item.sourceName = sourceName;
    item.role = classify(cert, m_options.role);
    item.destination = destinationOf(item.role);
    if (m_options.role != RoleChoice::Auto && classify(cert, RoleChoice::Auto) != item.role)
        item.flags |= Flag::ExplicitRole;
    if (item.role == Role::Intermediate && cert.isSelfSigned())
        item.flags |= Flag::SelfSignedNotAnchor;
    const QDateTime now = effectiveTime(m_options.at);
    if (cert.isExpired(now))
        item.flags |= Flag::Expired;
    if (cert.isNotYetValid(now))
        item.flags |= Flag::NotYetValid;

    const bool repeated = std::any_of(m_items.cbegin(), m_items.cend(), [&](const Item& other) {
        return other.certificate.sha1() == cert.sha1();
    });
    // With an explicit role only the destination counts: a certificate kept
    // as an intermediate may still be made a root on purpose.
    const StoreEntry* existing = m_options.role == RoleChoice::Auto ? current.findByThumbprint(cert.sha1())
                                                                    : current.find(item.destination, cert.sha1());
    if (repeated) {
        item.action = Action::Skip;
        item.flags |= Flag::DuplicateInImport;
        item.note = tr("Appears more than once in this import.");
    } else if (existing) {
        item.action = Action::Skip;
        item.flags |= Flag::DuplicateInStore;
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
        item.flags &= ~Flags(Flag::DuplicateInStore);
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

void ImportPlan::flagCrossSigned(const StoreContents& current)
{
    QList<Certificate> cas;
    for (const Item& item : m_items) {
        if (item.certificate.isCa())
            cas << item.certificate;
    }
    for (const StoreEntry& e : current.entries) {
        if (!e.isRequest() && e.certificate.isCa())
            cas << e.certificate;
    }
    for (Item& item : m_items) {
        const Certificate& c = item.certificate;
        if (!c.isCa() || c.isSelfSigned())
            continue;
        const bool twin = std::any_of(cas.cbegin(), cas.cend(), [&](const Certificate& other) {
            return other.sha1() != c.sha1() && other.subject() == c.subject() && !(other.issuer() == c.issuer());
        });
        if (twin || c.isSelfIssued())
            item.flags |= Flag::CrossSigned;
    }
}

void ImportPlan::orderChains()
{
    QList<Certificate> certs;
    for (const Item& item : m_items)
        certs << item.certificate;
    const ChainOrder order = ChainOrder::of(certs);
    QList<int> newIndex(m_items.size(), -1);
    for (int pos = 0; pos < order.order.size(); ++pos)
        newIndex[order.order[pos]] = pos;
    QList<Item> sorted;
    for (int old : order.order) {
        Item item = m_items[old];
        item.parent = order.parent[old] < 0 ? -1 : newIndex[order.parent[old]];
        item.depth = order.depth[old];
        sorted << item;
    }
    m_items = sorted;
}

void ImportPlan::computeChains()
{
    QList<Certificate> roots;
    QList<Certificate> intermediates;
    for (const StoreEntry& e : m_current.entries) {
        if (e.kind == StoreKind::TrustedRoot)
            roots << e.certificate;
        else if (e.kind == StoreKind::Intermediate || (e.kind == StoreKind::Personal && e.certificate.isCa()))
            intermediates << e.certificate;
    }
    for (const Item& item : m_items) {
        if (item.action != Action::Add)
            continue;
        if (item.destination == StoreKind::TrustedRoot)
            roots << item.certificate;
        else if (item.destination == StoreKind::Intermediate || item.certificate.isCa())
            intermediates << item.certificate;
    }
    VerifyOptions verify;
    verify.at = m_options.at;
    const ChainVerifier verifier(roots, intermediates, verify);
    for (Item& item : m_items)
        item.chainAfter = verifier.verify(item.certificate);
}

ImportPlan ImportPlan::withRootsDeclined(const QSet<QString>& sha1s) const
{
    ImportPlan plan = *this;
    bool changed = false;
    for (Item& item : plan.m_items) {
        if (item.role == Role::Root && item.action == Action::Add && sha1s.contains(item.certificate.sha1())) {
            item.action = Action::Skip;
            item.note = tr("Not installed: you did not confirm that you trust this root.");
            changed = true;
        }
    }
    if (!changed)
        return plan;
    plan.computeChains();
    // The store will not have the root, so the path stops below it ("issuer
    // missing"): say which root that is and why, next to the status.
    for (Item& item : plan.m_items) {
        const QList<ChainNode>& nodes = item.chainAfter.nodes;
        if (item.chainAfter.trusted || nodes.size() < 2 || !nodes.first().isGap() || nodes.at(1).isGap())
            continue;
        for (const Item& root : std::as_const(plan.m_items)) {
            if (root.role != Role::Root || !sha1s.contains(root.certificate.sha1())
                || !(nodes.at(1).certificate.issuer() == root.certificate.subject()))
                continue;
            const QString why = tr("Its root, %1, is not installed because you did not trust it, so its path ends "
                                   "below the root until you install it.")
                                    .arg(root.certificate.subject().displayName());
            item.note = item.note.isEmpty() ? why : item.note + QLatin1Char(' ') + why;
            break;
        }
    }
    return plan;
}

void ImportPlan::setCompletion(int index, const CompletionPlan& completion)
{
    if (index < 0 || index >= m_items.size())
        return;
    Item& item = m_items[index];
    item.completion = completion;
    if (completion.isReady())
        return;
    // Complete Request could not take it: say why instead of a silent change.
    item.flags &= ~Flags(Flag::CompletesRequest);
    if (completion.status == CompletionStatus::AlreadyCompleted) {
        item.action = Action::Skip;
        item.flags |= Flag::DuplicateInStore;
    } else {
        item.flags |= Flag::NoPrivateKey;
    }
    item.note = completion.error.message;
}

int ImportPlan::importCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Item& item) { return item.action != Action::Skip; }));
}

bool ImportPlan::addsTrustedRoot() const { return !rootsToTrust().isEmpty(); }

QList<Certificate> ImportPlan::rootsToTrust() const
{
    QList<Certificate> out;
    for (const Item& item : m_items) {
        if (item.role == Role::Root && item.action == Action::Add)
            out << item.certificate;
    }
    return out;
}

StoreChange ImportPlan::change() const
{
    StoreChange change;
    for (const Item& item : m_items) {
        if (item.action == Action::Skip)
            continue;
        if (item.handsOffToCompleteRequest()) {
            // Complete Request's own transaction (certificate with the pending
            // key into Personal, request removed), folded into this one so the
            // whole import lands or none of it does.
            for (const StoreChange::Add& add : item.completion.change.adds()) {
                if (add.key.isNull())
                    change.addCertificate(add.kind, add.certificate, add.friendlyName);
                else
                    change.addCertificateWithKey(add.kind, add.certificate, add.key, add.friendlyName);
            }
            for (const StoreChange::Remove& remove : item.completion.change.removes())
                change.remove(remove.kind, remove.id);
            for (const StoreChange::SetProperties& p : item.completion.change.properties()) {
                if (p.friendlyName)
                    change.setFriendlyName(p.kind, p.id, *p.friendlyName);
                if (p.owner || p.notes)
                    change.setInventory(p.kind, p.id, p.owner.value_or(QString()), p.notes.value_or(QString()));
            }
            continue;
        }
        const QString name = item.destination == StoreKind::Personal ? item.friendlyName : QString();
        if (item.key.isNull())
            change.addCertificate(item.destination, item.certificate, name);
        else
            change.addCertificateWithKey(item.destination, item.certificate, item.key, name);
    }
    return change;
}

QStringList ImportPlan::flagTexts(Flags flags)
{
    QStringList out;
    if (flags & Flag::Expired)
        out << tr("expired");
    if (flags & Flag::NotYetValid)
        out << tr("not yet valid");
    if (flags & Flag::CrossSigned)
        out << tr("cross-signed");
    if (flags & Flag::DuplicateInStore)
        out << tr("already installed");
    if (flags & Flag::DuplicateInImport)
        out << tr("duplicate in this import");
    if (flags & Flag::ExplicitRole)
        out << tr("role chosen by you");
    if (flags & Flag::SelfSignedNotAnchor)
        out << tr("self-signed, not trusted");
    if (flags & Flag::CompletesRequest)
        out << tr("completes a pending request");
    if (flags & Flag::NoPrivateKey)
        out << tr("no private key");
    return out;
}

QString ImportPlan::statusText(const Item& item)
{
    return item.chainAfter.trusted ? ChainStatusText::shortText(ChainStatus::Ok)
                                   : ChainStatusText::shortText(item.chainAfter.status);
}

QString ImportPlan::statusReason(const Item& item) { return item.chainAfter.summary(); }

} // namespace certpilot
