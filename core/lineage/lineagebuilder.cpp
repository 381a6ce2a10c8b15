#include "core/lineage/lineagebuilder.h"

#include "core/attestation/attestationreader.h"
#include "core/attestation/slsaprovenance.h"
#include "core/oci/imageconfig.h"
#include "core/support/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace chainscope::lineage {

using reference::Digest;
using reference::ImageReference;

namespace {

// OCI image-spec annotations.md, "Pre-Defined Annotation Keys".
constexpr QLatin1StringView BaseNameAnnotation{"org.opencontainers.image.base.name"};
constexpr QLatin1StringView BaseDigestAnnotation{"org.opencontainers.image.base.digest"};
// The label the seed's Dockerfiles set (LABEL base.image=...).
constexpr QLatin1StringView BaseImageLabel{"base.image"};
constexpr int MaxProvenanceCandidates = 4;

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::lineage)
};

/// What was read about one image.
struct ImageFacts
{
    ImageReference reference; ///< with the manifest digest set
    Digest namedDigest;       ///< what the reference resolved to (an index's own digest)
    oci::Manifest manifest;
    QString platform;
    oci::ImageConfig config;
    QMap<QString, QString> annotations; ///< the image manifest's, then the index's
};

/// A provenance attestation of a child, as far as the lineage cares.
struct ProvenanceInfo
{
    attestation::SlsaProvenance provenance;
    bool signatureChecked = false; ///< a key was given and verified the envelope
};

/// Where the base was named, and how.
struct Candidate
{
    QString written;           ///< the name as written by the evidence
    ImageReference reference;  ///< parsed, may be invalid
    QString parseProblem;
    Digest digest;             ///< the digest the evidence pins, may be invalid
    EvidenceKind namedBy = EvidenceKind::Annotation;
};

QString describe(const ImageReference &reference)
{
    return reference.toString();
}

// Strips URI forms materials use for images ("oci://", "docker://", "pkg:docker/").
QString imageNameFromUri(QString uri)
{
    for (const char *prefix : {"oci://", "docker://", "pkg:docker/"}) {
        if (uri.startsWith(QLatin1String(prefix)))
            return uri.mid(int(qstrlen(prefix)));
    }
    return uri;
}

bool isImageLikeUri(const QString &uri)
{
    return !uri.isEmpty() && !uri.startsWith(QLatin1String("git+"))
           && !uri.startsWith(QLatin1String("http"));
}

QStringList layerDigests(const oci::Manifest &manifest)
{
    QStringList digests;
    for (const oci::Descriptor &layer : manifest.layers())
        digests.append(layer.digest.toString());
    return digests;
}

bool isPrefix(const QStringList &prefix, const QStringList &list)
{
    if (prefix.isEmpty() || prefix.size() > list.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (prefix.at(i) != list.at(i))
            return false;
    }
    return true;
}

} // namespace

struct LineageBuilder::Private
{
    registry::ContentSource &primary;
    Options options;
    QHash<QString, std::shared_ptr<registry::ContentSource>> sources;

    Private(registry::ContentSource &source, Options opts)
        : primary(source)
        , options(std::move(opts))
    {
    }

    registry::ContentSource *sourceFor(const QString &host, registry::ContentSource &current);
    Result<ImageFacts> readImage(registry::ContentSource &source, const ImageReference &reference);
    QList<ProvenanceInfo> readProvenance(registry::ContentSource &source, const ImageFacts &child,
                                         QStringList &notes);
    std::optional<Candidate> nameBase(const ImageFacts &child);
    std::optional<Candidate> baseFromProvenance(registry::ContentSource &source,
                                                const ImageFacts &child,
                                                const QList<ProvenanceInfo> &provenance);
    void fillHop(Hop &hop, const ImageFacts &facts);
    void checkSignature(Hop &hop, registry::ContentSource &source, const ImageFacts &facts);
    void checkSignatureByTag(Hop &hop, registry::ContentSource &source,
                             const ImageReference &named, const ImageFacts &facts);
    void explainVendorHops(Lineage &lineage);
};

registry::ContentSource *LineageBuilder::Private::sourceFor(const QString &host,
                                                            registry::ContentSource &current)
{
    if (host == current.host())
        return &current;
    if (host == primary.host())
        return &primary;
    if (sources.contains(host))
        return sources.value(host).get();
    std::shared_ptr<registry::ContentSource> made;
    if (options.sources)
        made = options.sources(host);
    sources.insert(host, made);
    return made.get();
}

