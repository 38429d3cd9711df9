// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEdits.h"

#include <algorithm>

namespace certpilot {

void TextEdits::replace(qsizetype offset, qsizetype length, const QByteArray& text)
{
    m_edits.append({offset, length, text, int(m_edits.size())});
}

QByteArray TextEdits::applyTo(const QByteArray& original) const
{
    QList<Edit> sorted = m_edits;
    // Insertions at one offset keep the order they were made in.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Edit& a, const Edit& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.order < b.order;
    });
    QByteArray out;
    out.reserve(original.size() + 512);
    qsizetype pos = 0;
    for (const Edit& e : sorted) {
        const qsizetype at = std::clamp<qsizetype>(e.offset, pos, original.size());
        out += original.mid(pos, at - pos);
        out += e.text;
        pos = std::min<qsizetype>(original.size(), at + e.length);
    }
    out += original.mid(pos);
    return out;
}

QByteArray TextEdits::indentationAt(const QByteArray& text, qsizetype offset)
{
    qsizetype start = offset;
    while (start > 0 && text[start - 1] != '\n')
        --start;
    qsizetype end = start;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.mid(start, end - start);
}

qsizetype TextEdits::endOfLine(const QByteArray& text, qsizetype offset)
{
    const qsizetype nl = text.indexOf('\n', offset);
    return nl < 0 ? text.size() : nl + 1;
}

QByteArray TextEdits::newline(const QByteArray& text)
{
    return text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace certpilot
