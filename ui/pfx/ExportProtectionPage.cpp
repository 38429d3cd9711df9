// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportProtectionPage.h"

#include "pfx/ExportWizard.h"
#include "pfx/PasswordFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certpilot {

ExportProtectionPage::ExportProtectionPage(ExportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_pfxBox(new QWidget(this))
    , m_profile(new QComboBox(this))
    , m_profileText(new QLabel(this))
    , m_showAlgorithms(new QCheckBox(tr("Show the exact &algorithms"), this))
    , m_algorithms(new QLabel(this))
    , m_friendlyName(new QLineEdit(this))
    , m_encrypt(new QCheckBox(tr("&Encrypt the private key with a password"), this))
    , m_encryptText(new QLabel(this))
    , m_password(new PasswordFields(this))
{
    setObjectName(QStringLiteral("exportProtectionPage"));
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    for (const Pkcs12Profile& p : Pkcs12Profile::all())
        m_profile->addItem(p.displayName(), p.idString());
    m_profileText->setObjectName(QStringLiteral("profileDescriptionLabel"));
    m_profileText->setWordWrap(true);
    m_showAlgorithms->setObjectName(QStringLiteral("showAlgorithmsCheckBox"));
    m_algorithms->setObjectName(QStringLiteral("algorithmsLabel"));
    m_algorithms->setWordWrap(true);
    m_algorithms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_friendlyName->setObjectName(QStringLiteral("friendlyNameLineEdit"));
    m_encrypt->setObjectName(QStringLiteral("encryptKeyCheckBox"));
    m_encryptText->setObjectName(QStringLiteral("encryptKeyLabel"));
    m_encryptText->setWordWrap(true);

    auto* pfxForm = new QFormLayout(m_pfxBox);
    pfxForm->setContentsMargins(0, 0, 0, 0);
    pfxForm->addRow(tr("&Compatibility:"), m_profile);
    pfxForm->addRow(QString(), m_profileText);
    pfxForm->addRow(QString(), m_showAlgorithms);
    pfxForm->addRow(QString(), m_algorithms);
    pfxForm->addRow(tr("&Friendly name:"), m_friendlyName);

    auto* passwordBox = new QGroupBox(tr("Password"), this);
    auto* passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->addWidget(m_encrypt);
    passwordLayout->addWidget(m_encryptText);
    passwordLayout->addWidget(m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pfxBox);
    layout->addWidget(passwordBox);
    layout->addStretch();

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ExportProtectionPage::updateProfile);
    connect(m_showAlgorithms, &QCheckBox::toggled, m_algorithms, &QLabel::setVisible);
    connect(m_encrypt, &QCheckBox::toggled, this, &ExportProtectionPage::updateEncryption);
    connect(m_password, &PasswordFields::changed, this, &ExportProtectionPage::completeChanged);
    m_algorithms->hide();
}

void ExportProtectionPage::initializePage()
{
    const ExportDraft& draft = m_wizard->draft();
    const bool pfx = draft.format == ExportFormat::Pfx;
    setTitle(pfx ? tr("Security and Compatibility") : tr("Private Key Protection"));
    setSubTitle(pfx ? tr("Choose who must be able to open the file, and a password that protects the private "
                         "key in it.")
                    : tr("The private key file can be encrypted with a password."));
    m_pfxBox->setVisible(pfx);
    m_encrypt->setVisible(!pfx);
    m_encryptText->setVisible(!pfx);
    m_profile->setCurrentIndex(m_profile->findData(draft.profile.idString()));
    m_friendlyName->setText(draft.friendlyName);
    m_encrypt->setChecked(draft.encryptKey);
    if (draft.format == ExportFormat::Key)
        m_encryptText->setText(tr("Untick only if the program that reads the key cannot ask for a password."));
    else
        m_encryptText->setText(tr("%1 reads the key when it starts. An encrypted key makes it ask for the "
                                  "password (%2); untick to write the key unencrypted, readable only by you "
                                  "(0600), as most servers use it.")
                                   .arg(draft.format == ExportFormat::Nginx ? QStringLiteral("nginx")
                                                                            : QStringLiteral("Apache"),
                                        draft.format == ExportFormat::Nginx ? QStringLiteral("ssl_password_file")
                                                                            : QStringLiteral("SSLPassPhraseDialog")));
    updateProfile();
    updateEncryption();
}

void ExportProtectionPage::updateProfile()
{
    const auto profile = Pkcs12Profile::fromId(m_profile->currentData().toString());
    if (!profile)
        return;
    m_profileText->setText(profile->description());
    QStringList lines;
    for (const QString& line : profile->algorithmLines())
        lines << line.toHtmlEscaped();
    m_algorithms->setText(lines.join(QStringLiteral("<br>")));
}

void ExportProtectionPage::updateEncryption()
{
    const bool needed = m_wizard->draft().format == ExportFormat::Pfx || m_encrypt->isChecked();
    m_password->setEnabled(needed);
    emit completeChanged();
}

bool ExportProtectionPage::isComplete() const
{
    const bool needed = m_wizard->draft().format == ExportFormat::Pfx || m_encrypt->isChecked();
    return !needed || m_password->isAcceptable();
}

bool ExportProtectionPage::validatePage()
{
    ExportDraft& draft = m_wizard->draft();
    if (auto profile = Pkcs12Profile::fromId(m_profile->currentData().toString()))
        draft.profile = *profile;
    draft.friendlyName = m_friendlyName->text().trimmed();
    draft.encryptKey = m_encrypt->isChecked();
    return true;
}

} // namespace certpilot
