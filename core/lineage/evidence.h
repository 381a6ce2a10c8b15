#pragma once

#include <QJsonObject>
#include <QString>

namespace chainscope::lineage {

/// Where a claim "B is the base image of A" comes from.
enum class EvidenceKind {
    Annotation,  ///< manifest annotations org.opencontainers.image.base.name/.digest
    Label,       ///< config label "base.image" (or the OCI base name as a label)
    LayerPrefix, ///< the layers of B are the first layers of A
    Provenance,  ///< an SLSA provenance attestation of A lists B as a material
};

/// What one piece of evidence says about the hop.
enum class EvidenceVerdict {
    Supports,    ///< agrees that B is the base of A
    Contradicts, ///< disagrees: names another image, or the layers do not match
    Unavailable, ///< this kind of evidence is absent or could not be checked
};

/// Stable machine names: "annotation", "label", "layer-prefix", "provenance".
QString evidenceKindName(EvidenceKind kind);
/// "supports", "contradicts", "unavailable".
QString evidenceVerdictName(EvidenceVerdict verdict);

/// One piece of evidence for a lineage hop, with the value it rests on and a
/// sentence a person understands. Value type.
struct Evidence
{
    EvidenceKind kind = EvidenceKind::Annotation;
    EvidenceVerdict verdict = EvidenceVerdict::Unavailable;
    QString value;  ///< what the evidence names or measured, untranslated ("ztsc/base:1.0")
    QString detail; ///< translated sentence

    QJsonObject toJson() const;
};

} // namespace chainscope::lineage
