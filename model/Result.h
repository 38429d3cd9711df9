// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace certpilot {

// What went wrong, in categories a caller (and a test) can act on.
enum class ErrorKind {
    InvalidInput,     // not a certificate / unreadable content
    TooLarge,         // refused by size or count before or while reading
    NotFound,
    AlreadyExists,
    WrongPassword,
    Corrupt,          // damaged data: bad MAC, truncated file, broken store file
    Unsupported,
    KeyMissing,
    KeyMismatch,
    StoreLocked,
    ReadOnly,
    DiskFull,
    PermissionDenied,
    Io,
    Cancelled,
    Network,
    Timeout,
    ServerRejected,   // a web server refused our configuration
    Internal,
    // Finer kinds of damaged input, so a reader can say which one it met (PKCS#12 import).
    Truncated,        // the data ends early: a partial download or copy
    IntegrityFailed,  // an integrity check (MAC) failed, yet the content reads with the password
    Ambiguous,        // several candidates where one is needed (two private keys in one PFX)
};

// A user-facing message (translated, says what to do next) plus technical
// detail (OpenSSL's error queue, errno, a Windows error code) for a "Details"
// button and for bug reports. Never carries key material or passwords.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString detail;

    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QLatin1String("\n\n") + detail;
    }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message, QString detail = {})
{
    return Error{kind, std::move(message), std::move(detail)};
}

} // namespace certpilot
