// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionProgress.h"

#include "StoreSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace certpilot {

SessionProgress::SessionProgress(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar->setObjectName(QStringLiteral("loadProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(180);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
}

void SessionProgress::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    hide();
    if (!session)
        return;
    connect(session, &StoreSession::loadStarted, this, [this] { display(tr("Loading store…"), 0, 0); });
    connect(session, &StoreSession::loadProgress, this,
            [this](int done, int total) { display(tr("Loading store… %1/%2").arg(done).arg(total), done, total); });
    connect(session, &StoreSession::loadFailed, this, [this] { hide(); });
    connect(session, &StoreSession::loaded, this, &SessionProgress::onLoaded);
    connect(session, &StoreSession::chainResultsReady, this,
            [this](const QStringList& ids) { onChainResults(int(ids.size())); });
    connect(session, &StoreSession::verificationFinished, this, [this] { hide(); });
    if (session->isLoading())
        display(tr("Loading store…"), 0, 0);
}

QString SessionProgress::text() const { return isHidden() ? QString() : m_label->text(); }

void SessionProgress::display(const QString& text, int done, int total)
{
    m_label->setText(text);
    m_bar->setRange(0, total);  // 0..0: busy, while the total is unknown
    m_bar->setValue(done);
    show();
}

void SessionProgress::onLoaded()
{
    m_verifyDone = 0;
    m_verifyTotal = 0;
    for (const StoreEntry& e : m_session->contents().entries)
        m_verifyTotal += e.certificate.isNull() ? 0 : 1;
    if (m_verifyTotal == 0) {
        hide();
        return;
    }
    display(tr("Checking chains… %1/%2").arg(0).arg(m_verifyTotal), 0, m_verifyTotal);
}

void SessionProgress::onChainResults(int count)
{
    m_verifyDone += count;
    display(tr("Checking chains… %1/%2").arg(m_verifyDone).arg(m_verifyTotal), m_verifyDone, m_verifyTotal);
}

} // namespace certpilot
