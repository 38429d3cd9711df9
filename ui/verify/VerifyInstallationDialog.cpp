// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/VerifyInstallationDialog.h"

#include "SelectableLabel.h"
#include "StatusIcons.h"
#include "VerdictHeader.h"
#include "StoreSession.h"
#include "chain/ChainCardView.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace certpilot {

namespace {

using Level = InstallationCheck::Level;
using Topic = InstallationCheck::Topic;

StatusIcons::Kind kindOf(Level level)
{
    switch (level) {
    case Level::Pass:
        return StatusIcons::Kind::Ok;
    case Level::Warn:
        return StatusIcons::Kind::Warning;
    case Level::Fail:
        break;
    }
    return StatusIcons::Kind::Error;
}

QString levelWord(Level level)
{
    switch (level) {
    case Level::Pass:
        return VerifyInstallationDialog::tr("Passed");
    case Level::Warn:
        return VerifyInstallationDialog::tr("Warning");
    case Level::Fail:
        break;
    }
    return VerifyInstallationDialog::tr("Failed");
}

// What to fix first: problems only a new certificate cures come before the
// chain, which is pointless to complete for a certificate that cannot be used.
int fixOrder(Topic topic)
{
    switch (topic) {
    case Topic::PrivateKey:
        return 0;
    case Topic::Dates:
        return 1;
    case Topic::ServerAuth:
        return 2;
    case Topic::KeyStrength:
        return 3;
    case Topic::Signature:
        return 4;
    case Topic::Chain:
        break;
    }
    return 5;
}

const InstallationCheck::Item* firstToFix(const QList<InstallationCheck::Item>& items, Level level)
{
    const InstallationCheck::Item* best = nullptr;
    for (const auto& item : items) {
        if (item.level == level && (!best || fixOrder(item.topic) < fixOrder(best->topic)))
            best = &item;
    }
    return best;
}

} // namespace

