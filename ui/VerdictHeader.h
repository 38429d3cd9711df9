// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusIcons.h"

#include <QWidget>

class QLabel;

namespace certpilot {

// The top of a report dialog (Verify Installation, Diagnose): a status icon,
// the verdict in large type and a line of details under it.
class VerdictHeader : public QWidget {
    Q_OBJECT
public:
    explicit VerdictHeader(QWidget* parent = nullptr);

    void setIcon(StatusIcons::Kind kind);
    // `level` ("pass", "warning", "fail", "error", "checking") is kept as a
    // property for tests and style sheets; empty details hide their line.
    void setHeadline(const QString& level, const QString& headline, const QString& details);

    QString headline() const;
    QString details() const;

private:
    QLabel* m_icon;
    QLabel* m_verdict;
    QLabel* m_details;
};

} // namespace certpilot
