// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestGenerationPage.h"

#include "StoreSession.h"
#include "request/CreateRequest.h"
#include "request/CreateRequestWizard.h"
#include "request/FieldMessageLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <memory>

namespace certpilot {

RequestGenerationPage::RequestGenerationPage(CreateRequestWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_error(new FieldMessageLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
{
    setObjectName(QStringLiteral("requestGenerationPage"));
    setTitle(tr("Creating the Request"));
    setSubTitle(tr("A new private key is made on this machine and kept in the Requests store."));
    m_status->setObjectName(QStringLiteral("generationStatusLabel"));
    m_status->setWordWrap(true);
    m_busyBar->setObjectName(QStringLiteral("generationProgressBar"));
    m_busyBar->setRange(0, 0);  // busy: how long key generation takes cannot be known
    m_busyBar->setTextVisible(false);
    m_error->setObjectName(QStringLiteral("generationErrorLabel"));
    m_detail->setObjectName(QStringLiteral("generationDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    m_retry->setObjectName(QStringLiteral("retryPushButton"));
    m_retry->setAutoDefault(false);
    m_retry->hide();

    auto* retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_error);
    layout->addWidget(m_detail);
    layout->addLayout(retryRow);
    layout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, &RequestGenerationPage::start);
}

void RequestGenerationPage::initializePage() { start(); }

void RequestGenerationPage::start()
{
    if (m_busy || m_done)
        return;
    m_busy = true;
    m_error->setMessage({});
    m_detail->hide();
    m_retry->hide();
    m_busyBar->show();
    const RequestDraft draft = m_wizard->draft();
    m_status->setText(tr("Creating the private key (%1) and signing the request. This can take a few seconds; "
                         "the window stays usable.")
                          .arg(draft.key.displayName()));
    // The watcher is a child of this page: a closed wizard gets nothing, and
    // stores nothing. It reports through the event loop even when the work
    // is already done, so the outcome never depends on timing.
    using Outcome = std::shared_ptr<Result<CreatedRequest>>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome result = watcher->result();
        watcher->deleteLater();
        generated(*result);
    });
    watcher->setFuture(QtConcurrent::run(
        [draft] { return std::make_shared<Result<CreatedRequest>>(CreateRequest::generate(draft)); }));
}

void RequestGenerationPage::generated(const Result<CreatedRequest>& result)
{
    if (!result) {
        failed(result.error().message, result.error().detail);
        return;
    }
    m_status->setText(tr("Keeping the private key in the Requests store..."));
    const CertificateRequest request = result->request;
    QPointer<RequestGenerationPage> self(this);
    m_wizard->session()->commit(result->storeChange(), [self, request](const Result<void>& stored) {
        if (!self)
            return;
        if (!stored) {
            self->failed(tr("The request was not created, because its private key could not be kept in the "
                            "store: %1")
                             .arg(stored.error().message),
                         stored.error().detail);
            return;
        }
        self->m_busy = false;
        self->m_done = true;
        self->m_busyBar->hide();
        self->m_status->setText(tr("The request is ready."));
        emit self->created(request);
        emit self->completeChanged();
        QMetaObject::invokeMethod(self->wizard(), &QWizard::next, Qt::QueuedConnection);
    });
}

void RequestGenerationPage::failed(const QString& message, const QString& detail)
{
    m_busy = false;
    m_busyBar->hide();
    m_status->setText(tr("No request was created, and nothing was stored."));
    m_error->setMessage(message);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_retry->show();
}

} // namespace certpilot
