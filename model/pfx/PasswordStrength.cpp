// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/PasswordStrength.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace certpilot {

PasswordStrength PasswordStrength::estimate(const QString& password)
{
    PasswordStrength s;
    const QList<uint> codePoints = password.toUcs4();
    s.length = int(codePoints.size());
    if (s.length == 0)
        return s;
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<uint> distinct;
    for (const uint c : codePoints) {
        distinct.insert(c);
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            symbol = true;
        else
            other = true;
    }
    // Pool sizes of the kinds used; characters beyond ASCII counted modestly
    // (people use a few accented letters or a script's common characters).
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    double bits = s.length * std::log2(double(std::max(pool, 2)));
    if (distinct.size() * 2 < codePoints.size()) // "aaaaaaaaaaaa", "abababababab"
        bits /= 2;
    s.bits = int(bits);
    if (s.length < kMinimumLength)
        s.level = Level::Weak;
    else if (s.bits < 72)
        s.level = Level::Fair;
    else
        s.level = Level::Strong;
    return s;
}

QString PasswordStrength::label() const
{
    switch (level) {
    case Level::Empty:
        return tr("No password");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

QString PasswordStrength::advice() const
{
    switch (level) {
    case Level::Empty:
        return tr("Type a password of at least %1 characters.").arg(kMinimumLength);
    case Level::Weak:
        return tr("Shorter than %1 characters: a stolen file could be opened by trying passwords. Use a longer "
                  "one, for example four unrelated words.")
            .arg(kMinimumLength);
    case Level::Fair:
        return tr("About %1 bits by length and kinds of characters. Longer, or mixing upper and lower case, digits "
                  "and symbols, makes it stronger.")
            .arg(bits);
    case Level::Strong:
        return tr("About %1 bits by length and kinds of characters (an estimate: it cannot tell a well-known "
                  "phrase from a random one).")
            .arg(bits);
    }
    return {};
}

int PasswordStrength::percent() const { return std::clamp(bits, 0, 100); }

} // namespace certpilot
