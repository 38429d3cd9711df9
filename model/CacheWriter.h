// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

namespace certpilot {

// Appends fixed-size numbers (native little-endian order; caches never leave
// the machine that wrote them) and length-prefixed bytes to a buffer: the
// format of the store index, read back by CacheReader without copies.
class CacheWriter {
public:
    explicit CacheWriter(QByteArray& out) : m_out(out) {}

    template <typename T> void number(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        m_out.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void bytes(const QByteArray& data)
    {
        number(quint32(data.size()));
        m_out.append(data);
    }
    void text(const QString& s) { bytes(s.toUtf8()); }

private:
    QByteArray& m_out;
};

} // namespace certpilot
