// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace certpilot {

// Byte-range replacements in one configuration file. The editors compute
// edits against the text as read, then apply them all at once, so every line
// they do not touch stays byte for byte what it was.
class TextEdits {
public:
    // Replaces [offset, offset + length) with `text`; length 0 inserts.
    void replace(qsizetype offset, qsizetype length, const QByteArray& text);
    void insert(qsizetype offset, const QByteArray& text) { replace(offset, 0, text); }

    bool isEmpty() const { return m_edits.isEmpty(); }
    // Overlapping edits are a programming error; applied in offset order.
    QByteArray applyTo(const QByteArray& original) const;

    // The whitespace that starts the line holding `offset`.
    static QByteArray indentationAt(const QByteArray& text, qsizetype offset);
    // Where the line holding `offset` ends, just after its newline (or the text's end).
    static qsizetype endOfLine(const QByteArray& text, qsizetype offset);
    // The line ending the file uses ("\r\n" or "\n").
    static QByteArray newline(const QByteArray& text);

private:
    struct Edit {
        qsizetype offset;
        qsizetype length;
        QByteArray text;
        int order;
    };
    QList<Edit> m_edits;
};

} // namespace certpilot
