// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <openssl/crypto.h>

namespace certpilot {

void cleanse(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe a buffer someone else still reads
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

SecureBytes::SecureBytes(const QByteArray& bytes) : m_bytes(bytes.constData(), bytes.size()) {}

SecureBytes::SecureBytes(const char* data, qsizetype size) : m_bytes(data, size) {}

SecureBytes::SecureBytes(const SecureBytes& other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) {}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes SecureBytes::takeFrom(QByteArray& bytes)
{
    SecureBytes out(bytes);
    cleanse(bytes);
    return out;
}

void SecureBytes::clear()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

} // namespace certpilot
