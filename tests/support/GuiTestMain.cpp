// SPDX-License-Identifier: GPL-3.0-or-later
// main() for GUI suites: a QApplication (offscreen, set by the test's environment).

#include "TestEnvironment.h"

#include <QApplication>

#include <gtest/gtest.h>

#include <csignal>

int main(int argc, char** argv)
{
    std::signal(SIGXFSZ, SIG_IGN);
    // Offscreen unless QT_QPA_PLATFORM asks otherwise (xvfb-run users may want xcb).
    certpilot::test::setUpEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certpilot-ui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
