// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/CompleteRequestDialog.h"

#include "StoreSession.h"
#include "request/CompleteRequest.h"
#include "request/CreateRequestWizard.h"
#include "request/FieldMessageLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace certpilot {

namespace {

QStringList parseFiles(const QString& text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1Char('"')))
        return t.isEmpty() ? QStringList() : QStringList{t};
    // Several files, as the file dialog writes them: "a.cer" "b.cer".
    QStringList out;
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    for (auto it = quoted.globalMatch(t); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

CompleteRequestDialog::CompleteRequestDialog(StoreSession* session, std::function<void()> importPfx, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_importPfx(std::move(importPfx))
    , m_file(new QLineEdit(this))
    , m_friendlyName(new QLineEdit(this))
    , m_headline(new QLabel)
    , m_status(new QLabel)
    , m_busyBar(new QProgressBar(this))
    , m_importButton(new QPushButton(tr("&Import PFX Backup..."), this))
    , m_newRequestButton(new QPushButton(tr("Create &New Request..."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_completeButton(m_buttons->addButton(tr("&Complete"), QDialogButtonBox::AcceptRole))
    , m_browseButton(new QPushButton(tr("&Browse..."), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("completeRequestDialog"));
    setWindowTitle(tr("Complete Certificate Request"));

    auto* intro = new QLabel(tr("Choose the file the certificate authority sent back: .cer, .crt or .p7b, as text "
                                "(PEM) or binary (DER). You may choose its root and intermediate files together "
                                "with it."),
                             this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setPlaceholderText(tr("server.cer"));
    m_browseButton->setObjectName(QStringLiteral("browsePushButton"));
    m_browseButton->setAutoDefault(false);
    m_friendlyName->setObjectName(QStringLiteral("friendlyNameLineEdit"));
    m_friendlyName->setMaxLength(CompleteRequest::kMaxFriendlyName);
    m_friendlyName->setPlaceholderText(tr("www.example.com 2026"));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusPane = new QWidget;
    auto* statusLayout = new QVBoxLayout(statusPane);
    statusLayout->setContentsMargins(6, 6, 6, 6);
    statusLayout->addWidget(m_headline);
    statusLayout->addWidget(m_status);
    statusLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statusScrollArea"));
    scroll->setWidget(statusPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumHeight(180);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->sizeHint().height() / 2 + 2);
    m_busyBar->hide();
    m_importButton->setObjectName(QStringLiteral("importPfxPushButton"));
    m_importButton->setAutoDefault(false);
    m_importButton->hide();
    m_newRequestButton->setObjectName(QStringLiteral("newRequestPushButton"));
    m_newRequestButton->setAutoDefault(false);
    m_newRequestButton->hide();
    m_completeButton->setObjectName(QStringLiteral("completePushButton"));
    m_completeButton->setEnabled(false);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* fileLabel = new QLabel(tr("CA's &response:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Friendly name:"), m_friendlyName);
    auto* cures = new QHBoxLayout;
    cures->addWidget(m_importButton);
    cures->addWidget(m_newRequestButton);
    cures->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busyBar);
    layout->addWidget(scroll, 1);
    layout->addLayout(cures);
    layout->addWidget(m_buttons);
    resize(640, 480);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &CompleteRequestDialog::analyse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_completeButton->setEnabled(false);
        m_debounce->start();
    });
    connect(m_friendlyName, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_browseButton, &QPushButton::clicked, this, &CompleteRequestDialog::browse);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_completeButton, &QPushButton::clicked, this, &CompleteRequestDialog::complete);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_importPfx)
            m_importPfx();
        close();
    });
    connect(m_newRequestButton, &QPushButton::clicked, this, [this] {
        CreateRequestWizard::open(parentWidget(), m_session, m_plan.certificate);
        close();
    });
    showText({}, tr("No file chosen yet."), false);
}

CompleteRequestDialog* CompleteRequestDialog::open(QWidget* parent, StoreSession* session, const QStringList& files,
                                                   std::function<void()> importPfx)
{
    auto* dialog = new CompleteRequestDialog(session, std::move(importPfx), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!files.isEmpty())
        dialog->setFiles(files);
    dialog->show();
    return dialog;
}

void CompleteRequestDialog::setFiles(const QStringList& files)
{
    if (files.size() == 1) {
        m_file->setText(QDir::toNativeSeparators(files.first()));
    } else {
        QStringList quoted;
        for (const QString& f : files)
            quoted << QLatin1Char('"') + QDir::toNativeSeparators(f) + QLatin1Char('"');
        m_file->setText(quoted.join(QLatin1Char(' ')));
    }
    m_debounce->stop();
    analyse();
}

