#include "core/sigstore/cosignverifier.h"

#include "core/sigstore/rekorbundle.h"
#include "core/support/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace chainscope::sigstore {

using report::Outcome;
using report::Step;
using report::StepStatus;
using report::Verification;

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::sigstore)
};

// Bounds on the "tag moved" search, so that a repository with thousands of
// tags cannot turn one verification into thousands of requests.
constexpr int MaxTagsToResolve = 100;
constexpr int MaxPreviousDigests = 5;

QString shortDigest(const QString &digest)
{
    const int colon = int(digest.indexOf(QLatin1Char(':')));
    return digest.left(colon + 1 + 12) + QStringLiteral("…");
}

QString shortFingerprint(const QString &fingerprint)
{
    return fingerprint.left(16) + QStringLiteral("…");
}

Step makeStep(const QString &id, StepStatus status, const QString &title,
              const QString &expected, const QString &actual, const QString &explanation)
{
    Step step;
    step.id = id;
    step.status = status;
    step.title = title;
    step.expected = expected;
    step.actual = actual;
    step.explanation = explanation;
    return step;
}

// Verifies with the key's default hash and, for ECDSA keys whose default is not
// SHA-256, with SHA-256 too: cosign before 2.x hashed every ECDSA payload with
// SHA-256. Both are signatures by the key over these bytes.
Result<bool> verifyWith(const crypto::PublicKey &key, const QByteArray &payload,
                        const QByteArray &signature)
{
    auto good = key.verify(payload, signature);
    if (!good || *good || key.defaultHash() == crypto::HashAlgorithm::Sha256
        || key.type() == crypto::PublicKey::Type::Rsa) {
        return good;
    }
    return key.verify(payload, signature, crypto::HashAlgorithm::Sha256);
}

bool verifiesWith(const crypto::PublicKey &key, const CosignSignature &signature)
{
    auto good = verifyWith(key, signature.payload, signature.signature);
    return good.ok() && *good;
}

// Who made a signature that the expected key did not: an attached
// certificate, the key the log entry recorded, or a key the caller knows.
// Each candidate must itself verify the signature before it names the signer.
struct Signer
{
    QString fingerprint;
    QString source;
};

Signer identifySigner(const CosignSignature &signature, const KeyVerifyOptions &options)
{
    if (!signature.certificatePem.isEmpty()) {
        auto key = crypto::PublicKey::fromCertificatePem(signature.certificatePem.toUtf8());
        if (key && verifiesWith(*key, signature))
            return {key->fingerprint(),
                    Tr::tr("the key of the certificate attached to the signature")};
    }
    if (!signature.rekorBundle.isEmpty()) {
        auto bundle = RekorBundle::parse(signature.rekorBundle);
        auto rekord = bundle ? bundle->hashedRekord() : Result<HashedRekord>(bundle.error());
        if (rekord) {
            auto key = crypto::PublicKey::fromPem(rekord->publicKeyPem);
            if (!key)
                key = crypto::PublicKey::fromCertificatePem(rekord->publicKeyPem);
            if (key && verifiesWith(*key, signature))
                return {key->fingerprint(),
                        Tr::tr("the key recorded in the signature's log entry")};
        }
    }
    for (const crypto::PublicKey &known : options.knownKeys) {
        if (known.isValid() && verifiesWith(known, signature))
            return {known.fingerprint(), Tr::tr("a known key")};
    }
    return {};
}

// docker-reference as cosign and containers/image write it: a repository,
// sometimes with a tag (skopeo), rarely with a digest.
bool referenceMatches(const QString &dockerReference, const reference::ImageReference &image,
                      const reference::Digest &imageDigest, QString *why)
{
    auto parsed = reference::ImageReference::parse(dockerReference);
    if (!parsed) {
        *why = Tr::tr("The payload's docker-reference \"%1\" is not an image reference: %2")
                   .arg(dockerReference, parsed.error().message());
        return false;
    }
    if (parsed->name() != image.name()) {
        *why = Tr::tr("The signature was made for the image %1, not %2.")
                   .arg(parsed->name(), image.name());
        return false;
    }
    const QString lastPart = dockerReference.section(QLatin1Char('/'), -1)
                                 .section(QLatin1Char('@'), 0, 0);
    const bool hasTag = lastPart.contains(QLatin1Char(':'));
    if (hasTag && !image.tag().isEmpty() && parsed->tag() != image.tag()) {
        *why = Tr::tr("The signature was made for the tag \"%1\", not \"%2\".")
                   .arg(parsed->tag(), image.tag());
        return false;
    }
    if (dockerReference.contains(QLatin1Char('@')) && parsed->digest() != imageDigest) {
        *why = Tr::tr("The signature's docker-reference names the digest %1, not %2.")
                   .arg(parsed->digest().toString(), imageDigest.toString());
        return false;
    }
    return true;
}

