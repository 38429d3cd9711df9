// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/CountryCodes.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace certpilot {

namespace {

struct Table {
    QHash<QString, QString> nameByCode;
    QHash<QString, QString> codeByName;  // lower-case English name -> code
};

const Table& table()
{
    static const Table t = [] {
        // CLDR regions Qt lists that ISO 3166-1 does not assign; CAs reject them.
        // XK (Kosovo) stays: it is user-assigned, yet CAs accept it for Kosovo.
        static const QSet<QString> notIso = {QStringLiteral("AC"), QStringLiteral("CP"), QStringLiteral("DG"),
                                             QStringLiteral("EA"), QStringLiteral("EU"), QStringLiteral("EZ"),
                                             QStringLiteral("IC"), QStringLiteral("QO"), QStringLiteral("TA"),
                                             QStringLiteral("UN"), QStringLiteral("XA"), QStringLiteral("XB")};
        Table out;
        for (int i = QLocale::AnyTerritory + 1; i <= QLocale::LastTerritory; ++i) {
            const auto territory = static_cast<QLocale::Territory>(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !code.at(0).isLetter() || notIso.contains(code))
                continue;
            const QString name = QLocale::territoryToString(territory);
            out.nameByCode.insert(code, name);
            out.codeByName.insert(name.toLower(), code);
        }
        // What admins type instead of a code.
        const QList<QPair<const char*, const char*>> aliases = {
            {"uk", "GB"},     {"great britain", "GB"}, {"england", "GB"},   {"usa", "US"},
            {"u.s.a.", "US"}, {"america", "US"},       {"roc", "TW"},       {"r.o.c.", "TW"},
            {"twn", "TW"},    {"prc", "CN"},           {"chn", "CN"},       {"hkg", "HK"},
            {"jpn", "JP"},    {"kor", "KR"},           {"korea", "KR"},     {"deu", "DE"},
            {"gbr", "GB"},    {"macau", "MO"},         {"north macedonia", "MK"}};
        for (const auto& [alias, code] : aliases)
            out.codeByName.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        return out;
    }();
    return t;
}

} // namespace

bool CountryCodes::isValid(const QString& code) { return table().nameByCode.contains(code.toUpper()); }

QString CountryCodes::name(const QString& code) { return table().nameByCode.value(code.toUpper()); }

QString CountryCodes::suggest(const QString& typed)
{
    return table().codeByName.value(typed.trimmed().toLower());
}

} // namespace certpilot
