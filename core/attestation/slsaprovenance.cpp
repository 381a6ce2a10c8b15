#include "core/attestation/slsaprovenance.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace chainscope::attestation {

namespace {

QDateTime timeOf(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QList<ResourceDescriptor> descriptors(const QJsonValue &value)
{
    QList<ResourceDescriptor> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        list.append(resourceDescriptorFromJson(entry.toObject()));
    return list;
}

} // namespace

bool SlsaProvenance::isProvenance(const QString &predicateType)
{
    return predicateType == PredicateV02 || predicateType == PredicateV1;
}

QString SlsaProvenance::versionName() const
{
    return m_version == Version::V1 ? QStringLiteral("v1") : QStringLiteral("v0.2");
}

Result<SlsaProvenance> SlsaProvenance::fromStatement(const Statement &statement)
{
    if (!isProvenance(statement.predicateType())) {
        return Error(ErrorKind::Unsupported,
                     QCoreApplication::translate("chainscope::attestation",
                                                 "predicate type \"%1\" is not SLSA provenance")
                         .arg(statement.predicateType().left(120)));
    }
    const QJsonObject predicate = statement.predicate();
    SlsaProvenance provenance;

    if (statement.predicateType() == PredicateV02) {
        // SLSA v0.2 "Schema": builder.id and buildType are REQUIRED.
        provenance.m_version = Version::V0_2;
        provenance.m_builderId = predicate.value(QLatin1String("builder")).toObject()
                                     .value(QLatin1String("id")).toString();
        provenance.m_buildType = predicate.value(QLatin1String("buildType")).toString();
        const QJsonObject metadata = predicate.value(QLatin1String("metadata")).toObject();
        provenance.m_startedOn = timeOf(metadata, "buildStartedOn");
        provenance.m_finishedOn = timeOf(metadata, "buildFinishedOn");
        provenance.m_materials = descriptors(predicate.value(QLatin1String("materials")));
    } else {
        // SLSA v1.0 "Schema": buildDefinition.buildType and runDetails.builder.id
        // are REQUIRED; resolvedDependencies take the place of materials.
        provenance.m_version = Version::V1;
        const QJsonObject definition = predicate.value(QLatin1String("buildDefinition")).toObject();
        const QJsonObject run = predicate.value(QLatin1String("runDetails")).toObject();
        const QJsonObject metadata = run.value(QLatin1String("metadata")).toObject();
        provenance.m_buildType = definition.value(QLatin1String("buildType")).toString();
        provenance.m_builderId = run.value(QLatin1String("builder")).toObject()
                                     .value(QLatin1String("id")).toString();
        provenance.m_invocationId = metadata.value(QLatin1String("invocationId")).toString();
        provenance.m_startedOn = timeOf(metadata, "startedOn");
        provenance.m_finishedOn = timeOf(metadata, "finishedOn");
        provenance.m_materials = descriptors(definition.value(QLatin1String("resolvedDependencies")));
    }

    if (provenance.m_builderId.isEmpty()) {
        return Error(ErrorKind::Malformed,
                     QCoreApplication::translate("chainscope::attestation",
                                                 "SLSA provenance %1 has no builder id")
                         .arg(provenance.versionName()));
    }
    if (provenance.m_buildType.isEmpty()) {
        return Error(ErrorKind::Malformed,
                     QCoreApplication::translate("chainscope::attestation",
                                                 "SLSA provenance %1 has no build type")
                         .arg(provenance.versionName()));
    }
    return provenance;
}

QList<ResourceDescriptor> SlsaProvenance::materialsWithDigest(const reference::Digest &digest) const
{
    QList<ResourceDescriptor> found;
    if (!digest.isValid())
        return found;
    for (const ResourceDescriptor &material : m_materials) {
        if (material.digests.value(digest.algorithm()) == digest.hex())
            found.append(material);
    }
    return found;
}

} // namespace chainscope::attestation
