// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateRequest.h"
#include "CertificateStore.h"
#include "PrivateKey.h"
#include "Result.h"
#include "StoreChange.h"
#include "request/RequestDraft.h"

#include <QCoreApplication>

namespace certpilot {

// A signed request and its new private key, not stored yet.
struct CreatedRequest {
    CertificateRequest request;
    PrivateKey key;

    // Keeps the key pending in the Requests store, linked to the request by
    // its public key (the request's id).
    StoreChange storeChange() const;
};

// Step 1 of the workflow (Create Certificate Request): a fresh key and a
// PKCS#10 request signed with it, asking for a TLS server certificate.
class CreateRequest {
    Q_DECLARE_TR_FUNCTIONS(CreateRequest)
public:
    // Validates the draft, generates the key and signs the request. Slow (RSA
    // 4096 takes seconds): never on the GUI thread. Touches no store. An
    // invalid draft fails with InvalidInput and every field's message.
    static Result<CreatedRequest> generate(const RequestDraft& draft);

    // generate(), then commit to `store` (the CLI; the GUI commits through
    // StoreSession). The request is returned only once its key is stored: a
    // request whose key was not kept must never reach a CA.
    static Result<CreatedRequest> run(const RequestDraft& draft, CertificateStore& store);
};

} // namespace certpilot
