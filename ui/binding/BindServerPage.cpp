// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindServerPage.h"

#include "binding/BindWizard.h"
#include "binding/BindingServices.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace certpilot {

BindServerPage::BindServerPage(BindWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_server(new QComboBox(this))
    , m_root(new QLineEdit(this))
    , m_test(new QLineEdit(this))
    , m_reload(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("bindServerPage"));
    setTitle(tr("Web Server"));
    setSubTitle(tr("Choose the server that serves the site. CertPilot reads its configuration and runs its own "
                   "test and reload commands."));
    m_server->setObjectName(QStringLiteral("serverTypeComboBox"));
    for (ServerType type : BindingServices::installed().servers)
        m_server->addItem(ServerTypeText::displayName(type), int(type));
    m_root->setObjectName(QStringLiteral("configRootLineEdit"));
    m_test->setObjectName(QStringLiteral("testCommandLineEdit"));
    m_reload->setObjectName(QStringLiteral("reloadCommandLineEdit"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseConfigRootPushButton"));
    m_error->setObjectName(QStringLiteral("serverErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* rootRow = new QHBoxLayout;
    rootRow->addWidget(m_root, 1);
    rootRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    auto* rootLabel = new QLabel(tr("&Configuration folder:"), this);
    rootLabel->setBuddy(m_root);
    form->addRow(rootLabel, rootRow);
    form->addRow(tr("&Test command:"), m_test);
    form->addRow(tr("&Reload command:"), m_reload);
    auto* hint = new QLabel(tr("In the commands, {mainConfig} stands for the main configuration file and "
                               "{configRoot} for the folder. The certificate files go to a folder of their own, "
                               "certpilot/ in the configuration folder."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();

    // Tab goes as the page reads: the folder's Browse button before the commands below it.
    setTabOrder(m_server, m_root);
    setTabOrder(m_root, browse);
    setTabOrder(browse, m_test);
    setTabOrder(m_test, m_reload);

    connect(m_server, &QComboBox::currentIndexChanged, this, &BindServerPage::loadSettings);
    connect(browse, &QPushButton::clicked, this, &BindServerPage::browse);
    for (QLineEdit* edit : {m_root, m_test, m_reload})
        connect(edit, &QLineEdit::textChanged, this, &BindServerPage::completeChanged);
    loadSettings();
}

void BindServerPage::loadSettings()
{
    QSettings settings;
    const auto type = ServerType(m_server->currentData().toInt());
    const BinderSettings s = BinderSettings::load(type, settings);
    m_wizard->draft().settings = s;
    m_root->setText(s.configRoot);
    m_test->setText(BinderSettings::commandLine(s.testCommand));
    m_reload->setText(BinderSettings::commandLine(s.reloadCommand));
    m_error->hide();
}

void BindServerPage::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Configuration Folder"), m_root->text());
    if (!dir.isEmpty())
        m_root->setText(dir);
}

bool BindServerPage::isComplete() const
{
    return m_server->count() > 0 && !m_root->text().trimmed().isEmpty() && !m_test->text().trimmed().isEmpty()
        && !m_reload->text().trimmed().isEmpty();
}

bool BindServerPage::validatePage()
{
    BinderSettings& s = m_wizard->draft().settings;
    s.serverType = ServerType(m_server->currentData().toInt());
    s.configRoot = m_root->text().trimmed();
    s.testCommand = QProcess::splitCommand(m_test->text());
    s.reloadCommand = QProcess::splitCommand(m_reload->text());
    if (!QFileInfo(s.configRoot).isDir()) {
        m_error->setText(tr("The folder %1 does not exist. Is %2 installed here?")
                             .arg(s.configRoot, ServerTypeText::displayName(s.serverType)));
        m_error->show();
        return false;
    }
    QSettings settings;
    s.save(settings);
    m_wizard->draft().binder = BindingServices::installed().makeBinder(s);
    m_wizard->draft().plan.reset();
    m_error->hide();
    return bool(m_wizard->draft().binder);
}

} // namespace certpilot
