// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace certpilot::test {

// A text a user can read, and where it was found ("QLabel 'statusLabel'").
struct VisibleText {
    QString text;
    QString where;
};

// Every text a window shows or offers: labels, buttons, group boxes, tabs,
// wizard page titles, placeholders, combo box items, tool tips, header
// sections, menus and the actions of every widget (context menus).
QList<VisibleText> collectTexts(QWidget* root);

// The labels and buttons shown narrower than their text needs, and visible
// siblings that overlap; one line each, empty when the layout is sound.
QStringList layoutProblems(QWidget* root);

} // namespace certpilot::test
