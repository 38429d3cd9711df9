// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace certpilot {

// A new password typed twice, with an honest strength meter (length and kinds
// of characters; "weak" below 12 characters) and a note when the two differ.
class PasswordFields : public QWidget {
    Q_OBJECT
public:
    explicit PasswordFields(QWidget* parent = nullptr);

    // Both typed, equal, not empty.
    bool isAcceptable() const;
    SecureBytes password() const;   // UTF-8
    // Empties both fields (the text is gone from the widgets, not from Qt's undo history).
    void clear();

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }

signals:
    void changed();

private:
    void update();

    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_match;
};

} // namespace certpilot
