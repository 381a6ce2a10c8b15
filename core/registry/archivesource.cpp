#include "core/registry/archivesource.h"

#include "core/oci/mediatypes.h"
#include "core/registry/ocilayoutsource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

namespace chainscope::registry {

using reference::Digest;

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

constexpr QLatin1StringView DockerLayerTar{"application/vnd.docker.image.rootfs.diff.tar"};
constexpr QLatin1StringView DockerLayerGzip{"application/vnd.docker.image.rootfs.diff.tar.gzip"};
constexpr QLatin1StringView OciLayerZstd{"application/vnd.oci.image.layer.v1.tar+zstd"};

Error notFound(const QString &what)
{
    return Error(ErrorKind::NotFound, Tr::tr("%1 not found").arg(what));
}

struct Entry
{
    qint64 size = 0;
    QString sha256;      // hex of the bytes in the tar
    QByteArray head;     // first bytes, to tell compressed layers apart
    QByteArray data;     // the bytes, when small enough to keep
    bool kept = false;
};

// libarchive reader, closed on scope exit.
struct ArchiveHandle
{
    archive *a = archive_read_new();
    ~ArchiveHandle() { archive_read_free(a); }
    QString error() const { return QString::fromUtf8(archive_error_string(a)); }
};

Result<void> openArchive(ArchiveHandle &handle, const QString &path)
{
    archive_read_support_filter_all(handle.a);
    archive_read_support_format_tar(handle.a);
    if (archive_read_open_filename(handle.a, QFile::encodeName(path).constData(), 64 * 1024)
        != ARCHIVE_OK) {
        // A readable file that libarchive cannot open is no archive it knows.
        const ErrorKind kind = QFileInfo(path).isReadable() ? ErrorKind::Malformed
                                                            : ErrorKind::Io;
        return Error(kind, Tr::tr("cannot open the archive %1: %2").arg(path, handle.error()));
    }
    return {};
}

// "./blobs/sha256/x" -> "blobs/sha256/x"; empty when the path must be refused.
QString normalisedPath(const QString &raw)
{
    QString path = raw;
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return {};
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return {};
    }
    return path;
}

QString mediaTypeOfLayer(const QByteArray &head)
{
    if (head.startsWith("\x1f\x8b"))
        return DockerLayerGzip;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return OciLayerZstd;
    return DockerLayerTar;
}

struct DockerImage
{
    QString repository;
    QString tag;
    Digest manifestDigest;
};

} // namespace

class ArchiveSource::Private
{
public:
    QString path;
    QString host;
    Format format = Format::OciArchive;
    Limits limits;
    QHash<QString, Entry> entries;
    std::unique_ptr<OciLayoutSource> layout;

    // docker save
    QString fallbackRepository;
    QMap<QString, QMap<QString, QString>> tags;   // repository -> tag -> manifest digest
    QHash<QString, QByteArray> synthesized;         // manifest digest -> bytes
    QHash<QString, QString> blobPaths;              // blob digest -> entry path
    QList<DockerImage> images;

    Result<void> scan();
    Result<QByteArray> read(const QString &entryPath, qint64 maxBytes) const;
    Result<void> loadDocker();
    bool knowsRepository(const QString &repository) const;
};

