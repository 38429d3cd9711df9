// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalStepRow.h"

#include "StatusIcons.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certpilot {

namespace {

StatusIcons::Kind iconKind(RenewalStepState state)
{
    switch (state) {
    case RenewalStepState::Done:
        return StatusIcons::Kind::Ok;
    case RenewalStepState::Problem:
        return StatusIcons::Kind::Error;
    case RenewalStepState::Next:
        return StatusIcons::Kind::Pending;   // blue: this one is up
    case RenewalStepState::Waiting:
    case RenewalStepState::Skipped:
        break;
    }
    return StatusIcons::Kind::Checking;      // grey: later
}

QString stepKey(RenewalStep step)
{
    static const char* const keys[] = {"request", "submit", "wait", "installCa", "complete",
                                       "verify", "rebind", "probe", "backup", "retire"};
    return QString::fromLatin1(keys[int(step)]);
}

} // namespace

RenewalStepRow::RenewalStepRow(RenewalStep step, QWidget* parent)
    : QFrame(parent)
    , m_step(step)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_secondary(new QPushButton(this))
{
    const QString key = stepKey(step);
    setObjectName(key + QStringLiteral("StepFrame"));
    m_title->setObjectName(key + QStringLiteral("TitleLabel"));
    m_state->setObjectName(key + QStringLiteral("StateLabel"));
    m_detail->setObjectName(key + QStringLiteral("DetailLabel"));
    m_primary->setObjectName(key + QStringLiteral("PushButton"));
    m_secondary->setObjectName(key + QStringLiteral("SecondaryPushButton"));
    m_icon->setFixedSize(22, 22);
    m_title->setText(tr("%1. %2").arg(int(step) + 1).arg(RenewalProgress::title(step)));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_primary->hide();
    m_secondary->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    auto* titleLine = new QHBoxLayout;
    titleLine->addWidget(m_title);
    titleLine->addWidget(m_state);
    titleLine->addStretch(1);
    grid->addLayout(titleLine, 0, 1);
    grid->addWidget(m_detail, 1, 1);
    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_primary);
    buttons->addWidget(m_secondary);
    buttons->addStretch(1);
    grid->addLayout(buttons, 0, 2, 2, 1);
    grid->setColumnStretch(1, 1);
    setFrameShape(QFrame::StyledPanel);
}

void RenewalStepRow::setStatus(const RenewalStepStatus& status, bool current)
{
    m_status = status;
    m_icon->setPixmap(StatusIcons::icon(iconKind(status.state)).pixmap(22, 22));
    m_state->setText(QStringLiteral(" — ") + RenewalProgress::stateText(status.state));
    m_detail->setText(status.detail);
    const bool quiet = status.state == RenewalStepState::Done || status.state == RenewalStepState::Skipped
        || status.state == RenewalStepState::Waiting;
    m_detail->setForegroundRole(quiet ? QPalette::PlaceholderText : QPalette::WindowText);
    // The step the user is at stands out; the others recede.
    setFrameShape(current ? QFrame::StyledPanel : QFrame::NoFrame);
    setBackgroundRole(current ? QPalette::AlternateBase : QPalette::Window);
    setAutoFillBackground(current);
}

} // namespace certpilot
