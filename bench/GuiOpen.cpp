// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start with a large store, as a whole process: the main
// window's certificate list (filter box, table sorted by expiry date), opened
// on STORE_DIR, exits once the table is filled and painted (or, with
// --verified, once every chain has its status). Prints the peak resident set.
// Used by bench/run until the main window offers a benchmark exit of its own.
//   certpilot_gui_open STORE_DIR [--verified]

#include "CertificateListPane.h"
#include "StoreSession.h"
#include "WorkerPriority.h"
#include "pemdir/PemDirStore.h"

#include <QApplication>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace certpilot;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    keepWorkersBelowGuiThread();   // as the application does
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: certpilot_gui_open STORE_DIR [--verified]\n");
        return 2;
    }
    const bool waitForChains = args.contains(QStringLiteral("--verified"));
    auto opened = PemDirStore::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return 1;
    }
    StoreSession session(std::shared_ptr<CertificateStore>(std::move(opened).value()));
    CertificateListPane pane(&session);
    pane.resize(1200, 800);
    pane.show();
    auto finish = [&] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("rows %d, peak RSS %ld KB\n", pane.shownCount(), usage.ru_maxrss);
        std::fflush(stdout);
        app.quit();
    };
    QObject::connect(&session, &StoreSession::loaded, [&] {
        if (!waitForChains)
            QTimer::singleShot(0, &app, finish);   // after the view laid the rows out
    });
    if (waitForChains)
        QObject::connect(&session, &StoreSession::verificationFinished, &app, finish);
    session.reload();
    return app.exec();
}
