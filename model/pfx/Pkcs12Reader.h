// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "pfx/Pkcs12Contents.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace certpilot {

class ImportLibraryContext;

// Reads PKCS#12 (.pfx/.p12) files from any source: OpenSSL 3 (AES), OpenSSL
// -legacy and older (RC2-40, TripleDES), Windows, Java, macOS Keychain and
// Firefox exports, DER or BER, with or without a MAC, and Base64/PEM-armoured
// copies. Runs in ImportLibraryContext (legacy algorithms available for
// reading only). Slow by design (password derivations): never on the GUI thread.
//
// Failures say which of these it was, each with its own ErrorKind:
//   WrongPassword   the MAC fails and nothing encrypted opens with the password
//   IntegrityFailed the MAC fails although everything opens: the file was altered
//   Corrupt         the MAC fails (or passes) and part of the content is damaged
//   Truncated       the data ends early
//   Unsupported     an algorithm no provider has (a BLAKE2b MAC, RC2 without the
//                   legacy module), public-key protected files
//   TooLarge        an iteration count above the limit, too many items, too big
//   InvalidInput    not a PKCS#12 file at all;  Cancelled  stopped by the caller
class Pkcs12Reader {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Reader)
public:
    // Far above any real export (Firefox: 600,000; OpenSSL: 2,048; Windows: 2,000),
    // far below what would hang: one derivation at this count takes seconds.
    static constexpr qint64 kMaxIterations = 10'000'000;
    // And for the whole file, so a file of many bags cannot add up to an hour.
    static constexpr qint64 kMaxTotalIterations = 30'000'000;
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    struct Options {
        const std::atomic_bool* cancel = nullptr;      // checked before every derivation
        const ImportLibraryContext* context = nullptr; // null: ImportLibraryContext::shared()
        qint64 maxIterations = kMaxIterations;
        qint64 maxTotalIterations = kMaxTotalIterations;
    };

    // `password` is UTF-8; an empty one also tries the "no password" encoding.
    static Result<Pkcs12Contents> read(const QByteArray& data, const SecureBytes& password,
                                       const Options& options);
    static Result<Pkcs12Contents> read(const QByteArray& data, const SecureBytes& password)
    {
        return read(data, password, Options{});
    }
    // Checks the size before reading a byte.
    static Result<Pkcs12Contents> readFile(const QString& path, const SecureBytes& password,
                                           const Options& options);
    static Result<Pkcs12Contents> readFile(const QString& path, const SecureBytes& password)
    {
        return readFile(path, password, Options{});
    }
};

} // namespace certpilot
