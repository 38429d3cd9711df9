// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "ChainVerifier.h"
#include "FileDecoder.h"
#include "PrivateKey.h"
#include "Result.h"
#include "StoreChange.h"
#include "StoreEntry.h"
#include "request/CompletionPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certpilot {

// One file handed to an import: its name for messages, and what FileDecoder made of it.
struct ImportSource {
    QString name;
    Result<DecodedFile> decoded;

    // Reads and decodes a file. Slow for large bundles: call it off the GUI thread.
    static ImportSource fromFile(const QString& path);
    // The same, but a zip archive (a CA's cert.zip) becomes one source per
    // file inside it, named "cert.zip/root.cer"; a refused archive becomes
    // one source carrying the reason.
    static QList<ImportSource> fromPath(const QString& path);
    static QList<ImportSource> fromBytes(const QString& name, const QByteArray& bytes);
};

// What an import of certificate files would do to a store, decided before
// anything is written, so the user can confirm it: each certificate is
// classified (root, intermediate, server), put in chain order (root first,
// by issuer and subject names and key identifiers), given its destination
// store, flagged (expired, cross-signed, duplicate), and given the chain
// status it will have once the import is done. A server certificate gets
// the private key from the same import that belongs to it, or is handed to
// Complete Request when its key is pending in the store (see CaImport).
// What cannot be imported (unreadable files, keys without a certificate,
// PFX files, requests) is listed as a problem. change() is the one
// transaction to commit: all of it lands, or nothing does.
//
// A value type: build it in any thread, read it in another. Building checks
// signatures and chains, so do it off the GUI thread.
class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    enum class Role {
        Root,          // a self-signed CA: goes to Trusted Root, a trust decision
        Intermediate,  // a CA issued by another: goes to Intermediate
        Server,        // not a CA: goes to Personal
    };
    enum class Action {
        Add,           // the certificate (with its key, if any) is added
        AddKey,        // the certificate is in the store without a key; the key is added to it
        Skip,          // nothing to do: see `note`
    };
    // How the files' certificates are filed. Trust is a decision, not a
    // classification: with Intermediate even a self-signed certificate is
    // only an intermediate, never a trust anchor; with Root every certificate
    // becomes one.
    enum class RoleChoice { Auto, Root, Intermediate };

    enum class Flag : quint32 {
        Expired = 1u << 0,
        NotYetValid = 1u << 1,
        CrossSigned = 1u << 2,        // same subject as another CA, other issuer; or self-issued, not self-signed
        DuplicateInStore = 1u << 3,
        DuplicateInImport = 1u << 4,
        ExplicitRole = 1u << 5,       // filed as the user said, not as classified
        SelfSignedNotAnchor = 1u << 6, // self-signed, yet filed as an intermediate
        CompletesRequest = 1u << 7,   // the server certificate of a pending request here
        NoPrivateKey = 1u << 8,       // a server certificate that arrives without its key
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    struct Options {
        RoleChoice role = RoleChoice::Auto;
        QDateTime at;             // validity and chains checked at this time; invalid: now
        QString friendlyName;     // for the server certificate
    };

    struct Item {
        Certificate certificate;
        QString sourceName;     // the file it came from
        Role role = Role::Server;
        StoreKind destination = StoreKind::Personal;
        Action action = Action::Add;
        PrivateKey key;         // a matching key from the same import, or null
        QString keySourceName;  // the file the key came from
        QString note;           // why it is skipped, or what happens to it, for the user
        Flags flags;
        int parent = -1;        // index in items() of its issuer in this import, else -1
        int depth = 0;          // 0 for the top of its chain within this import
        ChainResult chainAfter; // the certificate's path and status once the import is done
        QString pendingRequestId;  // a pending request in the store with this certificate's key
        CompletionPlan completion; // Ready when Complete Request takes this certificate over
        QString friendlyName;

        bool handsOffToCompleteRequest() const { return completion.isReady(); }
    };

    struct Problem {
        QString sourceName;
        QString message;        // translated, says what to do next
        QString detail;         // technical detail, may be empty
    };

    // Plans the import of `sources` into a store that holds `current`.
    static ImportPlan build(const QList<ImportSource>& sources, const StoreContents& current);
    static ImportPlan build(const QList<ImportSource>& sources, const StoreContents& current, const Options& options);

    // In chain order: each certificate after its issuer, roots first; chains side by side.
    const QList<Item>& items() const { return m_items; }
    const QList<Problem>& problems() const { return m_problems; }
    const Options& options() const { return m_options; }

    // How many items change the store (Add or AddKey).
    int importCount() const;
    // True when the import would add a trusted root: the user must confirm trust.
    bool addsTrustedRoot() const;
    // The roots the import would add (the trust decisions), in item order.
    QList<Certificate> rootsToTrust() const;

    // The same plan without these roots (SHA-1 thumbprints): the user did not
    // trust them. Chain statuses are worked out again.
    ImportPlan withRootsDeclined(const QSet<QString>& sha1s) const;
    // Complete Request takes over item `index` (a Ready plan for its certificate).
    void setCompletion(int index, const CompletionPlan& completion);

    // The transaction for every Add and AddKey item, hand-offs included;
    // empty when there is nothing to do.
    StoreChange change() const;

    static QString roleName(Role role);
    // Short words for each flag set on the item ("expired", "cross-signed").
    static QStringList flagTexts(Flags flags);
    // The status after import in words: short text and the reason.
    static QString statusText(const Item& item);
    static QString statusReason(const Item& item);

private:
    void addCertificate(const Certificate& cert, const QString& sourceName, const StoreContents& current);
    void attachKey(const PrivateKey& key, const QString& sourceName, const StoreContents& current);
    void addProblem(const QString& sourceName, const QString& message, const QString& detail = {});
    void orderChains();
    void flagCrossSigned(const StoreContents& current);
    void computeChains();

    QList<Item> m_items;
    QList<Problem> m_problems;
    Options m_options;
    StoreContents m_current;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ImportPlan::Flags)

} // namespace certpilot