// The result of checking one signature layer. progress orders failures by
// how far the signature got, so that the most telling one is reported.
struct Candidate
{
    QList<Step> steps;
    Outcome outcome = Outcome::Invalid;
    int progress = 0;
    QString summary;
    QString signer;
};

Step tlogStep(const CosignSignature &signature, const crypto::PublicKey &signingKey,
              const KeyVerifyOptions &options, Outcome *failure)
{
    const QString id = QStringLiteral("tlog.checked");
    const QString title = Tr::tr("Transparency log");
    if (signature.rekorBundle.isEmpty()) {
        const QString text = Tr::tr("No transparency-log entry was checked: the signature carries "
                                "no Rekor bundle, so nothing shows that it was published or "
                                "when it was made.");
        if (options.requireTransparencyLog) {
            *failure = Outcome::TlogMissing;
            return makeStep(id, StepStatus::Failed, title, Tr::tr("a Rekor entry"), Tr::tr("none"),
                            text + QLatin1Char(' ')
                                + Tr::tr("A log entry is required by the options."));
        }
        return makeStep(id, StepStatus::Warning, title, {}, Tr::tr("none"), text);
    }

    auto bundle = RekorBundle::parse(signature.rekorBundle);
    if (!bundle) {
        *failure = Outcome::Invalid;
        return makeStep(id, StepStatus::Failed, title, {}, {},
                        Tr::tr("The attached Rekor bundle is malformed: %1")
                            .arg(bundle.error().message()));
    }
    const QString entry = Tr::tr("log index %1, integrated at %2 (Unix time)")
                              .arg(bundle->logIndex())
                              .arg(bundle->integratedTime());
    if (options.rekorKeys.isEmpty()) {
        // Its own step id: the entry is there, only unchecked, and callers
        // must not tell the user the signature has none.
        const QString uncheckedId = QStringLiteral("tlog.unchecked");
        const QString text = Tr::tr("A Rekor bundle (%1) is attached, but no Rekor public key was "
                                "given, so it was not checked.").arg(entry);
        if (options.requireTransparencyLog) {
            *failure = Outcome::TlogMissing;
            return makeStep(uncheckedId, StepStatus::Failed, title,
                            Tr::tr("a verified Rekor entry"), Tr::tr("unchecked"), text);
        }
        return makeStep(uncheckedId, StepStatus::Warning, title, {}, Tr::tr("unchecked"), text);
    }

    // The SET must come from one of the given logs ...
    QString setError;
    bool setGood = false;
    for (const crypto::PublicKey &rekorKey : options.rekorKeys) {
        auto checked = bundle->verifySet(rekorKey);
        setGood = checked.ok();
        if (setGood)
            break;
        setError = checked.error().message();
    }
    if (!setGood) {
        *failure = Outcome::Invalid;
        return makeStep(id, StepStatus::Failed, title, Tr::tr("a SET by a given Rekor key"), entry,
                        Tr::tr("The Rekor bundle does not verify: %1").arg(setError));
    }

    // ... and the entry must record this very signature, payload and key.
    auto rekord = bundle->hashedRekord();
    const QString payloadHash = QString::fromLatin1(crypto::sha256(signature.payload).toHex());
    QString mismatch;
    if (!rekord) {
        mismatch = rekord.error().message();
    } else if (rekord->hashAlgorithm != QLatin1String("sha256")
               || rekord->hashHex != payloadHash) {
        mismatch = Tr::tr("the entry records the hash of other content");
    } else if (rekord->signature != signature.signature) {
        mismatch = Tr::tr("the entry records another signature");
    } else {
        auto loggedKey = crypto::PublicKey::fromPem(rekord->publicKeyPem);
        if (!loggedKey)
            loggedKey = crypto::PublicKey::fromCertificatePem(rekord->publicKeyPem);
        if (!loggedKey || !(*loggedKey == signingKey))
            mismatch = Tr::tr("the entry records another signing key");
    }
    if (!mismatch.isEmpty()) {
        *failure = Outcome::Invalid;
        return makeStep(id, StepStatus::Failed, title, Tr::tr("an entry for this signature"), entry,
                        Tr::tr("The Rekor entry does not match the signature: %1.").arg(mismatch));
    }
    return makeStep(id, StepStatus::Passed, title, {}, entry,
                    Tr::tr("The signature is recorded in the transparency log (%1); the entry's "
                       "signed timestamp verifies with the Rekor key.").arg(entry));
}

