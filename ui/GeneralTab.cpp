// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralTab.h"

#include "CertificateFields.h"
#include "ChainVerifier.h"
#include "settings/AppSettings.h"
#include "StatusIcons.h"
#include "StoreEntry.h"
#include "UrgencyColors.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace certpilot {

namespace {
QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

GeneralTab::GeneralTab(QWidget* parent)
    : QWidget(parent)
    , m_statusIcon(new QLabel(this))
    , m_heading(new QLabel(tr("Certificate Information"), this))
    , m_issuedTo(valueLabel(this, "issuedToLabel"))
    , m_issuedBy(valueLabel(this, "issuedByLabel"))
    , m_validFrom(valueLabel(this, "validFromLabel"))
    , m_validTo(valueLabel(this, "validToLabel"))
    , m_daysLeft(valueLabel(this, "daysLeftLabel"))
    , m_friendlyName(valueLabel(this, "friendlyNameLabel"))
    , m_keyIcon(new QLabel(this))
    , m_privateKey(valueLabel(this, "privateKeyLabel"))
    , m_chainSummary(valueLabel(this, "chainSummaryLabel"))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_statusIcon);
    heading->addWidget(m_heading, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Issued to:"), m_issuedTo);
    form->addRow(tr("Issued by:"), m_issuedBy);
    form->addRow(tr("Valid from:"), m_validFrom);
    form->addRow(tr("Valid to:"), m_validTo);
    form->addRow(tr("Days left:"), m_daysLeft);
    form->addRow(tr("Friendly name:"), m_friendlyName);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* key = new QHBoxLayout;
    key->addWidget(m_keyIcon, 0, Qt::AlignTop);
    key->addWidget(m_privateKey, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_chainSummary);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(line);
    layout->addLayout(key);
    layout->addStretch(1);
}

void GeneralTab::setEntry(const StoreEntry& entry, const ChainResult* chain)
{
    const Certificate& c = entry.certificate;
    m_issuedTo->setText(c.subject().displayName());
    m_issuedTo->setToolTip(c.subject().toString());
    m_issuedBy->setText(c.issuer().displayName());
    m_issuedBy->setToolTip(c.issuer().toString());
    m_validFrom->setText(CertificateFields::dateTime(c.notBefore()));
    m_validTo->setText(CertificateFields::dateTime(c.notAfter()));

    const qint64 days = c.daysLeft();
    m_urgency = AppSettings::load().expiry.urgency(days, c.isExpired());
    m_daysLeft->setText(days < 0 ? tr("None: expired on %1").arg(QLocale().toString(c.notAfter().toLocalTime().date()))
                                 : QString::number(days));
    applyUrgencyColor();
    m_friendlyName->setText(entry.friendlyName.isEmpty() ? tr("(none)") : entry.friendlyName);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (entry.hasPrivateKey) {
        m_privateKey->setText(tr("You have a private key that corresponds to this certificate."));
        m_keyIcon->setPixmap(StatusIcons::icon(StatusIcons::Kind::Ok).pixmap(iconSize, iconSize));
    } else if (entry.kind == StoreKind::Personal) {
        // WORKFLOW.md case 5: the most common "my certificate vanished" call.
        m_privateKey->setText(
            tr("There is no private key for this certificate here, so no server can use it. Usually the request "
               "was completed on another server, or its pending key was lost. Restore the key from that server "
               "or a PFX backup, or make a new request and have the CA re-issue the certificate."));
        m_keyIcon->setPixmap(StatusIcons::icon(StatusIcons::Kind::Warning).pixmap(iconSize, iconSize));
    } else {
        m_privateKey->setText(tr("A CA certificate: no private key is needed here."));
        m_keyIcon->clear();
    }
    setChain(chain);
}

void GeneralTab::applyUrgencyColor()
{
    // The shade depends on the palette (light or dark theme), so it is
    // recomputed when the palette changes, not fixed in a style sheet.
    const QColor color = UrgencyColors::text(m_urgency, palette());
    QPalette p = m_daysLeft->palette();
    p.setColor(QPalette::WindowText, color.isValid() ? color : palette().color(QPalette::WindowText));
    m_daysLeft->setPalette(p);
    QFont font = m_daysLeft->font();
    font.setBold(color.isValid());
    m_daysLeft->setFont(font);
}

void GeneralTab::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyUrgencyColor();
}

void GeneralTab::setChain(const ChainResult* chain)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    if (!chain) {
        m_chainSummary->setText(tr("Checking the certification path…"));
        m_statusIcon->setPixmap(StatusIcons::icon(StatusIcons::Kind::Checking).pixmap(iconSize, iconSize));
        return;
    }
    m_chainSummary->setText(chain->summary());
    const StatusIcons::Kind kind = chain->trusted ? StatusIcons::Kind::Ok : StatusIcons::kindOf(chain->status);
    m_statusIcon->setPixmap(StatusIcons::icon(kind).pixmap(iconSize, iconSize));
}

} // namespace certpilot
