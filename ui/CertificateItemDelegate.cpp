// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateItemDelegate.h"

#include "CertificateTableModel.h"
#include "StatusIcons.h"
#include "UrgencyColors.h"

namespace certpilot {

void CertificateItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int column = index.column();
    if (column == CertificateTableModel::DaysLeft) {
        const auto urgency = Urgency(index.data(CertificateTableModel::UrgencyRole).toInt());
        const QColor color = UrgencyColors::text(urgency, option->palette);
        if (color.isValid()) {
            option->palette.setColor(QPalette::Text, color);
            if (urgency == Urgency::Expired || urgency == Urgency::Critical)
                option->font.setBold(true);
        }
    } else if (column == CertificateTableModel::Status) {
        const int status = index.data(CertificateTableModel::StatusRole).toInt();
        const bool isRequest = StoreKind(index.data(CertificateTableModel::KindRole).toInt()) == StoreKind::Requests;
        option->icon = isRequest     ? StatusIcons::icon(StatusIcons::Kind::Pending)
            : status < 0             ? StatusIcons::icon(StatusIcons::Kind::Checking)
                                     : StatusIcons::forStatus(ChainStatus(status));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace certpilot
