// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/PasswordFields.h"

#include "pfx/PasswordStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace certpilot {

PasswordFields::PasswordFields(QWidget* parent)
    : QWidget(parent)
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_meter(new QProgressBar(this))
    , m_strength(new QLabel(this))
    , m_match(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordFieldsWidget"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordLineEdit"));
    for (QLineEdit* e : {m_password, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        e->setClearButtonEnabled(false);
        connect(e, &QLineEdit::textChanged, this, &PasswordFields::update);
    }
    m_meter->setObjectName(QStringLiteral("passwordStrengthProgressBar"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_meter->setAccessibleName(tr("Password strength"));
    m_strength->setObjectName(QStringLiteral("passwordStrengthLabel"));
    m_strength->setWordWrap(true);
    m_match->setObjectName(QStringLiteral("passwordMatchLabel"));
    m_match->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_meter);
    layout->addWidget(m_strength);
    layout->addWidget(m_match);
    update();
}

bool PasswordFields::isAcceptable() const
{
    return !m_password->text().isEmpty() && m_password->text() == m_confirm->text();
}

SecureBytes PasswordFields::password() const
{
    QByteArray utf8 = m_password->text().toUtf8();
    return SecureBytes::takeFrom(utf8);
}

void PasswordFields::clear()
{
    m_password->clear();
    m_confirm->clear();
}

void PasswordFields::update()
{
    const PasswordStrength s = PasswordStrength::estimate(m_password->text());
    m_meter->setValue(s.percent());
    QString color;
    switch (s.level) {
    case PasswordStrength::Level::Empty:
        break;
    case PasswordStrength::Level::Weak:
        color = QStringLiteral("#c62828");
        break;
    case PasswordStrength::Level::Fair:
        color = QStringLiteral("#ef6c00");
        break;
    case PasswordStrength::Level::Strong:
        color = QStringLiteral("#2e7d32");
        break;
    }
    m_meter->setStyleSheet(color.isEmpty() ? QString()
                                           : QStringLiteral("QProgressBar::chunk { background: %1; }").arg(color));
    m_strength->setText(s.level == PasswordStrength::Level::Empty
                            ? s.advice()
                            : QStringLiteral("<b>%1.</b> %2").arg(s.label().toHtmlEscaped(), s.advice().toHtmlEscaped()));
    const bool typedBoth = !m_confirm->text().isEmpty();
    m_match->setText(typedBoth && m_password->text() != m_confirm->text() ? tr("The two passwords differ.")
                                                                          : QString());
    m_match->setVisible(!m_match->text().isEmpty());
    emit changed();
}

} // namespace certpilot
