// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/DiagnosticsDialog.h"

#include "SelectableLabel.h"
#include "StatusIcons.h"
#include "VerdictHeader.h"
#include "StoreSession.h"
#include "binding/BindingServices.h"
#include "diagnostics/Diagnostician.h"
#include "settings/AppSettings.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace certpilot {

namespace {

// "Not applicable": a grey disk with a dash, unlike the clock of the pending icons, which reads as "still running".
QIcon notApplicableIcon()
{
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x9e, 0x9e, 0x9e));
    p.drawEllipse(QRectF(2, 2, 36, 36));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(10, 17, 20, 6), 2, 2);
    return QIcon(pixmap);
}

StatusIcons::Kind kindOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return StatusIcons::Kind::Ok;
    case Verdict::Warning:
        return StatusIcons::Kind::Warning;
    case Verdict::Fail:
        return StatusIcons::Kind::Error;
    case Verdict::NotApplicable:
        break;
    }
    return StatusIcons::Kind::Pending;
}

QIcon iconOf(Verdict verdict)
{
    return verdict == Verdict::NotApplicable ? notApplicableIcon() : StatusIcons::icon(kindOf(verdict));
}

using Outcome = std::shared_ptr<std::optional<Result<DiagnosisReport>>>;

} // namespace

DiagnosticsDialog::DiagnosticsDialog(StoreSession* session, const QString& thumbprint, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sha1(thumbprint.toUpper())
    , m_header(new VerdictHeader(this))
    , m_host(new QLineEdit(this))
    , m_checkSite(new QPushButton(tr("Check &Site"), this))
    , m_busyBar(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
    , m_rowsWidget(new QWidget)
    , m_rows(new QGridLayout(m_rowsWidget))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    const StoreEntry* entry = session->contents().findByThumbprint(m_sha1);
    setWindowTitle(entry ? tr("Diagnose: %1").arg(entry->certificate.subject().displayName()) : tr("Diagnose"));

    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setPlaceholderText(tr("www.example.com or www.example.com:8443"));
    m_host->setClearButtonEnabled(true);
    m_checkSite->setObjectName(QStringLiteral("checkSitePushButton"));
    m_checkSite->setEnabled(false);
    auto* hostLabel = new QLabel(tr("&Live site:"), this);
    hostLabel->setBuddy(m_host);
    auto* hostHint = makeSelectableLabel(this,
                             tr("Optional. With a host name the live site is checked too: the certificate it "
                                "serves, its chain, the protocol."),
                             "hostHintLabel");
    hostHint->setForegroundRole(QPalette::PlaceholderText);
    if (!BindingServices::installed().canProbe()) {
        m_host->setEnabled(false);
        hostHint->setText(tr("Live sites cannot be checked in this build."));
    }
    connect(m_host, &QLineEdit::textChanged, this,
            [this] { m_checkSite->setEnabled(!m_busy && !m_host->text().trimmed().isEmpty()); });
    connect(m_host, &QLineEdit::returnPressed, this, [this] {
        if (m_checkSite->isEnabled())
            start();
    });
    connect(m_checkSite, &QPushButton::clicked, this, &DiagnosticsDialog::start);

    m_busyBar->setObjectName(QStringLiteral("diagnoseProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);

    m_rowsWidget->setObjectName(QStringLiteral("checksWidget"));
    m_rows->setHorizontalSpacing(10);
    m_rows->setVerticalSpacing(14);
    m_rows->setColumnStretch(1, 1);
    m_rows->setContentsMargins(10, 10, 10, 10);
    m_scroll->setObjectName(QStringLiteral("checksScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_rowsWidget);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("diagnoseButtonBox"));
    m_copyButton = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyReportPushButton"));
    m_againButton = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_againButton->setObjectName(QStringLiteral("checkAgainPushButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosticsDialog::copyReport);
    connect(m_againButton, &QPushButton::clicked, this, &DiagnosticsDialog::start);

    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(hostLabel);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_checkSite);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addSpacing(6);
    layout->addLayout(hostRow);
    layout->addWidget(hostHint);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_scroll, 1);
    // Takes the room of the list while it is hidden (first check running, an error), so the text stays at the top.
    layout->addStretch(0);
    layout->addWidget(buttons);
    resize(820, 760);
}

DiagnosticsDialog::~DiagnosticsDialog() { m_cancel->store(true); }

DiagnosticsDialog* DiagnosticsDialog::open(QWidget* parent, StoreSession* session, const QString& thumbprint)
{
    auto* dialog = new DiagnosticsDialog(session, thumbprint, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    return dialog;
}

void DiagnosticsDialog::setCheckTime(const QDateTime& at) { m_at = at; }

void DiagnosticsDialog::setHost(const QString& host) { m_host->setText(host); }

void DiagnosticsDialog::start()
{
    ++m_generation;
    m_busy = true;
    m_report.reset();
    m_error.reset();
    m_busyBar->show();
    m_scroll->setVisible(m_rows->count() > 0);   // the last results stay while checking again
    m_checkSite->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_againButton->setEnabled(false);
    m_header->setIcon(StatusIcons::Kind::Checking);
    const QString host = m_host->text().trimmed();
    m_header->setHeadline(QStringLiteral("checking"), tr("Checking…"),
                host.isEmpty() ? tr("Reading the private key and verifying the certification path.")
                               : tr("Reading the private key, verifying the certification path and connecting to "
                                    "%1.")
                                     .arg(host));
    if (m_session->isLoading()) {
        // The store is being read; check what it holds once it is in.
        const int generation = m_generation;
        const auto once = Qt::ConnectionType(Qt::AutoConnection | Qt::SingleShotConnection);
        connect(m_session, &StoreSession::loaded, this, [this, generation] {
            if (generation == m_generation && m_busy)
                runChecks();
        }, once);
        connect(m_session, &StoreSession::loadFailed, this, [this, generation](const Error& error) {
            if (generation == m_generation && m_busy)
                finish(error);
        }, once);
        return;
    }
    runChecks();
}

void DiagnosticsDialog::runChecks()
{
    const int generation = m_generation;
    const StoreContents contents = m_session->contents();
    const QString sha1 = m_sha1;
    const QDateTime at = m_at;
    const QString host = m_host->isEnabled() ? m_host->text().trimmed() : QString();
    auto gathered = std::make_shared<std::optional<Result<DiagnosisFacts>>>();
    QPointer<DiagnosticsDialog> self(this);
    // The key is read through the store, so gathering runs on the store's thread;
    // the probe and the checks then run in the pool, not holding the store.
    m_session->runOnStore(
        [gathered, contents, sha1, at](CertificateStore& store) {
            gathered->emplace(Diagnostician::gather(store, contents, sha1, at));
        },
        [self, gathered, generation, host] {
            if (!self || generation != self->m_generation)
                return;
            if (!gathered->has_value()) {
                self->finish(Error{ErrorKind::Internal, tr("The checks did not run. Try again."), {}});
                return;
            }
            if (!**gathered) {
                self->finish((*gathered)->error());
                return;
            }
            DiagnosisFacts facts = (*gathered)->value();
            if (!host.isEmpty()) {
                auto targeted = Diagnostician::setTarget(facts, host, {}, AppSettings::load().probeTimeoutMs());
                if (!targeted) {
                    self->finish(targeted.error());
                    return;
                }
            }
            const BindingServices services = BindingServices::installed();
            auto cancel = self->m_cancel;
            QtConcurrent::run([facts, services, cancel]() mutable {
                if (facts.target && services.canProbe())
                    Diagnostician::probeEndpoint(facts, *services.makeProbe(), cancel.get());
                auto outcome = std::make_shared<std::optional<Result<DiagnosisReport>>>();
                outcome->emplace(Diagnostician::evaluate(std::move(facts)));
                return outcome;
            }).then(self.data(), [self, generation](const Outcome& outcome) {
                if (!self || generation != self->m_generation)
                    return;
                self->finish(**outcome);
            });
        });
}

void DiagnosticsDialog::finish(const Result<DiagnosisReport>& outcome)
{
    m_busy = false;
    m_busyBar->hide();
    m_againButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    m_checkSite->setEnabled(m_host->isEnabled() && !m_host->text().trimmed().isEmpty());
    if (outcome)
        showReport(outcome.value());
    else
        showError(outcome.error());
    emit checkFinished();
}

void DiagnosticsDialog::clearRows()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DiagnosticsDialog::showError(const Error& error)
{
    m_error = error;
    clearRows();
    m_scroll->hide();
    m_header->setIcon(StatusIcons::Kind::Error);
    m_header->setHeadline(QStringLiteral("error"), tr("The certificate could not be diagnosed."),
                error.detail.isEmpty() ? error.message : error.message + QLatin1Char('\n') + error.detail);
}

void DiagnosticsDialog::showReport(const DiagnosisReport& report)
{
    m_report = report;
    const QString name = report.friendlyName.isEmpty()
        ? report.certificate.subject().displayName()
        : tr("%1 (%2)").arg(report.certificate.subject().displayName(), report.friendlyName);
    setWindowTitle(tr("Diagnose: %1").arg(name));
    const Verdict overall = report.overall();
    m_header->setIcon(kindOf(overall));
    // Failures first, then warnings, passes and what did not apply; the list's order within each.
    QList<Diagnosis> rows = report.checks;
    std::stable_sort(rows.begin(), rows.end(), [](const Diagnosis& a, const Diagnosis& b) {
        return DiagnosisText::severity(a.verdict) > DiagnosisText::severity(b.verdict);
    });
    const QString where = report.endpoint.isEmpty() ? name : tr("%1 at %2").arg(name, report.endpoint);
    if (overall == Verdict::Fail) {
        const int failed = report.count(Verdict::Fail);
        m_header->setHeadline(QStringLiteral("fail"),
                    tr("%n problem(s) found. Fix first: %1.", nullptr, failed).arg(rows.first().title),
                    tr("%1\n%2").arg(where, report.summary()));
    } else if (overall == Verdict::Warning) {
        m_header->setHeadline(QStringLiteral("warning"), tr("No problem found; read the warnings."),
                    tr("%1\n%2").arg(where, report.summary()));
    } else {
        m_header->setHeadline(QStringLiteral("pass"), tr("No problem found."), tr("%1\n%2").arg(where, report.summary()));
    }

    clearRows();
    m_scroll->show();
    int row = 0;
    for (const Diagnosis& d : rows) {
        const QString verdictId = DiagnosisText::verdictId(d.verdict);
        auto* icon = new QLabel(m_rowsWidget);
        icon->setObjectName(QStringLiteral("checkIconLabel"));
        icon->setPixmap(iconOf(d.verdict).pixmap(20, 20));
        icon->setFixedSize(20, 20);
        icon->setToolTip(DiagnosisText::verdictWord(d.verdict));
        icon->setAccessibleName(DiagnosisText::verdictWord(d.verdict));
        auto* box = new QWidget(m_rowsWidget);
        box->setObjectName(QStringLiteral("checkWidget"));
        auto* lines = new QVBoxLayout(box);
        lines->setContentsMargins(0, 0, 0, 0);
        lines->setSpacing(3);
        auto* title = makeSelectableLabel(box, d.title, "checkTitleLabel");
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* reason = makeSelectableLabel(box, d.reason, "checkReasonLabel");
        lines->addWidget(title);
        lines->addWidget(reason);
        QList<QWidget*> tagged{icon, box, title, reason};
        if (!d.fix.isEmpty() && (d.verdict == Verdict::Fail || d.verdict == Verdict::Warning)) {
            auto* fix = makeSelectableLabel(box, {}, "checkFixLabel");
            // Bold lead-in, escaped text: names in certificates are not markup.
            fix->setTextFormat(Qt::RichText);
            fix->setText(QStringLiteral("<b>%1</b> %2").arg(tr("What to do:").toHtmlEscaped(), d.fix.toHtmlEscaped()));
            fix->setProperty("plainText", tr("What to do: %1").arg(d.fix));
            lines->addWidget(fix);
            tagged << fix;
        }
        if (d.verdict == Verdict::NotApplicable) {
            title->setForegroundRole(QPalette::PlaceholderText);
            reason->setForegroundRole(QPalette::PlaceholderText);
        }
        // Tests and screen readers find a row by check id and read its verdict.
        for (QWidget* w : tagged) {
            w->setProperty("check", d.id);
            w->setProperty("verdict", verdictId);
        }
        m_rows->addWidget(icon, row, 0, Qt::AlignTop);
        m_rows->addWidget(box, row, 1);
        ++row;
    }
    m_rows->setRowStretch(row, 1);
}

QString DiagnosticsDialog::reportText() const
{
    QStringList lines;
    lines << tr("CertPilot: diagnosis");
    if (m_error) {
        lines << tr("Certificate (SHA-1): %1").arg(m_sha1) << QString() << m_header->headline() << m_error->message;
        if (!m_error->detail.isEmpty())
            lines << m_error->detail;
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    if (!m_report)
        return {};
    const Certificate& c = m_report->certificate;
    lines << tr("Certificate: %1").arg(c.subject().toString()) << tr("Thumbprint (SHA-1): %1").arg(c.sha1());
    if (!m_report->endpoint.isEmpty())
        lines << tr("Site: %1").arg(m_report->endpoint);
    lines << tr("Checked: %1").arg(m_report->at.toString(Qt::ISODate)) << QString() << m_header->headline()
          << m_report->summary() << QString();
    for (const Diagnosis& d : m_report->checks) {
        lines << tr("[%1] %2 (%3)").arg(DiagnosisText::verdictMark(d.verdict), d.title, d.id)
              << QStringLiteral("    ") + d.reason;
        if (!d.fix.isEmpty() && (d.verdict == Verdict::Fail || d.verdict == Verdict::Warning))
            lines << QStringLiteral("    ") + tr("What to do: %1").arg(d.fix);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DiagnosticsDialog::copyReport()
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
