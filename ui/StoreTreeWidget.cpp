// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTreeWidget.h"

#include "StoreEntry.h"

#include <QHeaderView>
#include <QStyle>

namespace certpilot {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
}

StoreTreeWidget::StoreTreeWidget(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("storeTreeWidget"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setColumnCount(1);
    setTextElideMode(Qt::ElideMiddle);
    const QIcon folder = style()->standardIcon(QStyle::SP_DirIcon);
    for (StoreKind kind : kAllStoreKinds) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(0, kKindRole, int(kind));
        item->setIcon(0, folder);
        item->setText(0, StoreKindText::displayName(kind));
        item->setToolTip(0, StoreKindText::displayName(kind));
    }
    setCurrentItem(topLevelItem(0));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit storeSelected(StoreKind(item->data(0, kKindRole).toInt()));
    });
}

QTreeWidgetItem* StoreTreeWidget::itemFor(StoreKind kind) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kKindRole).toInt() == int(kind))
            return topLevelItem(i);
    }
    return nullptr;
}

void StoreTreeWidget::setCounts(const StoreContents& contents)
{
    int counts[kAllStoreKinds.size()] = {};
    for (const StoreEntry& e : contents.entries)
        ++counts[int(e.kind)];
    for (StoreKind kind : kAllStoreKinds) {
        const QString text = tr("%1 (%2)").arg(StoreKindText::displayName(kind)).arg(counts[int(kind)]);
        itemFor(kind)->setText(0, text);
        itemFor(kind)->setToolTip(0, text);
    }
}

StoreKind StoreTreeWidget::currentKind() const
{
    return currentItem() ? StoreKind(currentItem()->data(0, kKindRole).toInt()) : StoreKind::Personal;
}

void StoreTreeWidget::setCurrentKind(StoreKind kind) { setCurrentItem(itemFor(kind)); }

} // namespace certpilot
