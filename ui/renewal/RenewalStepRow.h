// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renewal/RenewalProgress.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace certpilot {

// One step of the renewal walkthrough: its number, state icon, title, where
// it stands, and up to two buttons for what to do next.
class RenewalStepRow : public QFrame {
    Q_OBJECT
public:
    RenewalStepRow(RenewalStep step, QWidget* parent = nullptr);

    RenewalStep step() const { return m_step; }
    // `current`: the step the user is at, drawn with an accent.
    void setStatus(const RenewalStepStatus& status, bool current);
    const RenewalStepStatus& status() const { return m_status; }

    QPushButton* primaryButton() const { return m_primary; }
    QPushButton* secondaryButton() const { return m_secondary; }

private:
    RenewalStep m_step;
    RenewalStepStatus m_status;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_detail;
    QPushButton* m_primary;
    QPushButton* m_secondary;
};

} // namespace certpilot
