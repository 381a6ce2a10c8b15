#pragma once

// Test-only: a MemorySource filled the way cosign lays signatures out in a
// registry (tag "sha256-<hex>.sig", simple-signing payload layer, signature
// annotation, no transparency-log bundle: what `cosign sign
// --tlog-upload=false` makes). The signatures are real (a TestSigner key),
// so the real CosignVerifier checks them.

#include "core/oci/mediatypes.h"
#include "core/reference/digest.h"
#include "core/registry/memorysource.h"
#include "tests/support/testsigner.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace testregistry {

using namespace chainscope;

inline QByteArray manifestJson(const reference::Digest &config, qint64 configSize,
                               const QJsonArray &layers)
{
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString(oci::mediatype::OciManifest)},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("mediaType"), QString(oci::mediatype::OciConfig)},
                     {QStringLiteral("digest"), config.toString()},
                     {QStringLiteral("size"), configSize}}},
        {QStringLiteral("layers"), layers},
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

/// Pushes a small image under \a repository:\a tag; \a seed makes it unique.
inline reference::Digest pushImage(registry::MemorySource &source, const QString &repository,
                                   const QString &tag, const QByteArray &seed)
{
    const QByteArray config
        = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"seed\":\"" + seed + "\"}";
    const reference::Digest configDigest = source.addBlob(repository, config);
    const QByteArray layer = "layer " + seed;
    const reference::Digest layerDigest = source.addBlob(repository, layer);
    const QJsonArray layers{
        QJsonObject{{QStringLiteral("mediaType"), QString(oci::mediatype::OciLayerTar)},
                    {QStringLiteral("digest"), layerDigest.toString()},
                    {QStringLiteral("size"), layer.size()}}};
    return source.addManifest(repository, manifestJson(configDigest, config.size(), layers),
                              QString(oci::mediatype::OciManifest), tag);
}

/// Signs \a imageDigest as cosign does; \a payloadDigest is the digest the
/// payload names (normally the same).
inline void signImage(registry::MemorySource &source, const QString &repository,
                      const reference::Digest &imageDigest, const test::TestSigner &key,
                      const reference::Digest &payloadDigest)
{
    QJsonObject identity;
    identity.insert(QStringLiteral("docker-reference"),
                    QString(source.host() + QLatin1Char('/') + repository));
    QJsonObject image;
    image.insert(QStringLiteral("docker-manifest-digest"), payloadDigest.toString());
    QJsonObject critical;
    critical.insert(QStringLiteral("identity"), identity);
    critical.insert(QStringLiteral("image"), image);
    critical.insert(QStringLiteral("type"), QStringLiteral("cosign container image signature"));
    QJsonObject payload;
    payload.insert(QStringLiteral("critical"), critical);
    payload.insert(QStringLiteral("optional"), QJsonValue());
    const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const reference::Digest payloadBlob = source.addBlob(repository, bytes);
    const QByteArray config("{}");
    const reference::Digest configDigest = source.addBlob(repository, config);
    const QJsonArray layers{
        QJsonObject{{QStringLiteral("mediaType"),
                     QStringLiteral("application/vnd.dev.cosign.simplesigning.v1+json")},
                    {QStringLiteral("digest"), payloadBlob.toString()},
                    {QStringLiteral("size"), bytes.size()},
                    {QStringLiteral("annotations"),
                     QJsonObject{{QStringLiteral("dev.cosignproject.cosign/signature"),
                                  QString::fromLatin1(key.sign(bytes).toBase64())}}}}};
    source.addManifest(repository, manifestJson(configDigest, config.size(), layers),
                       QString(oci::mediatype::OciManifest),
                       QStringLiteral("sha256-") + imageDigest.hex() + QStringLiteral(".sig"));
}

} // namespace testregistry
