// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestView.h"

#include "CertificateFields.h"
#include "StoreEntry.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace certpilot {

namespace {
QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

RequestView::RequestView(QWidget* parent)
    : QWidget(parent)
    , m_subject(valueLabel(this, "requestSubjectLabel"))
    , m_names(valueLabel(this, "requestNamesLabel"))
    , m_key(valueLabel(this, "requestKeyLabel"))
    , m_requested(valueLabel(this, "requestDateLabel"))
    , m_privateKey(valueLabel(this, "requestPrivateKeyLabel"))
    , m_pem(new QPlainTextEdit(this))
{
    auto* heading = new QLabel(tr("Certificate Request (waiting for the CA)"), this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);

    m_pem->setObjectName(QStringLiteral("requestPemTextEdit"));
    m_pem->setReadOnly(true);
    m_pem->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Alternative names:"), m_names);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Requested:"), m_requested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_privateKey);
    layout->addWidget(new QLabel(tr("Request to send to the CA:"), this));
    layout->addWidget(m_pem, 1);
}

void RequestView::setEntry(const StoreEntry& entry)
{
    const CertificateRequest& r = entry.request;
    m_subject->setText(r.subject().toString());
    QStringList names;
    for (const SubjectAltName& san : r.subjectAltNames())
        names << san.value;
    m_names->setText(names.isEmpty() ? tr("(none)") : names.join(QLatin1String(", ")));
    m_key->setText(r.keyDescription());
    m_requested->setText(entry.added.isValid() ? CertificateFields::dateTime(entry.added) : tr("(unknown)"));
    m_privateKey->setText(entry.hasPrivateKey
                              ? tr("The private key of this request is kept here, waiting for the certificate "
                                   "the CA issues for it.")
                              : tr("The private key of this request is missing: the CA's certificate cannot be "
                                   "used without it. Make a new request."));
    m_pem->setPlainText(QString::fromLatin1(r.toPem()));
}

void RequestView::setKeyNote(const QString& note)
{
    m_privateKey->setText(note);
}

} // namespace certpilot
