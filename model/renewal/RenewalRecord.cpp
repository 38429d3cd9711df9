// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalRecord.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <array>

namespace certpilot {

namespace {

// Stable words in the file, so a reordered enum never changes what a saved state means.
constexpr std::array<const char*, 5> kSiteStates{"pending", "rebound", "serving", "failed", "rolled-back"};
constexpr std::array<const char*, 3> kPhases{"active", "finished", "abandoned"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromWord(const std::array<const char*, N>& words, const QString& word)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (word == QLatin1String(words[i]))
            return Enum(i);
    }
    return std::nullopt;
}

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonObject& o, const char* key)
{
    QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

QJsonObject RenewalSite::toJson() const
{
    return QJsonObject{{QStringLiteral("binding"), binding.toJson()},
                       {QStringLiteral("state"), QLatin1String(kSiteStates[std::size_t(state)])},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("checkedAt"), time(checkedAt)}};
}

std::optional<RenewalSite> RenewalSite::fromJson(const QJsonObject& o)
{
    const auto binding = BindingRecord::fromJson(o.value(QStringLiteral("binding")).toObject());
    const auto state = fromWord<RenewalSiteState>(kSiteStates, o.value(QStringLiteral("state")).toString());
    if (!binding || !state)
        return std::nullopt;
    RenewalSite s;
    s.binding = *binding;
    s.state = *state;
    s.message = o.value(QStringLiteral("message")).toString();
    s.checkedAt = timeOf(o, "checkedAt");
    return s;
}

bool RenewalRecord::concerns(const QString& sha1) const
{
    return !sha1.isEmpty()
        && (sha1.compare(oldCertificate, Qt::CaseInsensitive) == 0
            || sha1.compare(newCertificate, Qt::CaseInsensitive) == 0);
}

int RenewalRecord::count(RenewalSiteState state) const
{
    return int(std::count_if(sites.begin(), sites.end(), [state](const RenewalSite& s) { return s.state == state; }));
}

QJsonObject RenewalRecord::toJson() const
{
    QJsonArray siteList;
    for (const RenewalSite& s : sites)
        siteList.append(s.toJson());
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("oldCertificate"), oldCertificate},
        {QStringLiteral("name"), name},
        {QStringLiteral("oldNotAfter"), time(oldNotAfter)},
        {QStringLiteral("startedAt"), time(startedAt)},
        {QStringLiteral("requestKeyId"), requestKeyId},
        {QStringLiteral("requestedAt"), time(requestedAt)},
        {QStringLiteral("submittedAt"), time(submittedAt)},
        {QStringLiteral("newCertificate"), newCertificate},
        {QStringLiteral("sites"), siteList},
        {QStringLiteral("backupFile"), backupFile},
        {QStringLiteral("backedUpAt"), time(backedUpAt)},
        {QStringLiteral("backupSkipped"), backupSkipped},
        {QStringLiteral("rolledBackAt"), time(rolledBackAt)},
        {QStringLiteral("retiredAt"), time(retiredAt)},
        {QStringLiteral("phase"), QLatin1String(kPhases[std::size_t(phase)])},
        {QStringLiteral("endedAt"), time(endedAt)},
    };
}

std::optional<RenewalRecord> RenewalRecord::fromJson(const QJsonObject& o)
{
    RenewalRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.oldCertificate = o.value(QStringLiteral("oldCertificate")).toString().toUpper();
    const auto phase = fromWord<RenewalPhase>(kPhases, o.value(QStringLiteral("phase")).toString());
    if (r.id.isEmpty() || r.oldCertificate.isEmpty() || !phase)
        return std::nullopt;
    r.phase = *phase;
    r.name = o.value(QStringLiteral("name")).toString();
    r.oldNotAfter = timeOf(o, "oldNotAfter");
    r.startedAt = timeOf(o, "startedAt");
    r.requestKeyId = o.value(QStringLiteral("requestKeyId")).toString();
    r.requestedAt = timeOf(o, "requestedAt");
    r.submittedAt = timeOf(o, "submittedAt");
    r.newCertificate = o.value(QStringLiteral("newCertificate")).toString().toUpper();
    for (const QJsonValue& v : o.value(QStringLiteral("sites")).toArray()) {
        if (auto s = RenewalSite::fromJson(v.toObject()))
            r.sites << *s;
    }
    r.backupFile = o.value(QStringLiteral("backupFile")).toString();
    r.backedUpAt = timeOf(o, "backedUpAt");
    r.backupSkipped = o.value(QStringLiteral("backupSkipped")).toBool();
    r.rolledBackAt = timeOf(o, "rolledBackAt");
    r.retiredAt = timeOf(o, "retiredAt");
    r.endedAt = timeOf(o, "endedAt");
    return r;
}

RenewalRecord RenewalRecord::start(const QString& oldCertificate, const QString& name, const QDateTime& oldNotAfter)
{
    RenewalRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.oldCertificate = oldCertificate.toUpper();
    r.name = name;
    r.oldNotAfter = oldNotAfter.toUTC();
    r.startedAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace certpilot
