// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot: the desktop application.

#include "AppVersion.h"
#include "GuiStartup.h"
#include "SingleInstance.h"
#include "StoreLocation.h"
#include "WorkerPriority.h"
#include "binding/PlatformBindingServices.h"
#include "ossl/Library.h"
#include "pemdir/ProcessProtection.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using namespace certpilot;

namespace {

// Error text for --store DIR --demo with a DIR that holds something already;
// empty when DIR is fine.
QString demoFolderProblem(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return GuiStartup::tr("%1 is a file. --demo needs a new or empty folder.").arg(QDir::toNativeSeparators(folder));
    if (QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return {};
    return GuiStartup::tr("--demo fills a new store with example certificates, but %1 is not empty. Give a new "
                          "or empty folder with --store, or leave out --store to use the separate demo store.")
        .arg(QDir::toNativeSeparators(folder));
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(GuiStartup::tr("Manages TLS server certificates."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("version"), GuiStartup::tr("Print the version and exit.")});
    parser.addOption({QStringLiteral("store"),
                      GuiStartup::tr("Open the store in DIR (default: %1).").arg(defaultStorePath()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("demo"), GuiStartup::tr("Open a store filled with example certificates (made "
                                                             "anew each time, apart from your own store).")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 GuiStartup::tr("Certificate files, a CA's cert.zip or PFX backups to open."),
                                 QStringLiteral("[FILE...]"));
}

} // namespace

int main(int argc, char** argv)
{
    // Private keys and passwords pass through this process: no core dumps of it.
    ProcessProtection::disableCoreDumps();
    ossl::initializeLibrary();
#ifdef SIGXFSZ
    // A file-size limit (ulimit -f) must fail the write, not kill us half-way.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    // --version and --help work without a display (on a server, over ssh).
    const QStringList raw = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    if (raw.contains(QLatin1String("--version"))) {
        QTextStream(stdout) << versionLine(QStringLiteral("certpilot")) << '\n';
        return 0;
    }
    if (raw.contains(QLatin1String("--help")) || raw.contains(QLatin1String("-h"))) {
        QCoreApplication console(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("certpilot"));
        QCoreApplication::setOrganizationName(QStringLiteral("CertPilot"));
        Translations::install(console, AppSettings::load().language);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(console);  // prints the help and exits
        return 0;
    }

    QApplication app(argc, argv);
    keepWorkersBelowGuiThread();
    QApplication::setApplicationName(QStringLiteral("certpilot"));
    QApplication::setOrganizationName(QStringLiteral("CertPilot"));
    QApplication::setApplicationDisplayName(QStringLiteral("CertPilot"));
    QApplication::setApplicationVersion(appVersion());
    const AppSettings settings = AppSettings::load();
    Translations::install(app, settings.language);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    const QCommandLineOption storeOption(QStringLiteral("store"));
    const QCommandLineOption demoOption(QStringLiteral("demo"));

    GuiOptions options;
    options.demo = parser.isSet(demoOption);
    const QString given = parser.value(storeOption);
    options.storePath = parser.isSet(storeOption) ? (isWindowsStores(given) ? windowsStores() : QDir(given).absolutePath())
        : options.demo                            ? demoStorePath()
                                                  : settings.effectiveStorePath();
    options.files = parser.positionalArguments();
    if (options.demo && parser.isSet(storeOption)) {
        const QString problem = demoFolderProblem(options.storePath);
        if (!problem.isEmpty()) {
            QTextStream(stderr) << problem << '\n';
            QMessageBox::critical(nullptr, GuiStartup::tr("CertPilot"), problem);
            return 2;
        }
    }

    // A second `certpilot FILE...` on the same store hands its files to the running window.
    SingleInstance instance(options.storePath);
    if (!options.demo && instance.start(options.files) == SingleInstance::Outcome::HandedOver)
        return 0;

    // nginx and Apache binders and the endpoint probe (the ui layer only sees their interfaces).
    installPlatformBindingServices();
    GuiStartup startup(options);
    QObject::connect(&instance, &SingleInstance::filesReceived, &startup, &GuiStartup::openFiles);
    QTimer::singleShot(0, &startup, &GuiStartup::start);
    return app.exec();
}
