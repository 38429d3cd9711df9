// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaImport.h"

#include "request/CompleteRequest.h"

namespace certpilot {

QList<ImportSource> CaImport::readSources(const QStringList& paths)
{
    QList<ImportSource> sources;
    for (const QString& path : paths)
        sources += ImportSource::fromPath(path);
    return sources;
}

ImportPlan CaImport::prepare(CertificateStore& store, const StoreContents& contents,
                             const QList<ImportSource>& sources, const ImportPlan::Options& options)
{
    ImportPlan plan = ImportPlan::build(sources, contents, options);
    for (int i = 0; i < plan.items().size(); ++i) {
        const ImportPlan::Item& item = plan.items().at(i);
        if (item.pendingRequestId.isEmpty() || item.action != ImportPlan::Action::Add)
            continue;
        // Only the leaf: the plan itself installs the CA certificates, so
        // Complete Request must not add them a second time.
        plan.setCompletion(i, CompleteRequest::prepare(store, {item.certificate}, item.friendlyName));
    }
    return plan;
}

Result<ImportPlan> CaImport::prepare(CertificateStore& store, const QList<ImportSource>& sources,
                                     const ImportPlan::Options& options)
{
    auto contents = store.load();
    if (!contents)
        return contents.error();
    return prepare(store, *contents, sources, options);
}

Result<void> CaImport::commit(CertificateStore& store, const ImportPlan& plan)
{
    const StoreChange change = plan.change();
    if (change.isEmpty())
        return {};
    auto done = store.commit(change);
    if (!done)
        return makeError(done.error().kind,
                         tr("Nothing was imported: %1 The store is as it was before.").arg(done.error().message),
                         done.error().detail);
    return {};
}

QStringList CaImport::describe(const ImportPlan& plan, bool done)
{
    QStringList lines;
    for (const ImportPlan::Item& item : plan.items()) {
        const QString name = item.certificate.subject().displayName();
        if (item.action == ImportPlan::Action::Skip) {
            lines << tr("Skipped %1: %2").arg(name, item.note);
            continue;
        }
        const QString store = StoreKindText::displayName(item.destination);
        if (item.handsOffToCompleteRequest())
            lines << (done ? tr("Completed the pending request for %1: moved into %2 with its private key.")
                           : tr("Completes the pending request for %1: moves into %2 with its private key."))
                             .arg(name, store);
        else if (item.action == ImportPlan::Action::AddKey)
            lines << (done ? tr("Added the private key to %1 in %2.") : tr("Adds the private key to %1 in %2."))
                             .arg(name, store);
        else
            lines << (done ? tr("Installed %1 in %2.") : tr("Installs %1 in %2.")).arg(name, store);
    }
    return lines;
}

} // namespace certpilot
