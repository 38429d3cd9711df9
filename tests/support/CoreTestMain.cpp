// SPDX-License-Identifier: GPL-3.0-or-later
// main() for suites below the GUI: a QCoreApplication for Qt's event loop and signals.

#include "TestEnvironment.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <csignal>

int main(int argc, char** argv)
{
    // Full-disk tests use a file-size limit: writes must fail, not kill the suite.
    std::signal(SIGXFSZ, SIG_IGN);
    certpilot::test::setUpEnvironment();
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
