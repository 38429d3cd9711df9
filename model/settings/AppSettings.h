// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"
#include "KeySpec.h"
#include "Result.h"
#include "pfx/Pkcs12Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace certpilot {

// The user's preferences, as values with defaults. Read with load() from a
// QSettings (a value that is missing, malformed or out of range reads as its
// default, so a hand-edited file never stops the program), edited as a copy
// (the Settings dialog), checked with validate(), written with save().
struct AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    // Interface language: "system" (follow the desktop), "en", "zh_TW", "zh_CN".
    QString language = QStringLiteral("system");
    // The store the GUI opens without --store; empty means defaultStorePath().
    QString storePath;
    // When expiry is shown as notice, warning, critical (days left): 60/30/7.
    ExpiryThresholds expiry;
    // What a new certificate request offers first.
    KeySpec defaultKey = KeySpec::rsa(2048);
    // How a PFX export is protected unless the user picks otherwise.
    Pkcs12Profile::Id pfxProfile = Pkcs12Profile::Id::Modern;
    // Seconds to wait for an endpoint probe's connection, and again for its handshake.
    int probeTimeoutSeconds = 10;
    // Remind about certificates that reach a threshold, when the window opens.
    bool remindersEnabled = true;

    static constexpr int kMaxThresholdDays = 3650;
    static constexpr int kMinProbeTimeoutSeconds = 1;
    static constexpr int kMaxProbeTimeoutSeconds = 600;

    // The language codes, "system" first, and each one's name in its own
    // language ("English", "繁體中文", "简体中文"; "system" is translated).
    static QStringList languageCodes();
    static QString languageName(const QString& code);
    // The key types a request may use, in the order to offer them.
    static QList<KeySpec> keyChoices();

    // From the application's own settings (QSettings() with the organization
    // and application names QCoreApplication carries), or from any QSettings.
    static AppSettings load();
    static AppSettings load(QSettings& settings);
    void save() const;
    void save(QSettings& settings) const;

    // An InvalidInput error naming the first bad value and what is allowed.
    Result<void> validate() const;

    QString effectiveStorePath() const;
    int probeTimeoutMs() const { return probeTimeoutSeconds * 1000; }

    bool operator==(const AppSettings& other) const;
};

} // namespace certpilot
