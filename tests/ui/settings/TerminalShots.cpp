// SPDX-License-Identifier: GPL-3.0-or-later
// Renders text read from standard input as a terminal window to PNG, for the
// certpilot-cli page of the user guide (scripts/update-help-images), not a test:
//   certpilot-cli list | certpilot_terminal_shots OUT.png
// Qt lays the text out, so Chinese output falls back to a CJK font like a
// terminal would; long lines wrap at 124 columns like a terminal that wide.

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>

#include <cstdio>

namespace {

constexpr int kColumns = 124;

// Wide (CJK) characters take two columns, as in a terminal.
int columns(QChar c)
{
    return c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                                     || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                                     || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                                     || (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f)
                                     || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
                                     || (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6))
        ? 2
        : 1;
}

QString wrapped(const QString& text)
{
    QString out;
    int column = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            column = 0;
        } else {
            column += columns(c);
            if (column > kColumns) {
                out += QLatin1Char('\n');
                column = columns(c);
            }
        }
        out += c;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: certpilot_terminal_shots OUT.png < text\n");
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QString text = wrapped(QString::fromUtf8(in.readAll()).trimmed());

    QLabel terminal;
    terminal.setTextFormat(Qt::PlainText);
    terminal.setText(text);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(10);
    terminal.setFont(font);
    terminal.setMargin(12);
    terminal.setAutoFillBackground(true);
    QPalette palette = terminal.palette();
    palette.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    terminal.setPalette(palette);
    terminal.resize(terminal.sizeHint());  // adjustSize() would stop at 2/3 of the screen
    terminal.show();
    QCoreApplication::processEvents();
    if (!terminal.grab().save(QString::fromLocal8Bit(argv[1])))
        return 1;
    std::printf("%s\n", argv[1]);
    return 0;
}
