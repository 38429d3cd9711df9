// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace certpilot {

// Splits an nginx configuration file into words and punctuation the way
// nginx's own reader does (ngx_conf_read_token): `#` starts a comment only at
// the start of a word; single or double quotes group a word, with \" \' \\ \t
// \r \n escapes; `;`, `{` and `}` end a word, except `{}` of a `${variable}`.
// Every token keeps its byte range, so editors can replace exactly one word.
class NginxTokenizer {
public:
    enum class Kind { Word, Semicolon, Open, Close };
    struct Token {
        Kind kind = Kind::Word;
        QByteArray value;   // unquoted, unescaped (words only)
        qsizetype start = 0;
        qsizetype end = 0;  // one past the last byte (closing quote included)
        int line = 1;
        bool quoted = false;
    };

    // False with `error` ("unterminated quote on line 4") when the text cannot be split.
    static bool tokenize(const QByteArray& text, QList<Token>* tokens, QString* error);

    // A word as nginx reads it back: quoted when it holds whitespace, quotes,
    // `;`, `{`, `}`, `#` or a backslash.
    static QByteArray quote(const QByteArray& value);
};

} // namespace certpilot
