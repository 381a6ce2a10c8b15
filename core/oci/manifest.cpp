#include "core/oci/manifest.h"

#include "core/oci/mediatypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace chainscope::oci {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::oci)
};

Error malformed(const QString &message)
{
    return Error(ErrorKind::Malformed, message);
}

// "application/json; charset=utf-8" -> "application/json"
QString bareMediaType(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

bool isSchema1(const QString &mediaType)
{
    return mediaType == mediatype::DockerSchema1 || mediaType == mediatype::DockerSchema1Signed;
}

std::optional<Manifest::Kind> kindOf(const QString &mediaType)
{
    if (mediaType == mediatype::OciManifest || mediaType == mediatype::DockerManifest)
        return Manifest::Kind::Image;
    if (mediaType == mediatype::OciIndex || mediaType == mediatype::DockerManifestList)
        return Manifest::Kind::Index;
    return std::nullopt;
}

Result<QMap<QString, QString>> stringMap(const QJsonValue &value, const QString &what)
{
    QMap<QString, QString> map;
    if (value.isUndefined() || value.isNull())
        return map;
    if (!value.isObject())
        return malformed(Tr::tr("%1 is not a JSON object").arg(what));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return malformed(Tr::tr("%1 \"%2\" is not a string").arg(what, it.key()));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

Result<Descriptor> parseDescriptor(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        return malformed(Tr::tr("%1 is not a JSON object").arg(what));
    const QJsonObject object = value.toObject();
    Descriptor descriptor;
    descriptor.mediaType = object.value(QLatin1String("mediaType")).toString();
    if (descriptor.mediaType.isEmpty())
        return malformed(Tr::tr("%1 has no mediaType").arg(what));

    const QString digestText = object.value(QLatin1String("digest")).toString();
    if (digestText.isEmpty())
        return malformed(Tr::tr("%1 has no digest").arg(what));
    auto digest = reference::Digest::parse(digestText);
    if (!digest) {
        Error error = digest.error();
        if (error.kind() == ErrorKind::InvalidInput)
            error = malformed(error.message());
        error.addContext(what);
        return error;
    }
    descriptor.digest = *digest;

    const QJsonValue size = object.value(QLatin1String("size"));
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != qint64(size.toDouble()))
        return malformed(Tr::tr("%1 has no valid size").arg(what));
    descriptor.size = qint64(size.toDouble());

    auto annotations = stringMap(object.value(QLatin1String("annotations")),
                                 Tr::tr("annotations of %1").arg(what));
    if (!annotations)
        return annotations.error();
    descriptor.annotations = *annotations;
    descriptor.artifactType = object.value(QLatin1String("artifactType")).toString();

    const QJsonValue platform = object.value(QLatin1String("platform"));
    if (platform.isObject()) {
        const QJsonObject p = platform.toObject();
        Platform parsed;
        parsed.os = p.value(QLatin1String("os")).toString();
        parsed.architecture = p.value(QLatin1String("architecture")).toString();
        parsed.variant = p.value(QLatin1String("variant")).toString();
        parsed.osVersion = p.value(QLatin1String("os.version")).toString();
        descriptor.platform = parsed;
    } else if (!platform.isUndefined() && !platform.isNull()) {
        return malformed(Tr::tr("platform of %1 is not a JSON object").arg(what));
    }
    return descriptor;
}

Result<QList<Descriptor>> parseDescriptors(const QJsonValue &value, const QString &what)
{
    QList<Descriptor> list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return malformed(Tr::tr("%1 is not a JSON array").arg(what));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto descriptor = parseDescriptor(array.at(i), QStringLiteral("%1[%2]").arg(what).arg(i));
        if (!descriptor)
            return descriptor.error();
        list.append(*descriptor);
    }
    return list;
}

} // namespace

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

