#pragma once

#include "core/oci/manifest.h"
#include "core/reference/digest.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chainscope::registry {

/// A manifest as fetched: the bytes exactly as received, the digest they hash
/// to (checked against the digest asked for, when one was), and the parsed view.
struct FetchedManifest
{
    oci::Manifest manifest;
    QString contentType;
};

/// Where verification, lineage and policy evaluation read content from. The
/// registry client implements it over the network; tests and the fixture
/// suites implement it in memory. All calls block and are made from a worker
/// thread; implementations must verify digests of what they return.
class ContentSource
{
public:
    virtual ~ContentSource() = default;

    /// The registry host this source serves ("127.0.0.1:5000", "docker.io").
    virtual QString host() const = 0;

    /// Manifest by tag or digest ("1.0", "sha256:..."). A NotFound error when
    /// the tag or digest does not exist.
    virtual Result<FetchedManifest> manifest(const QString &repository, const QString &tagOrDigest) = 0;

    /// Blob bytes, verified against \a digest; \a maxBytes guards memory.
    virtual Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                                    qint64 maxBytes) = 0;

    /// All tags of \a repository.
    virtual Result<QStringList> tags(const QString &repository) = 0;

    /// All repositories (the catalog), when the source can list them.
    virtual Result<QStringList> repositories() = 0;
};

} // namespace chainscope::registry
