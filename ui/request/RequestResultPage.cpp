// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestResultPage.h"

#include "request/CreateRequestWizard.h"
#include "request/RequestSummary.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace certpilot {

RequestResultPage::RequestResultPage(CreateRequestWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_pem(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("C&opy to Clipboard"), this))
    , m_save(new QPushButton(tr("&Save As..."), this))
    , m_actionStatus(new QLabel(this))
    , m_summary(new QFormLayout)
{
    setObjectName(QStringLiteral("requestResultPage"));
    setTitle(tr("Send the Request to Your CA"));
    setSubTitle(tr("Copy everything from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE "
                   "REQUEST----- into the CA's order form, or save it as a file."));
    m_pem->setObjectName(QStringLiteral("csrPlainTextEdit"));
    m_pem->setReadOnly(true);
    m_pem->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const int lineHeight = m_pem->fontMetrics().lineSpacing();
    m_pem->setMinimumHeight(lineHeight * 8);
    m_copy->setObjectName(QStringLiteral("copyPushButton"));
    m_copy->setAutoDefault(false);
    m_save->setObjectName(QStringLiteral("saveAsPushButton"));
    m_save->setAutoDefault(false);
    m_actionStatus->setObjectName(QStringLiteral("actionStatusLabel"));
    m_actionStatus->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_actionStatus, 1);
    auto* summaryBox = new QGroupBox(tr("Check before you submit"), this);
    summaryBox->setObjectName(QStringLiteral("summaryGroupBox"));
    summaryBox->setLayout(m_summary);
    auto* next = new QLabel(tr("The CA then checks that you control the domain: usually by an e-mail to "
                               "admin@, administrator@, webmaster@, hostmaster@ or postmaster@ the domain, by a "
                               "file placed on the web site, or by a DNS record. When it sends the certificate, "
                               "use Complete Certificate Request on this machine: the private key is here."),
                            this);
    next->setObjectName(QStringLiteral("nextStepsLabel"));
    next->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pem, 1);
    layout->addLayout(buttons);
    layout->addWidget(summaryBox);
    layout->addWidget(next);

    connect(m_copy, &QPushButton::clicked, this, &RequestResultPage::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &RequestResultPage::saveAs);
}

void RequestResultPage::initializePage()
{
    const CertificateRequest& request = m_wizard->request();
    m_pem->setPlainText(QString::fromLatin1(request.toPem()).trimmed());
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    for (const auto& [label, value] : RequestSummary::rows(request)) {
        auto* field = new QLabel(value);
        field->setWordWrap(true);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary->addRow(tr("%1:").arg(label), field);
    }
    m_actionStatus->clear();
}

void RequestResultPage::copyToClipboard()
{
    QApplication::clipboard()->setText(m_pem->toPlainText() + QLatin1Char('\n'));
    m_actionStatus->setText(tr("Copied. Paste it into the CA's form."));
}

QString RequestResultPage::suggestedFileName() const
{
    QString name = m_wizard->request().subject().commonName();
    name.replace(QLatin1Char('*'), QLatin1String("wildcard"));
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    return (name.isEmpty() ? QStringLiteral("request") : name) + QStringLiteral(".csr");
}

Result<void> RequestResultPage::saveTo(const QString& path)
{
    const QByteArray pem = m_wizard->request().toPem();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return makeError(ErrorKind::Io, tr("The request could not be saved to %1: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void RequestResultPage::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Certificate Request"), QDir::home().filePath(suggestedFileName()),
        tr("Certificate requests (*.csr *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = saveTo(path);
    m_actionStatus->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : saved.error().message);
}

} // namespace certpilot
