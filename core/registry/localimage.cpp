#include "core/registry/localimage.h"

#include "core/registry/archivesource.h"
#include "core/registry/ocilayoutsource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chainscope::registry {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

const QStringList Transports{QStringLiteral("oci"), QStringLiteral("oci-archive"),
                             QStringLiteral("docker-archive")};

Result<LocalImage> openAs(const QString &transport, const QString &path)
{
    LocalImage image;
    image.transport = transport;
    image.path = QFileInfo(path).absoluteFilePath();
    if (transport == QLatin1String("oci")) {
        auto layout = OciLayoutSource::open(path);
        if (!layout)
            return layout.error();
        image.repository = (*layout)->repository();
        image.source = std::shared_ptr<ContentSource>(std::move(*layout));
        return image;
    }
    auto archive = ArchiveSource::open(path);
    if (!archive)
        return archive.error();
    const bool docker = (*archive)->format() == ArchiveSource::Format::DockerArchive;
    if (docker != (transport == QLatin1String("docker-archive"))) {
        return Error(ErrorKind::InvalidInput,
                     docker ? Tr::tr("%1 is a docker save archive: use docker-archive:")
                                  .arg(path)
                            : Tr::tr("%1 is an OCI archive: use oci-archive:").arg(path));
    }
    image.notes = (*archive)->notes();
    auto repositories = (*archive)->repositories();
    if (repositories && repositories->size() == 1)
        image.repository = repositories->first();
    image.source = std::shared_ptr<ContentSource>(std::move(*archive));
    return image;
}

} // namespace

bool isLocalImageSpec(const QString &text)
{
    for (const QString &transport : Transports) {
        if (text.startsWith(transport + QLatin1Char(':')))
            return true;
    }
    return false;
}

Result<LocalImage> openLocalImage(const QString &spec, bool chooseDefault)
{
    const QString transport = spec.section(QLatin1Char(':'), 0, 0);
    if (!Transports.contains(transport)) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("unknown local transport \"%1\" (oci, oci-archive, docker-archive)")
                         .arg(transport.left(40)));
    }
    const QString rest = spec.mid(transport.size() + 1);
    // Paths may hold colons: the longest existing prefix is the path.
    QString path;
    QString name;
    for (qsizetype at = rest.size(); at > 0; at = rest.lastIndexOf(QLatin1Char(':'), at - 1)) {
        if (QFileInfo::exists(rest.left(at))) {
            path = rest.left(at);
            name = rest.mid(at + 1);
            break;
        }
        if (at == 0)
            break;
    }
    if (path.isEmpty()) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("no file or folder at %1").arg(rest.section(QLatin1Char(':'), 0, 0)));
    }

    auto image = openAs(transport, path);
    if (!image)
        return image.error();
    if (!name.isEmpty() && transport == QLatin1String("docker-archive")) {
        // NAME:TAG, as docker save's RepoTags write it.
        const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
        const bool hasTag = colon > name.lastIndexOf(QLatin1Char('/'));
        image->repository = hasTag ? name.left(colon) : name;
        image->tagOrDigest = hasTag ? name.mid(colon + 1) : QStringLiteral("latest");
        return image;
    }
    if (!name.isEmpty()) {
        image->tagOrDigest = name.startsWith(QLatin1Char('@')) ? name.mid(1) : name;
        return image;
    }
    if (!chooseDefault)
        return image;
    if (auto *layout = dynamic_cast<OciLayoutSource *>(image->source.get())) {
        auto chosen = layout->defaultTagOrDigest();
        if (!chosen)
            return chosen.error();
        image->tagOrDigest = *chosen;
    } else if (auto *archive = dynamic_cast<ArchiveSource *>(image->source.get())) {
        auto chosen = archive->defaultImage();
        if (!chosen)
            return chosen.error();
        image->repository = chosen->first;
        image->tagOrDigest = chosen->second;
    }
    return image;
}

Result<LocalImage> openLocalSource(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return openAs(QStringLiteral("oci"), path);
    if (!info.isFile())
        return Error(ErrorKind::InvalidInput, Tr::tr("no file or folder at %1").arg(path));
    auto archive = ArchiveSource::open(path);
    if (!archive)
        return archive.error();
    LocalImage image;
    const bool docker = (*archive)->format() == ArchiveSource::Format::DockerArchive;
    image.transport = docker ? QStringLiteral("docker-archive") : QStringLiteral("oci-archive");
    image.path = info.absoluteFilePath();
    image.notes = (*archive)->notes();
    auto repositories = (*archive)->repositories();
    if (repositories && repositories->size() == 1)
        image.repository = repositories->first();
    image.source = std::shared_ptr<ContentSource>(std::move(*archive));
    return image;
}

} // namespace chainscope::registry