Result<void> ArchiveSource::Private::scan()
{
    ArchiveHandle handle;
    if (auto opened = openArchive(handle, path); !opened)
        return opened.error();
    qint64 count = 0;
    qint64 total = 0;
    qint64 kept = 0;
    archive_entry *header = nullptr;
    for (;;) {
        const int status = archive_read_next_header(handle.a, &header);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            return Error(ErrorKind::Malformed,
                         Tr::tr("unreadable archive entry: %1").arg(handle.error()));
        }
        if (++count > limits.maxEntries) {
            return Error(ErrorKind::TooLarge,
                         Tr::tr("the archive has more than %1 entries").arg(limits.maxEntries));
        }
        const QString raw = QString::fromUtf8(archive_entry_pathname_utf8(header)
                                                  ? archive_entry_pathname_utf8(header)
                                                  : archive_entry_pathname(header));
        const QString name = normalisedPath(raw);
        if (name.isEmpty() && raw != QLatin1String("./") && raw != QLatin1String(".")) {
            return Error(ErrorKind::InvalidInput,
                         Tr::tr("the archive entry \"%1\" points outside the archive")
                             .arg(raw.left(200)));
        }
        // Directories, links and devices carry no content we read; links are
        // never followed, so they cannot reach outside either.
        if (archive_entry_filetype(header) != AE_IFREG)
            continue;
        const qint64 size = archive_entry_size(header);
        if (size < 0 || size > limits.maxEntryBytes) {
            return Error(ErrorKind::TooLarge,
                         Tr::tr("the archive entry %1 claims %2 bytes, more than the limit of %3")
                             .arg(name.left(200))
                             .arg(size)
                             .arg(limits.maxEntryBytes));
        }
        total += size;
        if (total > limits.maxTotalBytes) {
            return Error(ErrorKind::TooLarge,
                         Tr::tr("the archive holds more than %1 bytes").arg(limits.maxTotalBytes));
        }
        if (entries.contains(name)) {
            return Error(ErrorKind::Malformed,
                         Tr::tr("the archive holds %1 twice").arg(name.left(200)));
        }

        Entry entry;
        entry.size = size;
        entry.kept = size <= limits.keepInMemoryBytes
                     && kept + size <= limits.keepInMemoryTotalBytes;
        if (entry.kept)
            kept += size;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        char buffer[64 * 1024];
        qint64 seen = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(handle.a, buffer, sizeof buffer);
            if (n < 0) {
                return Error(ErrorKind::Malformed, Tr::tr("cannot read the archive entry %1: %2")
                                                       .arg(name.left(200), handle.error()));
            }
            if (n == 0)
                break;
            seen += n;
            if (seen > size) {
                return Error(ErrorKind::Malformed,
                             Tr::tr("the archive entry %1 is longer than its header says")
                                 .arg(name.left(200)));
            }
            hash.addData(QByteArrayView(buffer, n));
            if (entry.head.size() < 16)
                entry.head.append(buffer, qMin<qint64>(16 - entry.head.size(), n));
            if (entry.kept)
                entry.data.append(buffer, n);
        }
        if (seen != size) {
            return Error(ErrorKind::Malformed,
                         Tr::tr("the archive entry %1 is truncated").arg(name.left(200)));
        }
        entry.sha256 = QString::fromLatin1(hash.result().toHex());
        entries.insert(name, entry);
    }
    return {};
}

Result<QByteArray> ArchiveSource::Private::read(const QString &entryPath, qint64 maxBytes) const
{
    const auto found = entries.constFind(entryPath);
    if (found == entries.constEnd())
        return notFound(entryPath);
    if (maxBytes >= 0 && found->size > maxBytes) {
        return Error(ErrorKind::TooLarge,
                     Tr::tr("%1 is larger than %2 bytes").arg(entryPath).arg(maxBytes));
    }
    if (found->kept)
        return found->data;

    // Large entries are read again from the file; the caller hashes them.
    ArchiveHandle handle;
    if (auto opened = openArchive(handle, path); !opened)
        return opened.error();
    archive_entry *header = nullptr;
    while (archive_read_next_header(handle.a, &header) >= ARCHIVE_WARN) {
        if (archive_entry_filetype(header) != AE_IFREG
            || normalisedPath(QString::fromUtf8(archive_entry_pathname(header))) != entryPath)
            continue;
        QByteArray bytes;
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(handle.a, buffer, sizeof buffer);
            if (n < 0) {
                return Error(ErrorKind::Malformed, Tr::tr("cannot read the archive entry %1: %2")
                                                       .arg(entryPath, handle.error()));
            }
            if (n == 0)
                break;
            if (bytes.size() + n > found->size) {
                return Error(ErrorKind::Malformed,
                             Tr::tr("the archive entry %1 changed since it was opened")
                                 .arg(entryPath));
            }
            bytes.append(buffer, n);
        }
        return bytes;
    }
    return Error(ErrorKind::Io,
                 Tr::tr("the archive entry %1 vanished since it was opened").arg(entryPath));
}

bool ArchiveSource::Private::knowsRepository(const QString &repository) const
{
    return tags.contains(repository) || repository == fallbackRepository;
}

