// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace certpilot {

// Text taken from a certificate is attacker-controlled. These helpers make it
// safe to show: control characters, bidirectional overrides and other
// invisible formatting are shown escaped (\x07, \u202E), never interpreted.
QString escapeForDisplay(const QString& text);

// Bytes that are not valid UTF-8 become \xHH escapes; valid UTF-8 is decoded
// and then escaped like escapeForDisplay.
QString escapeBytesForDisplay(const QByteArray& bytes);

// Uppercase hex without separators ("A1B2..."), as Windows shows thumbprints.
QString toHex(const QByteArray& bytes);

// "A1:B2:..." for fingerprints people compare by eye.
QString toColonHex(const QByteArray& bytes);

} // namespace certpilot
