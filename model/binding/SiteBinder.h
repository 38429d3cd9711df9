// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/BinderSettings.h"
#include "binding/BindingPlan.h"
#include "binding/BindingRecord.h"
#include "binding/BindingStep.h"
#include "binding/ProbeResult.h"
#include "binding/Site.h"

#include <QList>

#include <optional>

namespace certpilot {

// What a successful apply() leaves behind.
struct AppliedBinding {
    BindingRecord record;              // for the BindingRegistry
    std::optional<ProbeResult> probe;  // what the live site served afterwards
};

// Binds a certificate to a site of one web server (nginx, Apache, IIS).
// Implementations live in platform/. Every method blocks (files, processes,
// network): call them off the GUI thread, one call at a time per object.
//
// apply() never leaves a site broken: it writes the files, edits the
// configuration, runs the server's own configuration test, reloads and checks
// the live site; when any step fails it restores every file it touched and,
// when the server had already reloaded, reloads it again. The returned error
// names the failed step and carries the server's own message as detail.
class SiteBinder {
public:
    virtual ~SiteBinder() = default;

    virtual const BinderSettings& settings() const = 0;

    // The sites in the server's configuration (settings().configRoot).
    virtual Result<QList<Site>> listSites() = 0;

    // Computes the change without touching anything. Refuses a key that does
    // not match the certificate, and a site that cannot take the binding
    // (no https listener and none to add, a certificate shared with other sites).
    virtual Result<BindingPlan> planBinding(const BindingRequest& request) = 0;

    // Carries the plan out, reporting each step to `progress` (from this thread).
    virtual Result<AppliedBinding> apply(const BindingPlan& plan, const StepCallback& progress = {}) = 0;
};

} // namespace certpilot
