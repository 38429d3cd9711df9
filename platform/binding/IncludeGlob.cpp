// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncludeGlob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <glob.h>

namespace certpilot {

bool IncludeGlob::hasWildcard(const QString& pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))
        || pattern.contains(QLatin1Char('['));
}

QStringList IncludeGlob::expand(const QString& pattern, const QString& baseDirectory)
{
    const QString full = QDir::isAbsolutePath(pattern) ? pattern : QDir(baseDirectory).filePath(pattern);
    QStringList out;
    if (!hasWildcard(full)) {
        const QFileInfo info(full);
        if (info.isDir()) {
            const QDir dir(full);
            for (const QString& name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
                out << dir.filePath(name);
        } else if (info.exists()) {
            out << full;
        }
        return out;
    }
    glob_t matches{};
    // Both servers skip what glob(3) skips by default: names that start with a dot.
    if (::glob(QFile::encodeName(full).constData(), 0, nullptr, &matches) == 0) {
        for (size_t i = 0; i < matches.gl_pathc; ++i) {
            const QString path = QFile::decodeName(matches.gl_pathv[i]);
            if (QFileInfo(path).isFile())
                out << path;
        }
    }
    ::globfree(&matches);
    return out;
}

} // namespace certpilot
