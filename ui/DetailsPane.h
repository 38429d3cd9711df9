// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreEntry.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace certpilot {

class ChainCardView;
class DetailsTab;
class GeneralTab;
class PathTab;
class RequestView;
class StoreSession;
class UsedByWidget;

// The details of the selected item, like the Windows certificate dialog:
// General / Details / Certification Path for a certificate, plus the chain
// drawn as cards and the sites it is bound to; the request's
// fields for a pending request, a hint when nothing is selected. Follows the
// session's chain results as they arrive.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(StoreSession* session, QWidget* parent = nullptr);

    void showEntry(const std::optional<StoreEntry>& entry);
    QTabWidget* tabWidget() const { return m_tabs; }
    DetailsTab* detailsTab() const { return m_details; }
    ChainCardView* chainView() const { return m_chain; }

signals:
    // A certificate clicked in the chain view: the window selects it.
    void certificateActivated(const QString& sha1);

private:
    void onChainResults(const QStringList& thumbprints);

    StoreSession* m_session;
    std::optional<StoreEntry> m_entry;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTabWidget* m_tabs;
    GeneralTab* m_general;
    DetailsTab* m_details;
    PathTab* m_path;
    ChainCardView* m_chain;
    UsedByWidget* m_usedBy;
    RequestView* m_request;
};

} // namespace certpilot
