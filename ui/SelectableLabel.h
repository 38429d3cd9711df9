// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace certpilot {

// A label of a report (verdicts, findings, what to do next): plain text, so a
// name from a certificate is never read as markup, wrapped, and selectable so
// it can be copied into a ticket.
QLabel* makeSelectableLabel(QWidget* parent, const QString& text, const char* objectName);

} // namespace certpilot
