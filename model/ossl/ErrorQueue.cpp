// SPDX-License-Identifier: GPL-3.0-or-later
#include "ossl/ErrorQueue.h"

#include <QStringList>

#include <openssl/err.h>

namespace certpilot::ossl {

QString takeErrors()
{
    QStringList parts;
    unsigned long code = 0;
    const char* data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        QString part = QString::fromLatin1(buf);
        if (data && (flags & ERR_TXT_STRING) && *data)
            part += QLatin1String(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(QLatin1String("; "));
}

void clearErrors() { ERR_clear_error(); }

unsigned long peekLastReason()
{
    const unsigned long code = ERR_peek_last_error();
    return code ? ERR_GET_REASON(code) : 0;
}

} // namespace certpilot::ossl