Result<ImageFacts> LineageBuilder::Private::readImage(registry::ContentSource &source,
                                                      const ImageReference &reference)
{
    const QString wanted = reference.digest().isValid() ? reference.digest().toString()
                                                        : reference.tag();
    auto fetched = source.manifest(reference.repository(), wanted);
    if (!fetched)
        return fetched.error();

    ImageFacts facts;
    oci::Manifest manifest = fetched->manifest;
    facts.namedDigest = manifest.digest();

    // An index names one manifest per platform; the lineage follows
    // linux/amd64 when present, else the first entry with a real platform.
    if (manifest.isIndex()) {
        facts.annotations = manifest.annotations();
        const oci::Descriptor *chosen = nullptr;
        for (const oci::Descriptor &entry : manifest.manifests()) {
            if (!entry.platform || entry.platform->os == QLatin1String("unknown"))
                continue;
            if (!chosen)
                chosen = &entry;
            if (entry.platform->os == QLatin1String("linux")
                && entry.platform->architecture == QLatin1String("amd64")) {
                chosen = &entry;
                break;
            }
        }
        if (!chosen) {
            return Error(ErrorKind::NotFound,
                         Tr::tr("the index %1 names no image for a platform").arg(describe(reference)));
        }
        facts.platform = chosen->platform->toString();
        auto child = source.manifest(reference.repository(), chosen->digest.toString());
        if (!child)
            return child.error();
        manifest = child->manifest;
    }
    facts.manifest = manifest;
    facts.reference = reference.withDigest(manifest.digest());
    for (auto it = manifest.annotations().begin(); it != manifest.annotations().end(); ++it)
        facts.annotations.insert(it.key(), it.value());

    auto configBytes = source.blob(reference.repository(), manifest.config().digest,
                                   options.maxConfigBytes);
    if (!configBytes) {
        Error error = configBytes.error();
        error.addContext(Tr::tr("reading the configuration of %1").arg(describe(reference)));
        return error;
    }
    auto config = oci::ImageConfig::parse(*configBytes);
    if (!config) {
        Error error = config.error();
        error.addContext(Tr::tr("reading the configuration of %1").arg(describe(reference)));
        return error;
    }
    facts.config = *config;
    return facts;
}

QList<ProvenanceInfo> LineageBuilder::Private::readProvenance(registry::ContentSource &source,
                                                              const ImageFacts &child,
                                                              QStringList &notes)
{
    QList<ProvenanceInfo> found;
    attestation::AttestationReader reader(source);
    auto attestations = reader.read(child.reference.repository(), child.manifest.digest());
    if (!attestations) {
        notes.append(Tr::tr("The attestations of this image could not be read: %1")
                         .arg(attestations.error().toString()));
        return found;
    }
    for (const attestation::AttachedAttestation &item : *attestations) {
        // An unreadable layer might have been the provenance: say so rather
        // than report silently that nothing names a base.
        if (!item.problem.isEmpty()) {
            notes.append(Tr::tr("An attestation layer could not be read: %1").arg(item.problem));
            continue;
        }
        if (!item.isUsable() || !attestation::SlsaProvenance::isProvenance(item.predicateType))
            continue;
        // in-toto statement.md: the statement is about its subjects only.
        if (!item.statement->hasSubjectDigest(child.manifest.digest())) {
            notes.append(Tr::tr("A provenance attestation is attached whose subject is not this "
                            "image; it is ignored."));
            continue;
        }
        auto provenance = attestation::SlsaProvenance::fromStatement(*item.statement);
        if (!provenance) {
            notes.append(Tr::tr("A provenance attestation could not be read: %1")
                             .arg(provenance.error().message()));
            continue;
        }
        ProvenanceInfo info{*provenance, false};
        if (options.attestationKey) {
            auto index = item.envelope->verify(*options.attestationKey);
            if (!index || *index < 0) {
                notes.append(Tr::tr("A provenance attestation is not signed by the given key; it is "
                                "not used as evidence."));
                continue;
            }
            info.signatureChecked = true;
        }
        found.append(info);
    }
    return found;
}

