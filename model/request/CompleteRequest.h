// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "request/CompletionPlan.h"

#include <QCoreApplication>

namespace certpilot {

// Step 6 of the workflow (Complete Certificate Request): the CA's response is
// matched to its pending private key by public key, and certificate and key
// move into Personal in one transaction that also removes the pending request
// and adds intermediate CA certificates the response carries and the store
// lacks. Roots are reported, never installed: trusting one is a decision.
//
// prepare() reads the files and the store and changes nothing; it is slow
// (file decoding, store loading): never on the GUI thread. The GUI applies
// plan.change through StoreSession::commit; the CLI calls run().
class CompleteRequest {
    Q_DECLARE_TR_FUNCTIONS(CompleteRequest)
public:
    static constexpr int kMaxFriendlyName = 200;

    // Response files: .cer/.crt/.pem in PEM or DER, .p7b/.p7c, in any mix (a
    // CA's root.cer, uca.cer and server.cer together are fine).
    static CompletionPlan prepare(CertificateStore& store, const QStringList& responseFiles,
                                  const QString& friendlyName);
    // The same for certificates already decoded (a cert.zip read elsewhere).
    static CompletionPlan prepare(CertificateStore& store, const QList<Certificate>& response,
                                  const QString& friendlyName);

    // Applies a Ready plan. Fails, changing nothing, when the store moved on
    // since prepare() (the request was completed meanwhile).
    static Result<void> commit(CertificateStore& store, const CompletionPlan& plan);

    // prepare() then commit(); a failed commit turns the plan into Failed.
    static CompletionPlan run(CertificateStore& store, const QStringList& responseFiles,
                              const QString& friendlyName);

    // What a Ready plan does (done = false) or did (done = true), one line per fact.
    static QStringList describe(const CompletionPlan& plan, bool done);

    // Empty when acceptable: no control characters, at most kMaxFriendlyName.
    static QString checkFriendlyName(const QString& name);
};

} // namespace certpilot
