// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestSubjectPage.h"

#include "request/CountryCodes.h"
#include "request/FieldMessageLabel.h"
#include "request/RequestValidator.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certpilot {

RequestSubjectPage::RequestSubjectPage(RequestDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_countryName(new QLabel(this))
{
    setObjectName(QStringLiteral("requestSubjectPage"));
    setTitle(tr("Distinguished Name Properties"));
    setSubTitle(tr("Who the certificate is for. Use English (ASCII) characters only, as CAs require; enter the city "
                   "and state by their full official names, without abbreviations."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, RequestField::CommonName, &RequestDraft::commonName, QStringLiteral("commonName"),
             tr("&Common name:"), tr("www.example.com"),
             tr("The site's host name exactly as users type it, without http:// or a path. *.example.com for a "
                "wildcard."));
    addField(form, RequestField::Organization, &RequestDraft::organization, QStringLiteral("organization"),
             tr("&Organization:"), tr("Example Co., Ltd."),
             tr("Your organization's legal name in English; may be an abbreviation."));
    addField(form, RequestField::OrganizationalUnit, &RequestDraft::organizationalUnit,
             QStringLiteral("organizationalUnit"), tr("Organizational &unit:"), tr("IT Department"),
             tr("Optional. Public CAs no longer put it in certificates."));
    addField(form, RequestField::Locality, &RequestDraft::locality, QStringLiteral("locality"),
             tr("City/&locality:"), tr("TAIPEI"), {});
    addField(form, RequestField::State, &RequestDraft::state, QStringLiteral("state"), tr("&State/province:"),
             tr("TAIWAN"), {});
    addField(form, RequestField::Country, &RequestDraft::country, QStringLiteral("country"),
             tr("Count&ry/region:"), tr("TW"), {});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    auto* note = new QLabel(tr("Only the common name is required. Organization-validated (OV and EV) "
                               "certificates also need organization, city, state and country exactly as "
                               "registered."),
                            this);
    note->setObjectName(QStringLiteral("requiredNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    revalidate();
}

void RequestSubjectPage::addField(QFormLayout* form, RequestField field, QString RequestDraft::*value,
                                  const QString& name, const QString& label, const QString& placeholder,
                                  const QString& hint)
{
    auto* edit = new QLineEdit(m_draft->*value, this);
    edit->setObjectName(name + QStringLiteral("LineEdit"));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(hint);
    auto* message = new FieldMessageLabel(this);
    message->setObjectName(name + QStringLiteral("MessageLabel"));
    message->attachTo(edit);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    if (field == RequestField::Country) {
        auto* row = new QHBoxLayout;
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 8);
        row->addWidget(edit);
        m_countryName->setObjectName(QStringLiteral("countryNameLabel"));
        row->addWidget(m_countryName, 1);
        column->addLayout(row);
    } else {
        column->addWidget(edit);
    }
    if (field == RequestField::CommonName || field == RequestField::OrganizationalUnit) {
        auto* hintLabel = new QLabel(hint, this);
        hintLabel->setObjectName(name + QStringLiteral("HintLabel"));
        hintLabel->setWordWrap(true);
        QFont small = hintLabel->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        hintLabel->setFont(small);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(hintLabel);
    }
    column->addWidget(message);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, column);
    m_fields.append({field, value, edit, message, !edit->text().isEmpty()});
    const qsizetype index = m_fields.size() - 1;
    connect(edit, &QLineEdit::textChanged, this, [this, index](const QString& text) {
        Field& f = m_fields[index];
        m_draft->*(f.value) = text.trimmed();
        f.touched = true;
        revalidate();
    });
}

void RequestSubjectPage::revalidate()
{
    for (const Field& f : m_fields) {
        const QString value = m_draft->*(f.value);
        QString message = f.field == RequestField::CommonName ? RequestValidator::commonName(value)
            : f.field == RequestField::Country               ? RequestValidator::country(value)
                                                              : RequestValidator::textField(f.field, value);
        // An empty required field is pointed out once the user has been there,
        // not on a page that was just opened.
        if (value.isEmpty() && !f.touched)
            message.clear();
        f.message->setMessage(message);
    }
    const QString country = m_draft->country;
    m_countryName->setText(CountryCodes::isValid(country) && country.size() == 2 ? CountryCodes::name(country)
                                                                                  : QString());
    emit completeChanged();
}

bool RequestSubjectPage::isComplete() const
{
    const RequestDraft& d = *m_draft;
    return RequestValidator::commonName(d.commonName).isEmpty()
        && RequestValidator::textField(RequestField::Organization, d.organization).isEmpty()
        && RequestValidator::textField(RequestField::OrganizationalUnit, d.organizationalUnit).isEmpty()
        && RequestValidator::textField(RequestField::Locality, d.locality).isEmpty()
        && RequestValidator::textField(RequestField::State, d.state).isEmpty()
        && RequestValidator::country(d.country).isEmpty();
}

} // namespace certpilot
