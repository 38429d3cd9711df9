// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WinError.h"

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace certpilot::win {

// std::expected is C++23; GCC 12 in C++20 mode lacks it. Minimal stand-in:
// a value or the WinError explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(WinError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value()
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T &value() const
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const WinError &error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }
    // Safe in test messages: empty when there is no error.
    std::string describe() const { return ok() ? std::string() : error().describe(); }

private:
    std::variant<T, WinError> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(WinError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const WinError &error() const
    {
        assert(!ok());
        return *m_error;
    }
    std::string describe() const { return ok() ? std::string() : m_error->describe(); }

private:
    std::optional<WinError> m_error;
};

} // namespace certpilot::win
