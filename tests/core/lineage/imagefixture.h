#pragma once

// Builds OCI images, cosign signatures and attestations in a MemorySource,
// in the layouts the lab registry holds (tests/lab/README.md).

#include "core/attestation/dsseenvelope.h"
#include "core/oci/mediatypes.h"
#include "core/reference/digest.h"
#include "core/registry/memorysource.h"
#include "tests/support/testsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace fixture {

using chainscope::reference::Digest;
using chainscope::test::TestSigner;
namespace mediatype = chainscope::oci::mediatype;

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject descriptor(const QString &mediaType, const QByteArray &bytes)
{
    return QJsonObject{{"mediaType", mediaType},
                       {"digest", Digest::sha256Of(bytes).toString()},
                       {"size", bytes.size()}};
}

struct Image
{
    QString repository;
    QString tag;
    QList<QByteArray> layers; ///< layer blobs; their sha256 doubles as the diff_id
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
};

/// Stores \a image (config, layers, manifest) and tags it; returns the manifest digest.
inline Digest push(chainscope::registry::MemorySource &source, const Image &image)
{
    QJsonArray diffIds;
    QJsonArray layers;
    for (const QByteArray &layer : image.layers) {
        source.addBlob(image.repository, layer);
        diffIds.append(Digest::sha256Of(layer).toString());
        layers.append(descriptor(mediatype::OciLayerTarGzip, layer));
    }
    QJsonObject labels;
    for (auto it = image.labels.begin(); it != image.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    const QByteArray config = compact(
        {{"architecture", "amd64"},
         {"os", "linux"},
         {"created", "2021-06-01T10:00:00Z"},
         {"config", QJsonObject{{"Labels", labels}}},
         {"rootfs", QJsonObject{{"type", "layers"}, {"diff_ids", diffIds}}}});
    source.addBlob(image.repository, config);

    QJsonObject manifest{{"schemaVersion", 2},
                         {"mediaType", QString(mediatype::OciManifest)},
                         {"config", descriptor(mediatype::OciConfig, config)},
                         {"layers", layers}};
    if (!image.annotations.isEmpty()) {
        QJsonObject annotations;
        for (auto it = image.annotations.begin(); it != image.annotations.end(); ++it)
            annotations.insert(it.key(), it.value());
        manifest.insert("annotations", annotations);
    }
    return source.addManifest(image.repository, compact(manifest), mediatype::OciManifest,
                              image.tag);
}

/// A manifest of one layer, as cosign stores signatures and attestations.
inline void pushArtifact(chainscope::registry::MemorySource &source, const QString &repository,
                         const QString &tag, const QString &layerType, const QByteArray &blob,
                         const QJsonObject &annotations)
{
    const QByteArray config = "{\"architecture\":\"\",\"os\":\"\",\"config\":{},"
                              "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
    source.addBlob(repository, config);
    source.addBlob(repository, blob);
    QJsonObject layer = descriptor(layerType, blob);
    layer.insert("annotations", annotations);
    const QJsonObject manifest{{"schemaVersion", 2},
                               {"mediaType", QString(mediatype::OciManifest)},
                               {"config", descriptor(mediatype::OciConfig, config)},
                               {"layers", QJsonArray{layer}}};
    source.addManifest(repository, compact(manifest), mediatype::OciManifest, tag);
}

/// Signs \a digest the way `cosign sign --tlog-upload=false` does.
inline void sign(chainscope::registry::MemorySource &source, const TestSigner &signer,
                 const QString &host, const QString &repository, const Digest &digest)
{
    const QByteArray payload = compact(
        {{"critical",
          QJsonObject{{"identity", QJsonObject{{"docker-reference", QString(host + '/' + repository)}}},
                      {"image", QJsonObject{{"docker-manifest-digest", digest.toString()}}},
                      {"type", "cosign container image signature"}}},
         {"optional", QJsonValue::Null}});
    pushArtifact(source, repository, digest.tagPrefix() + ".sig", mediatype::CosignSimpleSigning,
                 payload,
                 {{"dev.cosignproject.cosign/signature",
                   QString::fromLatin1(signer.sign(payload).toBase64())}});
}

/// Attaches a Tekton-Chains-style SLSA v0.2 provenance to \a digest whose
/// materials are \a materials (uri -> digest).
inline void attest(chainscope::registry::MemorySource &source, const TestSigner &signer,
                   const QString &host, const QString &repository, const Digest &digest,
                   const QList<QPair<QString, Digest>> &materials)
{
    QJsonArray materialArray;
    for (const auto &material : materials) {
        materialArray.append(QJsonObject{
            {"uri", material.first},
            {"digest", QJsonObject{{material.second.algorithm(), material.second.hex()}}}});
    }
    const QByteArray statement = compact(
        {{"_type", "https://in-toto.io/Statement/v0.1"},
         {"predicateType", "https://slsa.dev/provenance/v0.2"},
         {"subject", QJsonArray{QJsonObject{
                         {"name", QString(host + '/' + repository)},
                         {"digest", QJsonObject{{"sha256", digest.hex()}}}}}},
         {"predicate", QJsonObject{{"builder", QJsonObject{{"id", "https://tekton.dev/chains/v2"}}},
                                   {"buildType", "tekton.dev/v1beta1/TaskRun"},
                                   {"materials", materialArray}}}});
    const QByteArray type = "application/vnd.in-toto+json";
    const QByteArray signature = signer.sign(
        chainscope::attestation::DsseEnvelope::pae(type, statement));
    const QByteArray envelope = compact(
        {{"payloadType", QString::fromLatin1(type)},
         {"payload", QString::fromLatin1(statement.toBase64())},
         {"signatures", QJsonArray{QJsonObject{
                            {"keyid", ""}, {"sig", QString::fromLatin1(signature.toBase64())}}}}});
    pushArtifact(source, repository, digest.tagPrefix() + ".att", mediatype::DsseEnvelope,
                 envelope,
                 {{"dev.cosignproject.cosign/signature", ""},
                  {"predicateType", "https://slsa.dev/provenance/v0.2"}});
}

} // namespace fixture
