// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ChainOrder.h"

#include <functional>

namespace certpilot {

bool ChainOrder::mayHaveIssued(const Certificate& issuer, const Certificate& child)
{
    if (issuer.sha1() == child.sha1() || !(child.issuer() == issuer.subject()))
        return false;
    const QByteArray& aki = child.authorityKeyId();
    const QByteArray& ski = issuer.subjectKeyId();
    return aki.isEmpty() || ski.isEmpty() || aki == ski;
}

ChainOrder ChainOrder::of(const QList<Certificate>& certs)
{
    ChainOrder o;
    const int n = int(certs.size());
    o.parent.fill(-1, n);
    o.depth.fill(0, n);

    auto createsCycle = [&](int child, int candidate) {
        for (int p = candidate, steps = 0; p >= 0 && steps <= n; p = o.parent[p], ++steps) {
            if (p == child)
                return true;
        }
        return false;
    };
    for (int i = 0; i < n; ++i) {
        if (certs[i].isSelfSigned())
            continue;  // a root issues itself
        // Prefer a self-signed issuer (the shortest way to a root), then the
        // first in the input; a cross-signed twin is the alternative.
        int best = -1;
        for (int j = 0; j < n; ++j) {
            if (j == i || !mayHaveIssued(certs[j], certs[i]) || certs[j].sha1() == certs[i].sha1())
                continue;
            if (best < 0 || (certs[j].isSelfSigned() && !certs[best].isSelfSigned()))
                best = j;
        }
        if (best >= 0 && !createsCycle(i, best))
            o.parent[i] = best;
    }
    // A duplicate of a certificate with an issuer hangs under the same issuer.

    QList<QList<int>> children(n);
    QList<int> tops;
    for (int i = 0; i < n; ++i)
        (o.parent[i] < 0 ? tops : children[o.parent[i]]).append(i);
    // CAs before end-entity certificates among siblings, so a chain reads top down.
    auto rank = [&](int i) { return certs[i].isSelfSigned() ? 0 : certs[i].isCa() ? 1 : 2; };
    auto sortSiblings = [&](QList<int>& list) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) { return rank(a) < rank(b); });
    };
    sortSiblings(tops);
    std::function<void(int, int)> visit = [&](int i, int d) {
        o.depth[i] = d;
        o.order.append(i);
        sortSiblings(children[i]);
        for (int c : children[i])
            visit(c, d + 1);
    };
    for (int t : tops)
        visit(t, 0);
    return o;
}

} // namespace certpilot
