// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace certpilot {

class StoreSession;

// View > Show Trash: what was deleted and when, with Restore. The trash is
// read and restored on the session's store thread, never on the GUI thread.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrashDialog(StoreSession* session, QWidget* parent = nullptr);

    // Re-reads the trash; `loaded` fires when the list is filled.
    void refresh();
    void restoreSelected();
    int itemCount() const;

signals:
    void loaded();
    void restored();

private:
    void fill(const QList<TrashItem>& items);
    void updateButtons();

    QPointer<StoreSession> m_session;
    QTreeWidget* m_list;
    QLabel* m_hint;
    QPushButton* m_restore;
    bool m_busy = false;
};

} // namespace certpilot
