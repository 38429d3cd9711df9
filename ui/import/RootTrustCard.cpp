// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RootTrustCard.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace certpilot {

namespace {

QLabel* selectable(const QString& text, QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No word wrap: in a form inside a scroll area a wrapping label is given
    // too little height and cut off; fingerprints are broken into lines already.
    label->setWordWrap(false);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

} // namespace

QString RootTrustCard::groupedHex(const QString& hex, int perLine)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4).toUpper();
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += perLine)
        lines << groups.mid(i, perLine).join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

RootTrustCard::RootTrustCard(const Certificate& root, QWidget* parent)
    : QFrame(parent)
    , m_root(root)
    , m_trust(new QCheckBox(this))
{
    setObjectName(QStringLiteral("rootTrustCardFrame"));
    setFrameShape(QFrame::StyledPanel);
    const QLocale locale;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* name = selectable(QStringLiteral("<b>%1</b>").arg(root.subject().displayName().toHtmlEscaped()), this,
                            "rootNameLabel");
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Subject:"), selectable(root.subject().toString(), this));
    form->addRow(tr("Valid:"), selectable(tr("%1 to %2")
                                              .arg(locale.toString(root.notBefore().date(), QLocale::LongFormat),
                                                   locale.toString(root.notAfter().date(), QLocale::LongFormat)),
                                          this));
    auto* sha1 = selectable(groupedHex(root.sha1(), 10), this, "sha1Label");
    sha1->setFont(mono);
    form->addRow(tr("SHA-1:"), sha1);
    auto* sha256 = selectable(groupedHex(root.sha256(), 8), this, "sha256Label");
    sha256->setFont(mono);
    form->addRow(tr("SHA-256:"), sha256);
    m_trust->setObjectName(QStringLiteral("trustRootCheckBox"));
    m_trust->setText(tr("I have checked the fingerprint: &install this root and trust it"));
    m_trust->setChecked(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addLayout(form);
    layout->addWidget(m_trust);
    connect(m_trust, &QCheckBox::toggled, this, &RootTrustCard::decisionChanged);
}

bool RootTrustCard::isTrusted() const { return m_trust->isChecked(); }

} // namespace certpilot
