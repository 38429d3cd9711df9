// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace certpilot {

// The interface language: CertPilot's own translations (embedded in the
// program from resources/translations) and Qt's (wizard buttons, standard
// dialogs), loaded for the language the user chose or the desktop's.
class Translations {
public:
    // "system" becomes the first of the desktop's languages CertPilot has:
    // zh_TW for Traditional Chinese (Taiwan, Hong Kong, Macau, or the Hant
    // script), zh_CN for other Chinese, otherwise en. Other codes pass through.
    static QString resolve(const QString& setting, const QLocale& system = QLocale::system());

    // Replaces the translators a previous call installed in the application
    // with those for `setting`, and returns the language now in use. A
    // language chosen explicitly also becomes the default locale, so dates
    // and numbers read the same way as the words around them.
    static QString install(QCoreApplication& app, const QString& setting);

    // The language the last install() put in use ("en" before any).
    static QString current();

    // The embedded translation file for a language (":/i18n/certpilot_zh_TW.qm").
    static QString resourcePath(const QString& language);
};

} // namespace certpilot