std::optional<Candidate> LineageBuilder::Private::nameBase(const ImageFacts &child)
{
    Candidate candidate;
    const QString annotated = child.annotations.value(BaseNameAnnotation).trimmed();
    const QString labelled = child.config.labels.value(BaseImageLabel).trimmed();
    const QString ociLabel = child.config.labels.value(BaseNameAnnotation).trimmed();
    if (!annotated.isEmpty()) {
        candidate.written = annotated;
        candidate.namedBy = EvidenceKind::Annotation;
        auto digest = Digest::parse(child.annotations.value(BaseDigestAnnotation).trimmed());
        if (digest)
            candidate.digest = *digest;
    } else if (!labelled.isEmpty() || !ociLabel.isEmpty()) {
        candidate.written = labelled.isEmpty() ? ociLabel : labelled;
        candidate.namedBy = EvidenceKind::Label;
    } else {
        return std::nullopt;
    }

    auto parsed = ImageReference::parse(candidate.written);
    if (parsed) {
        candidate.reference = *parsed;
        if (!candidate.digest.isValid() && parsed->digest().isValid())
            candidate.digest = parsed->digest();
    } else {
        candidate.parseProblem = parsed.error().message();
    }
    return candidate;
}

std::optional<Candidate> LineageBuilder::Private::baseFromProvenance(
    registry::ContentSource &source, const ImageFacts &child,
    const QList<ProvenanceInfo> &provenance)
{
    // Without an annotation or a label, a material is taken as the base only
    // when its layers are a prefix of the child's: build tools are materials too.
    const QStringList childLayers = layerDigests(child.manifest);
    int tried = 0;
    for (const ProvenanceInfo &info : provenance) {
        for (const attestation::ResourceDescriptor &material : info.provenance.materials()) {
            if (tried >= MaxProvenanceCandidates)
                return std::nullopt;
            if (!isImageLikeUri(material.uri) || !material.sha256().isValid())
                continue;
            auto parsed = ImageReference::parse(imageNameFromUri(material.uri));
            if (!parsed)
                continue;
            registry::ContentSource *materialSource = sourceFor(parsed->registry(), source);
            if (!materialSource)
                continue;
            ++tried;
            auto facts = readImage(*materialSource, parsed->withDigest(material.sha256()));
            if (!facts || !isPrefix(layerDigests(facts->manifest), childLayers)
                || facts->manifest.layers().size() == childLayers.size())
                continue;
            Candidate candidate;
            candidate.written = material.uri;
            candidate.reference = *parsed;
            candidate.digest = material.sha256();
            candidate.namedBy = EvidenceKind::Provenance;
            return candidate;
        }
    }
    return std::nullopt;
}

void LineageBuilder::Private::fillHop(Hop &hop, const ImageFacts &facts)
{
    hop.digest = facts.manifest.digest().toString();
    hop.mediaType = facts.manifest.mediaType();
    hop.platform = facts.platform;
    hop.layerCount = int(facts.manifest.layers().size());
    if (facts.config.created.isValid())
        hop.created = facts.config.created.toUTC().toString(Qt::ISODate);
    hop.vendor = VendorFacts::fromLabels(facts.config.labels);
}

void LineageBuilder::Private::checkSignature(Hop &hop, registry::ContentSource &source,
                                             const ImageFacts &facts)
{
    if (!options.signatureCheck)
        return;
    hop.signature = options.signatureCheck(source, facts.reference);
}

void LineageBuilder::Private::checkSignatureByTag(Hop &hop, registry::ContentSource &source,
                                                  const ImageReference &named,
                                                  const ImageFacts &facts)
{
    if (!options.signatureCheck)
        return;
    // The user named a tag: check it as `verify` does, so that a tag moved
    // to unsigned content says so instead of only "no signature".
    hop.signature = options.signatureCheck(source, named);
    if (!hop.signature->digest.isEmpty()
        && hop.signature->digest != facts.namedDigest.toString()) {
        hop.notes.append(Tr::tr("The tag %1 moved while it was read: the signature was checked "
                                "for %2, the lineage shows %3.")
                             .arg(named.tag(), hop.signature->digest,
                                  facts.namedDigest.toString()));
    }
}

