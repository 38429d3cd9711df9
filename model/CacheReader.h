// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace certpilot {

// Reads what CacheWriter wrote. Every read is bounds-checked: a short or
// damaged buffer sets failed() and yields zeros and empty values.
class CacheReader {
public:
    explicit CacheReader(QByteArrayView data) : m_data(data) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    template <typename T> T number()
    {
        static_assert(std::is_arithmetic_v<T>);
        T value{};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_data.data() + m_pos - qsizetype(sizeof value), sizeof value);
        return value;
    }
    QByteArrayView view()
    {
        const auto len = number<quint32>();
        if (m_failed || !take(len))
            return {};
        return m_data.sliced(m_pos - qsizetype(len), qsizetype(len));
    }
    QByteArray bytes() { return view().toByteArray(); }
    QString text() { return QString::fromUtf8(view()); }

private:
    bool take(qsizetype n)
    {
        if (m_failed || n < 0 || m_data.size() - m_pos < n) {
            m_failed = true;
            return false;
        }
        m_pos += n;
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace certpilot
