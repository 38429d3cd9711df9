// SPDX-License-Identifier: GPL-3.0-or-later
// main() for GUI suites: a QApplication (offscreen, set by the test's environment).

#include <QApplication>

#include <gtest/gtest.h>

#include <csignal>

int main(int argc, char** argv)
{
    std::signal(SIGXFSZ, SIG_IGN);
    // ctest sets offscreen for the run, but not for listing the tests
    // (gtest_discover_tests); xvfb-run users can still ask for xcb.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certpilot-ui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
