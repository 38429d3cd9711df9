// SPDX-License-Identifier: GPL-3.0-or-later
// main() for the binding GUI suite: a QApplication (offscreen, set by the test's environment).

#include "BindingUiFixture.h"

#include "TestEnvironment.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    certpilot::test::setUpEnvironment();
    QApplication app(argc, argv);
    certpilot::test::setUpBindingUiApplication();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
