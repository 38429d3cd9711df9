// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalBanner.h"

#include "StatusIcons.h"
#include "StoreSession.h"
#include "renewal/RenewalBook.h"
#include "renewal/RenewalProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace certpilot {

RenewalBanner::RenewalBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_continue(new QPushButton(tr("&Continue Renewal…"), this))
{
    setObjectName(QStringLiteral("renewalBanner"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("renewalBannerLabel"));
    m_text->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("continueRenewalPushButton"));
    auto* icon = new QLabel(this);
    icon->setPixmap(StatusIcons::icon(StatusIcons::Kind::Checking).pixmap(20, 20));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_continue);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (!m_first.isEmpty())
            emit continueRequested(m_first);
    });
    hide();
}

void RenewalBanner::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++m_generation;
    hide();
    if (m_session)
        connect(m_session, &StoreSession::loaded, this, &RenewalBanner::refresh);
}

QString RenewalBanner::text() const
{
    return m_text->text();
}

void RenewalBanner::refresh()
{
    if (!m_session)
        return;
    auto active = std::make_shared<QList<RenewalRecord>>();
    QPointer<RenewalBanner> self(this);
    const int generation = m_generation;
    m_session->runOnStore(
        [active](CertificateStore& store) {
            // A damaged book is reported by the renewal window, where it can be dealt with.
            if (auto book = RenewalBook::read(store))
                *active = book->active();
        },
        [self, active, generation] {
            if (!self || !self->m_session || generation != self->m_generation)
                return;
            if (active->isEmpty()) {
                self->hide();
                return;
            }
            const RenewalRecord& first = active->first();
            const StoreContents& contents = self->m_session->contents();
            RenewalRecord current = first;
            RenewalProgress::refresh(current, contents);
            const ChainResult* chain = current.newCertificate.isEmpty()
                ? nullptr
                : self->m_session->chainResult(current.newCertificate);
            const RenewalStep step = RenewalProgress::current(RenewalProgress::steps(current, contents, chain));
            self->m_first = first.oldCertificate;
            if (active->size() == 1)
                self->m_text->setText(tr("Renewal of %1 in progress. Next step: %2.")
                                          .arg(first.name, RenewalProgress::title(step)));
            else
                self->m_text->setText(tr("%1 renewals in progress. Renewal of %2, next step: %3.")
                                          .arg(active->size())
                                          .arg(first.name, RenewalProgress::title(step)));
            self->show();
        });
}

} // namespace certpilot
