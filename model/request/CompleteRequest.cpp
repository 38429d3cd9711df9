// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/CompleteRequest.h"

#include "DisplayText.h"
#include "FileDecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace certpilot {

namespace {

constexpr int kMaxListed = 20;

QString isoDate(const QDateTime& t) { return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QString(); }

QString keyIdOf(const Certificate& c) { return publicKeyId(c.publicKeyDer()); }

PendingRequestInfo infoOf(const StoreEntry& e)
{
    PendingRequestInfo info;
    info.id = e.id;
    info.subject = e.request.subject().displayName();
    for (const SubjectAltName& san : e.request.subjectAltNames())
        info.names << san.value;
    info.keyDescription = e.request.keyDescription();
    info.added = e.added;
    return info;
}

QString describeRequest(const PendingRequestInfo& r)
{
    QString names = r.names.join(QLatin1String(", "));
    if (names.isEmpty())
        names = r.subject;
    return CompleteRequest::tr("%1 (%2, requested %3, id %4)")
        .arg(names, r.keyDescription, isoDate(r.added), r.id.left(8));
}

QString nameList(const QList<Certificate>& certs)
{
    QStringList names;
    for (const Certificate& c : certs)
        names << c.subject().displayName();
    return names.join(QLatin1String("; "));
}

CompletionPlan failed(CompletionPlan plan, ErrorKind kind, const QString& message, const QString& detail = {})
{
    plan.status = CompletionStatus::Failed;
    plan.error = makeError(kind, message, detail);
    return plan;
}

QString searchedText(const CompletionPlan& plan)
{
    if (plan.searched.isEmpty())
        return CompleteRequest::tr("There are no pending requests in the store %1.").arg(plan.storeLocation);
    QStringList lines;
    lines << CompleteRequest::tr("Searched %n pending request(s) in the store %1:", nullptr,
                                 int(plan.searched.size()))
                 .arg(plan.storeLocation);
    for (qsizetype i = 0; i < plan.searched.size() && i < kMaxListed; ++i)
        lines << QStringLiteral("  - ") + describeRequest(plan.searched.at(i));
    if (plan.searched.size() > kMaxListed)
        lines << CompleteRequest::tr("  ... and %n more.", nullptr, int(plan.searched.size() - kMaxListed));
    return lines.join(QLatin1Char('\n'));
}

// WORKFLOW.md case 5, in the words an administrator needs.
Error noMatchingKeyError(const CompletionPlan& plan, bool inPersonalWithoutKey)
{
    const Certificate& c = plan.certificate;
    QStringList parts;
    parts << CompleteRequest::tr("No private key in this store belongs to the certificate for %1 (issued by %2), "
                                 "so the request cannot be completed.")
                 .arg(c.subject().displayName(), c.issuer().displayName());
    if (inPersonalWithoutKey)
        parts << CompleteRequest::tr("The certificate is already in Personal, but without its private key.");
    parts << CompleteRequest::tr("A certificate can only be completed where its request was made, because the "
                                 "private key never leaves that place. Either the request was made on another "
                                 "server or in another store, or its pending key was lost (deleted, or the "
                                 "server was reinstalled).");
    parts << searchedText(plan);
    parts << CompleteRequest::tr("What you can do:\n"
                                 "  - If you have a PFX backup that holds this certificate's private key, import "
                                 "it.\n"
                                 "  - Otherwise create a new request and ask the CA to re-issue the certificate "
                                 "for it (usually free, but the CA's checks can take days).");
    parts << CompleteRequest::tr("Nothing was changed.");
    return makeError(ErrorKind::KeyMissing, parts.join(QLatin1String("\n\n")),
                     CompleteRequest::tr("certificate %1, public key id %2").arg(c.sha1(), keyIdOf(c)));
}

// Why none of the files is a CA's response, from what they do hold.
CompletionPlan notAResponse(CompletionPlan plan, const QList<DecodedFile>& decoded)
{
    bool request = false;
    bool pfx = false;
    for (const DecodedFile& d : decoded) {
        request = request || !d.requests.isEmpty();
        pfx = pfx || d.isPkcs12;
    }
    if (pfx)
        return failed(plan, ErrorKind::InvalidInput,
                      CompleteRequest::tr("This is a PFX file, a backup that already holds a certificate with its "
                                          "private key: import it instead. Nothing was changed."));
    if (request)
        return failed(plan, ErrorKind::InvalidInput,
                      CompleteRequest::tr("This file is a certificate request (CSR): what you send to the CA, not "
                                          "what it sends back. Choose the certificate file the CA sent (often "
                                          "server.cer, or a .crt file). Nothing was changed."));
    return failed(plan, ErrorKind::InvalidInput,
                  CompleteRequest::tr("The file holds no certificate. Choose the certificate file the CA sent (often "
                                      "server.cer, or a .crt file). Nothing was changed."));
}

} // namespace

QString CompleteRequest::checkFriendlyName(const QString& name)
{
    if (name.size() > kMaxFriendlyName)
        return tr("A friendly name can have at most %n characters.", nullptr, kMaxFriendlyName);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A friendly name cannot contain control or invisible formatting characters.");
    }
    return {};
}

