// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/UsedByWidget.h"

#include "StoreSession.h"
#include "binding/BindWizard.h"
#include "binding/BindingRegistry.h"
#include "binding/ProbeDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certpilot {

UsedByWidget::UsedByWidget(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_empty(new QLabel(tr("Not bound to any site yet."), this))
    , m_list(new QTreeWidget(this))
    , m_check(new QPushButton(tr("Check &Site"), this))
    , m_bind(new QPushButton(tr("&Bind to Site..."), this))
{
    setObjectName(QStringLiteral("usedByWidget"));
    m_empty->setObjectName(QStringLiteral("usedByEmptyLabel"));
    m_list->setObjectName(QStringLiteral("bindingsTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Site"), tr("Server"), tr("Checked at"), tr("Bound on"), tr("Configuration")});
    for (int c = 0; c < 4; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_check->setObjectName(QStringLiteral("checkSitePushButton"));
    m_bind->setObjectName(QStringLiteral("bindSitePushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_bind);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addStretch();
    m_list->hide();
    m_check->setEnabled(false);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_check->setEnabled(m_list->currentItem() != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &UsedByWidget::checkSelected);
    connect(m_check, &QPushButton::clicked, this, &UsedByWidget::checkSelected);
    connect(m_bind, &QPushButton::clicked, this, [this] {
        if (BindWizard* wizard = BindWizard::open(window(), m_session, m_sha1))
            connect(wizard, &BindWizard::bound, this, [this] { setCertificate(m_sha1); });
    });
}

void UsedByWidget::setCertificate(const QString& sha1)
{
    m_sha1 = sha1;
    const StoreEntry* entry = m_session->contents().find(StoreKind::Personal, sha1.toUpper());
    m_bind->setEnabled(entry && entry->hasPrivateKey);
    if (sha1.isEmpty()) {
        showRecords({});
        return;
    }
    m_loading = true;
    const int generation = ++m_generation;
    QPointer<UsedByWidget> self(this);
    auto records = std::make_shared<QList<BindingRecord>>();
    m_session->runOnStore(
        [records, sha1](CertificateStore& store) {
            if (auto r = BindingRegistry::read(store))
                *records = r->forCertificate(sha1);
        },
        [self, records, generation] {
            if (self && generation == self->m_generation)
                self->showRecords(*records);
        });
}

void UsedByWidget::showRecords(const QList<BindingRecord>& records)
{
    m_loading = false;
    m_records = records;
    m_list->clear();
    for (const BindingRecord& r : records) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, r.siteName);
        item->setText(1, ServerTypeText::displayName(r.serverType));
        item->setText(2, r.probeHost.isEmpty() ? tr("not checked") : QStringLiteral("%1:%2").arg(r.probeHost).arg(r.probePort));
        item->setText(3, QLocale().toString(r.boundAt.toLocalTime().date(), QLocale::ShortFormat));
        item->setToolTip(3, QLocale().toString(r.boundAt.toLocalTime(), QLocale::LongFormat));
        item->setText(4, r.siteId);
        item->setToolTip(4, QDir::toNativeSeparators(r.configRoot) + QLatin1Char('\n') + QDir::toNativeSeparators(r.configFile));
    }
    m_list->setVisible(!records.isEmpty());
    m_empty->setVisible(records.isEmpty());
    m_check->setEnabled(false);
    if (!records.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    emit loaded();
}

void UsedByWidget::checkSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row >= 0 && row < m_records.size())
        ProbeDialog::openFor(window(), m_session, m_records[row]);
}

} // namespace certpilot
