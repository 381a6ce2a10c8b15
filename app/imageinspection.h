#pragma once

#include "core/registry/contentsource.h"

#include <QJsonObject>
#include <QString>

namespace chainscope::app {

/// What `chainscope inspect` reports about one image or index: the manifest
/// as received, its kind and digest, for an index its platforms with the
/// attestation entries listed under the manifest they describe (index
/// entries with platform unknown/unknown and annotation
/// vnd.docker.reference.type: attestation-manifest), for an image its config
/// and layers, and referrers from the `sha256-<hex>` fallback tag
/// (distribution-spec "referrers tag schema") when the source has one.
///
/// Every read goes through the ContentSource, so digests are checked there.
/// Blocking; same thread rules as the source.
class ImageInspection
{
public:
    /// Reads \a tagOrDigest of \a repository. Errors are those of the
    /// source's manifest(); a config or referrers read that fails is
    /// reported inside the JSON ("error"), not as a failure.
    static Result<QJsonObject> inspect(registry::ContentSource &source, const QString &repository,
                                       const QString &tagOrDigest);

    /// The report for people (translated).
    static QString text(const QJsonObject &inspection);
};

} // namespace chainscope::app
