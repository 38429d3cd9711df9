// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreKind.h"

#include <QTreeWidget>

namespace certpilot {

struct StoreContents;

// The four logical stores, as in the Windows certificate manager, each with
// the number of items it holds: "Personal (5)".
class StoreTreeWidget : public QTreeWidget {
    Q_OBJECT
public:
    explicit StoreTreeWidget(QWidget* parent = nullptr);

    void setCounts(const StoreContents& contents);
    StoreKind currentKind() const;
    void setCurrentKind(StoreKind kind);
    QTreeWidgetItem* itemFor(StoreKind kind) const;

signals:
    void storeSelected(certpilot::StoreKind kind);
};

} // namespace certpilot
