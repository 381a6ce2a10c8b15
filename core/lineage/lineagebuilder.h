#pragma once

#include "core/crypto/publickey.h"
#include "core/lineage/lineage.h"
#include "core/reference/imagereference.h"
#include "core/registry/contentsource.h"
#include "core/report/verification.h"
#include "core/support/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace chainscope::lineage {

/// Walks from an image down to its bases and collects the evidence for each
/// hop (DESIGN.md "lineage"):
/// - manifest annotations org.opencontainers.image.base.name and .digest
///   (OCI image-spec annotations.md, "Pre-Defined Annotation Keys");
/// - the config label "base.image" (and the OCI base name used as a label);
/// - the layer prefix: a base's layers are the first layers of its child, and
///   a named base whose layers are not a prefix is a contradiction;
/// - SLSA provenance from the cosign ".att" attestation, whose materials name
///   the base by digest (envelope signatures checked when a key is given).
///
/// Blocking: every step reads through a ContentSource, so run it on a worker
/// thread (the GUI) or the main thread of a CLI. Not thread-safe itself.
///
/// Errors: build() fails only when the image asked about cannot be read; a
/// base that cannot be read becomes a hop marked not reachable, with the
/// reason, and ends the walk.
class LineageBuilder
{
public:
    /// Gives a source for another registry host, or nullptr when there is
    /// none (no credentials, not allowed): such a base is "not reachable".
    using SourceFactory = std::function<std::shared_ptr<registry::ContentSource>(const QString &host)>;
    /// Checks the signature of one hop, named by digest (name@sha256:...);
    /// the first hop is named as the user named it (a tag without a digest
    /// stays a tag), so the check can tell that the tag moved after signing.
    using SignatureCheck = std::function<report::Verification(
        registry::ContentSource &source, const reference::ImageReference &pinned)>;

    struct Options
    {
        int maxDepth = 8; ///< hops at most, the image itself included
        SourceFactory sources;
        SignatureCheck signatureCheck;
        /// Key to check the DSSE signatures of provenance attestations with.
        std::optional<crypto::PublicKey> attestationKey;
        /// Largest config blob read.
        qint64 maxConfigBytes = 4 * 1024 * 1024;
    };

    explicit LineageBuilder(registry::ContentSource &source);
    LineageBuilder(registry::ContentSource &source, Options options);
    ~LineageBuilder();

    Result<Lineage> build(const reference::ImageReference &image);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace chainscope::lineage
