// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/EndpointProbe.h"
#include "binding/SiteBinder.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>

namespace certpilot {

class FileJournal;

// What nginx and Apache binders share: the files in a directory of our own,
// the plan, and apply() with its steps and roll-back. Subclasses read their
// configuration and compute the edit.
class ConfigFileBinder : public SiteBinder {
    Q_DECLARE_TR_FUNCTIONS(ConfigFileBinder)
public:
    // `probe` checks the live site after the reload; null: no check.
    ConfigFileBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe);
    ~ConfigFileBinder() override;

    const BinderSettings& settings() const override { return m_settings; }
    Result<BindingPlan> planBinding(const BindingRequest& request) override;
    Result<AppliedBinding> apply(const BindingPlan& plan, const StepCallback& progress = {}) override;

    // The folder name for a site's files: its first host name, made safe.
    static QString directoryName(const Site& site);
    // Where apply() will check the site: the https listener's address (or
    // localhost), and the first of the site's names the certificate covers.
    static ProbeTarget probeTargetFor(const Site& site, const Certificate& certificate, int port);

protected:
    // Chooses the files (in `directory`) and computes the configuration change.
    virtual Result<QList<ConfigChange>> planConfig(const BindingRequest& request, const QString& directory,
                                                   QList<PlannedFile>* files, QStringList* notes) = 0;
    virtual QProcessEnvironment commandEnvironment() const { return QProcessEnvironment::systemEnvironment(); }
    // A sentence to add when the configuration test fails with `output`.
    virtual QString hintFor(const QString& output) const;

private:
    struct Run;
    Result<void> writeFiles(Run& run);
    Result<void> editConfig(Run& run);
    Result<void> testConfig(Run& run);
    Result<void> reload(Run& run);
    Result<ProbeResult> checkLiveSite(Run& run);
    Error rollBack(Run& run, BindingStep failedStep, const Error& cause);

    BinderSettings m_settings;
    std::shared_ptr<EndpointProbe> m_probe;
};

} // namespace certpilot
