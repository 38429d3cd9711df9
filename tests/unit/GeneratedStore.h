// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmarks' store generator at a size fit for unit tests, made once per
// test process (generating its keys takes seconds) and removed at exit.

#include "../../bench/StoreGenerator.h"

#include <QTemporaryDir>

namespace certpilot::test {

inline constexpr int kGeneratedLeaves = 300;

inline Result<bench::GeneratedStore> generatedStore()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorKind::Internal, QStringLiteral("no temporary folder"));
    return bench::generateStore(dir.path() + QStringLiteral("/store"), kGeneratedLeaves);
}

} // namespace certpilot::test
