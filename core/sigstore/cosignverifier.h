#pragma once

#include "core/crypto/publickey.h"
#include "core/reference/imagereference.h"
#include "core/registry/contentsource.h"
#include "core/report/verification.h"
#include "core/sigstore/cosignsignature.h"

namespace chainscope::sigstore {

struct KeyVerifyOptions
{
    crypto::PublicKey key;
    /// Fail unless a transparency-log entry (Rekor bundle) backs the signature.
    bool requireTransparencyLog = false;
    /// Fail when the payload's docker-reference differs from the image name.
    bool requireExactReference = false;
    /// Keys the caller knows by name (other teams, vendors, old keys). When a
    /// signature does not verify with \a key, these are tried to name the
    /// signer: an ECDSA signature alone does not reveal its key.
    QList<crypto::PublicKey> knownKeys;
    /// Rekor public keys that may sign a signature's bundle (SET). Without
    /// one, an attached bundle cannot be checked and is reported as such.
    QList<crypto::PublicKey> rekorKeys;
};

/// Verifies cosign key-based signatures of an image, step by step:
/// resolve the reference to a digest, find "sha256-<hex>.sig", read its
/// layers, parse each payload, check the payload's digest binds to the image,
/// check the signature with the key, note docker-reference and tlog state.
/// When the tag's digest has no signature, looks for signatures of other
/// digests in the repository to tell "tag moved" from "never signed".
///
/// Outcomes never collapse: a 404 on the signature tag is NoSignature, a
/// signature manifest or layer that does not parse is Invalid, any other
/// registry failure is Error with the error's text. One valid
/// signature among several is enough. Each Step has a stable id:
/// "image.resolved", "signature.found", "signature.readable",
/// "payload.parsed", "payload.digest", "key.matched", "payload.reference",
/// "tlog.checked", "signature.previous-digest", "signature.other-digests".
///
/// Threading: verify() blocks on the source; run it off the GUI thread. One
/// verifier per thread (it only holds a reference to the source).
class CosignVerifier
{
public:
    explicit CosignVerifier(registry::ContentSource &source);

    report::Verification verify(const reference::ImageReference &image,
                                const KeyVerifyOptions &options);

    /// The core of verify() for callers that already hold the signatures
    /// (fixtures, the offline suites): no registry access.
    static report::Verification verifySignatures(const reference::ImageReference &image,
                                                 const reference::Digest &imageDigest,
                                                 const QList<CosignSignature> &signatures,
                                                 const KeyVerifyOptions &options);

private:
    /// The .sig tag is absent: tells "never signed" from "tag moved".
    report::Verification noSignature(const reference::ImageReference &image,
                                     const reference::Digest &imageDigest,
                                     report::Verification verification,
                                     const KeyVerifyOptions &options);

    registry::ContentSource &m_source;
};

} // namespace chainscope::sigstore
