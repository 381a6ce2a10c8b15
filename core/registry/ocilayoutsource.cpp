#include "core/registry/ocilayoutsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace chainscope::registry {

using reference::Digest;

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

constexpr QLatin1StringView RefNameAnnotation{"org.opencontainers.image.ref.name"};

Error notFound(const QString &what)
{
    return Error(ErrorKind::NotFound, Tr::tr("%1 not found").arg(what));
}

bool isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

// Reads files of a layout folder; a path whose real location (after symlinks)
// is outside the folder is refused, so a hostile layout cannot read ~/.ssh.
Result<QByteArray> readLayoutFile(const QString &canonicalRoot, const QString &relativePath,
                                  qint64 maxBytes)
{
    if (!isPlainRelativePath(relativePath)) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("the path %1 leaves the image layout").arg(relativePath));
    }
    const QFileInfo info(canonicalRoot + QLatin1Char('/') + relativePath);
    if (!info.exists())
        return notFound(relativePath);
    const QString real = info.canonicalFilePath();
    if (!real.startsWith(canonicalRoot + QLatin1Char('/'))) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("%1 points outside the image layout").arg(relativePath));
    }
    if (!info.isFile())
        return Error(ErrorKind::Malformed, Tr::tr("%1 is not a file").arg(relativePath));
    if (maxBytes >= 0 && info.size() > maxBytes) {
        return Error(ErrorKind::TooLarge,
                     Tr::tr("%1 is larger than %2 bytes").arg(relativePath).arg(maxBytes));
    }
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Io,
                     Tr::tr("cannot read %1: %2").arg(relativePath, file.errorString()));
    }
    QByteArray bytes = maxBytes >= 0 ? file.read(maxBytes + 1) : file.readAll();
    if (maxBytes >= 0 && bytes.size() > maxBytes) {
        return Error(ErrorKind::TooLarge,
                     Tr::tr("%1 is larger than %2 bytes").arg(relativePath).arg(maxBytes));
    }
    return bytes;
}

Result<oci::Descriptor> parseEntry(const QJsonObject &object)
{
    oci::Descriptor descriptor;
    descriptor.mediaType = object.value(QLatin1String("mediaType")).toString();
    auto digest = Digest::parse(object.value(QLatin1String("digest")).toString());
    if (!digest) {
        Error error = digest.error();
        error.addContext(Tr::tr("reading an entry of index.json"));
        return error;
    }
    descriptor.digest = *digest;
    descriptor.size = object.value(QLatin1String("size")).toInteger(-1);
    descriptor.artifactType = object.value(QLatin1String("artifactType")).toString();
    const QJsonObject annotations = object.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        descriptor.annotations.insert(it.key(), it.value().toString());
    const QJsonObject platform = object.value(QLatin1String("platform")).toObject();
    if (!platform.isEmpty()) {
        descriptor.platform = oci::Platform{
            platform.value(QLatin1String("os")).toString(),
            platform.value(QLatin1String("architecture")).toString(),
            platform.value(QLatin1String("variant")).toString(),
            platform.value(QLatin1String("os.version")).toString()};
    }
    return descriptor;
}

} // namespace

Result<std::unique_ptr<OciLayoutSource>> OciLayoutSource::open(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        return Error(ErrorKind::Io,
                     Tr::tr("%1 is not a folder (an OCI image layout is one)").arg(folder));
    }
    const QString root = info.canonicalFilePath();
    QString name = info.fileName().isEmpty() ? QFileInfo(root).fileName() : info.fileName();
    FileReader reader = [root](const QString &relativePath, qint64 maxBytes) {
        return readLayoutFile(root, relativePath, maxBytes);
    };
    return open(QStringLiteral("oci:") + root, name, std::move(reader));
}

Result<std::unique_ptr<OciLayoutSource>> OciLayoutSource::open(const QString &host,
                                                               const QString &repository,
                                                               FileReader reader)
{
    std::unique_ptr<OciLayoutSource> source(new OciLayoutSource);
    source->m_host = host;
    source->m_repository = repository;
    source->m_reader = std::move(reader);
    if (auto loaded = source->load(); !loaded) {
        Error error = loaded.error();
        error.addContext(Tr::tr("opening the OCI image layout %1").arg(host));
        return error;
    }
    return source;
}

