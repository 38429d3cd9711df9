// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "StoreSession.h"
#include "pemdir/PemDirStore.h"

#include <QApplication>

using namespace certpilot;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    auto store = PemDirStore::open(QStringLiteral("/tmp/x"));
    if (!store)
        return 1;
    StoreSession session(std::shared_ptr<CertificateStore>(std::move(store).value()));
    MainWindow w(&session);
    w.show();
    return app.exec();
}
