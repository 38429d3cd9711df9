// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/ProbeDialog.h"

#include "binding/BindingRegistry.h"
#include "binding/BindingServices.h"
#include "binding/ProbeAnalysis.h"
#include "binding/ProbeReportView.h"
#include "settings/AppSettings.h"
#include "StoreSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certpilot {

namespace {

struct Outcome {
    std::optional<Result<ProbeResult>> probe;
    ProbeAnalysis analysis;
};

} // namespace

ProbeDialog::ProbeDialog(StoreSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_sni(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_probe(new QPushButton(tr("&Check"), this))
    , m_busy(new QProgressBar(this))
    , m_report(new ProbeReportView(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("probeDialog"));
    setWindowTitle(tr("Check a Live Site"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setPlaceholderText(tr("www.example.com or www.example.com:8443"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_sni->setObjectName(QStringLiteral("sniLineEdit"));
    m_sni->setPlaceholderText(tr("the host name"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(1, 120);
    m_timeout->setValue(AppSettings::load().probeTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_probe->setObjectName(QStringLiteral("probePushButton"));
    m_probe->setDefault(true);
    m_busy->setObjectName(QStringLiteral("probeProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_report->setMinimumHeight(300);

    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("&Port:"), this));
    hostRow->addWidget(m_port);
    static_cast<QLabel*>(hostRow->itemAt(1)->widget())->setBuddy(m_port);
    auto* sniRow = new QHBoxLayout;
    sniRow->addWidget(m_sni, 1);
    sniRow->addWidget(new QLabel(tr("&Time limit:"), this));
    sniRow->addWidget(m_timeout);
    static_cast<QLabel*>(sniRow->itemAt(1)->widget())->setBuddy(m_timeout);
    auto* form = new QFormLayout;
    auto* hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    auto* sniLabel = new QLabel(tr("&Server name (SNI):"), this);
    sniLabel->setBuddy(m_sni);
    form->addRow(hostLabel, hostRow);
    form->addRow(sniLabel, sniRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("probeButtonBox"));
    buttons->addButton(m_probe, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    m_report->setHtml(tr("<p>Enter the site's host name and port, then Check. CertPilot connects like a browser "
                         "and compares what the server sends with the store.</p>"));

    connect(m_probe, &QPushButton::clicked, this, &ProbeDialog::startProbe);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, [this] { m_probe->setEnabled(!m_host->text().trimmed().isEmpty() && !m_probing); });
    m_probe->setEnabled(false);
    resize(760, 620);

    // Recorded bindings say which certificate belongs where.
    QPointer<ProbeDialog> self(this);
    auto records = std::make_shared<QList<BindingRecord>>();
    session->runOnStore(
        [records](CertificateStore& store) {
            if (auto r = BindingRegistry::read(store))
                *records = r->all();
        },
        [self, records] {
            if (!self)
                return;
            self->m_records = *records;
            self->m_recordsLoaded = true;
            if (self->m_startWhenLoaded)
                self->startProbe();
        });
}

ProbeDialog::~ProbeDialog() { m_cancel->store(true); }

ProbeDialog* ProbeDialog::open(QWidget* parent, StoreSession* session, const QString& host, int port,
                               const QString& sni, const QString& expectedSha1)
{
    if (!BindingServices::installed().canProbe())
        return nullptr;
    auto* dialog = new ProbeDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(host, port, sni, expectedSha1);
    dialog->show();
    if (!host.isEmpty())
        dialog->startProbe();
    return dialog;
}

ProbeDialog* ProbeDialog::openFor(QWidget* parent, StoreSession* session, const BindingRecord& record)
{
    return open(parent, session, record.probeHost, record.probePort ? record.probePort : 443, record.probeSni,
                record.certificate);
}

void ProbeDialog::setTarget(const QString& host, int port, const QString& sni, const QString& expectedSha1)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_sni->setText(sni);
    m_expected = expectedSha1;
}

void ProbeDialog::startProbe()
{
    if (m_probing)
        return;
    if (!m_recordsLoaded && m_expected.isEmpty()) {
        // Which certificate belongs here is read from the store first (a moment).
        m_startWhenLoaded = true;
        return;
    }
    m_startWhenLoaded = false;
    auto parsed = ProbeTarget::parse(m_host->text(), m_port->value());
    if (!parsed) {
        m_report->showError(tr("Check the host"), parsed.error().message, {});
        return;
    }
    ProbeTarget target = *parsed;
    if (target.port != m_port->value())
        m_port->setValue(target.port);   // "host:8443" typed in the host field
    m_host->setText(target.host);
    target.sni = m_sni->text().trimmed();
    target.timeoutMs = m_timeout->value() * 1000;

    // The certificate that should be there: the one given, else a recorded binding for this endpoint.
    const StoreContents contents = m_session->contents();
    ProbeAnalysis::Options options;
    QString expected = m_expected;
    if (expected.isEmpty()) {
        BindingRegistry registry;
        for (const BindingRecord& r : m_records)
            registry.record(r);
        QList<BindingRecord> matches = registry.forEndpoint(target.serverName(), target.port);
        if (matches.isEmpty())
            matches = registry.forEndpoint(target.host, target.port);
        if (matches.size() == 1)
            expected = matches.first().certificate;
    }
    if (const StoreEntry* e = contents.findByThumbprint(expected))
        options.bound = e->certificate;

    m_probing = true;
    m_probe->setEnabled(false);
    m_busy->show();
    m_report->setHtml(tr("<p>Connecting to %1...</p>").arg(target.displayName().toHtmlEscaped()));
    auto cancel = m_cancel;
    const BindingServices services = BindingServices::installed();
    QtConcurrent::run([services, target, contents, options, cancel] {
        auto outcome = std::make_shared<Outcome>();
        outcome->probe = services.makeProbe()->probe(target, cancel.get());
        if (*outcome->probe)
            outcome->analysis = ProbeAnalysis::analyse(**outcome->probe, contents, options);
        return outcome;
    }).then(this, [this, target](const std::shared_ptr<Outcome>& outcome) {
        finished();
        if (!*outcome->probe)
            m_report->showError(tr("%1 could not be checked").arg(target.displayName()),
                                outcome->probe->error().message, outcome->probe->error().detail);
        else
            m_report->showReport(**outcome->probe, outcome->analysis);
    });
}

void ProbeDialog::finished()
{
    m_probing = false;
    m_busy->hide();
    m_probe->setEnabled(!m_host->text().trimmed().isEmpty());
}

} // namespace certpilot
