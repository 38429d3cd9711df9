// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace certpilot {

// How soon an expiry needs attention. CAs write 60 days ahead; the defaults follow.
enum class Urgency { None, Notice, Warning, Critical, Expired };

struct ExpiryThresholds {
    int notice = 60;
    int warning = 30;
    int critical = 7;

    Urgency urgency(long long daysLeft, bool expired) const
    {
        if (expired)
            return Urgency::Expired;
        if (daysLeft < critical)
            return Urgency::Critical;
        if (daysLeft < warning)
            return Urgency::Warning;
        if (daysLeft < notice)
            return Urgency::Notice;
        return Urgency::None;
    }
};

} // namespace certpilot