Result<void> ArchiveSource::Private::loadDocker()
{
    auto manifestJson = read(QStringLiteral("manifest.json"), OciLayoutSource::MaxManifestBytes);
    if (!manifestJson)
        return manifestJson.error();
    const QJsonDocument document = QJsonDocument::fromJson(*manifestJson);
    if (!document.isArray())
        return Error(ErrorKind::Malformed, Tr::tr("manifest.json is not a JSON list"));

    static const QRegularExpression hex64(QStringLiteral("([0-9a-f]{64})(\\.json)?$"));
    int number = 0;
    for (const QJsonValue &value : document.array()) {
        ++number;
        const QJsonObject image = value.toObject();
        const QString configPath = normalisedPath(image.value(QLatin1String("Config")).toString());
        if (configPath.isEmpty()) {
            return Error(ErrorKind::Malformed,
                         Tr::tr("image %1 of manifest.json names no usable Config").arg(number));
        }
        auto config = read(configPath, OciLayoutSource::MaxManifestBytes);
        if (!config)
            return config.error();
        const Digest configDigest = Digest::sha256Of(*config);
        // docker save names the config after its digest: check that it is.
        const auto named = hex64.match(configPath);
        if (named.hasMatch() && named.captured(1) != configDigest.hex()) {
            return Error(ErrorKind::DigestMismatch,
                         Tr::tr("the config %1 does not hash to the digest in its name (%2)")
                             .arg(configPath, configDigest.toString()));
        }
        blobPaths.insert(configDigest.toString(), configPath);
        const QJsonArray diffIds = QJsonDocument::fromJson(*config)
                                       .object()
                                       .value(QLatin1String("rootfs"))
                                       .toObject()
                                       .value(QLatin1String("diff_ids"))
                                       .toArray();

        QJsonArray layers;
        const QJsonArray layerPaths = image.value(QLatin1String("Layers")).toArray();
        for (qsizetype i = 0; i < layerPaths.size(); ++i) {
            const QString layerPath = normalisedPath(layerPaths.at(i).toString());
            const auto entry = entries.constFind(layerPath);
            if (layerPath.isEmpty() || entry == entries.constEnd()) {
                return Error(ErrorKind::Malformed,
                             Tr::tr("layer %1 of image %2 is not in the archive")
                                 .arg(layerPaths.at(i).toString().left(200))
                                 .arg(number));
            }
            const QString layerDigest = QStringLiteral("sha256:") + entry->sha256;
            const QString mediaType = mediaTypeOfLayer(entry->head);
            const auto layerNamed = hex64.match(layerPath);
            const bool namedByDigest = layerPath.startsWith(QLatin1String("blobs/sha256/"));
            if (namedByDigest && layerNamed.captured(1) != entry->sha256) {
                return Error(ErrorKind::DigestMismatch,
                             Tr::tr("the layer %1 does not hash to the digest in its name")
                                 .arg(layerPath));
            }
            // An uncompressed layer's digest is its diff_id (image-spec config.md).
            if (mediaType == DockerLayerTar && i < diffIds.size()
                && diffIds.at(i).toString() != layerDigest) {
                return Error(ErrorKind::DigestMismatch,
                             Tr::tr("layer %1 hashes to %2, but the config's diff_id is %3")
                                 .arg(layerPath, layerDigest, diffIds.at(i).toString()));
            }
            blobPaths.insert(layerDigest, layerPath);
            layers.append(QJsonObject{{QStringLiteral("mediaType"), mediaType},
                                      {QStringLiteral("size"), entry->size},
                                      {QStringLiteral("digest"), layerDigest}});
        }
        const QJsonObject synthesizedManifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString(oci::mediatype::DockerManifest)},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mediaType"), QString(oci::mediatype::DockerConfig)},
                         {QStringLiteral("size"), config->size()},
                         {QStringLiteral("digest"), configDigest.toString()}}},
            {QStringLiteral("layers"), layers}};
        const QByteArray bytes = QJsonDocument(synthesizedManifest).toJson(QJsonDocument::Compact);
        const Digest manifestDigest = Digest::sha256Of(bytes);
        synthesized.insert(manifestDigest.toString(), bytes);

        const QJsonArray repoTags = image.value(QLatin1String("RepoTags")).toArray();
        if (repoTags.isEmpty()) {
            images.append({fallbackRepository, QString(), manifestDigest});
            tags[fallbackRepository];
        }
        for (const QJsonValue &repoTag : repoTags) {
            // "host:5000/app:1.0": the tag follows the last colon after the last slash.
            const QString text = repoTag.toString();
            const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
            const bool hasTag = colon > text.lastIndexOf(QLatin1Char('/'));
            const QString repository = hasTag ? text.left(colon) : text;
            const QString tag = hasTag ? text.mid(colon + 1) : QStringLiteral("latest");
            tags[repository].insert(tag, manifestDigest.toString());
            images.append({repository, tag, manifestDigest});
        }
    }
    if (images.isEmpty())
        return Error(ErrorKind::Malformed, Tr::tr("manifest.json lists no image"));
    return {};
}

