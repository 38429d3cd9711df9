// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"
#include "StoreChange.h"
#include "StoreEntry.h"
#include "pfx/Pkcs12Contents.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// What restoring a PFX does to a store (WORKFLOW.md step 10), decided before
// anything is written: the certificate with its key goes to Personal; the CA
// certificates that came with it go to Intermediate, or to Trusted Root, which
// is a trust decision the user confirms. Certificates the store already has
// are skipped. A value type: build it anywhere, commit change() once.
class PfxImportPlan {
    Q_DECLARE_TR_FUNCTIONS(PfxImportPlan)
public:
    struct ChainItem {
        Certificate certificate;
        StoreKind destination = StoreKind::Intermediate;   // TrustedRoot for self-signed CAs
        bool alreadyInStore = false;
    };
    struct Options {
        bool acceptRoots = false;      // the user confirmed trust in every new root
        bool markExportable = true;    // recorded as a note (see change())
        QString friendlyName;          // empty: the one in the file
        QString sourceName;            // the file's name, for the note
    };

    // Fails with KeyMissing (no private key: a certificate-only file), Ambiguous
    // (two or more different keys) or KeyMismatch (a key without its certificate).
    static Result<PfxImportPlan> build(const Pkcs12Contents& contents, const StoreContents& current);

    const Certificate& certificate() const { return m_certificate; }
    const PrivateKey& key() const { return m_key; }
    QString fileFriendlyName() const { return m_friendlyName; }
    // The certificate is already in Personal without a key: the key is added to it.
    bool addsKeyToExisting() const { return m_addsKeyToExisting; }
    // The certificate is already in Personal with its key: only chain certificates can be new.
    bool certificateAlreadyRestored() const { return m_alreadyRestored; }
    const QList<ChainItem>& chain() const { return m_chain; }
    // Self-signed CA certificates that are not trusted yet: each is a trust decision.
    QList<Certificate> newRoots() const;
    QStringList warnings() const { return m_warnings; }

    // The transaction. Roots go in only with acceptRoots. "Mark the key as
    // exportable" is a Windows key-container flag; a PEM-directory store keeps
    // every key in a file anyway, so it is recorded in the entry's notes, where
    // a move to the Windows store can honour it. Fails with AlreadyExists when
    // the store has everything already (nothing to commit).
    Result<StoreChange> change(const Options& options, const StoreContents& current) const;
    // One sentence for the note: "Imported from x.pfx on 2025-01-31; private key marked exportable."
    static QString exportableNote(const QString& sourceName, bool exportable);

private:
    Certificate m_certificate;
    PrivateKey m_key;
    QString m_friendlyName;
    bool m_addsKeyToExisting = false;
    bool m_alreadyRestored = false;
    QList<ChainItem> m_chain;
    QStringList m_warnings;
};

} // namespace certpilot
