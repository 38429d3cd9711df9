// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteCommand.h"

#include "MessageBox.h"
#include "StoreSession.h"

#include <QPointer>
#include <QWidget>

namespace certpilot {

namespace {
QString nameOf(const StoreEntry& e)
{
    return e.isRequest() ? e.request.subject().displayName() : e.certificate.subject().displayName();
}
} // namespace

QString DeleteCommand::question(const StoreEntry& entry)
{
    if (entry.isRequest())
        return tr("Delete the request for “%1”?").arg(nameOf(entry));
    return tr("Delete “%1” from %2?").arg(nameOf(entry), StoreKindText::displayName(entry.kind));
}

QString DeleteCommand::consequences(const StoreEntry& entry)
{
    QStringList parts;
    if (entry.isRequest()) {
        parts << tr("Its pending private key goes with it: the certificate the CA issues for this request "
                    "cannot be completed without it.");
    } else if (entry.hasPrivateKey) {
        parts << tr("This certificate has a private key, and the key is deleted with it. Without the key no "
                    "server can use the certificate; if there is no backup (PFX), the only cure is a new request "
                    "and a re-issue by the CA.");
    } else if (entry.kind == StoreKind::TrustedRoot) {
        parts << tr("Certificates issued under this root will no longer be trusted.");
    } else if (entry.kind == StoreKind::Intermediate) {
        parts << tr("Certificates issued by this CA may no longer verify.");
    }
    parts << tr("It is moved to the store's trash and can be restored from View > Show Trash.");
    return parts.join(QLatin1String("\n\n"));
}

void DeleteCommand::run(QWidget* parent, StoreSession* session, const StoreEntry& entry,
                        const std::function<void(bool)>& done)
{
    const bool loud = entry.hasPrivateKey || entry.isRequest();
    const bool confirmed = MessageBox::confirm(parent, tr("Delete"), question(entry), consequences(entry),
                                               tr("Move to Trash"),
                                               loud ? QMessageBox::Warning : QMessageBox::Question);
    if (!confirmed) {
        if (done)
            done(false);
        return;
    }
    StoreChange change;
    change.remove(entry.kind, entry.id);
    QPointer<QWidget> dialogParent(parent);
    session->commit(change, [dialogParent, done](const Result<void>& result) {
        if (!result)
            MessageBox::error(dialogParent, tr("Delete"), result.error());
        if (done)
            done(result.ok());
    });
}

} // namespace certpilot