Candidate evaluate(const reference::ImageReference &image, const reference::Digest &imageDigest,
                   const CosignSignature &signature, const KeyVerifyOptions &options)
{
    Candidate result;
    if (!signature.problem.isEmpty()) {
        result.steps.append(makeStep(QStringLiteral("signature.readable"), StepStatus::Failed,
                                     Tr::tr("Signature layer readable"), {}, {},
                                     signature.problem));
        result.outcome = Outcome::Invalid;
        result.summary = Tr::tr("The signature is malformed: %1").arg(signature.problem);
        return result;
    }

    // cosign SIGNATURE_SPEC "Payload": the simple-signing JSON the layer holds.
    auto payload = SimpleSigningPayload::parse(signature.payload);
    if (!payload) {
        result.steps.append(makeStep(QStringLiteral("payload.parsed"), StepStatus::Failed,
                                     Tr::tr("Payload parsed"), {}, {}, payload.error().message()));
        result.outcome = Outcome::Invalid;
        result.summary = Tr::tr("The signature is malformed: %1").arg(payload.error().message());
        return result;
    }
    result.steps.append(makeStep(QStringLiteral("payload.parsed"), StepStatus::Passed,
                                 Tr::tr("Payload parsed"), {}, payload->type,
                                 Tr::tr("The payload is a cosign simple-signing document.")));

    // The binding: critical.image.docker-manifest-digest names this image.
    const QString wanted = imageDigest.toString();
    const bool digestBound = payload->manifestDigest == wanted;
    if (digestBound) {
        result.steps.append(makeStep(QStringLiteral("payload.digest"), StepStatus::Passed,
                                     Tr::tr("Payload names the image digest"), wanted,
                                     payload->manifestDigest,
                                     Tr::tr("The signed payload names exactly this "
                                            "image's digest.")));
    } else {
        result.steps.append(makeStep(
            QStringLiteral("payload.digest"), StepStatus::Failed,
            Tr::tr("Payload names the image digest"), wanted, payload->manifestDigest,
            Tr::tr("The signature names another digest: it was made for %1, but the image is %2.")
                .arg(payload->manifestDigest, wanted)));
        result.outcome = Outcome::PayloadDigestMismatch;
        result.progress = 1;
        result.summary = Tr::tr("The signature names another digest: %1, not %2")
                             .arg(payload->manifestDigest, wanted);
    }

    // The signature over the payload bytes exactly as stored. A blob no key
    // could have made is malformed, not "another signer".
    const QString expectedKey = options.key.fingerprint();
    if (!crypto::isPlausibleSignature(signature.signature)) {
        const QString text = Tr::tr("The signature annotation holds %1 bytes that are not a "
                                "signature of any supported algorithm.")
                                 .arg(signature.signature.size());
        result.steps.append(makeStep(QStringLiteral("key.matched"), StepStatus::Failed,
                                     Tr::tr("Signed by the key"), expectedKey, {}, text));
        result.outcome = Outcome::Invalid;
        result.summary = Tr::tr("The signature is malformed: %1").arg(text);
        return result;
    }
    auto good = verifyWith(options.key, signature.payload, signature.signature);
    if (!good) {
        result.steps.append(makeStep(QStringLiteral("key.matched"), StepStatus::Error,
                                     Tr::tr("Signed by the key"), expectedKey, {},
                                     good.error().message()));
        result.outcome = Outcome::Error;
        result.summary = Tr::tr("Could not verify: %1").arg(good.error().message());
        return result;
    }
    if (*good) {
        result.signer = expectedKey;
        result.steps.append(makeStep(QStringLiteral("key.matched"), StepStatus::Passed,
                                     Tr::tr("Signed by the key"), expectedKey, expectedKey,
                                     Tr::tr("The signature verifies with the %1 key %2.")
                                         .arg(options.key.algorithm(), expectedKey)));
    } else {
        const Signer signer = identifySigner(signature, options);
        QString explanation;
        if (signer.fingerprint.isEmpty()) {
            explanation = Tr::tr("Signed, but not by this key: the signature does not verify with "
                             "the key %1. The signer is unknown: an ECDSA signature does not "
                             "reveal its key, and no certificate, log entry or known key names "
                             "it.").arg(expectedKey);
        } else {
            explanation = Tr::tr("Signed, but not by this key: the signature was made by the key "
                             "%1 (%2), not by %3.").arg(signer.fingerprint, signer.source,
                                                        expectedKey);
        }
        result.signer = signer.fingerprint;
        result.steps.append(makeStep(QStringLiteral("key.matched"), StepStatus::Failed,
                                     Tr::tr("Signed by the key"), expectedKey,
                                     signer.fingerprint.isEmpty() ? Tr::tr("unknown key")
                                                                  : signer.fingerprint,
                                     explanation));
        if (digestBound) {
            result.outcome = Outcome::KeyMismatch;
            result.progress = 2;
            result.summary = signer.fingerprint.isEmpty()
                ? Tr::tr("Signed, but not by this key (signer unknown)")
                : Tr::tr("Signed, but not by this key (signer key %1)")
                      .arg(shortFingerprint(signer.fingerprint));
        }
    }

    const QString notChecked = Tr::tr("Not checked: an earlier step failed.");
    if (!digestBound || !*good) {
        result.steps.append(makeStep(QStringLiteral("payload.reference"), StepStatus::Skipped,
                                     Tr::tr("Payload names the image"), {}, {}, notChecked));
        result.steps.append(makeStep(QStringLiteral("tlog.checked"), StepStatus::Skipped,
                                     Tr::tr("Transparency log"), {}, {}, notChecked));
        return result;
    }

    // critical.identity.docker-reference: informative unless an exact match is asked for.
    QString why;
    if (referenceMatches(payload->dockerReference, image, imageDigest, &why)) {
        result.steps.append(makeStep(QStringLiteral("payload.reference"), StepStatus::Passed,
                                     Tr::tr("Payload names the image"), image.name(),
                                     payload->dockerReference,
                                     Tr::tr("The payload's docker-reference names this image.")));
    } else if (options.requireExactReference) {
        result.steps.append(makeStep(QStringLiteral("payload.reference"), StepStatus::Failed,
                                     Tr::tr("Payload names the image"), image.toString(),
                                     payload->dockerReference,
                                     why + QLatin1Char(' ')
                                         + Tr::tr("An exact match is required by the options.")));
        result.outcome = Outcome::ReferenceMismatch;
        result.progress = 3;
        result.summary = Tr::tr("The signature names another image: %1")
                             .arg(payload->dockerReference);
        result.steps.append(makeStep(QStringLiteral("tlog.checked"), StepStatus::Skipped,
                                     Tr::tr("Transparency log"), {}, {}, notChecked));
        return result;
    } else {
        result.steps.append(makeStep(QStringLiteral("payload.reference"), StepStatus::Warning,
                                     Tr::tr("Payload names the image"), image.name(),
                                     payload->dockerReference,
                                     why + QLatin1Char(' ')
                                         + Tr::tr("This is a warning, because the digest binds the "
                                              "signature to the content.")));
    }

    Outcome tlogFailure = Outcome::Verified;
    result.steps.append(tlogStep(signature, options.key, options, &tlogFailure));
    if (tlogFailure != Outcome::Verified) {
        result.outcome = tlogFailure;
        result.progress = 4;
        const bool unchecked = result.steps.constLast().id == QLatin1String("tlog.unchecked");
        result.summary = tlogFailure == Outcome::TlogMissing && unchecked
            ? Tr::tr("Log entry present but not checked: no Rekor public key was given, and a "
                     "checked entry is required")
            : tlogFailure == Outcome::TlogMissing
            ? Tr::tr("No checked transparency-log entry, and one is required")
            : Tr::tr("The transparency-log entry is invalid: %1")
                  .arg(result.steps.constLast().explanation);
        return result;
    }

    result.outcome = Outcome::Verified;
    result.summary = Tr::tr("Verified: signed by key %1").arg(shortFingerprint(expectedKey));
    return result;
}

