// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include "DialogRunner.h"
#include "Result.h"

#include <QAbstractButton>
#include <QApplication>

namespace certpilot {

int MessageBox::run(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                    const QString& detail)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    return DialogRunner::exec(box);
}

bool MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& informative,
                         const QString& acceptText, QMessageBox::Icon icon)
{
    QMessageBox box(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    box.setInformativeText(informative);
    box.button(QMessageBox::Yes)->setText(acceptText);
    // A slip of the Enter key must not delete anything.
    box.setDefaultButton(QMessageBox::Cancel);
    return DialogRunner::exec(box) == QMessageBox::Yes;
}

void MessageBox::error(QWidget* parent, const QString& title, const Error& error)
{
    run(parent, QMessageBox::Critical, title, error.message, error.detail);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    run(parent, QMessageBox::Warning, title, text, detail);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    run(parent, QMessageBox::Information, title, text, detail);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& richText)
{
    QMessageBox box(QMessageBox::NoIcon, title, richText, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("aboutMessageBox"));
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    DialogRunner::exec(box);
}

} // namespace certpilot
