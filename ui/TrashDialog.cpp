// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrashDialog.h"

#include "MessageBox.h"
#include "StoreSession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace certpilot {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

TrashDialog::TrashDialog(StoreSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    m_list->setObjectName(QStringLiteral("trashTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Deleted"), tr("Contents")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59____")));
    m_hint->setObjectName(QStringLiteral("trashHintLabel"));
    m_hint->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TrashDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Deleted certificates, requests and keys stay here until you restore them."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(720, 380);
    refresh();
}

void TrashDialog::refresh()
{
    if (!m_session)
        return;
    m_busy = true;
    m_hint->setText(tr("Reading the trash…"));
    updateButtons();
    auto items = std::make_shared<QList<TrashItem>>();
    QPointer<TrashDialog> self(this);
    m_session->runOnStore([items](CertificateStore& store) { *items = store.trash(); },
                          [self, items] {
                              if (self)
                                  self->fill(*items);
                          });
}

void TrashDialog::fill(const QList<TrashItem>& items)
{
    m_busy = false;
    m_list->clear();
    for (const TrashItem& item : items) {
        auto* row = new QTreeWidgetItem(m_list);
        // A 24-hour time: Qt 6.4 mangles some locales' short time ("B10:36" in zh_TW).
        const QDateTime deleted = item.deletedAt.toLocalTime();
        row->setText(0, QLocale().toString(deleted.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                            + deleted.time().toString(QStringLiteral("HH:mm:ss")));
        row->setText(1, item.contents.join(QLatin1String("; ")));
        row->setToolTip(1, item.contents.join(QLatin1Char('\n')));
        row->setData(0, kIdRole, item.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_hint->setText(items.isEmpty() ? tr("The trash is empty.")
                    : m_session && !m_session->isWritable()
                        ? tr("The store is open read-only, so nothing can be restored now.")
                        : QString());
    updateButtons();
    emit loaded();
}

void TrashDialog::restoreSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !m_session || m_busy)
        return;
    const QString id = item->data(0, kIdRole).toString();
    m_busy = true;
    updateButtons();
    auto result = std::make_shared<Result<void>>();
    QPointer<TrashDialog> self(this);
    QPointer<StoreSession> session = m_session;
    m_session->runOnStore([id, result](CertificateStore& store) { *result = store.restoreFromTrash(id); },
                          [self, session, result] {
                              if (session && result->ok())
                                  session->reload();
                              if (!self)
                                  return;
                              if (!result->ok())
                                  MessageBox::error(self, tr("Restore"), result->error());
                              else
                                  emit self->restored();
                              self->refresh();
                          });
}

int TrashDialog::itemCount() const { return m_list->topLevelItemCount(); }

void TrashDialog::updateButtons()
{
    m_restore->setEnabled(!m_busy && m_list->currentItem() && m_session && m_session->isWritable());
}

} // namespace certpilot