void collectWarnings(Verification &verification)
{
    for (const Step &step : std::as_const(verification.steps)) {
        if (step.status == StepStatus::Warning && !verification.warnings.contains(step.explanation))
            verification.warnings.append(step.explanation);
    }
}

Verification errorResult(Verification verification, const QString &id, const QString &title,
                         const Error &error)
{
    verification.steps.append(makeStep(id, StepStatus::Error, title, {}, {}, error.toString()));
    verification.outcome = Outcome::Error;
    verification.summary = Tr::tr("Could not verify: %1").arg(error.toString());
    return verification;
}

// A signature manifest that does not parse is a malformed signature (Invalid);
// anything else that stops us reading it (network, auth, a lying registry)
// means the check could not be made (Error).
Verification signatureReadFailure(Verification verification, const Error &error)
{
    if (error.kind() != ErrorKind::Malformed && error.kind() != ErrorKind::Unsupported) {
        return errorResult(std::move(verification), QStringLiteral("signature.found"),
                           Tr::tr("Signature found"), error);
    }
    verification.steps.append(makeStep(QStringLiteral("signature.found"), StepStatus::Failed,
                                       Tr::tr("Signature found"), {}, {}, error.toString()));
    verification.outcome = Outcome::Invalid;
    verification.summary = Tr::tr("The signature is malformed: %1").arg(error.toString());
    return verification;
}

} // namespace

