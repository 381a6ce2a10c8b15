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
};

/// Verifies cosign key-based signatures of an image, step by step:
/// resolve the reference to a digest, find "sha256-<hex>.sig", read its
/// layers, parse each payload, check the payload's digest binds to the image,
/// check the signature with the key, note docker-reference and tlog state.
/// When the tag's digest has no signature, looks for signatures of other
/// digests in the repository to tell "tag moved" from "never signed".
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
    registry::ContentSource &m_source;
};

} // namespace chainscope::sigstore
