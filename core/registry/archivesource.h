#pragma once

#include "core/registry/contentsource.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace chainscope::registry {

/// A ContentSource over an image tarball, read with libarchive (plain or
/// gzip/zstd/xz compressed tar):
/// - an `oci-archive`: an OCI image layout in a tar (what `skopeo copy
///   ... oci-archive:` and `podman save --format oci-archive` write), served
///   like OciLayoutSource, repository named after the file;
/// - a `docker save` tarball: manifest.json naming each image's config and
///   layer tars. There are no manifests in it, so a Docker schema 2 manifest
///   is synthesized per image for browsing; its digest is the hash of the
///   synthesized bytes, not the registry's, and notes()/isSynthesized() say
///   so. Config and layer digests are computed from the bytes in the tar,
///   checked against a digest written in the file name and against the
///   config's rootfs.diff_ids (uncompressed layers). Repositories and tags
///   come from RepoTags.
///
/// The archive is scanned once on open (every entry hashed; small entries
/// kept in memory) under Limits; an entry whose path is absolute or
/// contains "..", a duplicate path, too many entries or an entry larger than
/// the limit refuses the archive (InvalidInput, Malformed, TooLarge). Every
/// blob handed out is hashed again against the digest asked for
/// (DigestMismatch). Blocking; one thread at a time.
class ArchiveSource final : public ContentSource
{
public:
    enum class Format { OciArchive, DockerArchive };

    struct Limits
    {
        qint64 maxEntries = 100000;
        qint64 maxEntryBytes = qint64(16) * 1024 * 1024 * 1024;
        qint64 maxTotalBytes = qint64(64) * 1024 * 1024 * 1024;
        /// Entries up to this size stay in memory after the scan, until
        /// keepInMemoryTotalBytes are kept; the rest is read again on use.
        qint64 keepInMemoryBytes = 4 * 1024 * 1024;
        qint64 keepInMemoryTotalBytes = 256 * 1024 * 1024;
    };

    static Result<std::unique_ptr<ArchiveSource>> open(const QString &path, Limits limits);
    static Result<std::unique_ptr<ArchiveSource>> open(const QString &path);
    ~ArchiveSource() override;

    Format format() const;
    /// Notes for every report made from this archive, e.g. that manifests
    /// were synthesized from a docker save tarball.
    QStringList notes() const;
    /// True for manifests Chainscope made up (docker save tarballs).
    bool isSynthesized(const reference::Digest &digest) const;
    /// The repository and tag (or digest) to show when the user names none:
    /// the only image, else NotFound.
    Result<QPair<QString, QString>> defaultImage() const;

    QString host() const override;
    Result<FetchedManifest> manifest(const QString &repository, const QString &tagOrDigest) override;
    Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                            qint64 maxBytes) override;
    Result<QStringList> tags(const QString &repository) override;
    Result<QStringList> repositories() override;

private:
    class Private;
    explicit ArchiveSource(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace chainscope::registry