CosignVerifier::CosignVerifier(registry::ContentSource &source)
    : m_source(source)
{
}

Verification CosignVerifier::verifySignatures(const reference::ImageReference &image,
                                              const reference::Digest &imageDigest,
                                              const QList<CosignSignature> &signatures,
                                              const KeyVerifyOptions &options)
{
    Verification verification;
    verification.subject = image.toString();
    verification.digest = imageDigest.toString();

    if (!options.key.isValid()) {
        return errorResult(verification, QStringLiteral("key.matched"), Tr::tr("Signed by the key"),
                           Error(ErrorKind::InvalidInput, Tr::tr("No public key was given.")));
    }
    if (signatures.isEmpty()) {
        verification.steps.append(makeStep(
            QStringLiteral("signature.found"), StepStatus::Failed, Tr::tr("Signature found"),
            Tr::tr("a cosign signature"), Tr::tr("none"),
            Tr::tr("No signature found: the signature manifest holds no simple-signing layer.")));
        verification.outcome = Outcome::NoSignature;
        verification.summary = Tr::tr("No signature found for %1")
                                   .arg(shortDigest(imageDigest.toString()));
        return verification;
    }

    // One valid signature is enough (cosign and containers/image accept any).
    std::optional<Candidate> chosen;
    int chosenIndex = 0;
    for (int i = 0; i < signatures.size(); ++i) {
        Candidate candidate = evaluate(image, imageDigest, signatures.at(i), options);
        const bool better = !chosen
            || (candidate.outcome == Outcome::Verified && chosen->outcome != Outcome::Verified)
            || (chosen->outcome != Outcome::Verified && candidate.progress > chosen->progress);
        if (better) {
            chosen = std::move(candidate);
            chosenIndex = i;
        }
        if (chosen->outcome == Outcome::Verified)
            break;
    }

    QString found = signatures.size() == 1
        ? Tr::tr("One signature layer was found.")
        : Tr::tr("%n signature layers were found; layer %1 is shown, the one that got "
                 "furthest.", nullptr, int(signatures.size()))
              .arg(chosenIndex + 1);
    verification.steps.append(makeStep(QStringLiteral("signature.found"), StepStatus::Passed,
                                       Tr::tr("Signature found"), {},
                                       QString::number(signatures.size()), found));
    verification.steps.append(chosen->steps);
    verification.outcome = chosen->outcome;
    verification.summary = chosen->summary;
    verification.signerKeyFingerprint = chosen->signer;
    collectWarnings(verification);
    return verification;
}

