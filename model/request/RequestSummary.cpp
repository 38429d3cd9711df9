// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/RequestSummary.h"

#include "request/CountryCodes.h"

#include <QStringList>

namespace certpilot {

QList<QPair<QString, QString>> RequestSummary::rows(const CertificateRequest& request)
{
    QList<QPair<QString, QString>> out;
    const DistinguishedName& subject = request.subject();
    const QList<QPair<const char*, QString>> fields = {
        {"CN", tr("Common name")},   {"O", tr("Organization")},     {"OU", tr("Organizational unit")},
        {"L", tr("City/locality")}, {"ST", tr("State/province")}, {"C", tr("Country/region")}};
    for (const auto& [key, label] : fields) {
        QString value = subject.value(QLatin1String(key));
        if (value.isEmpty())
            continue;
        if (qstrcmp(key, "C") == 0 && !CountryCodes::name(value).isEmpty())
            value = tr("%1 (%2)").arg(value, CountryCodes::name(value));
        out.append({label, value});
    }
    QStringList names;
    for (const SubjectAltName& san : request.subjectAltNames())
        names << san.value;
    out.append({tr("Alternative names"), names.isEmpty() ? tr("none") : names.join(QLatin1String(", "))});
    out.append({tr("Key"), request.keyDescription()});
    out.append({tr("Signature"), request.signatureValid() ? tr("%1, verified").arg(request.signatureAlgorithm())
                                                          : tr("%1, DOES NOT VERIFY").arg(request.signatureAlgorithm())});
    out.append({tr("Request id"), request.keyId()});
    return out;
}

QString RequestSummary::text(const CertificateRequest& request)
{
    QStringList lines;
    for (const auto& [label, value] : rows(request))
        lines << tr("%1: %2").arg(label, value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace certpilot
