// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace certpilot {

// Draws the certificate table's meaning the model leaves to views: expiry
// urgency as text colour (bold when expired or under 7 days) in the Days
// left column, and a status icon in the Status column. Colours come
// from the palette the view paints with, so dark themes get their own shades.
class CertificateItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so tests can check what a cell will look like without pixels.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace certpilot
