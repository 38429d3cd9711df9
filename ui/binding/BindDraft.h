// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BinderSettings.h"
#include "binding/BindingPlan.h"
#include "binding/SiteBinder.h"
#include "binding/Site.h"

#include <QList>

#include <memory>
#include <optional>

namespace certpilot {

// What the bind wizard's pages fill in, page by page; the apply page takes it whole.
struct BindDraft {
    BinderSettings settings = BinderSettings::defaults(ServerType::Nginx);
    std::shared_ptr<SiteBinder> binder;   // made from the settings when the server page is left
    QList<Site> sites;
    int suggested = -1;
    int site = -1;                        // index into sites
    bool addListener = false;
    int port = 443;
    std::optional<BindingPlan> plan;

    const Site* chosenSite() const { return site >= 0 && site < sites.size() ? &sites[site] : nullptr; }
};

} // namespace certpilot
