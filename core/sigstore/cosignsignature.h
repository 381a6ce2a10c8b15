#pragma once

#include "core/oci/manifest.h"
#include "core/registry/contentsource.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace chainscope::sigstore {

/// Largest simple-signing payload we read. Real payloads are a few hundred
/// bytes; the limit keeps a hostile registry from exhausting memory.
inline constexpr qint64 MaxSimpleSigningPayloadBytes = 1024 * 1024;

/// The "critical" part of a cosign simple-signing payload
/// (cosign specs/SIGNATURE_SPEC.md): what the signature binds to.
///
/// parse() is strict, as containers/image is: "critical" with exactly
/// "identity" {"docker-reference"}, "image" {"docker-manifest-digest"} and
/// "type" = "cosign container image signature"; unknown keys inside
/// "critical" are errors (Malformed), "optional" may be anything JSON allows
/// for an object or null. Payloads over MaxSimpleSigningPayloadBytes are
/// refused (TooLarge).
struct SimpleSigningPayload
{
    QString dockerReference;     ///< critical.identity.docker-reference
    QString manifestDigest;      ///< critical.image.docker-manifest-digest
    QString type;                ///< critical.type, "cosign container image signature"
    QByteArray raw;

    static Result<SimpleSigningPayload> parse(const QByteArray &raw);
};

/// One signature layer of a cosign ".sig" manifest: payload bytes and the
/// annotations cosign stores beside them.
struct CosignSignature
{
    QByteArray payload;          ///< the layer blob, exactly as stored
    QString mediaType;
    QByteArray signature;        ///< decoded dev.cosignproject.cosign/signature
    QString certificatePem;      ///< dev.sigstore.cosign/certificate, may be empty
    QString chainPem;            ///< dev.sigstore.cosign/chain, may be empty
    QByteArray rekorBundle;      ///< dev.sigstore.cosign/bundle JSON, may be empty
    oci::Descriptor layer;
    /// Why this layer cannot be used (too large, no or undecodable signature
    /// annotation), translated; empty when it was read. Such layers are kept,
    /// so that the verification reports them instead of "no signature".
    QString problem;
};

/// "sha256-<hex>.sig" for \a imageDigest.
QString signatureTag(const reference::Digest &imageDigest);
/// "sha256-<hex>.att" for \a imageDigest.
QString attestationTag(const reference::Digest &imageDigest);

/// Reads the signature layers of a cosign signature manifest, fetching each
/// layer blob from \a source (digests checked). Layers that are not simple
/// signing payloads are skipped. A layer that cannot be used (see
/// CosignSignature::problem) is returned with its problem set; an error
/// (Malformed for an index, or the source's error) only when the manifest
/// cannot be read at all. Blocks; call from a worker thread.
Result<QList<CosignSignature>> readSignatures(registry::ContentSource &source,
                                              const QString &repository,
                                              const oci::Manifest &signatureManifest);

} // namespace chainscope::sigstore
