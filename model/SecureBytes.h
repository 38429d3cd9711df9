// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace certpilot {

// Bytes of a secret (a private key, a password). Wiped with OPENSSL_cleanse
// when the last owner goes away. Deliberately not implicitly shared with
// other QByteArrays: every copy is deep, and every copy is wiped.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(const QByteArray& bytes);
    SecureBytes(const char* data, qsizetype size);
    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    // Takes over a buffer and wipes the caller's copy.
    static SecureBytes takeFrom(QByteArray& bytes);

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char* constData() const { return m_bytes.constData(); }
    const unsigned char* bytes() const
    {
        return reinterpret_cast<const unsigned char*>(m_bytes.constData());
    }
    // A view for APIs that take a QByteArray. The view shares our buffer:
    // do not keep it beyond this object's lifetime.
    const QByteArray& view() const { return m_bytes; }
    void clear();

    bool operator==(const SecureBytes& other) const;

private:
    QByteArray m_bytes;
};

// Wipes a QByteArray that held a secret, in place.
void cleanse(QByteArray& bytes);

} // namespace certpilot
