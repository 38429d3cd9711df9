// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "FileDialog.h"
#include "InfoBar.h"
#include "StoreLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certpilot {

namespace {

QSpinBox* daysSpinBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, AppSettings::kMaxThresholdDays);
    box->setSuffix(SettingsDialog::tr(" days"));
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // a number, not a line of text
    return box;
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);  // quieter than the fields, in every palette
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& initial, QWidget* parent)
    : QDialog(parent)
    , m_initial(initial)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_problem = new InfoBar(this);
    m_problem->setObjectName(QStringLiteral("problemInfoBar"));
    m_problem->setClosable(false);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(QStringLiteral("settingsDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaultsPushButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { display(AppSettings{}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeGeneralGroup());
    layout->addWidget(makeExpiryGroup());
    layout->addWidget(makeDefaultsGroup());
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    display(initial);
    for (QSpinBox* box : {m_notice, m_warning, m_critical, m_probeTimeout})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
    connect(m_storePath, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    revalidate();
    setMinimumWidth(560);
}

QWidget* SettingsDialog::makeGeneralGroup()
{
    auto* group = new QGroupBox(tr("General"), this);
    group->setObjectName(QStringLiteral("generalGroupBox"));
    auto* form = new QFormLayout(group);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : AppSettings::languageCodes())
        m_language->addItem(AppSettings::languageName(code), code);
    auto* languageLabel = new QLabel(tr("&Language:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    m_storePath = new QLineEdit(group);
    m_storePath->setObjectName(QStringLiteral("storePathLineEdit"));
    m_storePath->setPlaceholderText(QDir::toNativeSeparators(defaultStorePath()));
    m_storePath->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), group);
    browse->setObjectName(QStringLiteral("browseStorePushButton"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseStoreFolder);
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(m_storePath, 1);
    storeRow->addWidget(browse);
    auto* storeLabel = new QLabel(tr("&Store location:"), group);
    storeLabel->setBuddy(m_storePath);
    form->addRow(storeLabel, storeRow);

    m_reminders = new QCheckBox(tr("&Remind me of expiring certificates when CertPilot starts"), group);
    m_reminders->setObjectName(QStringLiteral("remindersCheckBox"));
    form->addRow(m_reminders);
    form->addRow(noteLabel(tr("A new language or store location takes effect the next time CertPilot starts. "
                              "Leave the store location empty to use the default."),
                           group));
    return group;
}

QWidget* SettingsDialog::makeExpiryGroup()
{
    auto* group = new QGroupBox(tr("Expiry warnings"), this);
    group->setObjectName(QStringLiteral("expiryGroupBox"));
    auto* form = new QFormLayout(group);
    m_notice = daysSpinBox(QStringLiteral("noticeSpinBox"), group);
    m_warning = daysSpinBox(QStringLiteral("warningSpinBox"), group);
    m_critical = daysSpinBox(QStringLiteral("criticalSpinBox"), group);
    form->addRow(tr("&Notice (yellow) under:"), m_notice);
    form->addRow(tr("&Warning (orange) under:"), m_warning);
    form->addRow(tr("&Critical (red) under:"), m_critical);
    form->addRow(noteLabel(tr("CAs send renewal notices 60 days ahead; renew before the red warning."), group));
    return group;
}

QWidget* SettingsDialog::makeDefaultsGroup()
{
    auto* group = new QGroupBox(tr("Defaults"), this);
    group->setObjectName(QStringLiteral("defaultsGroupBox"));
    auto* form = new QFormLayout(group);

    m_key = new QComboBox(group);
    m_key->setObjectName(QStringLiteral("defaultKeyComboBox"));
    for (const KeySpec& spec : AppSettings::keyChoices())
        m_key->addItem(spec.displayName(), spec.toString());
    form->addRow(tr("New request &key:"), m_key);

    m_pfxProfile = new QComboBox(group);
    m_pfxProfile->setObjectName(QStringLiteral("pfxProfileComboBox"));
    for (const Pkcs12Profile& profile : Pkcs12Profile::all())
        m_pfxProfile->addItem(profile.displayName(), profile.idString());
    form->addRow(tr("&PFX export for:"), m_pfxProfile);

    m_probeTimeout = new QSpinBox(group);
    m_probeTimeout->setObjectName(QStringLiteral("probeTimeoutSpinBox"));
    m_probeTimeout->setRange(AppSettings::kMinProbeTimeoutSeconds, AppSettings::kMaxProbeTimeoutSeconds);
    m_probeTimeout->setSuffix(tr(" seconds"));
    m_probeTimeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_probeTimeout->setToolTip(tr("How long a site check waits for the connection, and again for the TLS handshake."));
    form->addRow(tr("Site check &time limit:"), m_probeTimeout);
    return group;
}

SettingsDialog* SettingsDialog::open(QWidget* parent)
{
    auto* dialog = new SettingsDialog(AppSettings::load(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog, [dialog] {
        const AppSettings s = dialog->settings();
        s.save();
        emit dialog->settingsSaved(s);
    });
    dialog->QDialog::open();
    return dialog;
}

void SettingsDialog::display(const AppSettings& s)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_storePath->setText(QDir::toNativeSeparators(s.storePath));
    m_reminders->setChecked(s.remindersEnabled);
    m_notice->setValue(s.expiry.notice);
    m_warning->setValue(s.expiry.warning);
    m_critical->setValue(s.expiry.critical);
    m_key->setCurrentIndex(std::max(0, m_key->findData(s.defaultKey.toString())));
    const QString profile =
        s.pfxProfile == Pkcs12Profile::Id::Legacy ? Pkcs12Profile::legacy().idString() : Pkcs12Profile::modern().idString();
    m_pfxProfile->setCurrentIndex(std::max(0, m_pfxProfile->findData(profile)));
    m_probeTimeout->setValue(s.probeTimeoutSeconds);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.language = m_language->currentData().toString();
    s.storePath = QDir::fromNativeSeparators(m_storePath->text().trimmed());
    s.remindersEnabled = m_reminders->isChecked();
    s.expiry.notice = m_notice->value();
    s.expiry.warning = m_warning->value();
    s.expiry.critical = m_critical->value();
    if (const auto key = KeySpec::parse(m_key->currentData().toString()))
        s.defaultKey = *key;
    if (const auto profile = Pkcs12Profile::fromId(m_pfxProfile->currentData().toString()))
        s.pfxProfile = profile->id;
    s.probeTimeoutSeconds = m_probeTimeout->value();
    return s;
}

void SettingsDialog::chooseStoreFolder()
{
    const QString start = settings().effectiveStorePath();
    const QString folder = FileDialog::existingFolder(this, tr("Store Location"), start);
    if (!folder.isEmpty())
        m_storePath->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::revalidate()
{
    const Result<void> valid = settings().validate();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
    if (valid.ok()) {
        m_problem->hide();
    } else {
        m_problem->showMessage(valid.error().message, InfoBar::Level::Warning);
        m_problem->show();
    }
}

} // namespace certpilot
