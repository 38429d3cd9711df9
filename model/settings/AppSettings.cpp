// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "StoreLocation.h"

#include <QDir>
#include <QSettings>

namespace certpilot {

namespace {

// Keys in the settings file. Renaming one loses the user's choice: add, never rename.
const QString kLanguage = QStringLiteral("interface/language");
const QString kStorePath = QStringLiteral("store/path");
const QString kNotice = QStringLiteral("expiry/noticeDays");
const QString kWarning = QStringLiteral("expiry/warningDays");
const QString kCritical = QStringLiteral("expiry/criticalDays");
const QString kKey = QStringLiteral("request/defaultKey");
const QString kPfxProfile = QStringLiteral("pfx/defaultProfile");
const QString kProbeTimeout = QStringLiteral("probe/timeoutSeconds");
const QString kReminders = QStringLiteral("reminders/enabled");

bool thresholdsValid(const ExpiryThresholds& t)
{
    return t.critical >= 1 && t.critical < t.warning && t.warning < t.notice
        && t.notice <= AppSettings::kMaxThresholdDays;
}

bool keyAllowed(const KeySpec& spec) { return AppSettings::keyChoices().contains(spec); }

// An integer setting, or nothing when absent or not a number.
std::optional<int> readInt(QSettings& settings, const QString& key)
{
    if (!settings.contains(key))
        return std::nullopt;
    bool ok = false;
    const int value = settings.value(key).toString().trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

QStringList AppSettings::languageCodes()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN")};
}

QString AppSettings::languageName(const QString& code)
{
    // Each language in its own words, so a user who cannot read the current one finds theirs.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return tr("System default");
}

QList<KeySpec> AppSettings::keyChoices()
{
    return {KeySpec::rsa(2048), KeySpec::rsa(3072), KeySpec::rsa(4096), KeySpec::ec(QStringLiteral("P-256")),
            KeySpec::ec(QStringLiteral("P-384"))};
}

AppSettings AppSettings::load()
{
    QSettings settings;
    return load(settings);
}

AppSettings AppSettings::load(QSettings& settings)
{
    AppSettings s;
    const QString language = settings.value(kLanguage, s.language).toString();
    if (languageCodes().contains(language))
        s.language = language;

    s.storePath = settings.value(kStorePath).toString().trimmed();

    // The three thresholds only make sense together: a bad one drops all three.
    ExpiryThresholds read = s.expiry;
    read.notice = readInt(settings, kNotice).value_or(read.notice);
    read.warning = readInt(settings, kWarning).value_or(read.warning);
    read.critical = readInt(settings, kCritical).value_or(read.critical);
    if (thresholdsValid(read))
        s.expiry = read;

    if (const auto key = KeySpec::parse(settings.value(kKey).toString()); key && keyAllowed(*key))
        s.defaultKey = *key;
    if (const auto profile = Pkcs12Profile::fromId(settings.value(kPfxProfile).toString()))
        s.pfxProfile = profile->id;
    if (const auto timeout = readInt(settings, kProbeTimeout);
        timeout && *timeout >= kMinProbeTimeoutSeconds && *timeout <= kMaxProbeTimeoutSeconds)
        s.probeTimeoutSeconds = *timeout;

    const QString reminders = settings.value(kReminders).toString().trimmed().toLower();
    if (reminders == QLatin1String("true") || reminders == QLatin1String("false"))
        s.remindersEnabled = reminders == QLatin1String("true");
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
}

void AppSettings::save(QSettings& settings) const
{
    settings.setValue(kLanguage, language);
    if (storePath.isEmpty())
        settings.remove(kStorePath);  // follow the default, even if it moves
    else
        settings.setValue(kStorePath, storePath);
    settings.setValue(kNotice, expiry.notice);
    settings.setValue(kWarning, expiry.warning);
    settings.setValue(kCritical, expiry.critical);
    settings.setValue(kKey, defaultKey.toString());
    settings.setValue(kPfxProfile, pfxProfile == Pkcs12Profile::Id::Legacy ? Pkcs12Profile::legacy().idString()
                                                                           : Pkcs12Profile::modern().idString());
    settings.setValue(kProbeTimeout, probeTimeoutSeconds);
    settings.setValue(kReminders, remindersEnabled);
    settings.sync();
}

Result<void> AppSettings::validate() const
{
    if (!languageCodes().contains(language))
        return makeError(ErrorKind::InvalidInput, tr("Choose a language from the list."), language);
    if (!storePath.isEmpty() && !QDir::isAbsolutePath(storePath) && !isWindowsStores(storePath))
        return makeError(ErrorKind::InvalidInput,
                         tr("The store location must be a full path, such as %1.").arg(defaultStorePath()),
                         storePath);
    if (expiry.critical < 1 || expiry.notice > kMaxThresholdDays)
        return makeError(ErrorKind::InvalidInput,
                         tr("Expiry warnings must be between 1 and %1 days.").arg(kMaxThresholdDays));
    if (!(expiry.critical < expiry.warning && expiry.warning < expiry.notice))
        return makeError(ErrorKind::InvalidInput,
                         tr("Give the expiry warnings in order: more days for the first notice (now %1) than for "
                            "the warning (%2), and more for the warning than for the critical warning (%3).")
                             .arg(expiry.notice)
                             .arg(expiry.warning)
                             .arg(expiry.critical));
    if (!keyAllowed(defaultKey))
        return makeError(ErrorKind::InvalidInput,
                         tr("Choose a key type from the list: CAs accept only these for server certificates."),
                         defaultKey.toString());
    if (probeTimeoutSeconds < kMinProbeTimeoutSeconds || probeTimeoutSeconds > kMaxProbeTimeoutSeconds)
        return makeError(ErrorKind::InvalidInput, tr("The connection time limit must be between %1 and %2 seconds.")
                                                      .arg(kMinProbeTimeoutSeconds)
                                                      .arg(kMaxProbeTimeoutSeconds));
    return {};
}

QString AppSettings::effectiveStorePath() const { return storePath.isEmpty() ? defaultStorePath() : storePath; }

bool AppSettings::operator==(const AppSettings& o) const
{
    return language == o.language && storePath == o.storePath && expiry.notice == o.expiry.notice
        && expiry.warning == o.expiry.warning && expiry.critical == o.expiry.critical && defaultKey == o.defaultKey
        && pfxProfile == o.pfxProfile && probeTimeoutSeconds == o.probeTimeoutSeconds
        && remindersEnabled == o.remindersEnabled;
}

} // namespace certpilot
