// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "EntryLookup.h"
#include "store/StoreLocator.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace certpilot::cli {

CliContext::CliContext(const QStringList& args, const QString& storePath, bool json)
    : m_args(args)
    , m_storePath(storePath)
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
}

Result<CertificateStore*> CliContext::store()
{
    if (!m_store) {
        auto opened = StoreLocator::open(m_storePath);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
        // Cleaned up after a program that was killed: say what was done.
        for (const QString& notice : m_store->takeNotices())
            m_err << tr("Note: %1").arg(notice) << Qt::endl;
    }
    return m_store.get();
}

std::optional<LocatedEntry> CliContext::locate(const QString& thumbprint, int* exit)
{
    auto opened = store();
    if (!opened) {
        *exit = fail(opened.error());
        return std::nullopt;
    }
    auto contents = (*opened)->load();
    if (!contents) {
        *exit = fail(contents.error());
        return std::nullopt;
    }
    auto entry = EntryLookup::find(*contents, thumbprint);
    if (!entry) {
        *exit = failLookup(entry.error());
        return std::nullopt;
    }
    return LocatedEntry{*opened, std::move(contents).value(), std::move(entry).value()};
}

int CliContext::failLookup(const Error& error)
{
    return fail(error, error.kind == ErrorKind::NotFound ? NotFound : Usage);
}

bool CliContext::parse(QCommandLineParser& parser, const QString& command, const QString& description, int* exit)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    // Global options may come after the command too.
    parser.addOption({QStringLiteral("store"), tr("The store folder."), tr("DIR")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    QStringList argv = m_args;
    argv.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + command);
    if (!parser.parse(argv)) {
        *exit = failUsage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by how it was started (./build/app/...); the
        // usage line should read as the user types it.
        QString help = parser.helpText();
        const qsizetype usageEnd = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && usageEnd > 0)
            help.replace(7, usageEnd - 7, QStringLiteral("certpilot-cli %1").arg(command));
        m_out << help;
        m_out.flush();
        *exit = Success;
        return false;
    }
    if (parser.isSet(QStringLiteral("store")))
        m_storePath = parser.value(QStringLiteral("store"));
    if (parser.isSet(QStringLiteral("json")))
        m_json = true;
    return true;
}

int CliContext::fail(const Error& error, int code)
{
    if (m_json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("error"), error.message},
                                            {QStringLiteral("detail"), error.detail}}));
    }
    m_err << tr("Error: %1").arg(error.message) << Qt::endl;
    if (!error.detail.isEmpty())
        m_err << tr("Detail: %1").arg(error.detail) << Qt::endl;
    return code;
}

int CliContext::failUsage(const QString& message)
{
    m_err << message << Qt::endl << tr("Run with --help for usage.") << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonDocument& doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace certpilot::cli