Result<Manifest> Manifest::parse(const QByteArray &raw, const QString &contentType)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(Tr::tr("the manifest is not valid JSON: %1 at byte %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(Tr::tr("the manifest is not a JSON object"));
    const QJsonObject object = document.object();

    const QString field = object.value(QLatin1String("mediaType")).toString();
    const QString header = bareMediaType(contentType);
    const QJsonValue schemaVersion = object.value(QLatin1String("schemaVersion"));

    // Schema 1 is deprecated and unsigned in practice (its JWS is not
    // checked by anyone): we never read it (distribution manifest-v2-2.md).
    const bool looksSchema1 = schemaVersion.toInt(-1) == 1
                              || object.contains(QLatin1String("fsLayers"));
    if (isSchema1(field) || isSchema1(header) || looksSchema1) {
        return Error(ErrorKind::Unsupported,
                     Tr::tr("Docker schema 1 manifests are not supported; push the image again "
                        "with a current client to get a schema 2 or OCI manifest"));
    }
    if (!schemaVersion.isUndefined() && schemaVersion.toInt(-1) != 2) {
        return Error(ErrorKind::Unsupported,
                     Tr::tr("manifest schemaVersion %1 is not supported (expected 2)")
                         .arg(schemaVersion.toVariant().toString().left(40)));
    }

    // The media type comes from the document itself first, then from the
    // Content-Type, then from the shape (OCI image-spec allows omitting it).
    QString mediaType = field;
    if (mediaType.isEmpty() && kindOf(header))
        mediaType = header;
    if (mediaType.isEmpty()) {
        if (object.value(QLatin1String("manifests")).isArray())
            mediaType = mediatype::OciIndex;
        else if (object.value(QLatin1String("config")).isObject())
            // A Docker config descriptor marks a schema 2 manifest, as
            // containers/image's GuessMIMEType reads it.
            mediaType = object.value(QLatin1String("config")).toObject().value(
                            QLatin1String("mediaType")).toString()
                                == mediatype::DockerConfig
                            ? QString(mediatype::DockerManifest)
                            : QString(mediatype::OciManifest);
    }
    const std::optional<Kind> kind = kindOf(mediaType);
    if (!kind) {
        if (mediaType.isEmpty())
            return malformed(Tr::tr("the document is neither an image manifest nor an index"));
        return Error(ErrorKind::Unsupported,
                     Tr::tr("manifest media type \"%1\" is not supported")
                         .arg(mediaType.left(200)));
    }
    // A registry that labels an index as an image (or the reverse) is
    // lying about one of the two; refuse rather than guess.
    const std::optional<Kind> headerKind = kindOf(header);
    if (headerKind && *headerKind != *kind) {
        return malformed(Tr::tr("the manifest says it is \"%1\" but was served as \"%2\"")
                             .arg(mediaType, header));
    }

    Manifest manifest;
    manifest.m_kind = *kind;
    manifest.m_mediaType = mediaType;
    manifest.m_raw = raw;
    manifest.m_digest = reference::Digest::sha256Of(raw);
    manifest.m_artifactType = object.value(QLatin1String("artifactType")).toString();

    auto annotations = stringMap(object.value(QLatin1String("annotations")), Tr::tr("annotations"));
    if (!annotations)
        return annotations.error();
    manifest.m_annotations = *annotations;

    const QJsonValue subject = object.value(QLatin1String("subject"));
    if (!subject.isUndefined() && !subject.isNull()) {
        auto parsed = parseDescriptor(subject, Tr::tr("subject"));
        if (!parsed)
            return parsed.error();
        manifest.m_subject = *parsed;
    }

    if (*kind == Kind::Index) {
        const QJsonValue manifests = object.value(QLatin1String("manifests"));
        if (!manifests.isArray())
            return malformed(Tr::tr("the index has no \"manifests\" array"));
        auto list = parseDescriptors(manifests, QStringLiteral("manifests"));
        if (!list)
            return list.error();
        manifest.m_manifests = *list;
    } else {
        const QJsonValue config = object.value(QLatin1String("config"));
        if (!config.isObject())
            return malformed(Tr::tr("the image manifest has no \"config\" descriptor"));
        auto parsed = parseDescriptor(config, QStringLiteral("config"));
        if (!parsed)
            return parsed.error();
        manifest.m_config = *parsed;
        auto layers = parseDescriptors(object.value(QLatin1String("layers")),
                                       QStringLiteral("layers"));
        if (!layers)
            return layers.error();
        manifest.m_layers = *layers;
    }
    return manifest;
}

} // namespace chainscope::oci
