// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli: every workflow step of the GUI, for scripts and cron jobs.

#include "AppVersion.h"
#include "CliContext.h"
#include "Commands.h"
#include "StoreLocation.h"
#include "ossl/Library.h"
#include "pemdir/ProcessProtection.h"

#include "settings/Translations.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <algorithm>
#include <csignal>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CERTPILOT_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CERTPILOT_ASAN 1
#endif
#ifdef CERTPILOT_ASAN
// Sanitizer builds only: whole stacks for allocations made inside OpenSSL
// (built without frame pointers), so that tests/fuzz/lsan.supp can tell
// OpenSSL's per-thread error state from a leak of ours.
extern "C" const char* __asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
#endif

using namespace certpilot;
using namespace certpilot::cli;

namespace {

QString usage()
{
    QString text = CliContext::tr("Usage: certpilot-cli [--store DIR] [--json] COMMAND [options]\n\n"
                                  "Manages TLS server certificates in a CertPilot store (default: %1).\n\n"
                                  "Commands:\n")
                       .arg(defaultStorePath());
    // Names longer than the column still get two spaces before their summary
    // (the bash completion reads the first word of each line).
    qsizetype width = 0;
    for (const Command& c : commands())
        width = std::max(width, c.name.size() + 2);
    for (const Command& c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(width), CliContext::tr(c.summary));
    text += CliContext::tr("\nRun `certpilot-cli COMMAND --help` for a command's options.\n"
                           "Exit codes: 0 success, 1 failure, 2 bad arguments, 3 not trusted, 4 not found.\n");
    return text;
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certpilot-cli"));
    QCoreApplication::setApplicationVersion(appVersion());
    // Messages in the language of the shell (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    // --json keys and values that scripts match on stay as they are.
    Translations::install(app, QStringLiteral("system"));

    QStringList args = app.arguments().mid(1);
    QString storePath = defaultStorePath();
    bool json = false;
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Global options before the command; the command parses the rest.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--store") && !args.isEmpty()) {
            storePath = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--store="))) {
            storePath = opt.mid(8);
        } else if (opt == QLatin1String("--json")) {
            json = true;
        } else if (opt == QLatin1String("--version") || opt == QLatin1String("-v")) {
            out << versionLine(QStringLiteral("certpilot-cli")) << '\n';
            return Success;
        } else if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << usage();
            return Success;
        } else {
            err << CliContext::tr("Unknown option %1.").arg(opt) << '\n' << usage();
            return Usage;
        }
    }
    if (args.isEmpty()) {
        err << usage();
        return Usage;
    }
    const QString name = args.takeFirst();
    for (const Command& command : commands()) {
        if (command.name == name) {
            int code = Failure;
            {
                CliContext ctx(args, storePath, json);
                code = command.run(ctx);
            }
            // Pool threads that used OpenSSL must end before its atexit
            // clean-up, which otherwise strands their per-thread error state.
            QThreadPool::globalInstance()->waitForDone();
            return code;
        }
    }
    err << CliContext::tr("Unknown command %1.").arg(name) << "\n\n" << usage();
    return Usage;
}
