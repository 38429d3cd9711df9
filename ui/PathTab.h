// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace certpilot {

// The Certification Path tab: the chain from the root down to the
// certificate, each certificate indented under its issuer with a status icon,
// and the selected one's status in words below. A missing issuer shows as a
// gap node naming it.
class PathTab : public QWidget {
    Q_OBJECT
public:
    explicit PathTab(QWidget* parent = nullptr);

    // `chain` is null while the chain is being checked.
    void setChain(const ChainResult* chain);
    void clear();

    // Role of a path item holding its ChainStatus as int, for tests and views.
    static constexpr int StatusRole = Qt::UserRole + 1;

private:
    void showExplanation(QTreeWidgetItem* item);

    QTreeWidget* m_tree;
    QLabel* m_status;
    QList<ChainNode> m_nodes;
};

} // namespace certpilot