CompletionPlan CompleteRequest::prepare(CertificateStore& store, const QStringList& responseFiles,
                                        const QString& friendlyName)
{
    CompletionPlan plan;
    plan.files = responseFiles;
    plan.storeLocation = store.location();
    if (responseFiles.isEmpty())
        return failed(plan, ErrorKind::InvalidInput, tr("Choose the certificate file the CA sent."));
    QList<DecodedFile> decoded;
    QList<Certificate> certs;
    for (const QString& file : responseFiles) {
        auto d = FileDecoder::decodeFile(file);
        if (!d)
            return failed(plan, d.error().kind,
                          tr("%1: %2 Nothing was changed.").arg(QFileInfo(file).fileName(), d.error().message),
                          d.error().detail);
        certs += d->certificates;
        decoded << *d;
    }
    if (certs.isEmpty())
        return notAResponse(plan, decoded);
    CompletionPlan out = prepare(store, certs, friendlyName);
    out.files = responseFiles;
    return out;
}

CompletionPlan CompleteRequest::prepare(CertificateStore& store, const QList<Certificate>& response,
                                        const QString& friendlyName)
{
    CompletionPlan plan;
    plan.storeLocation = store.location();
    plan.friendlyName = friendlyName.trimmed();
    if (const QString problem = checkFriendlyName(plan.friendlyName); !problem.isEmpty())
        return failed(plan, ErrorKind::InvalidInput, problem);

    QList<Certificate> certs;
    QSet<QString> seen;
    for (const Certificate& c : response) {
        if (!c.isNull() && !seen.contains(c.sha1())) {
            seen.insert(c.sha1());
            certs << c;
        }
    }
    if (certs.isEmpty())
        return failed(plan, ErrorKind::InvalidInput,
                      tr("The response holds no certificate. Choose the certificate file the CA sent."));

    auto loaded = store.load();
    if (!loaded)
        return failed(plan, loaded.error().kind, loaded.error().message, loaded.error().detail);
    const StoreContents& contents = *loaded;

    QHash<QString, const StoreEntry*> pendingByKey;
    QHash<QString, const StoreEntry*> personalKeyByKeyId;
    for (const StoreEntry& e : contents.entries) {
        if (e.kind == StoreKind::Requests) {
            plan.searched << infoOf(e);
            if (e.hasPrivateKey)
                pendingByKey.insert(e.id, &e);
        } else if (e.kind == StoreKind::Personal && e.hasPrivateKey) {
            personalKeyByKeyId.insert(keyIdOf(e.certificate), &e);
        }
    }

    // The leaf is the certificate whose key is pending here; prefer end-entity
    // certificates, then the newest.
    QList<Certificate> matches;
    for (const Certificate& c : certs) {
        if (pendingByKey.contains(keyIdOf(c)))
            matches << c;
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Certificate& a, const Certificate& b) {
        if (a.isCa() != b.isCa())
            return !a.isCa();
        return a.notBefore() > b.notBefore();
    });
    QSet<QString> matchedKeys;
    for (const Certificate& c : matches)
        matchedKeys.insert(keyIdOf(c));
    if (matchedKeys.size() > 1)
        return failed(plan, ErrorKind::Ambiguous,
                      tr("The files hold certificates for %n different pending requests (%1). Complete them one at "
                         "a time. Nothing was changed.",
                         nullptr, int(matchedKeys.size()))
                          .arg(nameList(matches)));

    const StoreEntry* pending = nullptr;
    const StoreEntry* personalKey = nullptr;
    if (!matches.isEmpty()) {
        plan.certificate = matches.first();
        pending = pendingByKey.value(keyIdOf(plan.certificate));
    } else {
        // No pending key: the server certificate is the end-entity one.
        for (const Certificate& c : certs) {
            if (!c.isCa() && (plan.certificate.isNull() || personalKeyByKeyId.contains(keyIdOf(c))))
                plan.certificate = c;
        }
        if (plan.certificate.isNull())
            return failed(plan, ErrorKind::InvalidInput,
                          tr("The files hold only CA certificates (%1), no server certificate. Choose the server "
                             "certificate the CA sent too (often server.cer). Nothing was changed.")
                              .arg(nameList(certs)));
    }
    const Certificate& leaf = plan.certificate;

    if (const StoreEntry* existing = contents.find(StoreKind::Personal, leaf.sha1());
        existing && existing->hasPrivateKey) {
        plan.status = CompletionStatus::AlreadyCompleted;
        QString message = existing->friendlyName.isEmpty()
            ? tr("This certificate was completed already: %1 is in Personal with its private key.")
                  .arg(leaf.subject().displayName())
            : tr("This certificate was completed already: %1 is in Personal as \"%2\", with its private key.")
                  .arg(leaf.subject().displayName(), existing->friendlyName);
        if (pending)
            message += QLatin1Char(' ')
                + tr("A pending request for the same key is still listed; you can delete it.");
        plan.error = makeError(ErrorKind::AlreadyExists, message + QLatin1Char(' ') + tr("Nothing was changed."));
        return plan;
    }
    if (!pending) {
        personalKey = personalKeyByKeyId.value(keyIdOf(leaf));
        if (!personalKey) {
            plan.status = CompletionStatus::NoMatchingKey;
            plan.error = noMatchingKeyError(plan, contents.find(StoreKind::Personal, leaf.sha1()) != nullptr);
            return plan;
        }
        plan.keyFromPersonal = personalKey->id;
    } else {
        plan.request = infoOf(*pending);
    }

    auto key = pending ? store.privateKey(StoreKind::Requests, pending->id)
                       : store.privateKey(StoreKind::Personal, personalKey->id);
    if (!key)
        return failed(plan, key.error().kind,
                      tr("The private key for %1 cannot be read: %2 Nothing was changed.")
                          .arg(leaf.subject().displayName(), key.error().message),
                      key.error().detail);
    if (!key->matches(leaf))
        return failed(plan, ErrorKind::KeyMismatch,
                      tr("The stored private key does not match %1 although its public key id does; the key file "
                         "may be damaged. Nothing was changed.")
                          .arg(leaf.subject().displayName()));

    plan.change.addCertificateWithKey(StoreKind::Personal, leaf, *key, plan.friendlyName);
    for (const Certificate& c : certs) {
        if (c.sha1() == leaf.sha1())
            continue;
        const bool inStore = contents.find(StoreKind::Intermediate, c.sha1())
            || contents.find(StoreKind::TrustedRoot, c.sha1()) || contents.find(StoreKind::Personal, c.sha1());
        if (c.isSelfSigned() && (c.isCa() || !c.hasBasicConstraints())) {
            (contents.find(StoreKind::TrustedRoot, c.sha1()) ? plan.rootsTrusted : plan.rootsNotInstalled) << c;
        } else if (c.isCa()) {
            if (inStore) {
                plan.intermediatesPresent << c;
            } else {
                plan.intermediatesToInstall << c;
                plan.change.addCertificate(StoreKind::Intermediate, c);
            }
        } else {
            plan.unrelated << c;
        }
    }
    if (pending)
        plan.change.remove(StoreKind::Requests, pending->id);
    plan.status = CompletionStatus::Ready;
    return plan;
}

