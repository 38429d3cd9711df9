// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestKeyPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace certpilot {

RequestKeyPage::RequestKeyPage(RequestDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_key(new QComboBox(this))
    , m_hash(new QComboBox(this))
    , m_keyNote(new QLabel(this))
    , m_review(new QLabel(this))
{
    setObjectName(QStringLiteral("requestKeyPage"));
    setTitle(tr("Cryptographic Service Provider Properties"));
    setSubTitle(tr("The kind of private key to create. It stays on this machine, pending in the Requests store, "
                   "until the CA's certificate is completed."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create Request"));

    m_key->setObjectName(QStringLiteral("keyComboBox"));
    m_key->addItem(tr("RSA 2048 bits (recommended)"), QStringLiteral("rsa:2048"));
    m_key->addItem(tr("RSA 3072 bits"), QStringLiteral("rsa:3072"));
    m_key->addItem(tr("RSA 4096 bits"), QStringLiteral("rsa:4096"));
    m_key->addItem(tr("ECDSA P-256"), QStringLiteral("ec:P-256"));
    m_key->addItem(tr("ECDSA P-384"), QStringLiteral("ec:P-384"));
    m_hash->setObjectName(QStringLiteral("hashComboBox"));
    m_hash->addItem(tr("SHA-256 (recommended)"), QStringLiteral("SHA256"));
    m_hash->addItem(tr("SHA-384"), QStringLiteral("SHA384"));
    m_hash->addItem(tr("SHA-512"), QStringLiteral("SHA512"));
    m_keyNote->setObjectName(QStringLiteral("keyNoteLabel"));
    m_keyNote->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewLabel"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::PlainText);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Key type and size:"), m_key);
    form->addRow(QString(), m_keyNote);
    form->addRow(tr("Signature &hash:"), m_hash);
    auto* review = new QGroupBox(tr("The request will ask for"), this);
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->addWidget(m_review);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(review);
    layout->addStretch();

    connect(m_key, &QComboBox::currentIndexChanged, this, &RequestKeyPage::keyChosen);
    connect(m_hash, &QComboBox::currentIndexChanged, this, &RequestKeyPage::hashChosen);
}

void RequestKeyPage::initializePage()
{
    m_key->setCurrentIndex(std::max(0, m_key->findData(m_draft->key.toString())));
    m_hash->setCurrentIndex(std::max(0, m_hash->findData(m_draft->hash)));
    keyChosen();
    hashChosen();
    QStringList lines;
    lines << tr("Common name: %1").arg(m_draft->commonName);
    const QStringList names = m_draft->dnsNames() + m_draft->ipAddresses();
    lines << tr("Names browsers will accept: %1").arg(names.join(QLatin1String(", ")));
    QStringList subject;
    for (const QString& v : {m_draft->organization, m_draft->organizationalUnit, m_draft->locality, m_draft->state,
                             m_draft->country.toUpper()}) {
        if (!v.isEmpty())
            subject << v;
    }
    if (!subject.isEmpty())
        lines << tr("Organization and place: %1").arg(subject.join(QLatin1String(", ")));
    m_review->setText(lines.join(QLatin1Char('\n')));
}

void RequestKeyPage::keyChosen()
{
    const auto spec = KeySpec::parse(m_key->currentData().toString());
    if (spec)
        m_draft->key = *spec;
    const QString id = m_key->currentData().toString();
    if (id == QLatin1String("rsa:2048"))
        m_keyNote->setText(tr("Accepted by every CA and every client; what IIS creates."));
    else if (id == QLatin1String("rsa:3072"))
        m_keyNote->setText(tr("Stronger than 2048 bits; handshakes are a little slower."));
    else if (id == QLatin1String("rsa:4096"))
        m_keyNote->setText(tr("The strongest RSA choice; handshakes are slower, and the key takes a few seconds "
                              "to create."));
    else
        m_keyNote->setText(tr("Small and fast, and supported by current browsers; some old clients and devices "
                              "cannot use it. Check that your CA issues ECDSA certificates."));
}

void RequestKeyPage::hashChosen() { m_draft->hash = m_hash->currentData().toString(); }

} // namespace certpilot
