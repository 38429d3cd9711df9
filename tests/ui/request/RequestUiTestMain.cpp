// SPDX-License-Identifier: GPL-3.0-or-later
// main() for the request GUI suite: a QApplication (offscreen, set by the test's environment).

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
