// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace certpilot {

namespace {

const char kTranslatorName[] = "certpilotTranslator";

QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

QString chineseVariant(const QLocale& locale)
{
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macau;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

void addTranslator(QCoreApplication& app, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString Translations::resolve(const QString& setting, const QLocale& system)
{
    if (setting != QLatin1String("system"))
        return setting;
    // uiLanguages() lists the desktop's preferences in order ("zh-Hant-TW", "en-US", ...).
    for (const QString& name : system.uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::Chinese)
            return chineseVariant(locale);
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::current()
{
    return currentLanguage();
}

QString Translations::resourcePath(const QString& language)
{
    return QStringLiteral(":/i18n/certpilot_%1.qm").arg(language);
}

QString Translations::install(QCoreApplication& app, const QString& setting)
{
    const auto previous = app.findChildren<QTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QString language = resolve(setting);
    currentLanguage() = language;
    if (setting != QLatin1String("system"))
        QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    if (language == QLatin1String("en"))
        return language;
    // Qt's own texts first, so CertPilot's translation wins where both have one.
    addTranslator(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    addTranslator(app, resourcePath(language), QString());
    return language;
}

} // namespace certpilot
