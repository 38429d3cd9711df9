// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace certpilot {

class InfoBar;

// Edit > Preferences: language, store location, expiry warning thresholds,
// default key and PFX profile, probe time limit, reminders. Edits a copy of
// AppSettings; OK is enabled only while the values are valid.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& initial, QWidget* parent = nullptr);

    // Opens the dialog window-modal on the application's saved settings and
    // returns at once (the dialog deletes itself when closed). OK saves them
    // (AppSettings::save()) and emits settingsSaved.
    static SettingsDialog* open(QWidget* parent);

    // The values as the dialog shows them now.
    AppSettings settings() const;

signals:
    // After OK and the save: the window applies what can change at once
    // (thresholds, defaults); language and store apply at the next start.
    void settingsSaved(const certpilot::AppSettings& settings);

private:
    void display(const AppSettings& s);
    void chooseStoreFolder();
    void revalidate();
    QWidget* makeGeneralGroup();
    QWidget* makeExpiryGroup();
    QWidget* makeDefaultsGroup();

    AppSettings m_initial;
    QComboBox* m_language = nullptr;
    QLineEdit* m_storePath = nullptr;
    QCheckBox* m_reminders = nullptr;
    QSpinBox* m_notice = nullptr;
    QSpinBox* m_warning = nullptr;
    QSpinBox* m_critical = nullptr;
    QComboBox* m_key = nullptr;
    QComboBox* m_pfxProfile = nullptr;
    QSpinBox* m_probeTimeout = nullptr;
    InfoBar* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace certpilot