void LineageBuilder::Private::explainVendorHops(Lineage &lineage)
{
    // Labels pass from a base to its children through FROM: equal vendor
    // labels on a child describe the base, not the child.
    for (qsizetype i = 0; i + 1 < lineage.hops.size(); ++i) {
        Hop &hop = lineage.hops[i];
        const Hop &base = lineage.hops.at(i + 1);
        hop.vendorInherited = base.reachable && !hop.vendor.isEmpty() && hop.vendor == base.vendor;
    }

    // Vendor images are signed with the vendor's keys, which this version
    // does not know; say so instead of letting "no signature" look like an attack.
    for (Hop &hop : lineage.hops) {
        if (!hop.signature || hop.signature->verified() || hop.vendorInherited)
            continue;
        if (hop.vendor.isRedHatUbi()) {
            hop.signatureNote = Tr::tr("Not signed by the given key. This is a Red Hat image: Red Hat "
                                   "signs its images with its own keys, and checking vendor "
                                   "signatures is a later capability of Chainscope.");
        } else if (!hop.vendor.vendor.isEmpty()) {
            hop.signatureNote = Tr::tr("Not signed by the given key. This image names the vendor "
                                   "\"%1\"; checking vendor signatures is a later capability of "
                                   "Chainscope.")
                                    .arg(hop.vendor.vendor);
        }
    }
}

LineageBuilder::LineageBuilder(registry::ContentSource &source)
    : LineageBuilder(source, Options())
{
}

LineageBuilder::LineageBuilder(registry::ContentSource &source, Options options)
    : d(std::make_unique<Private>(source, std::move(options)))
{
}

LineageBuilder::~LineageBuilder() = default;

