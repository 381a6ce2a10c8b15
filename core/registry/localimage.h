#pragma once

#include "core/registry/contentsource.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace chainscope::registry {

/// An image on disk named the way skopeo names them: `oci:PATH[:TAG]`,
/// `oci-archive:PATH[:TAG]`, `docker-archive:PATH[:NAME:TAG]`, opened as a
/// ContentSource (OciLayoutSource or ArchiveSource) that browses like a
/// registry.
struct LocalImage
{
    std::shared_ptr<ContentSource> source;
    QString transport;   ///< "oci", "oci-archive" or "docker-archive"
    QString path;        ///< absolute path of the folder or archive
    QString repository;  ///< the repository inside the source
    QString tagOrDigest; ///< the tag or digest named, else the source's default
    QStringList notes;   ///< for every report (synthesized manifests, ...)
};

/// True when \a text starts with one of the local transports above.
bool isLocalImageSpec(const QString &text);

/// Opens \a spec. PATH is the longest prefix after the transport that exists;
/// what follows its colon names the image. Without it the source's only
/// image (or "latest" in a layout) is chosen. Errors: InvalidInput for an
/// unknown transport or a path that does not exist, the errors of
/// OciLayoutSource::open and ArchiveSource::open, NotFound when the source
/// holds several images and none is named.
/// With \a chooseDefault false, tagOrDigest stays empty when none is named
/// (for listing tags).
Result<LocalImage> openLocalImage(const QString &spec, bool chooseDefault = true);

/// Opens a folder (OCI layout) or a file (oci-archive or docker save tarball,
/// told apart by content) for browsing; tagOrDigest stays empty.
Result<LocalImage> openLocalSource(const QString &path);

} // namespace chainscope::registry