Result<void> OciLayoutSource::load()
{
    // image-layout.md: the oci-layout file marks the layout and names its version.
    auto marker = m_reader(QStringLiteral("oci-layout"), 64 * 1024);
    if (!marker) {
        if (marker.error().kind() == ErrorKind::NotFound) {
            return Error(ErrorKind::Malformed,
                         Tr::tr("no oci-layout file: this is not an OCI image layout"));
        }
        return marker.error();
    }
    const QJsonObject layout = QJsonDocument::fromJson(*marker).object();
    const QString version = layout.value(QLatin1String("imageLayoutVersion")).toString();
    if (version.isEmpty())
        return Error(ErrorKind::Malformed,
                     Tr::tr("the oci-layout file names no imageLayoutVersion"));
    if (!version.startsWith(QLatin1String("1."))) {
        return Error(ErrorKind::Unsupported,
                     Tr::tr("image layout version %1 is not supported").arg(version));
    }

    auto index = m_reader(QStringLiteral("index.json"), MaxManifestBytes);
    if (!index)
        return index.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*index, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("index.json is not a JSON object: %1").arg(parseError.errorString()));
    }
    const QJsonValue manifests = document.object().value(QLatin1String("manifests"));
    if (!manifests.isArray())
        return Error(ErrorKind::Malformed, Tr::tr("index.json has no \"manifests\" list"));
    for (const QJsonValue &value : manifests.toArray()) {
        auto entry = parseEntry(value.toObject());
        if (!entry)
            return entry.error();
        m_entries.append(*entry);
    }
    return {};
}

QString OciLayoutSource::repository() const
{
    return m_repository;
}

const QList<oci::Descriptor> &OciLayoutSource::indexEntries() const
{
    return m_entries;
}

Result<QString> OciLayoutSource::defaultTagOrDigest() const
{
    if (m_entries.size() == 1)
        return m_entries.first().digest.toString();
    for (const oci::Descriptor &entry : m_entries) {
        if (entry.annotations.value(RefNameAnnotation) == QLatin1String("latest"))
            return QStringLiteral("latest");
    }
    return Error(ErrorKind::NotFound,
                 Tr::tr("the layout holds %1 images and none is tagged \"latest\": name a tag")
                     .arg(m_entries.size()));
}

QString OciLayoutSource::host() const
{
    return m_host;
}

Result<void> OciLayoutSource::checkRepository(const QString &repository) const
{
    if (repository != m_repository)
        return notFound(
            Tr::tr("repository %1 (this layout holds %2)").arg(repository, m_repository));
    return {};
}

Result<FetchedManifest> OciLayoutSource::manifest(const QString &repository,
                                                  const QString &tagOrDigest)
{
    if (auto ok = checkRepository(repository); !ok)
        return ok.error();

    Digest digest;
    QString mediaType;
    qint64 size = -1;
    if (tagOrDigest.contains(QLatin1Char(':'))) {
        auto parsed = Digest::parse(tagOrDigest);
        if (!parsed)
            return parsed.error();
        digest = *parsed;
        for (const oci::Descriptor &entry : m_entries) {
            if (entry.digest == digest) {
                mediaType = entry.mediaType;
                size = entry.size;
                break;
            }
        }
    } else {
        bool found = false;
        for (const oci::Descriptor &entry : m_entries) {
            if (entry.annotations.value(RefNameAnnotation) == tagOrDigest) {
                digest = entry.digest;
                mediaType = entry.mediaType;
                size = entry.size;
                found = true;
                break;
            }
        }
        if (!found)
            return notFound(repository + QLatin1Char(':') + tagOrDigest);
    }

    auto bytes = blob(repository, digest, MaxManifestBytes);
    if (!bytes)
        return bytes.error();
    if (size >= 0 && bytes->size() != size) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("manifest %1 has %2 bytes, index.json says %3")
                         .arg(digest.toString())
                         .arg(bytes->size())
                         .arg(size));
    }
    // The descriptor's media type stands in for a registry's Content-Type.
    auto parsed = oci::Manifest::parse(*bytes, mediaType);
    if (!parsed) {
        Error error = parsed.error();
        error.addContext(Tr::tr("reading manifest %1").arg(digest.toString()));
        return error;
    }
    return FetchedManifest{*parsed, mediaType.isEmpty() ? parsed->mediaType() : mediaType};
}

Result<QByteArray> OciLayoutSource::blob(const QString &repository, const Digest &digest,
                                         qint64 maxBytes)
{
    if (auto ok = checkRepository(repository); !ok)
        return ok.error();
    if (!digest.isValid())
        return Error(ErrorKind::InvalidInput, Tr::tr("no digest given"));
    auto bytes = m_reader(QStringLiteral("blobs/%1/%2").arg(digest.algorithm(), digest.hex()),
                          maxBytes);
    if (!bytes) {
        if (bytes.error().kind() == ErrorKind::NotFound)
            return notFound(repository + QLatin1Char('@') + digest.toString());
        return bytes.error();
    }
    if (!digest.matches(*bytes)) {
        return Error(ErrorKind::DigestMismatch,
                     Tr::tr("blob does not match its digest %1").arg(digest.toString()));
    }
    return bytes;
}

Result<QStringList> OciLayoutSource::tags(const QString &repository)
{
    if (auto ok = checkRepository(repository); !ok)
        return ok.error();
    QStringList names;
    for (const oci::Descriptor &entry : m_entries) {
        const QString name = entry.annotations.value(RefNameAnnotation);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

Result<QStringList> OciLayoutSource::repositories()
{
    return QStringList{m_repository};
}

} // namespace chainscope::registry
