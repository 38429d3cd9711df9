// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "WinError.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace certpilot {

// Turns the adapter's WinError (code, name, hex, English advice) into the
// model's Error: a translated sentence that names the Windows error, e.g.
// "NTE_BAD_KEYSET (0x80090016)", and says what to do; the adapter's own
// one-line description goes into the detail for bug reports.
class WindowsErrorText {
    Q_DECLARE_TR_FUNCTIONS(WindowsErrorText)
public:
    // The category a caller (and a test) can act on.
    static ErrorKind kind(std::uint32_t code);
    // "NTE_BAD_KEYSET (0x80090016)"; just the hex form for unknown codes.
    static QString codeText(const win::WinError& error);
    // What to do, translated. CertPilot's own sentence for the codes a user
    // meets in practice; otherwise the catalog's advice through the
    // "WindowsErrorCatalog" translation context.
    static QString advice(const win::WinError& error);
    // `what` says what CertPilot was doing ("Adding www.example.com to Personal").
    static Error toError(const win::WinError& error, const QString& what);

    // HRESULT_FROM_WIN32 forms (0x8007xxxx) as their Win32 code; others unchanged.
    static std::uint32_t win32Code(std::uint32_t code);
};

} // namespace certpilot
