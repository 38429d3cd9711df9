// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

class Certificate;
class CertificateRequest;

// Every field of a certificate as label/value pairs, in the order the Windows
// certificate dialog's Details tab lists them. Values are full text (several
// lines for names and extensions); views shorten them for a column.
class CertificateFields {
    Q_DECLARE_TR_FUNCTIONS(CertificateFields)
public:
    struct Field {
        QString name;
        QString value;
    };

    static QList<Field> of(const Certificate& certificate, const QString& friendlyName = {});

    // "A1:B2:…", grouped for comparing by eye.
    static QString colonHex(const QString& hex);
    static QString dateTime(const QDateTime& utc);
};

} // namespace certpilot
