#pragma once

#include "core/attestation/statement.h"
#include "core/support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chainscope::attestation {

/// What a person (and the lineage) needs from an SLSA provenance predicate:
/// who built it, how, when, and from what. Reads SLSA provenance v0.2
/// (https://slsa.dev/provenance/v0.2: builder.id, buildType, materials) and
/// v1 (https://slsa.dev/spec/v1.0/provenance: buildDefinition.buildType,
/// resolvedDependencies, runDetails.builder.id), as Tekton Chains writes them.
///
/// Value type. fromStatement() fails with Unsupported for another predicate
/// type and with Malformed when a required field (builder id, build type) is
/// missing.
class SlsaProvenance
{
public:
    enum class Version { V0_2, V1 };

    static constexpr QLatin1StringView PredicateV02{"https://slsa.dev/provenance/v0.2"};
    static constexpr QLatin1StringView PredicateV1{"https://slsa.dev/provenance/v1"};

    /// True when \a predicateType is a provenance type this class reads.
    static bool isProvenance(const QString &predicateType);

    static Result<SlsaProvenance> fromStatement(const Statement &statement);

    Version version() const { return m_version; }
    QString versionName() const; ///< "v0.2", "v1"
    QString builderId() const { return m_builderId; }
    QString buildType() const { return m_buildType; }
    QDateTime startedOn() const { return m_startedOn; }
    QDateTime finishedOn() const { return m_finishedOn; }
    QString invocationId() const { return m_invocationId; } ///< v1 only
    /// v0.2 materials or v1 resolvedDependencies, in document order.
    const QList<ResourceDescriptor> &materials() const { return m_materials; }

    /// Materials whose sha256 equals \a digest.
    QList<ResourceDescriptor> materialsWithDigest(const reference::Digest &digest) const;

private:
    Version m_version = Version::V0_2;
    QString m_builderId;
    QString m_buildType;
    QDateTime m_startedOn;
    QDateTime m_finishedOn;
    QString m_invocationId;
    QList<ResourceDescriptor> m_materials;
};

} // namespace chainscope::attestation
