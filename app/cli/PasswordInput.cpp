// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordInput.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace certpilot::cli {

namespace {

constexpr qsizetype kMaxPassword = 1024;

// One line, without its line ending; the buffer is wiped.
SecureBytes firstLine(QByteArray& bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    SecureBytes out(bytes.constData(), end);
    cleanse(bytes);
    return out;
}

QByteArray readLineFromStdin()
{
    QByteArray line;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF || c == '\n' || line.size() > kMaxPassword)
            break;
        line.append(char(c));
    }
    return line;
}

class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

} // namespace

PasswordInput::Options PasswordInput::add(QCommandLineParser& parser, const QString& prefix, const QString& what)
{
    const QString subject = what.isEmpty() ? tr("the password") : what;
    Options o{QCommandLineOption(prefix + QStringLiteral("password-file"),
                                 tr("Read %1 from the first line of FILE (- for standard input).").arg(subject),
                                 tr("FILE")),
              QCommandLineOption(prefix + QStringLiteral("password-env"),
                                 tr("Read %1 from the environment variable VAR.").arg(subject), tr("VAR")),
              QCommandLineOption(QStringList{prefix + QStringLiteral("password"), prefix + QStringLiteral("pass")},
                                 QString(), tr("PASSWORD"))};
    o.refused.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({o.file, o.env, o.refused});
    return o;
}

Result<void> PasswordInput::checkRefused(const QCommandLineParser& parser, const Options& options)
{
    if (!parser.isSet(options.refused))
        return {};
    return makeError(ErrorKind::InvalidInput,
                     tr("Passwords are not accepted on the command line: every user of this computer can read "
                        "command lines (ps, /proc). Use --%1 FILE or --%2 VAR, or leave both out to be asked.")
                         .arg(options.file.names().first(), options.env.names().first()));
}

Result<SecureBytes> PasswordInput::read(const QCommandLineParser& parser, const Options& options,
                                        const Prompt& prompt)
{
    if (auto refused = checkRefused(parser, options); !refused)
        return refused.error();
    SecureBytes password;
    if (parser.isSet(options.file)) {
        const QString path = parser.value(options.file);
        QByteArray bytes;
        if (path == QLatin1String("-")) {
            bytes = readLineFromStdin();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorKind::NotFound, tr("The password file %1 cannot be read.").arg(path),
                                 file.errorString());
            bytes = file.read(kMaxPassword + 2);
        }
        password = firstLine(bytes);
    } else if (parser.isSet(options.env)) {
        const QString name = parser.value(options.env);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return makeError(ErrorKind::InvalidInput, tr("The environment variable %1 is not set.").arg(name));
        QByteArray bytes = qgetenv(name.toLocal8Bit().constData());
        password = firstLine(bytes);
    } else if (stdinIsTerminal()) {
        auto first = promptHidden(prompt.text);
        if (!first)
            return first.error();
        if (prompt.confirm) {
            auto second = promptHidden(tr("Type it again: "));
            if (!second)
                return second.error();
            if (!(*first == *second))
                return makeError(ErrorKind::InvalidInput, tr("The two passwords differ; nothing was written."));
        }
        password = *first;
    } else {
        return makeError(ErrorKind::InvalidInput,
                         tr("A password is needed and there is no terminal to ask on. Use --%1 FILE or --%2 VAR.")
                             .arg(options.file.names().first(), options.env.names().first()));
    }
    if (password.isEmpty() && !prompt.allowEmpty)
        return makeError(ErrorKind::InvalidInput, tr("The password is empty; a file with a private key needs one."));
    return password;
}

bool PasswordInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

Result<SecureBytes> PasswordInput::promptHidden(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    EchoOff quiet;
    if (!quiet.ok())
        return makeError(ErrorKind::Io, tr("The terminal cannot hide what you type; use --password-file instead."));
    QByteArray line = readLineFromStdin();
    return firstLine(line);
}

bool PasswordInput::askYesNo(const QString& question)
{
    if (!stdinIsTerminal())
        return false;
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const QByteArray answer = readLineFromStdin().trimmed().toLower();
    return answer == "y" || answer == "yes";
}

} // namespace certpilot::cli
