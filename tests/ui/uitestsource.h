#pragma once

#include "core/registry/memorysource.h"

#include <atomic>

namespace chainscope::uitest {

/// A small chain in memory, shaped like the seed's: ztsc/quarkus-base-image:1.0
/// and ztsc/quarkus-hello-service:1.0 (user 1001, port 8080, a base.image
/// label, OCI base annotations, the base's layer as its first layer).
registry::MemorySource seedLikeSource();

/// The raw manifest bytes of the service image in seedLikeSource().
QByteArray serviceManifest();

/// Fake: a registry that rejects the credentials on every call. A real
/// registry does the same (the lab suite checks it with a wrong password);
/// this one lets the lab-free suite check how the window reacts.
class RejectingSource final : public registry::ContentSource
{
public:
    QString host() const override { return QStringLiteral("memory.invalid"); }
    Result<registry::FetchedManifest> manifest(const QString &, const QString &) override;
    Result<QByteArray> blob(const QString &, const reference::Digest &, qint64) override;
    Result<QStringList> tags(const QString &) override;
    Result<QStringList> repositories() override;
};

/// Fake: a registry that never answers until the cancel flag is set, then
/// fails with Cancelled, as RegistryClient does with ClientOptions::cancelFlag.
class StallingSource final : public registry::ContentSource
{
public:
    explicit StallingSource(const std::atomic_bool &cancel) : m_cancel(cancel) {}
    QString host() const override { return QStringLiteral("memory.invalid"); }
    Result<registry::FetchedManifest> manifest(const QString &, const QString &) override;
    Result<QByteArray> blob(const QString &, const reference::Digest &, qint64) override;
    Result<QStringList> tags(const QString &) override;
    Result<QStringList> repositories() override;

private:
    Error waitForCancel() const;
    const std::atomic_bool &m_cancel;
};

} // namespace chainscope::uitest
