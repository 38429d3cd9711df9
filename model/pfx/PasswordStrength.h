// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace certpilot {

// A simple, honest estimate of how hard a password is to guess, from its
// length and the kinds of characters in it. It cannot know whether the
// password is a famous phrase or reused elsewhere, and says so.
struct PasswordStrength {
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
public:
    enum class Level { Empty, Weak, Fair, Strong };

    static constexpr int kMinimumLength = 12;   // below this: "weak", whatever the characters

    Level level = Level::Empty;
    int bits = 0;          // length x log2(pool of character kinds used), halved for heavy repetition
    int length = 0;

    static PasswordStrength estimate(const QString& password);

    QString label() const;   // "Weak", "Fair", "Strong"
    QString advice() const;  // one sentence: why, and what would help
    int percent() const;     // for a meter: bits against 100
};

} // namespace certpilot
