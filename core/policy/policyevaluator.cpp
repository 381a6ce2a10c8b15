#include "core/policy/policyevaluator.h"

#include "core/crypto/publickey.h"
#include "core/reference/imagereference.h"
#include "core/sigstore/cosignverifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace chainscope::policy {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::policy)
};

// Kyverno accepts "audit"/"enforce" in any case; unset means Audit (CRD default).
QString normalizedAction(const KyvernoPolicy &policy, const ImageVerification &v)
{
    QString action
        = v.failureAction.present ? v.failureAction.value : policy.validationFailureAction.value;
    return action.compare(QLatin1String("enforce"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("Enforce")
        : QStringLiteral("Audit");
}

bool kindMatches(const QStringList &kinds, const QString &kind)
{
    for (const QString &k : kinds) {
        if (k == QLatin1String("*") || k == kind || k.endsWith(QLatin1Char('/') + kind))
            return true;
    }
    return false;
}

// \a unknownMeans: what to assume for constraints we do not evaluate
// (selectors, names, operations). Match assumes true, exclude false: both
// err towards checking the image rather than skipping it.
bool filterMatches(const ResourceFilter &f, const AdmissionRequest &request, bool unknownMeans,
                   QStringList &notes)
{
    if (!f.kinds.isEmpty() && !kindMatches(f.kinds, request.kind))
        return false;
    if (!f.namespaces.isEmpty()) {
        bool any = false;
        for (const QString &ns : f.namespaces)
            any = any || reference::matchesWildcard(ns, request.namespaceName);
        if (!any)
            return false;
    }
    if (f.hasOtherConstraints) {
        notes << (unknownMeans ? Tr::tr("The rule's resource filter has constraints Chainscope "
                                        "does "
                                        "not evaluate (names, selectors, operations); it is "
                                        "assumed "
                                        "to match.")
                               : Tr::tr("An exclude filter has constraints Chainscope does not "
                                        "evaluate; the Pod is assumed not to be excluded."));
        return unknownMeans;
    }
    return true;
}

bool specMatches(const MatchSpec &m, const AdmissionRequest &request, bool unknownMeans,
                 QStringList &notes)
{
    if (m.hasUserFilters) {
        notes << Tr::tr("subjects, roles and clusterRoles are not evaluated.");
    }
    if (!m.any.isEmpty()) {
        bool any = false;
        for (const ResourceFilter &f : m.any)
            any = filterMatches(f, request, unknownMeans, notes) || any;
        return any;
    }
    if (!m.all.isEmpty()) {
        bool all = true;
        for (const ResourceFilter &f : m.all)
            all = filterMatches(f, request, unknownMeans, notes) && all;
        return all;
    }
    if (m.hasDirectResources)
        return filterMatches(m.resources, request, unknownMeans, notes);
    return false;
}

bool isKeyReference(const QString &value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("k8s://")) || v.contains(QLatin1String("{{"))
        || v.contains(QRegularExpression(QStringLiteral("^[a-z0-9]+kms://")))
        || v.startsWith(QLatin1String("hashivault://"));
}

QStringList splitPem(const QString &value)
{
    static const QRegularExpression block(QStringLiteral("-----BEGIN [A-Z ]+-----.*?-----END [A-Z "
                                                         "]+-----"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList out;
    auto it = block.globalMatch(value);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

// An attestor entry after Kyverno's expansion of multi-key publicKeys.
struct Entry
{
    Attestor attestor;
    QString pem; // one key, when keys
};

class Evaluation
{
public:
    Evaluation(const PolicyEvaluator::SourceFactory &sources,
               const QList<crypto::PublicKey> &rekorKeys)
        : m_sources(sources)
        , m_rekorKeys(rekorKeys)
    {
    }

    ImageTrace image(const ImageVerification &original, const QString &text);

private:
    AttestorSetTrace set(const AttestorSet &set, int index, const reference::ImageReference &ref,
                         bool fromDeprecated);
    AttestorEntryTrace entry(const Entry &e, const QString &path,
                             const reference::ImageReference &ref, bool fromDeprecated);

    const PolicyEvaluator::SourceFactory &m_sources;
    const QList<crypto::PublicKey> &m_rekorKeys;
};

AttestorEntryTrace Evaluation::entry(const Entry &e, const QString &path,
                                     const reference::ImageReference &ref, bool fromDeprecated)
{
    AttestorEntryTrace t;
    t.path = path;
    const Attestor &a = e.attestor;
    if (!a.keys.present) {
        t.kind = a.keyless.present   ? QStringLiteral("keyless")
            : a.certificates.present ? QStringLiteral("certificates")
                                     : QStringLiteral("attestor");
        t.result = CheckResult::Error;
        t.message = QStringLiteral("%1 attestors are not supported by Chainscope yet").arg(t.kind);
        t.explanation = Tr::tr("Chainscope cannot check %1 attestors yet, so this entry is not "
                               "verified.")
                            .arg(t.kind);
        return t;
    }
    t.kind = QStringLiteral("keys");
    t.requireTransparencyLog = !a.keys.rekor.ignoreTlog.value;
    if (a.keys.kms.present || a.keys.hasSecret || isKeyReference(a.keys.publicKeys.value)) {
        t.result = CheckResult::Error;
        t.message = QStringLiteral("keys from Kubernetes secrets or KMS are not supported by "
                                   "Chainscope");
        t.explanation = Tr::tr("The key is held outside the policy (Kubernetes secret, KMS or a "
                               "variable); Chainscope cannot read it, so the entry is not "
                               "verified.");
        return t;
    }
    Result<crypto::PublicKey> key = crypto::PublicKey::fromPem(e.pem.toUtf8());
    if (!key.ok()) {
        t.result = CheckResult::Error;
        t.message
            = QStringLiteral("failed to load public key from PEM: %1").arg(key.error().message());
        t.explanation
            = Tr::tr("The policy's public key does not load: %1").arg(key.error().message());
        return t;
    }
    t.keyFingerprint = key->fingerprint();
    registry::ContentSource *source = m_sources ? m_sources(ref.registry()) : nullptr;
    if (!source) {
        t.result = CheckResult::Error;
        t.message = QStringLiteral("no connection to registry %1").arg(ref.registry());
        t.explanation = Tr::tr("Chainscope has no connection to the registry %1, so the signature "
                               "could not be checked.")
                            .arg(ref.registry());
        return t;
    }
    sigstore::KeyVerifyOptions options;
    options.key = *key;
    options.requireTransparencyLog = t.requireTransparencyLog;
    options.rekorKeys = m_rekorKeys;
    // Kyverno's rekor.pubkey: the log key that signs the bundle's SET.
    if (!a.keys.rekor.pubkey.value.trimmed().isEmpty()) {
        auto rekorKey = crypto::PublicKey::fromPem(a.keys.rekor.pubkey.value.toUtf8());
        if (!rekorKey.ok()) {
            t.result = CheckResult::Error;
            t.message = QStringLiteral("failed to load Rekor public key from PEM: %1")
                            .arg(rekorKey.error().message());
            t.explanation = Tr::tr("The policy's rekor.pubkey does not load: %1")
                                .arg(rekorKey.error().message());
            return t;
        }
        options.rekorKeys.append(*rekorKey);
    }
    sigstore::CosignVerifier verifier(*source);
    const report::Verification v = verifier.verify(ref, options);
    t.verification = v;
    t.explanation = v.summary;
    // The messages are cosign's and Kyverno's own words, so that they match
    // what admission users see and search for.
    switch (v.outcome) {
    case report::Outcome::Verified:
        t.result = CheckResult::Pass;
        t.message = QStringLiteral("verified");
        break;
    case report::Outcome::NoSignature:
    case report::Outcome::TagMoved:
        t.result = CheckResult::Fail;
        t.message = QStringLiteral("no signatures found");
        break;
    case report::Outcome::PayloadDigestMismatch:
        t.result = CheckResult::Fail;
        t.message = QStringLiteral("no matching signatures: invalid or missing digest in claim");
        break;
    case report::Outcome::KeyMismatch:
        t.result = CheckResult::Fail;
        t.message = key->algorithm().startsWith(QLatin1String("ECDSA"))
            ? QStringLiteral("no matching signatures: invalid signature when validating ASN.1 "
                             "encoded signature")
            : QStringLiteral("no matching signatures: failed to verify signature");
        break;
    case report::Outcome::TlogMissing:
        t.result = CheckResult::Fail;
        t.message = QStringLiteral("no matching signatures: signature not found in transparency "
                                   "log");
        if (std::any_of(v.steps.begin(), v.steps.end(), [](const report::Step &step) {
                return step.id == QLatin1String("tlog.unchecked");
            })) {
            // The entry exists; only its log key is missing. Never steer
            // the user to ignoreTlog here.
            t.explanation = Tr::tr("Log entry present but not checked: the signature carries a "
                                   "Rekor bundle, but no Rekor public key was given, so it could "
                                   "not be verified.");
            t.hint = Tr::tr("Give the Rekor public key: rekor.pubkey in this attestor, or "
                            "--rekor-key FILE on the command line.");
            break;
        }
        for (const report::Step &step : v.steps) {
            if (step.id == QLatin1String("key.matched")
                && step.status == report::StepStatus::Passed)
                t.explanation = Tr::tr("The signature verifies with the policy's key, but it has "
                                       "no transparency-log entry, and this attestor requires "
                                       "one.");
        }
        if (fromDeprecated) {
            t.hint
                = Tr::tr("This rule uses the 2021 image/key form. Kyverno converts it to a keys "
                         "attestor without rekor settings, and current Kyverno then requires a "
                         "transparency-log (Rekor) entry for every signature; this signature has "
                         "none (signed with cosign --tlog-upload=false). Rewrite the rule to the "
                         "current form (lint fix \"Rewrite to imageReferences and attestors\") "
                         "and add rekor.ignoreTlog: true and ctlog.ignoreSCT: true (lint fix "
                         "\"Accept signatures without a transparency-log entry\"), which accepts "
                         "signatures that are not in a public log.");
            t.fixId = QStringLiteral("convert-deprecated-verify-images");
        } else {
            t.hint = Tr::tr("This keys attestor has no rekor.ignoreTlog: true, so current Kyverno "
                            "requires a transparency-log (Rekor) entry for every signature; this "
                            "signature has none (signed with cosign --tlog-upload=false). Add "
                            "rekor.ignoreTlog: true and ctlog.ignoreSCT: true (lint fix \"Accept "
                            "signatures without a transparency-log entry\") to accept signatures "
                            "that are not in a public log, or sign with a transparency log.");
            t.fixId = QStringLiteral("ignore-tlog");
        }
        break;
    case report::Outcome::ReferenceMismatch:
    case report::Outcome::IdentityMismatch:
    case report::Outcome::Invalid:
        t.result = CheckResult::Fail;
        t.message = QStringLiteral("no matching signatures: %1").arg(v.summary);
        break;
    case report::Outcome::Error:
        t.result = CheckResult::Error;
        t.message = QStringLiteral("failed to verify signatures: %1").arg(v.summary);
        break;
    }
    return t;
}

AttestorSetTrace Evaluation::set(const AttestorSet &set, int index,
                                 const reference::ImageReference &ref, bool fromDeprecated)
{
    AttestorSetTrace t;
    t.index = index;
    // Kyverno processes each key of a multi-key publicKeys as its own entry,
    // and count applies across them.
    QList<Entry> entries;
    for (const Attestor &a : set.entries) {
        const QStringList pems = a.keys.present && !isKeyReference(a.keys.publicKeys.value)
            ? splitPem(a.keys.publicKeys.value)
            : QStringList();
        if (pems.size() > 1) {
            for (const QString &pem : pems)
                entries << Entry{a, pem};
        } else {
            entries << Entry{a, pems.isEmpty() ? a.keys.publicKeys.value : pems.first()};
        }
    }
    t.required = set.count.present && set.count.value > 0 ? set.count.value : int(entries.size());
    for (int i = 0; i < entries.size() && t.verified < t.required; ++i) {
        AttestorEntryTrace e
            = entry(entries.at(i),
                    QStringLiteral(".attestors[%1].entries[%2].%3")
                        .arg(index)
                        .arg(i)
                        .arg(entries.at(i).attestor.keys.present          ? QStringLiteral("keys")
                                 : entries.at(i).attestor.keyless.present ? QStringLiteral("keyles"
                                                                                           "s")
                                                                          : QStringLiteral("certif"
                                                                                           "icate"
                                                                                           "s")),
                    ref, fromDeprecated);
        if (e.result == CheckResult::Pass)
            ++t.verified;
        t.entries << e;
    }
    if (t.required > 0 && t.verified >= t.required) {
        t.result = CheckResult::Pass;
    } else {
        t.result = CheckResult::Error;
        for (const AttestorEntryTrace &e : t.entries) {
            if (e.result == CheckResult::Fail)
                t.result = CheckResult::Fail;
        }
    }
    return t;
}

ImageTrace Evaluation::image(const ImageVerification &original, const QString &text)
{
    ImageTrace t;
    t.image = text;
    t.verifyImagesIndex = original.index;
    t.convertedFromDeprecated = original.usesDeprecatedFields();
    const ImageVerification v = original.converted();

    const Result<reference::ImageReference> parsed = reference::ImageReference::parse(text);
    if (!parsed.ok()) {
        t.result = CheckResult::Error;
        t.message
            = QStringLiteral("invalid image reference %1: %2").arg(text, parsed.error().message());
        t.explanation = Tr::tr("The image reference %1 does not parse: %2")
                            .arg(text, parsed.error().message());
        return t;
    }
    const reference::ImageReference ref = *parsed;
    t.normalized = reference::kyvernoImageString(ref);

    for (const Field<QString> &skip : v.skipImageReferences) {
        if (reference::matchesImagePattern(skip.value, ref)) {
            t.result = CheckResult::Skip;
            t.message = QStringLiteral("image matches skipImageReferences %1").arg(skip.value);
            t.explanation
                = Tr::tr("Skipped: the image matches skipImageReferences \"%1\".").arg(skip.value);
            return t;
        }
    }
    for (const Field<QString> &pattern : v.imageReferences) {
        if (reference::matchesImagePattern(pattern.value, ref)) {
            t.matchedPattern = pattern.value;
            break;
        }
    }
    if (t.matchedPattern.isEmpty()) {
        t.result = CheckResult::Skip;
        t.message = QStringLiteral("image does not match imageReferences");
        t.explanation
            = Tr::tr("Skipped: %1 matches none of the imageReferences.").arg(t.normalized);
        return t;
    }

    const QString type = v.type.value.isEmpty() ? QStringLiteral("Cosign") : v.type.value;
    if (type != QLatin1String("Cosign")) {
        t.result = CheckResult::Error;
        t.message = QStringLiteral("signature type %1 is not supported by Chainscope").arg(type);
        t.explanation = Tr::tr("Chainscope cannot check %1 signatures yet, so the image is not "
                               "verified.")
                            .arg(type);
        return t;
    }

    QString failure;
    bool anyFail = false;
    bool anyError = false;
    for (int i = 0; i < v.attestors.size(); ++i) {
        AttestorSetTrace s = set(v.attestors.at(i), i, ref, t.convertedFromDeprecated);
        if (s.result != CheckResult::Pass) {
            anyFail = anyFail || s.result == CheckResult::Fail;
            anyError = anyError || s.result == CheckResult::Error;
            for (const AttestorEntryTrace &e : s.entries) {
                if (e.result != CheckResult::Pass && failure.isEmpty()) {
                    failure = e.path + QStringLiteral(": ") + e.message;
                    t.explanation = e.explanation;
                    if (!t.explanation.isEmpty() && !t.explanation.endsWith(QLatin1Char('.')))
                        t.explanation += QLatin1Char('.');
                    if (!e.hint.isEmpty())
                        t.explanation += QLatin1Char(' ') + e.hint;
                }
            }
            if (failure.isEmpty()) {
                failure = QStringLiteral(".attestors[%1]: no attestor entries").arg(i);
                t.explanation = Tr::tr("The attestor set has no entries to verify.");
            }
        }
        for (const AttestorEntryTrace &e : s.entries) {
            if (e.kind == QLatin1String("keys") && !e.requireTransparencyLog)
                t.notes << Tr::tr("%1 accepts signatures without a transparency-log entry "
                                  "(rekor.ignoreTlog: true).")
                               .arg(e.path);
        }
        t.attestorSets << s;
    }
    if (!v.attestations.isEmpty() && !anyFail) {
        // TODO(#5): in-toto attestation checks with conditions.
        anyError = true;
        if (failure.isEmpty()) {
            failure = QStringLiteral(".attestations: attestation checks are not supported by "
                                     "Chainscope yet");
            t.explanation = Tr::tr("The rule checks attestations, which Chainscope cannot "
                                   "evaluate "
                                   "yet, so the image is not verified.");
        }
    }
    if (anyFail || anyError) {
        t.result = anyFail ? CheckResult::Fail : CheckResult::Error;
        t.message = QStringLiteral("failed to verify image %1: %2").arg(t.normalized, failure);
        return t;
    }
    if (v.attestors.isEmpty())
        t.notes << Tr::tr("The rule has no attestors: no signature is required.");

    if (v.verifyDigest.value && !v.mutateDigest.value && !ref.digest().isValid()) {
        t.result = CheckResult::Fail;
        t.message = QStringLiteral("missing digest for %1").arg(t.normalized);
        t.explanation = Tr::tr("verifyDigest is on and mutateDigest is off, so the image must be "
                               "named by digest (name@sha256:...).");
        return t;
    }
    t.result = CheckResult::Pass;
    t.message = QStringLiteral("verified image %1").arg(t.normalized);
    t.explanation = Tr::tr("Verified: %1 matches \"%2\" and its attestors are satisfied.")
                        .arg(t.normalized, t.matchedPattern);
    if (v.mutateDigest.value && !ref.digest().isValid()) {
        const auto digest = [&t]() -> QString {
            for (const AttestorSetTrace &s : t.attestorSets) {
                for (const AttestorEntryTrace &e : s.entries) {
                    if (e.verification && !e.verification->digest.isEmpty())
                        return e.verification->digest;
                }
            }
            return {};
        }();
        if (!digest.isEmpty())
            t.notes << Tr::tr("Kyverno would pin the image to %1@%2 (mutateDigest).")
                           .arg(ref.name(), digest);
    }
    return t;
}

} // namespace

PolicyEvaluator::PolicyEvaluator(SourceFactory sources)
    : m_sources(std::move(sources))
{
}

void PolicyEvaluator::setRekorKeys(const QList<crypto::PublicKey> &keys)
{
    m_rekorKeys = keys;
}

Decision PolicyEvaluator::evaluate(const QList<KyvernoPolicy> &policies,
                                   const AdmissionRequest &request)
{
    Decision decision;
    decision.images = request.images;
    Evaluation evaluation(m_sources, m_rekorKeys);
    for (const KyvernoPolicy &policy : policies) {
        PolicyTrace pt;
        pt.name = policy.name.value;
        pt.kind = policy.kind.value;
        // A namespaced Policy applies only to its own namespace.
        const bool otherNamespace = policy.kind.value == QLatin1String("Policy")
            && !policy.namespaceName.value.isEmpty()
            && policy.namespaceName.value != request.namespaceName;
        for (const Rule &rule : policy.rules) {
            if (otherNamespace) {
                RuleTrace rt;
                rt.name = rule.name.value;
                rt.result = CheckResult::Skip;
                rt.message = Tr::tr("the Policy applies to namespace %1 only")
                                 .arg(policy.namespaceName.value);
                pt.rules << rt;
                continue;
            }
            RuleTrace rt;
            rt.name = rule.name.value;
            if (rule.verifyImages.isEmpty()) {
                rt.result = CheckResult::Skip;
                // TODO(#5): validate/mutate/generate rules.
                rt.message = Tr::tr("not an image verification rule");
                rt.notes << Tr::tr("Only verifyImages rules are evaluated; this rule is skipped.");
                pt.rules << rt;
                continue;
            }
            if (!specMatches(rule.match, request, true, rt.notes)) {
                rt.result = CheckResult::Skip;
                rt.message = Tr::tr("%1 does not match the rule").arg(request.kind);
                pt.rules << rt;
                continue;
            }
            if (rule.exclude.present && specMatches(rule.exclude, request, false, rt.notes)) {
                rt.result = CheckResult::Skip;
                rt.message = Tr::tr("%1 is excluded by the rule").arg(request.kind);
                pt.rules << rt;
                continue;
            }
            if (rule.hasPreconditions)
                rt.notes << Tr::tr("Preconditions are not evaluated; the rule is assumed to "
                                   "apply.");
            bool anyPass = false;
            bool anyFail = false;
            bool anyError = false;
            for (const ImageVerification &v : rule.verifyImages) {
                const QString action = normalizedAction(policy, v);
                if (rt.failureAction.isEmpty() || action == QLatin1String("Enforce"))
                    rt.failureAction = action;
                for (const QString &image : request.images) {
                    ImageTrace it = evaluation.image(v, image);
                    anyPass = anyPass || it.result == CheckResult::Pass;
                    anyFail = anyFail || it.result == CheckResult::Fail;
                    anyError = anyError || it.result == CheckResult::Error;
                    if (it.result == CheckResult::Fail || it.result == CheckResult::Error) {
                        const QString line = pt.name + QLatin1Char('/') + rt.name
                            + QStringLiteral(": ") + it.message;
                        if (rt.message.isEmpty())
                            rt.message = it.message;
                        if (action == QLatin1String("Enforce"))
                            decision.denials << line;
                        else
                            decision.findings << line;
                    }
                    rt.images << it;
                }
            }
            rt.result = anyFail ? CheckResult::Fail
                : anyError      ? CheckResult::Error
                : anyPass       ? CheckResult::Pass
                                : CheckResult::Skip;
            if (rt.result == CheckResult::Skip && rt.message.isEmpty())
                rt.message = Tr::tr("no image matches the rule");
            pt.rules << rt;
        }
        decision.policies << pt;
    }
    decision.admit = decision.denials.isEmpty();
    return decision;
}

} // namespace chainscope::policy
