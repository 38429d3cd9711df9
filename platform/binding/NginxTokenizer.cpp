// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxTokenizer.h"

namespace certpilot {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// nginx unescapes these after a backslash, quoted or not; others stay as written.
void appendEscaped(QByteArray& value, char next)
{
    switch (next) {
    case '"':
    case '\'':
    case '\\':
        value += next;
        break;
    case 't':
        value += '\t';
        break;
    case 'r':
        value += '\r';
        break;
    case 'n':
        value += '\n';
        break;
    default:
        value += '\\';
        value += next;
        break;
    }
}

} // namespace

bool NginxTokenizer::tokenize(const QByteArray& text, QList<Token>* tokens, QString* error)
{
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    while (pos < n) {
        const char c = text[pos];
        if (isSpace(c)) {
            line += c == '\n' ? 1 : 0;
            ++pos;
            continue;
        }
        if (c == '#') {
            while (pos < n && text[pos] != '\n')
                ++pos;
            continue;
        }
        Token t;
        t.start = pos;
        t.line = line;
        if (c == ';' || c == '{' || c == '}') {
            t.kind = c == ';' ? Kind::Semicolon : c == '{' ? Kind::Open : Kind::Close;
            t.end = ++pos;
            tokens->append(t);
            continue;
        }
        if (c == '"' || c == '\'') {
            t.quoted = true;
            ++pos;
            bool closed = false;
            while (pos < n) {
                const char ch = text[pos];
                if (ch == '\\' && pos + 1 < n) {
                    appendEscaped(t.value, text[pos + 1]);
                    line += text[pos + 1] == '\n' ? 1 : 0;
                    pos += 2;
                    continue;
                }
                ++pos;
                if (ch == c) {
                    closed = true;
                    break;
                }
                line += ch == '\n' ? 1 : 0;
                t.value += ch;
            }
            if (!closed) {
                *error = QStringLiteral("unterminated quote starting on line %1").arg(t.line);
                return false;
            }
            t.end = pos;
            tokens->append(t);
            continue;
        }
        bool inVariableBraces = false;
        while (pos < n) {
            const char ch = text[pos];
            if (ch == '\\' && pos + 1 < n) {
                appendEscaped(t.value, text[pos + 1]);
                pos += 2;
                continue;
            }
            if (ch == '{' && pos > t.start && text[pos - 1] == '$') {
                inVariableBraces = true;
            } else if (ch == '}' && inVariableBraces) {
                inVariableBraces = false;
            } else if (isSpace(ch) || ch == ';' || ch == '{' || ch == '}') {
                break;
            }
            t.value += ch;
            ++pos;
        }
        t.end = pos;
        tokens->append(t);
    }
    return true;
}

QByteArray NginxTokenizer::quote(const QByteArray& value)
{
    bool plain = !value.isEmpty();
    for (const char c : value) {
        if (isSpace(c) || c == ';' || c == '{' || c == '}' || c == '#' || c == '"' || c == '\'' || c == '\\')
            plain = false;
    }
    if (plain)
        return value;
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace certpilot
