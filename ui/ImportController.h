// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace certpilot {

class StoreSession;

// Imports certificate files, from the Import action or a drop: decodes them
// and plans the import in the thread pool, asks the user to confirm the plan,
// then commits it through the session. One import at a time.
class ImportController : public QObject {
    Q_OBJECT
public:
    // Dialogs are shown over `dialogParent`.
    explicit ImportController(QWidget* dialogParent);
    ~ImportController() override;

    void start(StoreSession* session, const QStringList& paths);
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    // A short outcome for the status bar.
    void finished(const QString& message);

private:
    void onPlanned();
    void setBusy(bool busy);

    QWidget* m_dialogParent;
    QPointer<StoreSession> m_session;
    QMetaObject::Connection m_sessionGone;
    QFutureWatcher<ImportPlan> m_watcher;
    bool m_busy = false;
};

} // namespace certpilot