Verification CosignVerifier::verify(const reference::ImageReference &image,
                                    const KeyVerifyOptions &options)
{
    Verification verification;
    verification.subject = image.toString();
    const QString repository = image.repository();

    // Resolve to a digest; the source hashes the bytes it received.
    const bool byDigest = image.digest().isValid();
    const QString wanted = byDigest ? image.digest().toString() : image.tag();
    auto fetched = m_source.manifest(repository, wanted);
    if (!fetched) {
        return errorResult(verification, QStringLiteral("image.resolved"),
                           Tr::tr("Image resolved to a digest"), fetched.error());
    }
    const reference::Digest imageDigest = fetched->manifest.digest();
    if (!imageDigest.matches(fetched->manifest.raw())
        || (byDigest && imageDigest != image.digest())) {
        return errorResult(verification, QStringLiteral("image.resolved"),
                           Tr::tr("Image resolved to a digest"),
                           Error(ErrorKind::DigestMismatch,
                                 Tr::tr("The registry returned a manifest that does not hash to %1")
                                     .arg(wanted)));
    }
    verification.digest = imageDigest.toString();
    const Step resolved = makeStep(QStringLiteral("image.resolved"), StepStatus::Passed,
                                   Tr::tr("Image resolved to a digest"), wanted,
                                   imageDigest.toString(),
                                   Tr::tr("The manifest's bytes hash to %1.")
                                       .arg(imageDigest.toString()));
    verification.steps.append(resolved);

    // cosign SIGNATURE_SPEC "Tag-based discovery": sha256-<hex>.sig.
    const QString tag = signatureTag(imageDigest);
    auto signatureManifest = m_source.manifest(repository, tag);
    if (!signatureManifest) {
        if (signatureManifest.error().kind() != ErrorKind::NotFound)
            return signatureReadFailure(verification, signatureManifest.error());
        return noSignature(image, imageDigest, verification, options);
    }

    auto signatures = readSignatures(m_source, repository, signatureManifest->manifest);
    if (!signatures)
        return signatureReadFailure(verification, signatures.error());
    Verification checked = verifySignatures(image, imageDigest, *signatures, options);
    checked.subject = verification.subject;
    checked.steps.prepend(resolved);
    if (!checked.steps.isEmpty() && checked.steps.at(1).id == QLatin1String("signature.found"))
        checked.steps[1].expected = tag;
    return checked;
}

