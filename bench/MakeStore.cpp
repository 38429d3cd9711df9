// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot_make_store DIR N: the benchmark store of N leaves in DIR (reused
// when DIR already holds one made for N).

#include "StoreGenerator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: certpilot_make_store DIR N\n");
        return 2;
    }
    auto made = certpilot::bench::generateStore(QString::fromLocal8Bit(argv[1]), std::atoi(argv[2]));
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().fullText()));
        return 1;
    }
    return 0;
}
