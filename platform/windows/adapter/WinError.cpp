// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinError.h"

#include "ErrorCatalog.h"

#include <utility>

namespace certpilot::win {

WinError::WinError(std::uint32_t code, std::string operation, std::string detail)
    : m_code(code)
    , m_operation(std::move(operation))
    , m_detail(std::move(detail))
{
}

std::string WinError::name() const
{
    const auto *entry = ErrorCatalog::lookup(m_code);
    return entry ? std::string(entry->name) : std::string("UNKNOWN");
}

std::string WinError::hex() const
{
    return ErrorCatalog::hex(m_code);
}

std::string WinError::advice() const
{
    const auto *entry = ErrorCatalog::lookup(m_code);
    if (entry)
        return std::string(entry->advice);
    return "Windows reported an error CertPilot does not know. Search for the code, and check the event log.";
}

std::string WinError::describe() const
{
    std::string text = m_operation + " failed: " + name() + " (" + hex() + ")";
    if (!m_detail.empty())
        text += " [" + m_detail + "]";
    return text + ". " + advice();
}

} // namespace certpilot::win
