// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsTab.h"

#include "Certificate.h"
#include "CertificateFields.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certpilot {

namespace {
constexpr int kFullValueRole = Qt::UserRole + 1;
}

DetailsTab::DetailsTab(QWidget* parent)
    : QWidget(parent)
    , m_fields(new QTreeWidget(this))
    , m_value(new QPlainTextEdit(this))
{
    m_fields->setObjectName(QStringLiteral("detailsTreeWidget"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    // Not uniform: a name in Chinese needs a taller line than Latin text.
    m_fields->setAlternatingRowColors(true);
    m_fields->setTextElideMode(Qt::ElideRight);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setColumnWidth(0, m_fields->fontMetrics().horizontalAdvance(tr("Authority Key Identifier (critical)")) + 16);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* copy = new QAction(tr("&Copy Value"), m_fields);
    copy->setObjectName(QStringLiteral("copyValueAction"));
    copy->setShortcut(QKeySequence::Copy);
    // Only while the list has focus: elsewhere Ctrl+C keeps its usual meaning.
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DetailsTab::copySelectedValue);
    m_fields->addAction(copy);

    m_value->setObjectName(QStringLiteral("detailsValueTextEdit"));
    m_value->setReadOnly(true);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    connect(m_fields, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_value->setPlainText(item ? item->data(1, kFullValueRole).toString() : QString());
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fields);
    splitter->addWidget(m_value);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void DetailsTab::setCertificate(const Certificate& certificate, const QString& friendlyName)
{
    m_fields->clear();
    for (const CertificateFields::Field& field : CertificateFields::of(certificate, friendlyName)) {
        auto* item = new QTreeWidgetItem(m_fields);
        item->setText(0, field.name);
        // One line in the column; the box below shows every line.
        item->setText(1, QString(field.value).replace(QLatin1Char('\n'), QLatin1String(", ")));
        item->setData(1, kFullValueRole, field.value);
        item->setToolTip(1, field.value);
    }
    m_fields->setCurrentItem(m_fields->topLevelItem(0));
}

void DetailsTab::clear()
{
    m_fields->clear();
    m_value->clear();
}

QString DetailsTab::selectedValue() const
{
    const QTreeWidgetItem* item = m_fields->currentItem();
    return item ? item->data(1, kFullValueRole).toString() : QString();
}

void DetailsTab::copySelectedValue() const
{
    const QString value = selectedValue();
    if (!value.isEmpty())
        QGuiApplication::clipboard()->setText(value);
}

} // namespace certpilot