QStringList CompleteRequestDialog::files() const
{
    QStringList out;
    for (const QString& f : parseFiles(m_file->text()))
        out << QDir::fromNativeSeparators(f);
    return out;
}

void CompleteRequestDialog::browse()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Choose the CA's Response"), QDir::homePath(),
        tr("Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)"));
    if (!chosen.isEmpty())
        setFiles(chosen);
}

void CompleteRequestDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    if (!status.isEmpty())
        showText({}, status, false);
    if (busy)
        m_completeButton->setEnabled(false);
}

void CompleteRequestDialog::showText(const QString& headline, const QString& details, bool problem)
{
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, FieldMessageLabel::warningColor(p));
    m_headline->setPalette(p);
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    m_status->setText(details);
}

void CompleteRequestDialog::analyse()
{
    const QStringList chosen = files();
    const int generation = ++m_generation;
    m_importButton->hide();
    m_newRequestButton->hide();
    if (chosen.isEmpty()) {
        m_plan = {};
        setBusy(false, tr("No file chosen yet."));
        return;
    }
    setBusy(true, tr("Reading the response and looking for its private key..."));
    const QString name = m_friendlyName->text();
    auto plan = std::make_shared<CompletionPlan>();
    QPointer<CompleteRequestDialog> self(this);
    m_session->runOnStore([plan, chosen, name](CertificateStore& store) {
        *plan = CompleteRequest::prepare(store, chosen, name);
    },
                          [self, plan, generation] {
                              if (!self || generation != self->m_generation)
                                  return;
                              self->m_plan = *plan;
                              self->showPlan();
                          });
}

void CompleteRequestDialog::showPlan()
{
    setBusy(false, {});
    const bool ready = m_plan.isReady();
    // A name the user did not type follows the chosen certificate: its
    // subject and expiry year tell old and new apart during a renewal.
    if (!m_nameEdited) {
        m_friendlyName->setText(ready ? tr("%1 %2")
                                            .arg(m_plan.certificate.subject().displayName())
                                            .arg(m_plan.certificate.notAfter().date().year())
                                      : QString());
        m_plan.friendlyName = m_friendlyName->text();
    }
    if (ready) {
        showText(tr("Ready to complete the request for %1.").arg(m_plan.certificate.subject().displayName()),
                 CompleteRequest::describe(m_plan, false).join(QLatin1Char('\n')), false);
    } else {
        // The first paragraph says what happened; the rest explains and advises.
        const QString message = m_plan.error.message;
        const qsizetype split = message.indexOf(QLatin1String("\n\n"));
        showText(split < 0 ? message : message.left(split), split < 0 ? QString() : message.mid(split + 2), true);
    }
    const bool noKey = m_plan.status == CompletionStatus::NoMatchingKey;
    m_importButton->setVisible(noKey && m_importPfx);
    m_newRequestButton->setVisible(noKey && m_session);
    m_completeButton->setEnabled(ready);
}

void CompleteRequestDialog::complete()
{
    if (m_busy || !m_plan.isReady())
        return;
    setBusy(true, tr("Completing the request..."));
    m_file->setEnabled(false);
    m_friendlyName->setEnabled(false);
    const QStringList chosen = files();
    const QString name = m_friendlyName->text();
    auto plan = std::make_shared<CompletionPlan>();
    QPointer<CompleteRequestDialog> self(this);
    // Planned again with the final friendly name and the store as it is now.
    auto commit = [self, plan] {
        if (!self)
            return;
        self->m_plan = *plan;
        if (!plan->isReady()) {
            self->m_file->setEnabled(true);
            self->m_friendlyName->setEnabled(true);
            self->showPlan();
            return;
        }
        self->m_session->commit(plan->change, [self, plan](const Result<void>& done) {
            if (!self)
                return;
            self->setBusy(false, {});
            if (!done) {
                self->m_plan.status = CompletionStatus::Failed;
                self->m_plan.error = makeError(done.error().kind,
                                               tr("The request was not completed: %1").arg(done.error().message),
                                               done.error().detail);
                self->m_file->setEnabled(true);
                self->m_friendlyName->setEnabled(true);
                self->showPlan();
                return;
            }
            self->m_completed = true;
            self->showText(tr("Request completed."), CompleteRequest::describe(*plan, true).join(QLatin1Char('\n')),
                           false);
            self->m_browseButton->setEnabled(false);
            self->m_buttons->setStandardButtons(QDialogButtonBox::Close);
            self->m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
            self->m_completeButton->hide();  // after the box has laid its buttons out again
            emit self->completed(plan->certificate.sha1());
        });
    };
    m_session->runOnStore([plan, chosen, name](CertificateStore& store) {
        *plan = CompleteRequest::prepare(store, chosen, name);
    },
                          commit);
}

} // namespace certpilot
