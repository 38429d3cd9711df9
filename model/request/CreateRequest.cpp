// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/CreateRequest.h"

#include "CsrBuilder.h"
#include "request/RequestValidator.h"

namespace certpilot {

StoreChange CreatedRequest::storeChange() const
{
    StoreChange change;
    change.addRequest(request, key);
    return change;
}

Result<CreatedRequest> CreateRequest::generate(const RequestDraft& draft)
{
    const QList<FieldMessage> problems = draft.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldMessage& p : problems)
            lines << tr("%1: %2").arg(RequestValidator::fieldName(p.field), p.message);
        return makeError(ErrorKind::InvalidInput, lines.join(QLatin1Char('\n')));
    }
    auto key = PrivateKey::generate(draft.key);
    if (!key)
        return key.error();
    auto request = CsrBuilder::build(draft.toCsrSpec(), *key);
    if (!request)
        return request.error();
    // What we hand to a CA must verify and carry this key; check, not trust.
    if (!request->signatureValid() || request->publicKeyDer() != key->publicKeyDer())
        return makeError(ErrorKind::Internal, tr("The new request does not verify with its own key, so it was "
                                                 "not kept. Try again; if it fails again, report a bug."));
    return CreatedRequest{*request, std::move(key).value()};
}

Result<CreatedRequest> CreateRequest::run(const RequestDraft& draft, CertificateStore& store)
{
    auto created = generate(draft);
    if (!created)
        return created;
    auto stored = store.commit(created->storeChange());
    if (!stored)
        return makeError(stored.error().kind,
                         tr("The request was not created, because its private key could not be kept in the "
                            "store: %1")
                             .arg(stored.error().message),
                         stored.error().detail);
    return created;
}

} // namespace certpilot