Result<void> CompleteRequest::commit(CertificateStore& store, const CompletionPlan& plan)
{
    if (!plan.isReady())
        return plan.error;
    auto done = store.commit(plan.change);
    if (!done)
        return makeError(done.error().kind,
                         tr("The request was not completed: %1").arg(done.error().message), done.error().detail);
    return {};
}

CompletionPlan CompleteRequest::run(CertificateStore& store, const QStringList& responseFiles,
                                    const QString& friendlyName)
{
    CompletionPlan plan = prepare(store, responseFiles, friendlyName);
    if (!plan.isReady())
        return plan;
    auto done = commit(store, plan);
    if (!done) {
        plan.status = CompletionStatus::Failed;
        plan.error = done.error();
    }
    return plan;
}

QStringList CompleteRequest::describe(const CompletionPlan& plan, bool done)
{
    QStringList lines;
    const Certificate& c = plan.certificate;
    if (c.isNull())
        return lines;
    lines << tr("Certificate: %1, issued by %2, valid until %3.")
                 .arg(c.subject().displayName(), c.issuer().displayName(), isoDate(c.notAfter()));
    if (!plan.keyFromPersonal.isEmpty())
        lines << tr("Private key: the one already in Personal with the earlier certificate %1 (a re-issue).")
                     .arg(plan.keyFromPersonal.left(8));
    else if (!plan.request.id.isEmpty())
        lines << tr("Private key: from the pending request %1.").arg(describeRequest(plan.request));
    lines << (done ? tr("Moved into Personal with its private key.")
                   : tr("Goes into Personal with its private key."));
    if (!plan.friendlyName.isEmpty())
        lines << tr("Friendly name: %1").arg(plan.friendlyName);
    if (!plan.intermediatesToInstall.isEmpty())
        lines << (done ? tr("Added to Intermediate Certification Authorities: %1")
                       : tr("Will be added to Intermediate Certification Authorities: %1"))
                     .arg(nameList(plan.intermediatesToInstall));
    if (!plan.intermediatesPresent.isEmpty())
        lines << tr("Already installed: %1").arg(nameList(plan.intermediatesPresent));
    if (!plan.rootsTrusted.isEmpty())
        lines << tr("Root already trusted: %1").arg(nameList(plan.rootsTrusted));
    for (const Certificate& root : plan.rootsNotInstalled)
        lines << tr("Root not installed: %1 (SHA-256 %2). Trusting a root is your decision: compare this "
                    "fingerprint with the CA's, then import the root into Trusted Root Certification Authorities.")
                     .arg(root.subject().displayName(), toColonHex(QByteArray::fromHex(root.sha256().toLatin1())));
    if (!plan.unrelated.isEmpty())
        lines << tr("Not used (for other keys): %1").arg(nameList(plan.unrelated));
    return lines;
}

} // namespace certpilot
