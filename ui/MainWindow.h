// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace certpilot {

class StoreSession;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(StoreSession* session, QWidget* parent = nullptr);

private:
    StoreSession* m_session;
};

} // namespace certpilot
