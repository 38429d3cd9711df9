// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/UnifiedDiff.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace certpilot {

namespace {

enum class Op { Keep, Remove, Add };
struct Line {
    Op op;
    QString text;
};

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();   // the newline that ends the file is not a line of its own
    return lines;
}

// Longest common subsequence over the changed middle. Sizes are bounded by
// the caller; past the bound the middle is shown as removed then added.
QList<Line> diffMiddle(const QStringList& a, const QStringList& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<Line> out;
    if (n * m > 4'000'000) {
        for (const QString& s : a)
            out.append({Op::Remove, s});
        for (const QString& s : b)
            out.append({Op::Add, s});
        return out;
    }
    std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return table[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out.append({Op::Keep, a[i]});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            out.append({Op::Remove, a[i++]});
        } else {
            out.append({Op::Add, b[j++]});
        }
    }
    while (i < n)
        out.append({Op::Remove, a[i++]});
    while (j < m)
        out.append({Op::Add, b[j++]});
    return out;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u numbering: an empty range names the line before it.
    if (count == 1)
        return QString::number(start);
    return QStringLiteral("%1,%2").arg(count == 0 ? start - 1 : start).arg(count);
}

} // namespace

QString UnifiedDiff::make(const QString& before, const QString& after, const QString& beforeLabel,
                          const QString& afterLabel, int context)
{
    if (before == after)
        return {};
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    QList<Line> lines;
    for (qsizetype i = 0; i < head; ++i)
        lines.append({Op::Keep, a[i]});
    lines.append(diffMiddle(a.mid(head, a.size() - head - tail), b.mid(head, b.size() - head - tail)));
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        lines.append({Op::Keep, a[i]});

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
    // Group changes into hunks with `context` unchanged lines around them.
    qsizetype k = 0;
    const qsizetype total = lines.size();
    qsizetype oldLine = 1, newLine = 1;
    while (k < total) {
        if (lines[k].op == Op::Keep) {
            ++oldLine;
            ++newLine;
            ++k;
            continue;
        }
        const qsizetype lead = std::min<qsizetype>(context, k);
        qsizetype start = k - lead;
        qsizetype end = k;   // one past the last line of the hunk
        qsizetype keepRun = 0;
        while (end < total) {
            if (lines[end].op == Op::Keep) {
                if (++keepRun > 2 * context)
                    break;
            } else {
                keepRun = 0;
            }
            ++end;
        }
        // Trim trailing context to `context` lines.
        qsizetype trailing = 0;
        while (end - trailing - 1 >= start && lines[end - trailing - 1].op == Op::Keep)
            ++trailing;
        end -= std::max<qsizetype>(0, trailing - context);

        qsizetype oldCount = 0, newCount = 0;
        for (qsizetype x = start; x < end; ++x) {
            if (lines[x].op != Op::Add)
                ++oldCount;
            if (lines[x].op != Op::Remove)
                ++newCount;
        }
        const qsizetype hunkOld = oldLine - lead;
        const qsizetype hunkNew = newLine - lead;
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(hunkOld, oldCount), range(hunkNew, newCount));
        for (qsizetype x = start; x < end; ++x) {
            const QChar mark = lines[x].op == Op::Keep ? QLatin1Char(' ')
                             : lines[x].op == Op::Remove ? QLatin1Char('-') : QLatin1Char('+');
            out += mark + lines[x].text + QLatin1Char('\n');
            if (x >= k) {
                if (lines[x].op != Op::Add)
                    ++oldLine;
                if (lines[x].op != Op::Remove)
                    ++newLine;
            }
        }
        k = end;
    }
    return out;
}

} // namespace certpilot
