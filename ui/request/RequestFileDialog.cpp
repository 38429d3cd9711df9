// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestFileDialog.h"

#include "FileDecoder.h"
#include "RequestView.h"
#include "StoreEntry.h"
#include "StoreSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certpilot {

namespace {

// The pending request in the store with the same key, if any.
const StoreEntry* pendingWithKey(const StoreSession* session, const QString& keyId)
{
    if (!session)
        return nullptr;
    for (const StoreEntry& entry : session->contents().entries) {
        if (entry.isRequest() && entry.request.keyId() == keyId)
            return &entry;
    }
    return nullptr;
}

} // namespace

RequestFileDialog::RequestFileDialog(StoreSession* session, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(path)
    , m_status(new QLabel(this))
    , m_view(new RequestView(this))
{
    setObjectName(QStringLiteral("requestFileDialog"));
    setWindowTitle(tr("Certificate Request - %1").arg(QFileInfo(path).fileName()));
    m_status->setObjectName(QStringLiteral("requestFileStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(path)));
    m_view->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 520);

    QtConcurrent::run([path] { return FileDecoder::decodeFile(path); })
        .then(this, [this](const Result<DecodedFile>& file) { decoded(file); });
}

RequestFileDialog* RequestFileDialog::open(QWidget* parent, StoreSession* session, const QString& path)
{
    auto* dialog = new RequestFileDialog(session, path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool RequestFileDialog::looksLikeRequestFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csr") || suffix == QLatin1String("req") || suffix == QLatin1String("p10");
}

void RequestFileDialog::decoded(const Result<DecodedFile>& file)
{
    if (!file) {
        m_status->setText(tr("%1 cannot be read as a certificate request: %2")
                              .arg(QDir::toNativeSeparators(m_path), file.error().message));
        return;
    }
    if (file->requests.isEmpty()) {
        if (!file->certificates.isEmpty()) {
            m_status->setText(tr("%1 holds certificates, not a request: they are opened for import.")
                                  .arg(QDir::toNativeSeparators(m_path)));
            emit certificatesFound(m_path);
        } else {
            m_status->setText(tr("%1 holds no certificate request. A request file starts with "
                                 "-----BEGIN CERTIFICATE REQUEST-----.")
                                  .arg(QDir::toNativeSeparators(m_path)));
        }
        return;
    }
    StoreEntry entry;
    entry.kind = StoreKind::Requests;
    entry.request = file->requests.first();
    const StoreEntry* pending = pendingWithKey(m_session, entry.request.keyId());
    entry.hasPrivateKey = pending && pending->hasPrivateKey;
    entry.added = pending ? pending->added : QFileInfo(m_path).lastModified();
    m_view->setEntry(entry);
    if (!pending) {
        m_view->setKeyNote(tr("This store does not hold the private key of this request, so CertPilot cannot "
                              "complete it. Complete it where it was made (the server that ran openssl req or "
                              "IIS), or make a new request here."));
    }
    m_status->setText(entry.request.signatureValid()
                          ? tr("The request is intact: its signature matches its key.")
                          : tr("The request's signature does not match its key: the file was changed after it "
                               "was made. Do not send it to a CA; make a new request."));
    m_view->show();
}

} // namespace certpilot
