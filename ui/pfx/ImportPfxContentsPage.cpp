// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ImportPfxContentsPage.h"

#include "StoreKind.h"
#include "StoreSession.h"
#include "pfx/ImportPfxWizard.h"
#include "pfx/Pkcs12Reader.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certpilot {

namespace {

struct ReadOutcome {
    Result<Pkcs12Contents> contents;
    std::optional<Result<PfxImportPlan>> plan;
};

} // namespace

ImportPfxContentsPage::ImportPfxContentsPage(ImportPfxWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_destinations(new QLabel(this))
    , m_nameLabel(new QLabel(tr("F&riendly name:"), this))
    , m_friendlyName(new QLineEdit(this))
    , m_warnings(new QLabel(this))
    , m_info(new QPlainTextEdit(this))
    , m_detail(new QLabel(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("importPfxContentsPage"));
    setTitle(tr("Contents of the File"));
    m_status->setObjectName(QStringLiteral("readStatusLabel"));
    m_status->setWordWrap(true);
    m_busyBar->setObjectName(QStringLiteral("readProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_destinations->setObjectName(QStringLiteral("destinationsLabel"));
    m_destinations->setWordWrap(true);
    m_destinations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_friendlyName->setObjectName(QStringLiteral("friendlyNameLineEdit"));
    m_nameLabel->setBuddy(m_friendlyName);
    m_warnings->setObjectName(QStringLiteral("readWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_info->setObjectName(QStringLiteral("pfxInfoPlainTextEdit"));
    m_info->setReadOnly(true);
    m_info->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_info->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setObjectName(QStringLiteral("readDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_friendlyName, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_destinations);
    layout->addLayout(nameRow);
    layout->addWidget(m_warnings);
    layout->addWidget(m_info, 1);
    layout->addWidget(m_detail);
    layout->addStretch();
}

ImportPfxContentsPage::~ImportPfxContentsPage() { m_cancel->store(true); }

void ImportPfxContentsPage::initializePage()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    m_busy = true;
    m_ready = false;
    m_wizard->clearRead();
    for (QWidget* w : std::initializer_list<QWidget*>{m_destinations, m_nameLabel, m_friendlyName, m_warnings,
                                                      m_info, m_detail})
        w->hide();
    m_busyBar->show();
    const QString path = m_wizard->filePath();
    setSubTitle(QFileInfo(path).fileName());
    m_status->setText(tr("Opening the file with the password..."));
    QByteArray typed = m_wizard->passwordEdit()->text().toUtf8();
    const SecureBytes password = SecureBytes::takeFrom(typed);
    const StoreContents current = m_wizard->session()->contents();
    auto cancel = m_cancel;
    QtConcurrent::run([path, password, current, cancel] {
        Pkcs12Reader::Options options;
        options.cancel = cancel.get();
        auto outcome = std::make_shared<ReadOutcome>(ReadOutcome{Pkcs12Reader::readFile(path, password, options), {}});
        if (outcome->contents)
            outcome->plan = PfxImportPlan::build(*outcome->contents, current);
        return outcome;
    }).then(this, [this, generation](const std::shared_ptr<ReadOutcome>& outcome) {
        if (generation != m_generation)
            return;
        m_busy = false;
        m_busyBar->hide();
        if (!outcome->contents) {
            failed(outcome->contents.error());
            return;
        }
        if (!*outcome->plan) {
            m_info->setPlainText(outcome->contents->info.text());
            m_info->show();
            failed(outcome->plan->error());
            return;
        }
        m_wizard->setRead(*outcome->contents, **outcome->plan);
        showPlan();
    });
}

void ImportPfxContentsPage::cleanupPage()
{
    m_cancel->store(true);
    ++m_generation;
    m_busy = false;
    m_ready = false;
    m_wizard->clearRead();
}

void ImportPfxContentsPage::showPlan()
{
    const PfxImportPlan& plan = *m_wizard->plan();
    const Certificate& cert = plan.certificate();
    const QLocale locale;
    m_status->setText(tr("The file opens with the password. It holds the private key of this certificate:"));
    QStringList chainLines;
    const QString personal = StoreKindText::displayName(StoreKind::Personal).toHtmlEscaped();
    const QString leaf = tr("<b>%1</b>, issued by %2, expires %3, thumbprint %4")
                             .arg(cert.subject().displayName().toHtmlEscaped(),
                                  cert.issuer().displayName().toHtmlEscaped(),
                                  locale.toString(cert.notAfter().date(), QLocale::ShortFormat), cert.sha1());
    QString where;
    if (plan.certificateAlreadyRestored())
        where = tr("&rarr; %1: already there with its private key.").arg(personal);
    else if (plan.addsKeyToExisting())
        where = tr("&rarr; %1: the certificate is there already; its private key is added.").arg(personal);
    else
        where = tr("&rarr; %1, with its private key.").arg(personal);
    bool anyNew = !plan.certificateAlreadyRestored();
    for (const PfxImportPlan::ChainItem& item : plan.chain()) {
        const QString store = StoreKindText::displayName(item.destination).toHtmlEscaped();
        QString line = QStringLiteral("%1 &rarr; %2").arg(item.certificate.subject().displayName().toHtmlEscaped(), store);
        if (item.alreadyInStore)
            line += QLatin1Char(' ') + tr("(already there)");
        else if (item.destination == StoreKind::TrustedRoot)
            line += QLatin1Char(' ') + tr("(only if you trust it, on the next page)");
        anyNew = anyNew || !item.alreadyInStore;
        chainLines << line;
    }
    QString html = leaf + QStringLiteral("<br>") + where;
    if (!chainLines.isEmpty())
        html += QStringLiteral("<p>") + tr("The certificates of its chain:") + QStringLiteral("</p><ul><li>")
            + chainLines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
    m_destinations->setText(html);
    m_destinations->show();
    m_friendlyName->setText(plan.fileFriendlyName());
    m_friendlyName->setVisible(!plan.certificateAlreadyRestored());
    m_nameLabel->setVisible(!plan.certificateAlreadyRestored());
    const QStringList warnings = m_wizard->contents().warnings + plan.warnings();
    if (!warnings.isEmpty()) {
        m_warnings->setText(QStringLiteral("<b>") + tr("Note:") + QStringLiteral("</b> ")
                            + warnings.join(QStringLiteral("<br>")).toHtmlEscaped());
        m_warnings->show();
    }
    m_info->setPlainText(m_wizard->contents().info.text());
    m_info->show();
    if (!anyNew) {
        m_status->setText(tr("Everything in this file is in the store already; there is nothing to import."));
        return;
    }
    const bool asksTrust = !plan.newRoots().isEmpty();
    setButtonText(QWizard::NextButton, asksTrust ? tr("&Next >") : tr("&Import"));
    m_ready = true;
    emit completeChanged();
}

void ImportPfxContentsPage::failed(const Error& error)
{
    QString message = error.message;
    if (error.kind == ErrorKind::WrongPassword)
        message += QLatin1Char(' ') + tr("Go Back to type it again.");
    m_status->setText(QStringLiteral("<b>") + tr("Nothing was imported.") + QStringLiteral("</b> ")
                      + message.toHtmlEscaped());
    m_detail->setText(error.detail);
    m_detail->setVisible(!error.detail.isEmpty());
}

bool ImportPfxContentsPage::validatePage()
{
    PfxImportPlan::Options& options = m_wizard->options();
    options.friendlyName = m_friendlyName->text().trimmed();
    options.markExportable = m_wizard->markExportable();
    options.sourceName = QFileInfo(m_wizard->filePath()).fileName();
    options.acceptRoots = false;
    return true;
}

} // namespace certpilot
