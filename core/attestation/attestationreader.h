#pragma once

#include "core/attestation/dsseenvelope.h"
#include "core/attestation/statement.h"
#include "core/oci/manifest.h"
#include "core/registry/contentsource.h"
#include "core/support/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace chainscope::attestation {

/// One layer of a cosign attestation manifest: the DSSE envelope and, when
/// its payload is an in-toto statement, the parsed statement. A layer that
/// cannot be read keeps its descriptor and a problem description, so a
/// report can say what was there instead of silently dropping it.
struct AttachedAttestation
{
    oci::Descriptor layer;
    std::optional<DsseEnvelope> envelope;
    std::optional<Statement> statement;
    QString predicateType; ///< from the statement, else the layer's "predicateType" annotation
    QString problem;       ///< translated; empty when envelope and statement parsed

    bool isUsable() const { return envelope.has_value() && statement.has_value(); }
};

/// Reads the attestations cosign attaches to an image: the manifest tagged
/// "sha256-<hex>.att" in the image's repository, whose layers are DSSE
/// envelopes (media type application/vnd.dsse.envelope.v1+json; cosign
/// specs/ATTESTATION_SPEC.md, Tekton Chains docs/oci-encoding-format.md).
///
/// Blocking (it reads through the ContentSource); use it on the thread that
/// owns the source. The signatures of the envelopes are not checked here:
/// call DsseEnvelope::verify with the key the caller trusts.
class AttestationReader
{
public:
    /// The largest envelope read, guarding memory against a hostile registry.
    static constexpr qint64 MaxEnvelopeBytes = 16 * 1024 * 1024;

    explicit AttestationReader(registry::ContentSource &source);

    /// "sha256-<hex>.att" for \a imageDigest.
    static QString attestationTag(const reference::Digest &imageDigest);

    /// The attestations of \a imageDigest in \a repository. No ".att" tag is
    /// an empty list, not an error; registry failures are errors.
    Result<QList<AttachedAttestation>> read(const QString &repository,
                                            const reference::Digest &imageDigest);

    /// Reads the layers of an attestation manifest already fetched. A layer
    /// that cannot be read because of the registry (digest mismatch,
    /// network, unauthorized, forbidden, cancelled) fails the whole read; one
    /// whose content is wrong keeps a problem and the others are still read.
    Result<QList<AttachedAttestation>> readManifest(const QString &repository,
                                                    const oci::Manifest &manifest);

private:
    registry::ContentSource &m_source;
};

} // namespace chainscope::attestation
