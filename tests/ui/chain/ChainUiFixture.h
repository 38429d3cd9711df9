// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"
#include "StoreSession.h"
#include "TestPki.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace certpilot::test {

// What of a hierarchy goes into the store.
struct Install {
    bool withKey = true;          // the leaf's private key in Personal
    int skipIntermediate = -1;    // index in Hierarchy::intermediates left out
};

// A real PEM-directory store holding a CA hierarchy as an administrator
// installs it: root in Trusted Root, intermediates in Intermediate, the
// server certificate (with its key) in Personal.
struct ChainStore {
    TempStore temp;

    void install(const Hierarchy& pki, const Install& how = {});
    void addPersonal(const Issued& leaf, bool withKey = true);
    StoreContents load();
    // The chain the details pane shows (ChainVerifier over the store's contents).
    ChainResult chainOf(const Certificate& certificate, const QDateTime& at = {});
    // A StoreSession on the same folder, loaded.
    std::unique_ptr<StoreSession> openSession();
    // The key file of a Personal certificate (for damaging it).
    QString keyFileOf(const Certificate& certificate) const;
};

// root -> `intermediates` CAs -> leaf: `levels` certificates in all (1 to 6).
Hierarchy makeLevels(int levels);

// A leaf from `issuer` with the spec changed by `tweak` (dates, digest).
Issued makeLeafWith(const Issued& issuer, const std::function<void(CertificateSpec&)>& tweak,
                    const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")));

// A leaf whose Extended Key Usage is clientAuth only, signed by the openssl CLI.
Issued makeClientAuthOnlyLeaf(const Issued& issuer);

bool waitFor(const std::function<bool()>& done, int limitMs = 60000);

template <typename T> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace certpilot::test