VerifyInstallationDialog::VerifyInstallationDialog(StoreSession* session, const QString& sha1, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sha1(sha1.toUpper())
    , m_header(new VerdictHeader(this))
    , m_busyBar(new QProgressBar(this))
    , m_checks(new QGroupBox(tr("Checks"), this))
    , m_rows(new QGridLayout(m_checks))
    , m_chainLabel(new QLabel(tr("Certification path:"), this))
    , m_chain(new ChainCardView(this))
{
    setObjectName(QStringLiteral("verifyInstallationDialog"));
    const StoreEntry* entry = session->contents().findByThumbprint(m_sha1);
    setWindowTitle(entry && !entry->certificate.isNull()
                       ? tr("Verify Installation: %1").arg(entry->certificate.subject().displayName())
                       : tr("Verify Installation"));
    m_busyBar->setObjectName(QStringLiteral("verifyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_checks->setObjectName(QStringLiteral("checksGroupBox"));
    m_rows->setHorizontalSpacing(10);
    m_rows->setVerticalSpacing(8);
    m_rows->setColumnStretch(2, 1);
    m_chainLabel->setObjectName(QStringLiteral("chainCaptionLabel"));
    m_chain->setMinimumHeight(240);
    m_chain->setPlaceholderText(tr("The certification path is shown when the check is done."));
    connect(m_chain, &ChainCardView::certificateActivated, this, &VerifyInstallationDialog::certificateActivated);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("verifyButtonBox"));
    m_copyButton = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyReportPushButton"));
    m_againButton = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_againButton->setObjectName(QStringLiteral("checkAgainPushButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &VerifyInstallationDialog::copyReport);
    connect(m_againButton, &QPushButton::clicked, this, &VerifyInstallationDialog::start);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_checks);
    layout->addWidget(m_chainLabel);
    layout->addWidget(m_chain, 1);
    // Takes the room the chain leaves when an error hides it, so the text stays at the top.
    layout->addStretch(0);
    layout->addWidget(buttons);
    resize(780, 840);
}

VerifyInstallationDialog* VerifyInstallationDialog::open(QWidget* parent, StoreSession* session, const QString& sha1)
{
    auto* dialog = new VerifyInstallationDialog(session, sha1, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    return dialog;
}

void VerifyInstallationDialog::setCheckTime(const QDateTime& at)
{
    m_at = at;
    m_chain->setReferenceTime(at);
}

void VerifyInstallationDialog::start()
{
    ++m_generation;
    m_busy = true;
    m_report.reset();
    m_error.reset();
    clearRows();
    m_checks->hide();
    m_chainLabel->hide();
    m_chain->showChecking();
    m_busyBar->show();
    m_copyButton->setEnabled(false);
    m_againButton->setEnabled(false);
    m_header->setIcon(StatusIcons::Kind::Checking);
    m_header->setHeadline(QStringLiteral("checking"), tr("Checking the installation…"),
                tr("Reading the private key and verifying the certification path."));
    if (m_session->isLoading()) {
        // The store's contents are being read; check what it holds once they are in.
        const int generation = m_generation;
        const auto once = Qt::ConnectionType(Qt::AutoConnection | Qt::SingleShotConnection);
        connect(m_session, &StoreSession::loaded, this, [this, generation] {
            if (generation == m_generation && m_busy)
                runCheck();
        }, once);
        connect(m_session, &StoreSession::loadFailed, this, [this, generation](const Error& error) {
            if (generation != m_generation || !m_busy)
                return;
            finishBusy();
            showError(error);
            emit checkFinished();
        }, once);
        return;
    }
    runCheck();
}

void VerifyInstallationDialog::finishBusy()
{
    m_busy = false;
    m_checkedAt = m_at.isValid() ? m_at : QDateTime::currentDateTime();
    m_busyBar->hide();
    m_againButton->setEnabled(true);
}

void VerifyInstallationDialog::runCheck()
{
    const int generation = m_generation;
    const StoreContents contents = m_session->contents();
    const QString sha1 = m_sha1;
    const QDateTime at = m_at;
    auto outcome = std::make_shared<std::optional<Result<InstallationCheck::Report>>>();
    QPointer<VerifyInstallationDialog> self(this);
    // The key is read through the store, so the check runs on the store's thread.
    m_session->runOnStore(
        [outcome, contents, sha1, at](CertificateStore& store) {
            outcome->emplace(InstallationCheck::run(store, contents, sha1, at));
        },
        [self, outcome, generation] {
            if (!self || generation != self->m_generation)
                return;
            self->finishBusy();
            if (!outcome->has_value())
                self->showError(Error{ErrorKind::Internal, tr("The check did not run. Try again."), {}});
            else if (!**outcome)
                self->showError((*outcome)->error());
            else
                self->showReport(***outcome);
            emit self->checkFinished();
        });
}

void VerifyInstallationDialog::clearRows()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void VerifyInstallationDialog::showError(const Error& error)
{
    m_error = error;
    m_header->setIcon(StatusIcons::Kind::Error);
    m_header->setHeadline(QStringLiteral("error"), tr("The installation could not be checked."),
                error.detail.isEmpty() ? error.message : error.message + QLatin1Char('\n') + error.detail);
    m_chain->clear();
    m_chain->hide();
    m_copyButton->setEnabled(true);
}

void VerifyInstallationDialog::showReport(const InstallationCheck::Report& report)
{
    m_report = report;
    setWindowTitle(tr("Verify Installation: %1").arg(report.certificate.subject().displayName()));
    const Level overall = report.overall();
    m_header->setIcon(kindOf(overall));
    const QString name = report.friendlyName.isEmpty()
        ? report.certificate.subject().displayName()
        : tr("%1 (%2)").arg(report.certificate.subject().displayName(), report.friendlyName);
    if (overall == Level::Pass) {
        m_header->setHeadline(QStringLiteral("pass"), tr("This certificate is ready to bind."),
                    tr("%1 passed every check: dates, private key, certification path, server authentication, "
                       "key and signature.")
                        .arg(name));
    } else if (overall == Level::Warn) {
        const auto* first = firstToFix(report.items, Level::Warn);
        m_header->setHeadline(QStringLiteral("warn"), tr("This certificate can be bound; read the warnings first."),
                    tr("%1: %2").arg(first->title, first->sentence));
    } else {
        const auto* first = firstToFix(report.items, Level::Fail);
        int failed = 0;
        for (const auto& item : report.items)
            failed += item.level == Level::Fail ? 1 : 0;
        m_header->setHeadline(QStringLiteral("fail"),
                    tr("Not ready to bind. Fix first: %1.").arg(first->title),
                    failed > 1 ? tr("%1\n%n checks failed in all; see below.", nullptr, failed).arg(first->sentence)
                               : first->sentence);
    }

    clearRows();
    int row = 0;
    for (const auto& item : report.items) {
        const QString topic = InstallationCheck::topicId(item.topic);
        auto* icon = new QLabel(m_checks);
        icon->setObjectName(QStringLiteral("checkIconLabel"));
        icon->setPixmap(StatusIcons::icon(kindOf(item.level)).pixmap(20, 20));
        icon->setFixedSize(20, 20);
        icon->setToolTip(levelWord(item.level));
        icon->setAccessibleName(levelWord(item.level));
        auto* title = makeSelectableLabel(m_checks, item.title, "checkTitleLabel");
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(false);
        auto* sentence = makeSelectableLabel(m_checks, item.sentence, "checkSentenceLabel");
        // Tests and screen readers find a row by topic and read its level.
        for (QWidget* w : {static_cast<QWidget*>(icon), static_cast<QWidget*>(title), static_cast<QWidget*>(sentence)}) {
            w->setProperty("topic", topic);
            w->setProperty("level", InstallationCheck::levelName(item.level));
        }
        m_rows->addWidget(icon, row, 0, Qt::AlignTop);
        m_rows->addWidget(title, row, 1, Qt::AlignTop);
        m_rows->addWidget(sentence, row, 2);
        ++row;
    }
    m_checks->show();
    m_chainLabel->show();
    m_chain->show();
    m_chain->showChain(report.chain);
    m_copyButton->setEnabled(true);
}

QString VerifyInstallationDialog::reportText() const
{
    QStringList lines;
    lines << tr("CertPilot: installation check");
    if (m_error) {
        lines << tr("Certificate (SHA-1): %1").arg(m_sha1) << QString() << m_header->headline()
              << m_error->message;
        if (!m_error->detail.isEmpty())
            lines << m_error->detail;
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    if (!m_report)
        return {};
    const Certificate& c = m_report->certificate;
    lines << tr("Certificate: %1").arg(c.subject().toString());
    if (!m_report->friendlyName.isEmpty())
        lines << tr("Friendly name: %1").arg(m_report->friendlyName);
    lines << tr("Issued by: %1").arg(c.issuer().toString()) << tr("Thumbprint (SHA-1): %1").arg(c.sha1())
          << tr("Checked: %1").arg(m_checkedAt.toString(Qt::ISODate)) << QString() << m_header->headline();
    if (!m_header->details().isEmpty())
        lines << m_header->details();
    lines << QString();
    for (const auto& item : m_report->items)
        lines << tr("[%1] %2: %3").arg(levelWord(item.level).toUpper(), item.title, item.sentence);
    lines << QString() << tr("Certification path (root first):");
    int i = 0;
    for (const ChainNode& node : m_report->chain.nodes) {
        ++i;
        lines << (node.isGap() ? tr("  %1. (missing) %2").arg(i).arg(node.explanation())
                               : tr("  %1. %2 (%3): %4")
                                     .arg(i)
                                     .arg(node.certificate.subject().displayName(),
                                          ChainStatusText::shortText(node.status()), node.explanation()));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void VerifyInstallationDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(reportText());
    m_copyButton->setText(tr("Copied"));
    QPointer<QPushButton> button(m_copyButton);
    QTimer::singleShot(2000, this, [button] {
        if (button)
            button->setText(tr("&Copy Report"));
    });
}

} // namespace certpilot