Verification CosignVerifier::noSignature(const reference::ImageReference &image,
                                         const reference::Digest &imageDigest,
                                         Verification verification,
                                         const KeyVerifyOptions &options)
{
    const QString tag = signatureTag(imageDigest);
    verification.outcome = Outcome::NoSignature;
    verification.summary = Tr::tr("No signature found for %1")
                               .arg(shortDigest(imageDigest.toString()));
    const Step missing = makeStep(QStringLiteral("signature.found"), StepStatus::Failed,
                                  Tr::tr("Signature found"), tag, Tr::tr("no such tag"),
                                  Tr::tr("No signature found: the repository has no tag %1.")
                                      .arg(tag));
    verification.steps.append(missing);

    // A tag given by digest cannot have moved.
    if (image.digest().isValid() || image.tag().isEmpty())
        return verification;

    auto otherDigestsNote = [&](const QString &text) {
        verification.steps.append(makeStep(QStringLiteral("signature.other-digests"),
                                           StepStatus::Warning,
                                           Tr::tr("Signatures of other digests"), {}, {}, text));
        collectWarnings(verification);
        return verification;
    };

    const QString repository = image.repository();
    auto tags = m_source.tags(repository);
    if (!tags) {
        return otherDigestsNote(Tr::tr("Could not list the repository's tags to look for a "
                                   "signature of an earlier digest: %1")
                                    .arg(tags.error().toString()));
    }

    static const QRegularExpression cosignTag(
        QStringLiteral("^sha256-([0-9a-f]{64})\\.([a-z]+)$"));
    QStringList signedDigests;
    QStringList plainTags;
    for (const QString &name : std::as_const(*tags)) {
        const auto match = cosignTag.match(name);
        if (!match.hasMatch())
            plainTags.append(name);
        else if (match.captured(2) == QLatin1String("sig"))
            signedDigests.append(QStringLiteral("sha256:") + match.captured(1));
    }
    signedDigests.removeAll(imageDigest.toString());
    if (signedDigests.isEmpty())
        return verification;

    if (plainTags.size() > MaxTagsToResolve) {
        return otherDigestsNote(Tr::tr("The repository holds signatures of %1 other digests, but "
                                   "it has too many tags (%2) to tell whether one of them is an "
                                   "earlier version of this tag.")
                                    .arg(signedDigests.size())
                                    .arg(plainTags.size()));
    }

    // Digests some tag points to now; a signed digest outside this set is no
    // longer tagged, which is what a re-pushed tag leaves behind.
    QSet<QString> tagged;
    for (const QString &name : std::as_const(plainTags)) {
        auto resolved = m_source.manifest(repository, name);
        if (!resolved) {
            if (resolved.error().kind() == ErrorKind::NotFound)
                continue;
            return otherDigestsNote(Tr::tr("Could not resolve tag %1 while looking for a signature "
                                       "of an earlier digest: %2")
                                        .arg(name, resolved.error().toString()));
        }
        tagged.insert(resolved->manifest.digest().toString());
    }
    QStringList untagged;
    for (const QString &digest : std::as_const(signedDigests)) {
        if (!tagged.contains(digest))
            untagged.append(digest);
    }
    if (untagged.isEmpty())
        return verification;

    // Check the signatures left behind, so the report says whether the old
    // content was validly signed by this key.
    std::optional<Verification> previous;
    QString previousDigest;
    for (const QString &digestText : untagged.mid(0, MaxPreviousDigests)) {
        const auto digest = reference::Digest::parse(digestText);
        if (!digest)
            continue;
        auto oldManifest = m_source.manifest(repository, signatureTag(*digest));
        if (!oldManifest)
            continue;
        auto oldSignatures = readSignatures(m_source, repository, oldManifest->manifest);
        if (!oldSignatures)
            continue;
        Verification old = verifySignatures(image.withDigest(*digest), *digest, *oldSignatures,
                                            options);
        if (!previous || (old.verified() && !previous->verified())) {
            previous = old;
            previousDigest = digestText;
        }
        if (previous->verified())
            break;
    }
    if (!previous)
        previousDigest = untagged.constFirst();

    QString validity;
    if (!previous) {
        validity = Tr::tr("That signature could not be read.");
    } else if (previous->verified()) {
        validity = Tr::tr("That signature verifies with the key %1.")
                       .arg(options.key.fingerprint());
    } else {
        validity = Tr::tr("That signature does not verify: %1.").arg(previous->summary);
    }
    verification.outcome = Outcome::TagMoved;
    verification.summary = Tr::tr("No signature for the digest the tag points to now; a signature "
                              "exists for digest %1 of this repository, which is no longer "
                              "tagged").arg(shortDigest(previousDigest));
    verification.steps.append(makeStep(
        QStringLiteral("signature.previous-digest"), StepStatus::Failed,
        Tr::tr("Tag moved after signing"), previousDigest, imageDigest.toString(),
        Tr::tr("No signature for the digest the tag \"%1\" points to now (%2); a signature "
               "exists for digest %3 of this repository, which is no longer tagged. %4")
            .arg(image.tag(), imageDigest.toString(), previousDigest, validity)));
    // The old digest's signer stays in the step's text: a signer at the top
    // would read as if the checked digest were signed.
    return verification;
}

} // namespace chainscope::sigstore
