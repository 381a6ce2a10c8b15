#pragma once

#include "core/crypto/publickey.h"
#include "core/policy/decision.h"
#include "core/policy/kyvernopolicy.h"
#include "core/registry/contentsource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace chainscope::policy {

/// What is being admitted: a Pod (or another kind) with its container images.
struct AdmissionRequest
{
    QString kind = QStringLiteral("Pod");
    QString namespaceName = QStringLiteral("default");
    QString name = QStringLiteral("pod");
    QStringList images; ///< as written in the containers, e.g. "127.0.0.1:5000/ztsc/app:1.0"
};

/// Evaluates the verifyImages rules of Kyverno policies against a request,
/// following Kyverno at kyverno/kyverno @111e07bb: the 2021 image/key form
/// is converted as Kyverno converts it; imageReferences and
/// skipImageReferences are matched with Kyverno's wildcards on the
/// normalised image; each attestor set needs `count` verified entries (all
/// when unset), a publicKeys value with several PEM keys counts as one entry
/// per key; a keys attestor needs a transparency-log entry unless
/// rekor.ignoreTlog is true; a failure denies under Enforce and is a finding
/// under Audit (the default). Registry errors count as failures (Kyverno's
/// default failurePolicy: Fail). Signatures are checked by
/// sigstore::CosignVerifier on the ContentSource the factory gives for the
/// image's registry host.
///
/// Not evaluated yet (reported as errors, never as passes): keyless and
/// certificate attestors, attestations, Notary and SigstoreBundle types,
/// keys held in Kubernetes secrets or KMS. TODO(#5): add them with the
/// keyless verification and attestation capabilities.
///
/// Threading: evaluate() blocks on registry access; run it off the GUI
/// thread. The factory is called from that thread; the sources it returns
/// stay owned by the caller.
class PolicyEvaluator
{
public:
    using SourceFactory = std::function<registry::ContentSource *(const QString &host)>;

    explicit PolicyEvaluator(SourceFactory sources);

    /// Rekor public keys that may sign a signature's bundle, in addition to
    /// an attestor's rekor.pubkey (the CLI's --rekor-key). Without any, an
    /// attached bundle is reported as present but unchecked.
    void setRekorKeys(const QList<crypto::PublicKey> &keys);

    Decision evaluate(const QList<KyvernoPolicy> &policies, const AdmissionRequest &request);

private:
    SourceFactory m_sources;
    QList<crypto::PublicKey> m_rekorKeys;
};

} // namespace chainscope::policy