ArchiveSource::ArchiveSource(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

ArchiveSource::~ArchiveSource() = default;

Result<std::unique_ptr<ArchiveSource>> ArchiveSource::open(const QString &path)
{
    return open(path, Limits{});
}

Result<std::unique_ptr<ArchiveSource>> ArchiveSource::open(const QString &path, Limits limits)
{
    auto d = std::make_unique<Private>();
    const QFileInfo info(path);
    d->path = info.absoluteFilePath();
    d->limits = limits;
    d->fallbackRepository = info.baseName().toLower();
    const auto context = [&](Error error) {
        error.addContext(Tr::tr("opening the image archive %1").arg(path));
        return error;
    };
    if (!info.isFile())
        return context(Error(ErrorKind::Io, Tr::tr("no such file")));
    if (auto scanned = d->scan(); !scanned)
        return context(scanned.error());

    Private *p = d.get();
    if (d->entries.contains(QStringLiteral("oci-layout"))) {
        d->format = Format::OciArchive;
        d->host = QStringLiteral("oci-archive:") + d->path;
        auto layout = OciLayoutSource::open(
            d->host, d->fallbackRepository,
            [p](const QString &relativePath, qint64 maxBytes) {
                return p->read(relativePath, maxBytes);
            });
        if (!layout)
            return layout.error();
        d->layout = std::move(*layout);
    } else if (d->entries.contains(QStringLiteral("manifest.json"))) {
        d->format = Format::DockerArchive;
        d->host = QStringLiteral("docker-archive:") + d->path;
        if (auto loaded = d->loadDocker(); !loaded)
            return context(loaded.error());
    } else {
        return context(Error(ErrorKind::Malformed,
                             Tr::tr("neither an oci-layout nor a manifest.json is in it: not "
                                    "an image archive")));
    }
    return std::unique_ptr<ArchiveSource>(new ArchiveSource(std::move(d)));
}

ArchiveSource::Format ArchiveSource::format() const
{
    return d->format;
}

QStringList ArchiveSource::notes() const
{
    if (d->format == Format::OciArchive)
        return {Tr::tr("local OCI archive, read from a file")};
    return {Tr::tr("docker save archive: its manifests are synthesized by Chainscope, so their "
                   "digests are not the ones a registry would show")};
}

bool ArchiveSource::isSynthesized(const Digest &digest) const
{
    return d->synthesized.contains(digest.toString());
}

Result<QPair<QString, QString>> ArchiveSource::defaultImage() const
{
    if (d->layout) {
        auto chosen = d->layout->defaultTagOrDigest();
        if (!chosen)
            return chosen.error();
        return qMakePair(d->layout->repository(), *chosen);
    }
    if (d->images.size() == 1 || (!d->images.isEmpty() && d->synthesized.size() == 1)) {
        const DockerImage &image = d->images.first();
        return qMakePair(image.repository,
                         image.tag.isEmpty() ? image.manifestDigest.toString() : image.tag);
    }
    return Error(ErrorKind::NotFound,
                 Tr::tr("the archive holds %1 images: name one").arg(d->synthesized.size()));
}

QString ArchiveSource::host() const
{
    return d->host;
}

Result<FetchedManifest> ArchiveSource::manifest(const QString &repository,
                                                const QString &tagOrDigest)
{
    if (d->layout)
        return d->layout->manifest(repository, tagOrDigest);
    if (!d->knowsRepository(repository))
        return notFound(repository);
    QString wanted = tagOrDigest;
    if (!tagOrDigest.contains(QLatin1Char(':'))) {
        wanted = d->tags.value(repository).value(tagOrDigest);
        if (wanted.isEmpty())
            return notFound(repository + QLatin1Char(':') + tagOrDigest);
    }
    auto digest = Digest::parse(wanted);
    if (!digest)
        return digest.error();
    const auto bytes = d->synthesized.constFind(digest->toString());
    if (bytes == d->synthesized.constEnd())
        return notFound(repository + QLatin1Char('@') + wanted);
    if (!digest->matches(*bytes)) {
        return Error(ErrorKind::DigestMismatch,
                     Tr::tr("manifest does not match its digest %1").arg(wanted));
    }
    auto parsed = oci::Manifest::parse(*bytes, oci::mediatype::DockerManifest);
    if (!parsed)
        return parsed.error();
    return FetchedManifest{*parsed, QString(oci::mediatype::DockerManifest)};
}

Result<QByteArray> ArchiveSource::blob(const QString &repository, const Digest &digest,
                                       qint64 maxBytes)
{
    if (d->layout)
        return d->layout->blob(repository, digest, maxBytes);
    if (!d->knowsRepository(repository))
        return notFound(repository);
    const QString entryPath = d->blobPaths.value(digest.toString());
    if (entryPath.isEmpty())
        return notFound(repository + QLatin1Char('@') + digest.toString());
    auto bytes = d->read(entryPath, maxBytes);
    if (!bytes)
        return bytes.error();
    if (!digest.matches(*bytes)) {
        return Error(ErrorKind::DigestMismatch,
                     Tr::tr("blob does not match its digest %1").arg(digest.toString()));
    }
    return bytes;
}

Result<QStringList> ArchiveSource::tags(const QString &repository)
{
    if (d->layout)
        return d->layout->tags(repository);
    if (!d->knowsRepository(repository))
        return notFound(repository);
    return QStringList(d->tags.value(repository).keys());
}

Result<QStringList> ArchiveSource::repositories()
{
    if (d->layout)
        return d->layout->repositories();
    return QStringList(d->tags.keys());
}

} // namespace chainscope::registry
