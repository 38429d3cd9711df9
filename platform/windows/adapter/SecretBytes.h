// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace certpilot::win {

// Private key material (a PRIVATEKEYBLOB). Move-only and wiped on destruction,
// so a key that passed through the adapter does not linger in freed memory.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::vector<std::uint8_t> bytes)
        : m_bytes(std::move(bytes))
    {
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept
        : m_bytes(std::move(other.m_bytes))
    {
        other.m_bytes.clear();
    }
    SecretBytes &operator=(SecretBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
            other.m_bytes.clear();
        }
        return *this;
    }
    ~SecretBytes() { wipe(); }

    std::span<const std::uint8_t> bytes() const { return m_bytes; }
    const std::uint8_t *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }

    void wipe()
    {
        // volatile keeps the compiler from dropping stores to memory about to be freed.
        volatile std::uint8_t *p = m_bytes.data();
        for (std::size_t i = 0; i < m_bytes.size(); ++i)
            p[i] = 0;
        m_bytes.clear();
    }

private:
    std::vector<std::uint8_t> m_bytes;
};

} // namespace certpilot::win
