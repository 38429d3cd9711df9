// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/TrustConfirmationWidget.h"

#include "DisplayText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace certpilot {

namespace {

QLabel* selectable(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

TrustConfirmationWidget::TrustConfirmationWidget(QWidget* parent)
    : QWidget(parent)
    , m_list(new QWidget(this))
    , m_accept(new QCheckBox(this))
{
    setObjectName(QStringLiteral("trustConfirmationWidget"));
    m_accept->setObjectName(QStringLiteral("trustRootCheckBox"));
    auto* intro = new QLabel(tr("Installing a root certificate is a trust decision: every certificate it has "
                                "signed will be trusted on this computer. Compare the SHA-256 fingerprint below "
                                "with the one your CA publishes (on its web site or in its installation "
                                "manual) before you tick the box."),
                             this);
    intro->setWordWrap(true);
    new QVBoxLayout(m_list);
    m_list->layout()->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_accept);
    connect(m_accept, &QCheckBox::toggled, this, &TrustConfirmationWidget::decisionChanged);
}

void TrustConfirmationWidget::setRoots(const QList<Certificate>& roots)
{
    while (QLayoutItem* item = m_list->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    for (const Certificate& root : roots) {
        auto* frame = new QFrame(m_list);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* form = new QFormLayout(frame);
        form->addRow(tr("Root:"), selectable(root.subject().toString(), frame));
        form->addRow(tr("Valid:"), selectable(tr("%1 to %2").arg(locale.toString(root.notBefore().date(),
                                                                                 QLocale::ShortFormat),
                                                                 locale.toString(root.notAfter().date(),
                                                                                 QLocale::ShortFormat)),
                                              frame));
        auto* sha256 = selectable(toColonHex(QByteArray::fromHex(root.sha256().toLatin1())), frame);
        sha256->setObjectName(QStringLiteral("sha256Label"));
        sha256->setFont(QFont(QStringLiteral("monospace")));
        form->addRow(tr("SHA-256:"), sha256);
        form->addRow(tr("SHA-1:"), selectable(toColonHex(QByteArray::fromHex(root.sha1().toLatin1())), frame));
        m_list->layout()->addWidget(frame);
    }
    m_accept->setText(roots.size() == 1 ? tr("&Trust this root: install it into Trusted Root")
                                        : tr("&Trust these roots: install them into Trusted Root"));
    m_accept->setChecked(false);
}

bool TrustConfirmationWidget::isAccepted() const { return m_accept->isChecked(); }

} // namespace certpilot