namespace {

Evidence annotationEvidence(const ImageFacts &child)
{
    Evidence evidence;
    evidence.kind = EvidenceKind::Annotation;
    const QString name = child.annotations.value(BaseNameAnnotation);
    const QString digest = child.annotations.value(BaseDigestAnnotation);
    if (name.isEmpty()) {
        evidence.detail = Tr::tr("The manifest has no %1 annotation.").arg(BaseNameAnnotation);
        return evidence;
    }
    evidence.verdict = EvidenceVerdict::Supports;
    evidence.value = digest.isEmpty() ? name : name + QLatin1Char('@') + digest;
    evidence.detail = digest.isEmpty()
                          ? Tr::tr("The manifest annotation %1 names %2.").arg(BaseNameAnnotation, name)
                          : Tr::tr("The manifest annotations name %1 with digest %2.").arg(name, digest);
    return evidence;
}

// Same repository, and the same tag or digest where both name one.
bool agrees(const ImageReference &a, const ImageReference &b, const Digest &pinned)
{
    if (a.name() != b.name())
        return false;
    if (a.digest().isValid() && pinned.isValid() && a.digest() != pinned)
        return false;
    if (!a.tag().isEmpty() && !b.tag().isEmpty() && a.tag() != b.tag())
        return false;
    return true;
}

Evidence labelEvidence(const ImageFacts &child, const Candidate &candidate)
{
    Evidence evidence;
    evidence.kind = EvidenceKind::Label;
    QString label = child.config.labels.value(BaseImageLabel).trimmed();
    QString key = BaseImageLabel;
    if (label.isEmpty()) {
        label = child.config.labels.value(BaseNameAnnotation).trimmed();
        key = BaseNameAnnotation;
    }
    if (label.isEmpty()) {
        evidence.detail = Tr::tr("The configuration has no %1 label.").arg(BaseImageLabel);
        return evidence;
    }
    evidence.value = label;
    auto parsed = ImageReference::parse(label);
    if (candidate.namedBy == EvidenceKind::Label) {
        evidence.verdict = EvidenceVerdict::Supports;
        evidence.detail = Tr::tr("The label %1 names %2.").arg(key, label);
    } else if (parsed && candidate.reference.isValid()
               && agrees(*parsed, candidate.reference, candidate.digest)) {
        evidence.verdict = EvidenceVerdict::Supports;
        evidence.detail = Tr::tr("The label %1 names %2, as the annotation does.").arg(key, label);
    } else {
        evidence.verdict = EvidenceVerdict::Contradicts;
        evidence.detail = Tr::tr("The label %1 names %2, but the annotation names %3.")
                              .arg(key, label, candidate.written);
    }
    return evidence;
}

Evidence layerEvidence(const ImageFacts &child, const ImageFacts &base)
{
    Evidence evidence;
    evidence.kind = EvidenceKind::LayerPrefix;
    const QStringList childLayers = layerDigests(child.manifest);
    const QStringList baseLayers = layerDigests(base.manifest);
    evidence.value = QStringLiteral("%1/%2").arg(baseLayers.size()).arg(childLayers.size());

    // OCI image-spec config.md: diff_ids name the uncompressed layers, so a
    // base recompressed on push still matches there.
    const bool byDigest = isPrefix(baseLayers, childLayers);
    const bool byDiffId = isPrefix(base.config.diffIds, child.config.diffIds);
    if (byDigest || byDiffId) {
        evidence.verdict = EvidenceVerdict::Supports;
        evidence.detail = byDigest
                              ? Tr::tr("The base's layers (%1) are the first layers of this "
                                   "image (%2 in all).")
                                    .arg(baseLayers.size())
                                    .arg(childLayers.size())
                              : Tr::tr("The base's uncompressed layers (%1 diff_ids) are the first "
                                   "of this image's (%2 in all).")
                                    .arg(base.config.diffIds.size())
                                    .arg(child.config.diffIds.size());
        return evidence;
    }
    evidence.verdict = EvidenceVerdict::Contradicts;
    evidence.detail = Tr::tr("The layers of the named base are not a prefix of the layers of this "
                         "image: it was not built on that image, or the name points to "
                         "different content now.");
    return evidence;
}

Evidence provenanceEvidence(const QList<ProvenanceInfo> &provenance, const Candidate &candidate,
                            const Digest &baseDigest)
{
    Evidence evidence;
    evidence.kind = EvidenceKind::Provenance;
    if (provenance.isEmpty()) {
        evidence.detail = Tr::tr("No SLSA provenance attestation of this image was found.");
        return evidence;
    }
    for (const ProvenanceInfo &info : provenance) {
        const auto materials = info.provenance.materialsWithDigest(baseDigest);
        if (materials.isEmpty())
            continue;
        const attestation::ResourceDescriptor &material = materials.first();
        evidence.verdict = EvidenceVerdict::Supports;
        evidence.value = material.uri + QLatin1Char('@') + baseDigest.toString();
        const QString signature = info.signatureChecked
                                      ? Tr::tr("its signature was verified with the given key")
                                      : Tr::tr("its signature was not checked (no key given)");
        evidence.detail = Tr::tr("The SLSA provenance %1 by builder %2 lists %3 with this digest as "
                             "a material; %4.")
                              .arg(info.provenance.versionName(), info.provenance.builderId(),
                                   material.uri, signature);
        return evidence;
    }
    // A material naming the same repository with another digest disagrees.
    for (const ProvenanceInfo &info : provenance) {
        for (const attestation::ResourceDescriptor &material : info.provenance.materials()) {
            auto parsed = ImageReference::parse(imageNameFromUri(material.uri));
            if (parsed && candidate.reference.isValid()
                && parsed->name() == candidate.reference.name() && material.sha256().isValid()) {
                evidence.verdict = EvidenceVerdict::Contradicts;
                evidence.value = material.uri + QLatin1Char('@') + material.sha256().toString();
                evidence.detail = Tr::tr("The SLSA provenance lists %1 with digest %2, not %3.")
                                      .arg(material.uri, material.sha256().toString(),
                                           baseDigest.toString());
                return evidence;
            }
        }
    }
    evidence.detail = Tr::tr("The SLSA provenance of this image lists no material with digest %1.")
                          .arg(baseDigest.toString());
    return evidence;
}

} // namespace

