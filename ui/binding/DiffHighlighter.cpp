// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/DiffHighlighter.h"

namespace certpilot {

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x1b, 0x6e, 0x20));
        format.setBackground(QColor(0xe6, 0xf4, 0xe6));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0xa3, 0x1d, 0x1d));
        format.setBackground(QColor(0xfb, 0xe9, 0xe9));
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x55, 0x55, 0x88));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace certpilot
