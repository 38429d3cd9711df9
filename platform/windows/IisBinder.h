// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SslBinding.h"
#include "binding/EndpointProbe.h"
#include "binding/SiteBinder.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace certpilot {

// Binds certificates to HTTP.sys endpoints, the way IIS Manager's "Edit Site
// Binding" and `netsh http add sslcert` do: the sites are the SSL bindings
// (IP:port and SNI host name:port entries), the certificate comes from
// LocalMachine\MY by thumbprint, so no files are written and nothing reloads.
// apply() replaces (or adds) the one binding, reads it back, checks the live
// endpoint, and puts the old binding back when any of that fails. The
// WORKFLOW.md case-10 findings (empty hash, all-zero application id, a
// wildcard IP entry overriding SNI entries, a hash naming no certificate)
// are notes on the plan.
class IisBinder final : public SiteBinder {
    Q_DECLARE_TR_FUNCTIONS(IisBinder)
public:
    // `probe` checks the live endpoint afterwards; null: no check.
    IisBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe);

    const BinderSettings& settings() const override { return m_settings; }
    Result<QList<Site>> listSites() override;
    Result<BindingPlan> planBinding(const BindingRequest& request) override;
    Result<AppliedBinding> apply(const BindingPlan& plan, const StepCallback& progress = {}) override;

    // Every case-10 finding over the current bindings, as sentences.
    Result<QStringList> auditNotes();

private:
    Result<std::vector<win::SslBinding>> bindings() const;
    static std::optional<win::SslBinding> find(const std::vector<win::SslBinding>& list, const win::SslBinding& endpoint);
    Result<void> restore(const win::SslBinding& endpoint, const std::optional<win::SslBinding>& previous);

    BinderSettings m_settings;
    std::shared_ptr<EndpointProbe> m_probe;
};

} // namespace certpilot
