// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "DialogRunner.h"
#include "ImportConfirmDialog.h"
#include "MessageBox.h"
#include "StoreSession.h"
#include "import/CaImport.h"

#include <QPromise>
#include <QWidget>

namespace certpilot {

ImportController::ImportController(QWidget* dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<ImportPlan>::finished, this, &ImportController::onPlanned);
}

ImportController::~ImportController()
{
    // The task owns copies of everything it reads; just stop listening.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ImportController::start(StoreSession* session, const QStringList& paths)
{
    if (m_busy || !session || paths.isEmpty())
        return;
    m_session = session;
    disconnect(m_sessionGone);
    // A commit posts its result to the session: when the session goes first
    // (another store opened), nothing will arrive.
    m_sessionGone = connect(session, &QObject::destroyed, this, [this] {
        if (!m_watcher.isRunning())
            setBusy(false);
    });
    setBusy(true);
    // A copy of the contents (implicitly shared, so cheap) stays valid while
    // the session reloads in the meantime.
    const StoreContents contents = session->contents();
    // Archives (a CA's cert.zip) are opened; a server certificate whose key
    // is pending in the store is handed to Complete Request, which reads the
    // key: so the planning runs on the store's thread, not just any thread.
    auto promise = std::make_shared<QPromise<ImportPlan>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    session->runOnStore(
        [paths, contents, promise](CertificateStore& store) {
            promise->addResult(CaImport::prepare(store, contents, CaImport::readSources(paths)));
            promise->finish();
        },
        {});
}

void ImportController::onPlanned()
{
    if (m_watcher.future().resultCount() == 0 || !m_session) {
        // The session went before planning ran (another store was opened).
        setBusy(false);
        return;
    }
    const ImportPlan plan = m_watcher.result();
    if (!m_session) {
        setBusy(false);
        return;
    }
    const QString title = tr("Import Certificates");
    if (plan.items().isEmpty()) {
        QStringList details;
        for (const ImportPlan::Problem& p : plan.problems())
            details << tr("%1: %2").arg(p.sourceName, p.detail.isEmpty() ? p.message : p.message + QLatin1Char(' ') + p.detail);
        const QString message = plan.problems().size() == 1
            ? tr("%1: %2").arg(plan.problems().first().sourceName, plan.problems().first().message)
            : tr("None of these files holds a certificate that can be imported.");
        MessageBox::error(m_dialogParent, title,
                          makeError(ErrorKind::InvalidInput, message, details.join(QLatin1Char('\n'))));
        setBusy(false);
        emit finished(tr("Nothing was imported."));
        return;
    }
    ImportConfirmDialog dialog(plan, m_dialogParent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || plan.importCount() == 0) {
        setBusy(false);
        emit finished(tr("Nothing was imported."));
        return;
    }
    const int count = plan.importCount();
    QPointer<ImportController> self(this);
    m_session->commit(plan.change(), [self, count, title](const Result<void>& result) {
        if (!self)
            return;
        self->setBusy(false);
        if (!result) {
            MessageBox::error(self->m_dialogParent, title, result.error());
            emit self->finished(tr("Import failed."));
            return;
        }
        emit self->finished(tr("Import finished: %1 added.").arg(count));
    });
}

void ImportController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace certpilot
