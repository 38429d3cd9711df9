// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"
#include "StoreEntry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace certpilot::cli {

// Exit codes: scripts and cron jobs act on them.
enum ExitCode {
    Success = 0,
    Failure = 1,       // an operation failed (message on stderr)
    Usage = 2,         // bad arguments
    NotTrusted = 3,    // verify: the chain is not trusted or not valid
    NotFound = 4,      // no such certificate
};

// A command's certificate, with the store it is in and what the store holds.
struct LocatedEntry {
    CertificateStore* store = nullptr;
    StoreContents contents;
    StoreEntry entry;
};

// What every command gets: its arguments, the output streams, the store.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(const QStringList& args, const QString& storePath, bool json);

    const QStringList& args() const { return m_args; }
    bool json() const { return m_json; }
    const QString& storePath() const { return m_storePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the store on first use.
    Result<CertificateStore*> store();

    // Parses this command's options; prints help or errors. Returns false to stop with `*exit`.
    bool parse(QCommandLineParser& parser, const QString& command, const QString& description, int* exit);

    // Opens the store, loads it and finds the entry `thumbprint` names
    // (EntryLookup). On failure prints why, sets `*exit` and returns nothing.
    std::optional<LocatedEntry> locate(const QString& thumbprint, int* exit);

    int fail(const Error& error, int code = Failure);
    int failUsage(const QString& message);
    // A failed EntryLookup: NotFound for an unknown thumbprint, Usage for an ambiguous or malformed one.
    int failLookup(const Error& error);
    void printJson(const QJsonDocument& doc);

private:
    QStringList m_args;
    QString m_storePath;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<CertificateStore> m_store;
};

} // namespace certpilot::cli