Result<Lineage> LineageBuilder::build(const ImageReference &image)
{
    Lineage lineage;
    lineage.subject = image.toString();

    auto first = d->readImage(d->primary, image);
    if (!first) {
        Error error = first.error();
        error.addContext(Tr::tr("reading %1").arg(describe(image)));
        return error;
    }
    ImageFacts child = *first;
    registry::ContentSource *childSource = &d->primary;

    Hop top;
    top.reference = image.toString();
    d->fillHop(top, child);
    if (image.digest().isValid() || image.tag().isEmpty())
        d->checkSignature(top, *childSource, child);
    else
        d->checkSignatureByTag(top, *childSource, image, child);
    lineage.hops.append(top);
    QSet<QString> seen{child.manifest.digest().toString()};

    while (true) {
        if (lineage.hops.size() >= d->options.maxDepth) {
            lineage.stopReason = StopReason::DepthLimit;
            lineage.stopDetail = Tr::tr("The walk stopped after %n images (the depth limit).",
                                        nullptr, int(lineage.hops.size()));
            break;
        }
        Hop &childHop = lineage.hops.last();
        const QList<ProvenanceInfo> provenance = d->readProvenance(*childSource, child,
                                                                   childHop.notes);

        std::optional<Candidate> candidate = d->nameBase(child);
        if (!candidate)
            candidate = d->baseFromProvenance(*childSource, child, provenance);
        if (!candidate) {
            lineage.stopReason = StopReason::NoBaseNamed;
            lineage.stopDetail = Tr::tr("%1 names no base image: it is the root of the chain as far "
                                    "as its metadata tells.")
                                     .arg(lineage.hops.last().reference);
            break;
        }

        Hop hop;
        hop.reference = candidate->written;
        hop.evidence.append(annotationEvidence(child));
        hop.evidence.append(labelEvidence(child, *candidate));

        registry::ContentSource *source = nullptr;
        if (!candidate->reference.isValid()) {
            hop.problem = Tr::tr("The base is named \"%1\", which is not an image reference: %2")
                              .arg(candidate->written, candidate->parseProblem);
        } else {
            source = d->sourceFor(candidate->reference.registry(), *childSource);
            if (!source) {
                hop.problem = Tr::tr("The base lives on the registry %1, and there is no connection "
                                 "to it.")
                                  .arg(candidate->reference.registry());
            }
        }

        // Without a pinned digest, the tag says which image is meant today;
        // with one, the child's own evidence decides and the tag is only compared.
        Result<ImageFacts> base = Error(ErrorKind::NotFound, hop.problem);
        if (source) {
            const ImageReference pinned = candidate->digest.isValid()
                                              ? candidate->reference.withDigest(candidate->digest)
                                              : candidate->reference;
            base = d->readImage(*source, pinned);
            if (!base)
                hop.problem = base.error().toString();
        }
        if (!base) {
            hop.reachable = false;
            hop.evidence.append({EvidenceKind::LayerPrefix, EvidenceVerdict::Unavailable, {},
                                 Tr::tr("The base could not be read, so its layers were not "
                                    "compared.")});
            hop.evidence.append(provenanceEvidence(provenance, *candidate, candidate->digest));
            lineage.hops.append(hop);
            lineage.stopReason = StopReason::NotReachable;
            lineage.stopDetail = Tr::tr("The base %1 could not be read: %2")
                                     .arg(candidate->written, hop.problem);
            break;
        }

        const QString baseDigest = base->manifest.digest().toString();
        if (seen.contains(baseDigest)) {
            lineage.stopReason = StopReason::Cycle;
            lineage.stopDetail = Tr::tr("%1 names %2 as its base, which is already in the chain; "
                                    "the walk stopped there.")
                                     .arg(lineage.hops.last().reference, candidate->written);
            lineage.warnings.append(lineage.stopDetail);
            break;
        }
        seen.insert(baseDigest);

        if (candidate->digest.isValid() && !candidate->reference.tag().isEmpty()) {
            auto current = source->manifest(candidate->reference.repository(),
                                            candidate->reference.tag());
            if (current && current->manifest.digest() != candidate->digest) {
                hop.notes.append(Tr::tr("The tag %1 now points to %2; this image was built on %3.")
                                     .arg(candidate->reference.tag(),
                                          current->manifest.digest().toString(),
                                          candidate->digest.toString()));
            }
        }

        d->fillHop(hop, *base);
        hop.evidence.append(layerEvidence(child, *base));
        hop.evidence.append(provenanceEvidence(provenance, *candidate, base->manifest.digest()));
        d->checkSignature(hop, *source, *base);
        qCDebug(lcLineage) << "hop" << lineage.hops.size() << hop.reference << hop.digest;
        lineage.hops.append(hop);

        child = *base;
        childSource = source;
    }

    d->explainVendorHops(lineage);
    if (lineage.hasContradictions()) {
        lineage.warnings.append(Tr::tr("The evidence contradicts itself for at least one hop: see "
                                   "the evidence marked \"contradicts\"."));
    }
    return lineage;
}

} // namespace chainscope::lineage
