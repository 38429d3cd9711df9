// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "StoreSession.h"

namespace certpilot {

MainWindow::MainWindow(StoreSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowTitle(tr("CertPilot"));
}

} // namespace certpilot
