// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreEntry.h"

#include <QWidget>

#include <optional>

class QSplitter;

namespace certpilot {

class CertificateListPane;
class DetailsPane;
class StoreSession;
class StoreTreeWidget;

// What the window shows of one open store: the store tree on the left, the
// filtered table of the chosen store, and the selected item's details below
// it. Built per session, so opening another store builds a fresh one.
class StoreView : public QWidget {
    Q_OBJECT
public:
    explicit StoreView(StoreSession* session, QWidget* parent = nullptr);

    std::optional<StoreEntry> currentEntry() const;
    // Shows the store holding this certificate and selects it; when the store
    // has not reloaded yet (a wizard just added it), after the next load.
    void selectCertificate(const QString& sha1);
    // Preferences changed: the expiry colours of the list and the details follow at once.
    void applySettings();

    StoreTreeWidget* storeTree() const { return m_tree; }
    CertificateListPane* listPane() const { return m_list; }
    DetailsPane* detailsPane() const { return m_details; }

signals:
    void currentEntryChanged();
    void rowsChanged();

private:
    bool trySelect(const QString& sha1);

    StoreSession* m_session;
    StoreTreeWidget* m_tree;
    CertificateListPane* m_list;
    DetailsPane* m_details;
    QString m_pendingSelection;
};

} // namespace certpilot
