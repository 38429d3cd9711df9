// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/BerScan.h"

namespace certpilot {

namespace {

constexpr int kMaxDepth = 64;

BerScan::Shape scanAt(const unsigned char* p, qsizetype size, qsizetype* used, int depth)
{
    using Shape = BerScan::Shape;
    if (depth > kMaxDepth)
        return Shape::Malformed;
    qsizetype pos = 0;
    if (size < 2)
        return Shape::Truncated;
    const unsigned char tag = p[pos++];
    const bool constructed = tag & 0x20;
    if ((tag & 0x1F) == 0x1F) { // high tag number: base-128 digits
        int digits = 0;
        for (;;) {
            if (pos >= size)
                return Shape::Truncated;
            if (++digits > 4)
                return Shape::Malformed;
            if (!(p[pos++] & 0x80))
                break;
        }
    }
    if (pos >= size)
        return Shape::Truncated;
    const unsigned char first = p[pos++];
    if (first == 0x80) { // indefinite length: children until an end-of-contents marker
        if (!constructed)
            return Shape::Malformed;
        for (;;) {
            if (size - pos < 2)
                return Shape::Truncated;
            if (p[pos] == 0 && p[pos + 1] == 0) {
                pos += 2;
                break;
            }
            qsizetype child = 0;
            const Shape s = scanAt(p + pos, size - pos, &child, depth + 1);
            if (s != Shape::Complete)
                return s;
            pos += child;
        }
    } else {
        quint64 length = first;
        if (first & 0x80) {
            const int octets = first & 0x7F;
            if (octets > 8 || octets == 0x7F)
                return Shape::Malformed;
            length = 0;
            for (int i = 0; i < octets; ++i) {
                if (pos >= size)
                    return Shape::Truncated;
                length = (length << 8) | p[pos++];
            }
        }
        if (length > quint64(size - pos))
            return Shape::Truncated;
        pos += qsizetype(length);
    }
    if (used)
        *used = pos;
    return Shape::Complete;
}

} // namespace

BerScan::Shape BerScan::scan(const unsigned char* data, qsizetype size, qsizetype* used)
{
    return scanAt(data, size, used, 0);
}

bool BerScan::isWholeSequence(const unsigned char* data, qsizetype size)
{
    qsizetype used = 0;
    return size >= 2 && data[0] == 0x30 && scan(data, size, &used) == Shape::Complete && used == size;
}

} // namespace certpilot
