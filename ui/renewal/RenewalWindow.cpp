// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalWindow.h"

#include "MessageBox.h"
#include "StoreSession.h"
#include "binding/BindingRegistry.h"
#include "binding/BindingServices.h"
#include "help/HelpTopic.h"
#include "help/HelpWindow.h"
#include "import/CaImportWizard.h"
#include "pfx/ExportWizard.h"
#include "renewal/RenewalBook.h"
#include "renewal/RenewalProgress.h"
#include "renewal/RenewalSiteRunner.h"
#include "renewal/RenewalStepRow.h"
#include "request/CompleteRequestDialog.h"
#include "request/CreateRequestWizard.h"
#include "verify/VerifyInstallationDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace certpilot {

namespace {

constexpr RenewalStep kSteps[] = {RenewalStep::Request,  RenewalStep::Submit, RenewalStep::Wait,
                                  RenewalStep::InstallCa, RenewalStep::Complete, RenewalStep::Verify,
                                  RenewalStep::Rebind,   RenewalStep::Probe,  RenewalStep::Backup,
                                  RenewalStep::Retire};

QString nameOf(const Certificate& c)
{
    const QString cn = c.subject().commonName();
    return cn.isEmpty() ? c.dnsNames().value(0, c.subject().displayName()) : cn;
}

QString day(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

// What the work on the store's thread hands back.
struct StateRead {
    std::optional<RenewalRecord> record;
    QList<BindingRecord> oldBindings;
    QString error;
};

} // namespace

RenewalWindow::RenewalWindow(StoreSession* session, const QString& sha1, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sha1(sha1.toUpper())
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busyText(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_rollBack(new QPushButton(tr("&Roll Back…"), this))
    , m_abandon(new QPushButton(tr("&Abandon Renewal…"), this))
    , m_siteProgress(std::make_shared<std::atomic_int>(-1))
{
    setObjectName(QStringLiteral("renewalWindow"));
    setWindowTitle(tr("Renew Certificate"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_busyText->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyText->hide();
    m_busyBar->hide();
    m_rollBack->setObjectName(QStringLiteral("rollBackPushButton"));
    m_rollBack->setToolTip(tr("Bind the old certificate again to every site that was moved to the new one."));
    m_abandon->setObjectName(QStringLiteral("abandonPushButton"));
    m_abandon->setToolTip(tr("Stop following this renewal. Nothing in the store or on the sites changes."));

    auto* stepsWidget = new QWidget;
    stepsWidget->setObjectName(QStringLiteral("stepsWidget"));
    auto* stepsLayout = new QVBoxLayout(stepsWidget);
    stepsLayout->setSpacing(2);
    for (RenewalStep step : kSteps) {
        auto* row = new RenewalStepRow(step, stepsWidget);
        m_rows << row;
        stepsLayout->addWidget(row);
        connect(row->primaryButton(), &QPushButton::clicked, this, [this, step] { act(step, false); });
        connect(row->secondaryButton(), &QPushButton::clicked, this, [this, step] { act(step, true); });
    }
    stepsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepsScrollArea"));
    scroll->setWidget(stepsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Help, this);
    buttons->addButton(m_rollBack, QDialogButtonBox::ActionRole);
    buttons->addButton(m_abandon, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(buttons, &QDialogButtonBox::helpRequested, this,
            [this] { HelpWindow::showPage(HelpTopic::forWidget(this)); });
    connect(m_rollBack, &QPushButton::clicked, this, &RenewalWindow::rollBack);
    connect(m_abandon, &QPushButton::clicked, this, &RenewalWindow::abandon);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busyBar);
    layout->addWidget(buttons);
    resize(760, 780);

    auto* progressTimer = new QTimer(this);
    progressTimer->setInterval(100);
    connect(progressTimer, &QTimer::timeout, this, [this] {
        const int done = m_siteProgress->load();
        if (m_busy && done >= 0 && done < m_record.sites.size()) {
            const RenewalSite& s = m_record.sites.at(done);
            m_busyText->setText(tr("Working on %1 (%2 of %3)…")
                                    .arg(s.binding.siteName.isEmpty() ? s.binding.siteId : s.binding.siteName)
                                    .arg(done + 1)
                                    .arg(m_record.sites.size()));
        }
    });
    progressTimer->start();
    if (m_session) {
        connect(m_session, &StoreSession::loaded, this, &RenewalWindow::refresh);
        // Chain results come in batches for the whole store; only the new certificate's matters here.
        connect(m_session, &StoreSession::chainResultsReady, this, [this](const QStringList& ids) {
            if (!m_record.newCertificate.isEmpty() && ids.contains(m_record.newCertificate))
                refresh();
        });
        connect(m_session, &StoreSession::verificationFinished, this, &RenewalWindow::refresh);
    }
    readState();
}

RenewalWindow::~RenewalWindow() = default;

RenewalWindow* RenewalWindow::open(QWidget* parent, StoreSession* session, const QString& sha1)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* open = qobject_cast<RenewalWindow*>(w);
        if (open && open->m_session == session && (open->m_record.concerns(sha1) || open->m_sha1 == sha1.toUpper())) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* window = new RenewalWindow(session, sha1, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
    return window;
}

RenewalStepRow* RenewalWindow::row(RenewalStep step) const
{
    return m_rows.value(int(step));
}

void RenewalWindow::readState()
{
    if (!m_session)
        return;
    setBusy(true, tr("Reading the renewal state…"));
    auto result = std::make_shared<StateRead>();
    const QString sha1 = m_sha1;
    QPointer<RenewalWindow> self(this);
    m_session->runOnStore(
        [result, sha1](CertificateStore& store) {
            auto book = RenewalBook::read(store);
            if (!book) {
                result->error = book.error().message;
                return;
            }
            result->record = book->activeFor(sha1);
            const QString old = result->record ? result->record->oldCertificate : sha1;
            if (auto registry = BindingRegistry::read(store))
                result->oldBindings = registry->forCertificate(old);
            else
                result->error = registry.error().message;
        },
        [self, result] {
            if (!self)
                return;
            self->setBusy(false);
            if (!result->error.isEmpty()) {
                self->showError(result->error);
                return;
            }
            const StoreEntry* entry = self->m_session->contents().find(StoreKind::Personal, self->m_sha1);
            if (result->record) {
                self->m_record = *result->record;
                self->m_saved = true;
            } else if (entry) {
                self->m_record = RenewalRecord::start(self->m_sha1, nameOf(entry->certificate),
                                                      entry->certificate.notAfter());
            } else {
                self->showError(tr("The certificate to renew is not in Personal. Select it in the main window "
                                   "and choose Certificate > Renew."));
                return;
            }
            // Sites bound to the old certificate since the renewal began join it.
            bool added = false;
            for (const BindingRecord& b : result->oldBindings) {
                const bool known = std::any_of(self->m_record.sites.begin(), self->m_record.sites.end(),
                                               [&b](const RenewalSite& s) { return s.binding.sameSite(b); });
                if (!known) {
                    self->m_record.sites << RenewalSite{b, RenewalSiteState::Pending, {}, {}};
                    added = true;
                }
            }
            self->m_ready = true;
            if (added && self->m_saved)
                self->save();
            self->refresh();
        });
}

void RenewalWindow::refresh()
{
    if (!m_ready || !m_session)
        return;
    const StoreContents& contents = m_session->contents();
    if (RenewalProgress::refresh(m_record, contents) && m_saved)
        save();
    const StoreEntry* old = contents.find(StoreKind::Personal, m_record.oldCertificate);
    const StoreEntry* fresh = contents.find(StoreKind::Personal, m_record.newCertificate);
    // A reload recomputes every chain; until it is back, the last verdict stands, so steps do not flicker.
    if (const ChainResult* now = fresh ? m_session->chainResult(fresh->certificate.sha1()) : nullptr)
        m_newChain = *now;
    else if (!fresh)
        m_newChain.reset();
    const ChainResult* chain = m_newChain ? &*m_newChain : nullptr;
    const QList<RenewalStepStatus> steps = RenewalProgress::steps(m_record, contents, chain);
    const RenewalStep current = RenewalProgress::current(steps);
    const bool active = m_record.isActive();

    m_title->setText(tr("Renew %1").arg(m_record.name));
    QStringList summary;
    // As the certificate list counts: whole days left.
    const qint64 days = QDateTime::currentDateTimeUtc().secsTo(m_record.oldNotAfter) / 86400;
    if (m_record.phase == RenewalPhase::Finished)
        summary << tr("Renewal finished on %1. The sites serve the new certificate, valid until %2.")
                       .arg(day(m_record.endedAt), fresh ? day(fresh->certificate.notAfter()) : QString());
    else if (m_record.phase == RenewalPhase::Abandoned)
        summary << tr("This renewal was abandoned on %1.").arg(day(m_record.endedAt));
    else if (days < 0)
        summary << tr("The current certificate expired on %1. Sites that still use it are refused by browsers.")
                       .arg(day(m_record.oldNotAfter));
    else
        summary << (days == 0 ? tr("The current certificate expires on %1 (today).").arg(day(m_record.oldNotAfter))
                    : days == 1
                    ? tr("The current certificate expires on %1 (tomorrow).").arg(day(m_record.oldNotAfter))
                    : tr("The current certificate expires on %1 (%2 days left).")
                          .arg(day(m_record.oldNotAfter))
                          .arg(days));
    if (m_saved && active)
        summary << tr("Started on %1. Your progress is saved with the store; close this window at any time.")
                       .arg(day(m_record.startedAt));
    if (old && !m_record.sites.isEmpty())
        summary << (m_record.sites.size() == 1 ? tr("Used by 1 site.")
                                               : tr("Used by %1 sites.").arg(m_record.sites.size()));
    m_summary->setText(summary.join(QLatin1Char(' ')));

    for (const RenewalStepStatus& s : steps) {
        RenewalStepRow* r = row(s.step);
        r->setStatus(s, active && s.step == current);
        QPushButton* primary = r->primaryButton();
        QPushButton* secondary = r->secondaryButton();
        primary->hide();
        secondary->hide();
        const bool open = active && !m_busy && (s.open() || (s.state == RenewalStepState::Done && s.step == RenewalStep::Probe));
        auto offer = [open](QPushButton* b, const QString& text, bool enabled = true) {
            b->setText(text);
            b->setVisible(true);
            b->setEnabled(open && enabled);
        };
        switch (s.step) {
        case RenewalStep::Request:
            if (s.state != RenewalStepState::Done)
                offer(primary, tr("Create &Request…"));
            break;
        case RenewalStep::Submit:
            if (s.state != RenewalStepState::Done) {
                offer(primary, tr("&Copy Request Text"));
                offer(secondary, tr("&Mark as Submitted"));
            }
            break;
        case RenewalStep::InstallCa:
            if (s.state != RenewalStepState::Done)
                offer(primary, tr("&Install CA Certificates…"));
            break;
        case RenewalStep::Complete:
            if (s.state != RenewalStepState::Done)
                offer(primary, tr("Com&plete Request…"));
            break;
        case RenewalStep::Verify:
            if (fresh)
                offer(primary, tr("&Verify Installation…"), true);
            primary->setEnabled(active && !m_busy && fresh);
            break;
        case RenewalStep::Rebind:
            if (s.state != RenewalStepState::Done && s.state != RenewalStepState::Skipped)
                offer(primary, tr("Re-&bind Sites"));
            break;
        case RenewalStep::Probe:
            if (s.state != RenewalStepState::Skipped && s.state != RenewalStepState::Waiting)
                offer(primary, s.state == RenewalStepState::Done ? tr("Check &Again") : tr("&Check Sites"));
            break;
        case RenewalStep::Backup:
            if (s.state != RenewalStepState::Done && s.state != RenewalStepState::Skipped) {
                offer(primary, tr("&Export PFX…"));
                offer(secondary, tr("S&kip"));
            }
            break;
        case RenewalStep::Retire:
            if (s.state != RenewalStepState::Done)
                offer(primary, tr("Re&tire Old Certificate…"));
            break;
        case RenewalStep::Wait:
            break;
        }
    }
    m_rollBack->setEnabled(!m_busy && RenewalProgress::canRollBack(m_record, contents));
    m_abandon->setEnabled(!m_busy && active && m_saved);
}

void RenewalWindow::save()
{
    if (!m_session)
        return;
    m_saved = true;
    const RenewalRecord record = m_record;
    auto error = std::make_shared<QString>();
    QPointer<RenewalWindow> self(this);
    m_session->runOnStore(
        [record, error](CertificateStore& store) {
            if (auto saved = RenewalBook::saveIn(store, record); !saved)
                *error = saved.error().message;
        },
        [self, error] {
            if (!self)
                return;
            if (error->isEmpty())
                emit self->saved();
            else
                self->showError(tr("The renewal state could not be saved: %1").arg(*error));
        });
}

void RenewalWindow::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_busyText->setText(text);
    m_busyText->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (!busy)
        m_siteProgress->store(-1);
    refresh();
}

void RenewalWindow::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RenewalWindow::act(RenewalStep step, bool secondary)
{
    if (!m_session || m_busy)
        return;
    showError({});
    const StoreContents& contents = m_session->contents();
    const StoreEntry* old = contents.find(StoreKind::Personal, m_record.oldCertificate);
    QPointer<RenewalWindow> self(this);
    switch (step) {
    case RenewalStep::Request: {
        if (!old) {
            showError(tr("The old certificate is no longer in Personal; start the request from "
                         "Certificate > Create Certificate Request instead."));
            return;
        }
        auto* wizard = CreateRequestWizard::open(this, m_session, old->certificate);
        connect(wizard, &CreateRequestWizard::requestCreated, this, [this](const QString& id) {
            m_record.requestKeyId = id;
            m_record.requestedAt = QDateTime::currentDateTimeUtc();
            m_record.submittedAt = {};
            save();
            refresh();
        });
        return;
    }
    case RenewalStep::Submit:
        if (secondary) {
            m_record.submittedAt = QDateTime::currentDateTimeUtc();
            save();
            refresh();
        } else if (const StoreEntry* r = contents.find(StoreKind::Requests, m_record.requestKeyId)) {
            QApplication::clipboard()->setText(QString::fromLatin1(r->request.toPem()));
            m_busyText->setText(tr("The request text is on the clipboard: paste it into the CA's renewal form."));
            m_busyText->show();
        }
        return;
    case RenewalStep::InstallCa:
        CaImportWizard::open(this, m_session);
        return;
    case RenewalStep::Complete:
        CompleteRequestDialog::open(this, m_session);
        return;
    case RenewalStep::Verify:
        VerifyInstallationDialog::open(this, m_session, m_record.newCertificate);
        return;
    case RenewalStep::Rebind:
        runSites(SiteWork::Rebind);
        return;
    case RenewalStep::Probe:
        runSites(SiteWork::Check);
        return;
    case RenewalStep::Backup:
        if (secondary) {
            m_record.backupSkipped = true;
            save();
            refresh();
            return;
        }
        connect(ExportWizard::open(this, m_session, m_record.newCertificate), &ExportWizard::exported, this,
                [this](const QStringList& files) {
                    m_record.backupFile = files.value(0);
                    m_record.backedUpAt = QDateTime::currentDateTimeUtc();
                    m_record.backupSkipped = false;
                    save();
                    refresh();
                });
        return;
    case RenewalStep::Retire:
        retire();
        return;
    case RenewalStep::Wait:
        return;
    }
}

void RenewalWindow::runSites(SiteWork work)
{
    if (!m_session || m_busy)
        return;
    auto record = std::make_shared<RenewalRecord>(m_record);
    const StoreContents contents = m_session->contents();
    const RenewalSiteRunner runner(BindingServices::installed(), {});
    const auto progress = m_siteProgress;
    QPointer<RenewalWindow> self(this);
    auto saveError = std::make_shared<QString>();
    setBusy(true, work == SiteWork::Check      ? tr("Checking the live sites…")
                  : work == SiteWork::Rebind   ? tr("Re-binding the sites: testing each configuration and reloading…")
                                               : tr("Rolling back: binding the old certificate again…"));
    m_session->runOnStore(
        [record, contents, runner, progress, work, saveError](CertificateStore& store) {
            const auto report = [progress](int index, int) { progress->store(index); };
            if (work == SiteWork::Rebind)
                runner.rebind(*record, store, contents, report);
            else if (work == SiteWork::Check)
                runner.check(*record, contents, report);
            else
                runner.rollBack(*record, store, contents, report);
            // Saved here, so the outcome is kept even if the window was closed meanwhile.
            if (auto saved = RenewalBook::saveIn(store, *record); !saved)
                *saveError = saved.error().message;
        },
        [self, record, saveError] {
            if (!self)
                return;
            self->m_record = *record;
            self->m_saved = true;
            self->setBusy(false);
            if (!saveError->isEmpty())
                self->showError(tr("The renewal state could not be saved: %1").arg(*saveError));
            else
                emit self->saved();
            // Re-binding recorded new bindings and wrote files: show the store as it is now.
            self->m_session->reload();
        });
}

void RenewalWindow::retire()
{
    const StoreContents& contents = m_session->contents();
    const StoreEntry* old = contents.find(StoreKind::Personal, m_record.oldCertificate);
    if (!old || !RenewalProgress::canRetire(m_record, contents))
        return;
    if (!MessageBox::confirm(this, tr("Retire Old Certificate"),
                             tr("Move the old certificate of %1 to the trash?").arg(m_record.name),
                             tr("Every recorded site serves the new certificate. The old certificate and its "
                                "private key go to the store's trash, from where View > Show Trash can restore "
                                "them."),
                             tr("Move to Trash")))
        return;
    QPointer<RenewalWindow> self(this);
    setBusy(true, tr("Moving the old certificate to the trash…"));
    m_session->commit(StoreChange().remove(StoreKind::Personal, m_record.oldCertificate),
                      [self](const Result<void>& done) {
                          if (!self)
                              return;
                          self->setBusy(false);
                          if (!done) {
                              self->showError(done.error().message);
                              return;
                          }
                          self->m_record.retiredAt = QDateTime::currentDateTimeUtc();
                          self->m_record.phase = RenewalPhase::Finished;
                          self->m_record.endedAt = self->m_record.retiredAt;
                          self->save();
                          self->refresh();
                      });
}

void RenewalWindow::rollBack()
{
    if (!m_session || !RenewalProgress::canRollBack(m_record, m_session->contents()))
        return;
    if (!MessageBox::confirm(this, tr("Roll Back"),
                             tr("Bind the old certificate again to the sites that use the new one?"),
                             tr("Each site is tested and reloaded with the old certificate, which expires on %1. "
                                "The new certificate stays in the store; re-bind when the problem is fixed.")
                                 .arg(day(m_record.oldNotAfter)),
                             tr("Roll Back")))
        return;
    runSites(SiteWork::RollBack);
}

void RenewalWindow::abandon()
{
    if (!MessageBox::confirm(this, tr("Abandon Renewal"), tr("Stop following the renewal of %1?").arg(m_record.name),
                             tr("Nothing in the store or on the sites changes: a pending request stays in "
                                "Requests and the sites keep the certificate they serve now."),
                             tr("Abandon")))
        return;
    m_record.phase = RenewalPhase::Abandoned;
    m_record.endedAt = QDateTime::currentDateTimeUtc();
    save();
    refresh();
}

} // namespace certpilot
