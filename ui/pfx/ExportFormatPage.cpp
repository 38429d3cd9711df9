// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportFormatPage.h"

#include "StoreSession.h"
#include "pfx/ExportWizard.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace certpilot {

namespace {

QString chainWords(const ExportChain& chain, const Certificate& leaf)
{
    QStringList names{leaf.subject().displayName()};
    for (const Certificate& c : chain.intermediates)
        names << c.subject().displayName();
    if (!chain.root.isNull())
        names << chain.root.subject().displayName();
    QString text = ExportFormatPage::tr("Certification path: %1.").arg(names.join(QStringLiteral(" \u2192 ")));
    if (!chain.isComplete())
        text += QLatin1Char(' ')
            + ExportFormatPage::tr("The issuer \"%1\" is not in the store, so the exported chain will be "
                                   "incomplete.")
                  .arg(chain.missingIssuer);
    return text;
}

} // namespace

ExportFormatPage::ExportFormatPage(ExportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_group(new QButtonGroup(this))
    , m_chain(new QCheckBox(tr("Include all certificates in the certification &path"), this))
    , m_root(new QCheckBox(tr("Include the &root certificate"), this))
    , m_chainText(new QLabel(this))
    , m_formatText(new QLabel(this))
{
    setObjectName(QStringLiteral("exportFormatPage"));
    setTitle(tr("Export File Format"));
    auto* formats = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QVBoxLayout(formats);
    const bool hasKey = wizard->entry().hasPrivateKey;
    for (ExportFormat f : ExportFormatText::all()) {
        auto* button = new QRadioButton(ExportFormatText::displayName(f), formats);
        button->setObjectName(ExportFormatText::id(f).remove(QLatin1Char('-')) + QStringLiteral("RadioButton"));
        if (ExportFormatText::needsKey(f) && !hasKey) {
            button->setEnabled(false);
            button->setToolTip(tr("The store has no private key for this certificate."));
        }
        m_group->addButton(button, int(f));
        m_buttons.insert(int(f), button);
        formatLayout->addWidget(button);
    }
    m_formatText->setObjectName(QStringLiteral("formatDescriptionLabel"));
    m_formatText->setWordWrap(true);
    m_chain->setObjectName(QStringLiteral("includeChainCheckBox"));
    m_root->setObjectName(QStringLiteral("includeRootCheckBox"));
    m_chainText->setObjectName(QStringLiteral("chainLabel"));
    m_chainText->setWordWrap(true);
    auto* rootRow = new QHBoxLayout;
    rootRow->addSpacing(24);
    rootRow->addWidget(m_root);
    auto* layout = new QVBoxLayout(this);
    if (!hasKey) {
        auto* noKey = new QLabel(tr("The store has no private key for this certificate, so only the "
                                    "certificate can be exported."),
                                 this);
        noKey->setObjectName(QStringLiteral("noKeyLabel"));
        noKey->setWordWrap(true);
        layout->addWidget(noKey);
    }
    layout->addWidget(formats);
    layout->addWidget(m_formatText);
    layout->addWidget(m_chain);
    layout->addLayout(rootRow);
    layout->addWidget(m_chainText);
    layout->addStretch();
    // The check boxes were made before the format buttons; Tab goes as the page reads.
    QWidget* previous = nullptr;
    for (QAbstractButton* b : m_group->buttons()) {
        if (previous)
            setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_chain);
    setTabOrder(m_chain, m_root);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateOptions();
    });
    connect(m_chain, &QCheckBox::toggled, this, &ExportFormatPage::updateOptions);
}

void ExportFormatPage::initializePage()
{
    const Certificate& cert = m_wizard->entry().certificate;
    setSubTitle(tr("Export %1 (thumbprint %2).").arg(cert.subject().displayName(), cert.sha1()));
    m_buttons.value(int(m_wizard->draft().format))->setChecked(true);
    m_chain->setChecked(m_wizard->draft().includeChain);
    m_root->setChecked(m_wizard->draft().includeRoot);
    if (const ChainResult* chain = m_wizard->session()->chainResult(cert.sha1()))
        m_chainText->setText(chainWords(ExportChain::fromResult(*chain), cert));
    else
        m_chainText->setText(tr("The certification path is taken from the store when the files are written."));
    updateOptions();
}

void ExportFormatPage::updateOptions()
{
    const auto format = ExportFormat(m_group->checkedId());
    m_formatText->setText(ExportFormatText::description(format));
    const bool chainChoice = format == ExportFormat::Pfx || format == ExportFormat::P7b;
    m_chain->setVisible(chainChoice);
    m_root->setVisible(chainChoice);
    m_root->setEnabled(m_chain->isChecked());
    m_chainText->setVisible(ExportFormatText::hasChain(format));
}

bool ExportFormatPage::validatePage()
{
    ExportDraft& draft = m_wizard->draft();
    draft.format = ExportFormat(m_group->checkedId());
    if (ExportFormatText::writesFolder(draft.format)) {
        draft.includeChain = true;   // servers send the intermediates, never the root
        draft.includeRoot = false;
    } else {
        draft.includeChain = m_chain->isChecked();
        draft.includeRoot = m_chain->isChecked() && m_root->isChecked();
    }
    return true;
}

} // namespace certpilot
