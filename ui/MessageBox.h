// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

namespace certpilot {

struct Error;

// Message boxes built the same way everywhere and run through DialogRunner,
// so tests can answer them (setNextAnswer(QMessageBox::Yes)).
class MessageBox {
public:
    // Asks before a change. The accept button is the Yes button, labelled
    // `acceptText` ("Move to Trash"); Cancel is the default. True when accepted.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& informative,
                        const QString& acceptText, QMessageBox::Icon icon = QMessageBox::Question);
    // An Error: its message, and its technical detail behind "Show Details…".
    static void error(QWidget* parent, const QString& title, const Error& error);
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});
    static void information(QWidget* parent, const QString& title, const QString& text,
                            const QString& detail = {});
    // Rich text, with the application icon.
    static void about(QWidget* parent, const QString& title, const QString& richText);

private:
    static int run(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                   const QString& detail);
};

} // namespace certpilot
