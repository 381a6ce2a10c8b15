#include "app/imageinspection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace chainscope::app {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::app)
};

constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;
const QString ReferenceType = QStringLiteral("vnd.docker.reference.type");
const QString ReferenceDigest = QStringLiteral("vnd.docker.reference.digest");

QJsonObject descriptorJson(const oci::Descriptor &descriptor)
{
    QJsonObject json{{QStringLiteral("mediaType"), descriptor.mediaType},
                     {QStringLiteral("digest"), descriptor.digest.toString()},
                     {QStringLiteral("size"), descriptor.size}};
    if (!descriptor.artifactType.isEmpty())
        json.insert(QStringLiteral("artifactType"), descriptor.artifactType);
    if (descriptor.platform)
        json.insert(QStringLiteral("platform"), descriptor.platform->toString());
    if (!descriptor.annotations.isEmpty()) {
        QJsonObject annotations;
        for (auto it = descriptor.annotations.begin(); it != descriptor.annotations.end(); ++it)
            annotations.insert(it.key(), it.value());
        json.insert(QStringLiteral("annotations"), annotations);
    }
    return json;
}

// buildkit's attestation storage: an index entry for platform unknown/unknown
// whose annotations name the manifest it attests.
// Other buildkit reference types ("builder") are attached the same way.
bool isAttached(const oci::Descriptor &descriptor)
{
    return descriptor.platform && descriptor.platform->os == QLatin1String("unknown")
           && descriptor.platform->architecture == QLatin1String("unknown")
           && descriptor.annotations.contains(ReferenceDigest)
           && descriptor.annotations.contains(ReferenceType);
}

bool isAttestation(const oci::Descriptor &descriptor)
{
    return isAttached(descriptor)
           && descriptor.annotations.value(ReferenceType) == QLatin1String("attestation-manifest");
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("kind"), errorKindName(error.kind())},
            {QStringLiteral("message"), error.toString()}};
}

} // namespace

Result<QJsonObject> ImageInspection::inspect(registry::ContentSource &source,
                                             const QString &repository,
                                             const QString &tagOrDigest)
{
    auto fetched = source.manifest(repository, tagOrDigest);
    if (!fetched)
        return fetched.error();
    const oci::Manifest &manifest = fetched->manifest;

    QJsonObject json{{QStringLiteral("source"), source.host()},
                     {QStringLiteral("repository"), repository},
                     {QStringLiteral("reference"), tagOrDigest},
                     {QStringLiteral("digest"), manifest.digest().toString()},
                     {QStringLiteral("mediaType"), manifest.mediaType()},
                     {QStringLiteral("contentType"), fetched->contentType},
                     {QStringLiteral("kind"),
                      manifest.isIndex() ? QStringLiteral("index") : QStringLiteral("image")},
                     {QStringLiteral("size"), manifest.raw().size()},
                     {QStringLiteral("manifest"),
                      QJsonDocument::fromJson(manifest.raw()).object()}};
    if (!manifest.artifactType().isEmpty())
        json.insert(QStringLiteral("artifactType"), manifest.artifactType());
    if (manifest.subject())
        json.insert(QStringLiteral("subject"), descriptorJson(*manifest.subject()));

    if (manifest.isIndex()) {
        QJsonArray platforms;
        QJsonArray unattached;
        QList<oci::Descriptor> attestations;
        for (const oci::Descriptor &entry : manifest.manifests()) {
            if (isAttached(entry))
                attestations.append(entry);
        }
        for (const oci::Descriptor &entry : manifest.manifests()) {
            if (isAttached(entry))
                continue;
            QJsonObject platform = descriptorJson(entry);
            QJsonArray attested;
            QJsonArray attached;
            for (const oci::Descriptor &other : attestations) {
                if (other.annotations.value(ReferenceDigest) != entry.digest.toString())
                    continue;
                QJsonObject item = descriptorJson(other);
                item.insert(QStringLiteral("type"), other.annotations.value(ReferenceType));
                (isAttestation(other) ? attested : attached).append(item);
            }
            platform.insert(QStringLiteral("attestations"), attested);
            platform.insert(QStringLiteral("attached"), attached);
            platforms.append(platform);
        }
        for (const oci::Descriptor &attestation : attestations) {
            const QString of = attestation.annotations.value(ReferenceDigest);
            bool found = false;
            for (const oci::Descriptor &entry : manifest.manifests())
                found = found || of == entry.digest.toString();
            if (!found)
                unattached.append(descriptorJson(attestation));
        }
        json.insert(QStringLiteral("platforms"), platforms);
        json.insert(QStringLiteral("unattached"), unattached);
    } else {
        json.insert(QStringLiteral("configDescriptor"), descriptorJson(manifest.config()));
        QJsonArray layers;
        for (const oci::Descriptor &layer : manifest.layers())
            layers.append(descriptorJson(layer));
        json.insert(QStringLiteral("layers"), layers);
        auto config = source.blob(repository, manifest.config().digest, MaxConfigBytes);
        if (!config) {
            json.insert(QStringLiteral("configError"), errorJson(config.error()));
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(*config);
            if (document.isObject())
                json.insert(QStringLiteral("config"), document.object());
            else
                json.insert(QStringLiteral("config"), QJsonValue::Null);
        }
    }

    // distribution-spec "Referrers Tag Schema": sha256-<hex> names an index
    // of the manifests that refer to <digest>.
    QJsonObject referrers{{QStringLiteral("method"), QStringLiteral("fallback-tag")},
                          {QStringLiteral("tag"), manifest.digest().tagPrefix()}};
    auto fallback = source.manifest(repository, manifest.digest().tagPrefix());
    if (fallback && fallback->manifest.isIndex()) {
        QJsonArray found;
        for (const oci::Descriptor &entry : fallback->manifest.manifests())
            found.append(descriptorJson(entry));
        referrers.insert(QStringLiteral("available"), true);
        referrers.insert(QStringLiteral("manifests"), found);
    } else {
        referrers.insert(QStringLiteral("available"), false);
        referrers.insert(QStringLiteral("manifests"), QJsonArray());
        if (!fallback && fallback.error().kind() != ErrorKind::NotFound)
            referrers.insert(QStringLiteral("error"), errorJson(fallback.error()));
        else if (fallback)
            referrers.insert(
                QStringLiteral("error"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed")},
                            {QStringLiteral("message"),
                             Tr::tr("the fallback tag names an image, not an index")}});
    }
    json.insert(QStringLiteral("referrers"), referrers);
    return json;
}

