// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace certpilot {

namespace {

bool mustEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    // Bidirectional embeddings, overrides and isolates, zero-width and other
    // invisible format characters: they could make "evil.com" read "moc.live".
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x206f) || c == 0xfeff || c == 0x061c)
        return true;
    if (c >= 0xfff9 && c <= 0xfffb)
        return true;
    return false;
}

QString escapeCodePoint(char32_t c)
{
    if (c < 0x100)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString escapeForDisplay(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == '\\')
            out += QLatin1String("\\\\");
        else if (mustEscape(c))
            out += escapeCodePoint(c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString escapeBytesForDisplay(const QByteArray& bytes)
{
    // Printable ASCII without a backslash reads as it is (most names): skip
    // the UTF-8 and per-character work, which a 10,000-certificate list feels.
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char b) { return b >= 0x20 && b < 0x7f && b != '\\'; }))
        return QString::fromLatin1(bytes);
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    if (!decoder.hasError())
        return escapeForDisplay(decoded);
    QString out;
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        if (u >= 0x20 && u < 0x7f && u != '\\')
            out += QLatin1Char(char(u));
        else
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString toHex(const QByteArray& bytes)
{
    // Straight into the string: a thumbprint for each of 10,000 certificates is made on every load.
    static constexpr char16_t kDigits[] = u"0123456789ABCDEF";
    QString out(bytes.size() * 2, Qt::Uninitialized);
    QChar* p = out.data();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *p++ = QChar(kDigits[u >> 4]);
        *p++ = QChar(kDigits[u & 0xf]);
    }
    return out;
}

QString toColonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace certpilot
