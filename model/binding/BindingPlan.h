// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "SecureBytes.h"
#include "binding/ProbeTarget.h"
#include "binding/Site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// What to bind where: the input of SiteBinder::planBinding.
struct BindingRequest {
    Site site;
    Certificate certificate;
    QList<Certificate> intermediates;   // the leaf's issuer first, no root
    PrivateKey key;
    bool addListener = false;   // add an https listener to a site that has none
    int port = 443;             // the listener's port
    QStringList notes;          // warnings for the preview (e.g. issuer not in the store)
};

// The files a binding writes in its own directory, like certbot's live/ folder.
enum class BindingFileRole {
    FullChain,   // fullchain.pem: the certificate, then the intermediates (no root)
    Leaf,        // cert.pem: the certificate alone (Apache with SSLCertificateChainFile)
    Chain,       // chain.pem: the intermediates alone
    Key,         // privkey.pem: the private key, owner only (0600)
};

struct PlannedFile {
    QString path;   // absolute
    BindingFileRole role = BindingFileRole::FullChain;
    bool secret() const { return role == BindingFileRole::Key; }
    static QString fileName(BindingFileRole role);
};

// One configuration file, before and after. Applying checks that the file
// still holds `before`, so a change made since the preview is never lost.
struct ConfigChange {
    QString path;          // absolute, symbolic links resolved
    QByteArray before;
    QByteArray after;
};

// Everything SiteBinder::apply will do, computed up front so the user sees
// it first (preview()) and nothing is decided half-way.
struct BindingPlan {
    Q_DECLARE_TR_FUNCTIONS(BindingPlan)
public:
    ServerType serverType = ServerType::Nginx;
    QString configRoot;
    Site site;
    Certificate certificate;
    QList<Certificate> intermediates;
    PrivateKey key;
    bool addListener = false;
    int port = 443;

    QString directory;                 // where the files go
    QList<PlannedFile> files;
    QList<ConfigChange> configChanges;
    ProbeTarget probe;                 // checked after the reload; empty host: no check
    QString testCommand;               // for the preview: "nginx -t -c /etc/nginx/nginx.conf"
    QString reloadCommand;
    QStringList notes;                 // things the user should know before applying

    // The bytes of a planned file (PEM). The key comes back in wiped memory.
    SecureBytes content(BindingFileRole role) const;
    // The files, the configuration diff and the commands, as text for review.
    QString preview() const;
};

} // namespace certpilot
