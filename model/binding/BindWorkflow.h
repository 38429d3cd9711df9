// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"
#include "StoreEntry.h"
#include "binding/BindingPlan.h"
#include "binding/Site.h"

#include <QCoreApplication>
#include <QList>

namespace certpilot {

// Step 8 of the workflow, the parts the GUI and the CLI share: what to serve
// for a certificate, and which site was meant.
class BindWorkflow {
    Q_DECLARE_TR_FUNCTIONS(BindWorkflow)
public:
    // The intermediates to serve after `leaf`, its issuer first, found in the
    // store; never a root (clients have their own, and sending it only costs bytes).
    static QList<Certificate> intermediatesFor(const Certificate& leaf, const StoreContents& contents);

    // A request for a Personal certificate: its key from the store and its
    // intermediates. Refuses what no server could use: no key (case 5), a key
    // that does not match (case 6), no server authentication (case 7), an
    // expired certificate (case 1), a CA certificate. Reads the key: call it
    // where the store may be used (the store's thread in the GUI).
    static Result<BindingRequest> makeRequest(const CertificateStore& store, const StoreContents& contents,
                                              const QString& sha1, const Site& site, bool addListener = false,
                                              int port = 443);

    // The site a user named: its id ("sites-enabled/shop#1") or one of its
    // server names. When a name fits several sites, the one with https wins,
    // or without https when a listener is to be added; still several: an
    // error listing their ids.
    static Result<Site> findSite(const QList<Site>& sites, const QString& nameOrId, bool addListener);
};

} // namespace certpilot
