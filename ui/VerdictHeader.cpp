// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictHeader.h"

#include "SelectableLabel.h"

#include <QGridLayout>
#include <QLabel>

namespace certpilot {

VerdictHeader::VerdictHeader(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_verdict(makeSelectableLabel(this, QString(), "verdictLabel"))
    , m_details(makeSelectableLabel(this, QString(), "verdictDetailsLabel"))
{
    setObjectName(QStringLiteral("verdictHeader"));
    m_icon->setObjectName(QStringLiteral("verdictIconLabel"));
    m_icon->setFixedSize(32, 32);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_verdict->setFont(big);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_verdict, 0, 1);
    grid->addWidget(m_details, 1, 1);
    grid->setColumnStretch(1, 1);
}

void VerdictHeader::setIcon(StatusIcons::Kind kind)
{
    m_icon->setPixmap(StatusIcons::icon(kind).pixmap(32, 32));
}

void VerdictHeader::setHeadline(const QString& level, const QString& headline, const QString& details)
{
    m_verdict->setText(headline);
    m_verdict->setProperty("level", level);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

QString VerdictHeader::headline() const { return m_verdict->text(); }

QString VerdictHeader::details() const { return m_details->text(); }

} // namespace certpilot
