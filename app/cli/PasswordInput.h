// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace certpilot::cli {

// Where a command gets a password: a file (--password-file F, "-" for stdin),
// an environment variable (--password-env VAR), or, on a terminal, a prompt
// with echo off. Never from an argument: `ps` shows arguments to every user,
// so --password/--pass are refused with the reason.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
public:
    struct Options {
        QCommandLineOption file;
        QCommandLineOption env;
        QCommandLineOption refused;   // --password / --pass: hidden, only to explain the refusal
    };
    // `prefix` names a second password of a command: "in-" gives --in-password-file, --in-password-env.
    static Options add(QCommandLineParser& parser, const QString& prefix = {}, const QString& what = {});

    // Not an error when a refused option is absent.
    static Result<void> checkRefused(const QCommandLineParser& parser, const Options& options);

    struct Prompt {
        QString text;          // "PFX password: "
        bool confirm = false;  // ask twice (a new password)
        bool allowEmpty = false;
    };
    static Result<SecureBytes> read(const QCommandLineParser& parser, const Options& options, const Prompt& prompt);

    static bool stdinIsTerminal();
    // Reads one line from the terminal without echo (the prompt goes to stderr).
    static Result<SecureBytes> promptHidden(const QString& text);
    // Asks a yes/no question on the terminal; false when stdin is not one.
    static bool askYesNo(const QString& question);
};

} // namespace certpilot::cli
