#include "core/lineage/evidence.h"

namespace chainscope::lineage {

QString evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Annotation: return QStringLiteral("annotation");
    case EvidenceKind::Label: return QStringLiteral("label");
    case EvidenceKind::LayerPrefix: return QStringLiteral("layer-prefix");
    case EvidenceKind::Provenance: return QStringLiteral("provenance");
    }
    return QStringLiteral("annotation");
}

QString evidenceVerdictName(EvidenceVerdict verdict)
{
    switch (verdict) {
    case EvidenceVerdict::Supports: return QStringLiteral("supports");
    case EvidenceVerdict::Contradicts: return QStringLiteral("contradicts");
    case EvidenceVerdict::Unavailable: return QStringLiteral("unavailable");
    }
    return QStringLiteral("unavailable");
}

QJsonObject Evidence::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), evidenceKindName(kind));
    object.insert(QStringLiteral("verdict"), evidenceVerdictName(verdict));
    if (!value.isEmpty())
        object.insert(QStringLiteral("value"), value);
    object.insert(QStringLiteral("detail"), detail);
    return object;
}

} // namespace chainscope::lineage