QString ImageInspection::text(const QJsonObject &json)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -14).arg(value);
    };
    line(Tr::tr("Image"), json.value("repository").toString() + QLatin1Char(':')
                              + json.value("reference").toString());
    line(Tr::tr("Source"), json.value("source").toString());
    line(Tr::tr("Digest"), json.value("digest").toString());
    line(Tr::tr("Media type"), json.value("mediaType").toString());
    line(Tr::tr("Kind"), json.value("kind").toString() == QLatin1String("index")
                             ? Tr::tr("index (multi-platform)")
                             : Tr::tr("image"));
    if (json.contains("artifactType"))
        line(Tr::tr("Artifact"), json.value("artifactType").toString());
    if (json.contains("subject"))
        line(Tr::tr("Subject"), json.value("subject").toObject().value("digest").toString());

    if (json.value("kind").toString() == QLatin1String("index")) {
        out += Tr::tr("Platforms:") + QLatin1Char('\n');
        for (const QJsonValue &value : json.value("platforms").toArray()) {
            const QJsonObject platform = value.toObject();
            out += QStringLiteral("  %1  %2\n")
                       .arg(platform.value("platform").toString(QStringLiteral("-")), -16)
                       .arg(platform.value("digest").toString());
            for (const QJsonValue &attestation : platform.value("attestations").toArray()) {
                out += QStringLiteral("    %1 %2\n")
                           .arg(Tr::tr("attestation"),
                                attestation.toObject().value("digest").toString());
            }
            for (const QJsonValue &attached : platform.value("attached").toArray()) {
                out += QStringLiteral("    %1 %2\n")
                           .arg(attached.toObject().value("type").toString(),
                                attached.toObject().value("digest").toString());
            }
        }
        for (const QJsonValue &attestation : json.value("unattached").toArray()) {
            out += QStringLiteral("  %1 %2\n")
                       .arg(Tr::tr("attached to a manifest not in the index:"),
                            attestation.toObject().value("digest").toString());
        }
    } else {
        const QJsonObject config = json.value("config").toObject();
        QString platform = config.value("os").toString() + QLatin1Char('/')
                           + config.value("architecture").toString();
        if (config.contains("variant"))
            platform += QLatin1Char('/') + config.value("variant").toString();
        line(Tr::tr("Config"),
             json.value("configDescriptor").toObject().value("digest").toString());
        if (json.contains("configError"))
            line(Tr::tr("Config error"),
                 json.value("configError").toObject().value("message").toString());
        else if (!config.isEmpty() && config.contains("os"))
            line(Tr::tr("Platform"), platform);
        if (config.contains("created"))
            line(Tr::tr("Created"), config.value("created").toString());
        const QJsonObject labels
            = config.value("config").toObject().value("Labels").toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            line(Tr::tr("Label"), it.key() + QLatin1Char('=') + it.value().toString());
        out += Tr::tr("Layers:") + QLatin1Char('\n');
        for (const QJsonValue &value : json.value("layers").toArray()) {
            const QJsonObject layer = value.toObject();
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(layer.value("digest").toString())
                       .arg(layer.value("size").toInteger(), 10)
                       .arg(layer.value("mediaType").toString());
        }
    }

    const QJsonObject referrers = json.value("referrers").toObject();
    if (referrers.value("available").toBool()) {
        out += Tr::tr("Referrers (tag %1):").arg(referrers.value("tag").toString()) + '\n';
        for (const QJsonValue &value : referrers.value("manifests").toArray()) {
            const QJsonObject referrer = value.toObject();
            out += QStringLiteral("  %1  %2\n")
                       .arg(referrer.value("digest").toString(),
                            referrer.value("artifactType").toString(
                                referrer.value("mediaType").toString()));
        }
    } else if (referrers.contains("error")) {
        line(Tr::tr("Referrers"), referrers.value("error").toObject().value("message").toString());
    } else {
        line(Tr::tr("Referrers"),
             Tr::tr("none (no %1 tag)").arg(referrers.value("tag").toString()));
    }
    return out;
}

} // namespace chainscope::app
