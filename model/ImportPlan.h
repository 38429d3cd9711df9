// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "FileDecoder.h"
#include "PrivateKey.h"
#include "Result.h"
#include "StoreChange.h"
#include "StoreEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// One file handed to an import: its name for messages, and what FileDecoder made of it.
struct ImportSource {
    QString name;
    Result<DecodedFile> decoded;

    // Reads and decodes a file. Slow for large bundles: call it off the GUI thread.
    static ImportSource fromFile(const QString& path);
};

// What an import of certificate files would do to a store, decided before
// anything is written, so the user can confirm it: each certificate is
// classified (root, intermediate, server), given its destination store and,
// for a server certificate, the private key from the same import that belongs
// to it. Certificates already in the store are flagged and skipped; what
// cannot be imported (unreadable files, keys without a certificate, PFX files)
// is listed as a problem. change() is the transaction to commit.
//
// A value type: build it in any thread, read it in another. Building checks
// self-signatures and parses keys, so do it off the GUI thread.
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

    struct Item {
        Certificate certificate;
        QString sourceName;     // the file it came from
        Role role = Role::Server;
        StoreKind destination = StoreKind::Personal;
        Action action = Action::Add;
        PrivateKey key;         // a matching key from the same import, or null
        QString keySourceName;  // the file the key came from
        QString note;           // why it is skipped, for the user
    };

    struct Problem {
        QString sourceName;
        QString message;        // translated, says what to do next
        QString detail;         // technical detail, may be empty
    };

    // Plans the import of `sources` into a store that holds `current`.
    static ImportPlan build(const QList<ImportSource>& sources, const StoreContents& current);

    // Roots first, then intermediates, then server certificates, each group in input order.
    const QList<Item>& items() const { return m_items; }
    const QList<Problem>& problems() const { return m_problems; }

    // How many items change the store (Add or AddKey).
    int importCount() const;
    // True when the import would add a trusted root: the user must confirm trust.
    bool addsTrustedRoot() const;

    // The transaction for every Add and AddKey item; empty when there is nothing to do.
    StoreChange change() const;

    static QString roleName(Role role);

private:
    void addCertificate(const Certificate& cert, const QString& sourceName, const StoreContents& current);
    void attachKey(const PrivateKey& key, const QString& sourceName, const StoreContents& current);
    void addProblem(const QString& sourceName, const QString& message, const QString& detail = {});

    QList<Item> m_items;
    QList<Problem> m_problems;
};

} // namespace certpilot
