// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "StoreEntry.h"
#include "binding/BinderSettings.h"
#include "binding/BindingServices.h"
#include "renewal/RenewalRecord.h"

#include <QCoreApplication>

#include <functional>

namespace certpilot {

// The renewal's work on live servers: move every site of the old certificate
// to the new one, check what each serves, and move them back on a roll-back.
// Each site goes through the binder (configuration test, reload, restore on
// any failure), so a site is never left broken, and each finished binding is
// recorded in the store's bindings. Blocking (processes, network) and reads
// keys: run on the store's thread. Updates the record's sites; the caller
// saves the record.
class RenewalSiteRunner {
    Q_DECLARE_TR_FUNCTIONS(RenewalSiteRunner)
public:
    // How to reach the server a binding was made on.
    using SettingsFor = std::function<BinderSettings(const BindingRecord&)>;
    // (site index, sites) before each site: "Re-binding 2 of 3".
    using Progress = std::function<void(int index, int count)>;

    RenewalSiteRunner(BindingServices services, SettingsFor settingsFor);

    // The settings saved by the bind wizard for the record's server, with the
    // record's configuration root (commands use {configRoot}, so they follow).
    static BinderSettings savedSettings(const BindingRecord& record);

    // Binds the new certificate to each site not yet on it (Pending, Failed,
    // RolledBack): Rebound when done, Failed with the binder's message when not.
    void rebind(RenewalRecord& record, CertificateStore& store, const StoreContents& contents,
                const Progress& progress = {}) const;
    // Connects to each re-bound site: Serving when it sends the new
    // certificate; otherwise it stays Rebound with what was seen.
    void check(RenewalRecord& record, const StoreContents& contents, const Progress& progress = {}) const;
    // Binds the old certificate again to each site on the new one: RolledBack,
    // or the site keeps its state with the failure in its message.
    void rollBack(RenewalRecord& record, CertificateStore& store, const StoreContents& contents,
                  const Progress& progress = {}) const;

private:
    Result<BindingRecord> bind(CertificateStore& store, const StoreContents& contents, const BindingRecord& site,
                               const QString& sha1) const;
    Result<QString> serving(const BindingRecord& site, const Certificate& expected, const StoreContents& contents) const;

    BindingServices m_services;
    SettingsFor m_settingsFor;
};

} // namespace certpilot
