// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestNamesPage.h"

#include "request/FieldMessageLabel.h"
#include "request/RequestValidator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace certpilot {

namespace {
QStringList splitNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

RequestNamesPage::RequestNamesPage(RequestDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_included(new QLabel(this))
    , m_names(new QPlainTextEdit(this))
    , m_message(new FieldMessageLabel(this))
    , m_suggest(new QPushButton(this))
{
    setObjectName(QStringLiteral("requestNamesPage"));
    setTitle(tr("Subject Alternative Names"));
    setSubTitle(tr("Browsers check these names, not the common name. List every name users type to reach the "
                   "site."));

    m_included->setObjectName(QStringLiteral("includedNameLabel"));
    m_included->setWordWrap(true);
    m_included->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("&More names, one per line: host names, wildcards such as *.example.com, or IP "
                                "addresses."),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_names);
    m_names->setObjectName(QStringLiteral("alternativeNamesPlainTextEdit"));
    m_names->setTabChangesFocus(true);
    m_names->setPlaceholderText(tr("example.com\nmail.example.com\n192.0.2.10"));
    m_names->setPlainText(draft->alternativeNames.join(QLatin1Char('\n')));
    m_message->setObjectName(QStringLiteral("alternativeNamesMessageLabel"));
    m_message->attachTo(m_names);
    m_suggest->setObjectName(QStringLiteral("suggestNamePushButton"));
    m_suggest->setAutoDefault(false);

    auto* suggestRow = new QHBoxLayout;
    suggestRow->addWidget(m_suggest);
    suggestRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_included);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_names, 1);
    layout->addWidget(m_message);
    layout->addLayout(suggestRow);

    connect(m_names, &QPlainTextEdit::textChanged, this, &RequestNamesPage::namesEdited);
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        const QString name = companionName(m_draft->commonName);
        QString text = m_names->toPlainText();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        m_names->setPlainText(text + name);
    });
}

QString RequestNamesPage::companionName(const QString& commonName)
{
    const QString cn = commonName.trimmed().toLower();
    if (cn.isEmpty() || cn.startsWith(QLatin1Char('*')) || RequestValidator::isIpAddress(cn)
        || !RequestValidator::commonName(cn).isEmpty())
        return {};
    if (cn.startsWith(QLatin1String("www.")))
        return cn.count(QLatin1Char('.')) >= 2 ? cn.mid(4) : QString();
    // Only for a registered domain ("example.com"), not for "mail.example.com".
    return cn.count(QLatin1Char('.')) == 1 ? QStringLiteral("www.") + cn : QString();
}

void RequestNamesPage::initializePage()
{
    const QString cn = m_draft->commonName;
    m_included->setText(RequestValidator::isIpAddress(cn)
                            ? tr("Always included: %1 (the common name, as an IP address).").arg(cn)
                            : tr("Always included: %1 (the common name).").arg(cn));
    updateSuggestion();
}

void RequestNamesPage::namesEdited()
{
    m_draft->alternativeNames = splitNames(m_names->toPlainText());
    m_message->setMessage(RequestValidator::alternativeNames(m_draft->alternativeNames).join(QLatin1Char('\n')));
    updateSuggestion();
    emit completeChanged();
}

void RequestNamesPage::updateSuggestion()
{
    const QString name = companionName(m_draft->commonName);
    bool listed = false;
    for (const QString& n : m_draft->alternativeNames)
        listed = listed || n.compare(name, Qt::CaseInsensitive) == 0;
    m_suggest->setText(tr("Add %1").arg(name));
    m_suggest->setVisible(!name.isEmpty() && !listed);
}

bool RequestNamesPage::isComplete() const
{
    return RequestValidator::alternativeNames(m_draft->alternativeNames).isEmpty();
}

} // namespace certpilot
