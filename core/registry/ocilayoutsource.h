#pragma once

#include "core/registry/contentsource.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace chainscope::registry {

/// A ContentSource over an OCI image layout (image-spec image-layout.md): an
/// `oci-layout` file, `index.json` and `blobs/<alg>/<hex>`. A layout holds
/// one repository, named after the folder (or archive); its tags are the
/// `org.opencontainers.image.ref.name` annotations of index.json, verbatim.
///
/// Nothing read is trusted: every manifest and blob is hashed on read and
/// compared with the digest asked for (DigestMismatch otherwise), and a
/// blob file whose real path leaves the layout folder (a symlink out) is
/// refused. Errors: Io or Malformed when the layout itself is broken
/// (missing or wrong `oci-layout`, unreadable index.json), NotFound for an
/// unknown tag, digest or repository, TooLarge above the byte limit asked
/// for. Blocking, file system only; one thread at a time.
class OciLayoutSource final : public ContentSource
{
public:
    /// Reads a file of the layout by its path relative to the layout root
    /// ("index.json", "blobs/sha256/<hex>"), refusing files above maxBytes
    /// with TooLarge. ArchiveSource reads layouts inside tarballs through it.
    using FileReader
        = std::function<Result<QByteArray>(const QString &relativePath, qint64 maxBytes)>;

    /// Opens the layout folder \a folder.
    static Result<std::unique_ptr<OciLayoutSource>> open(const QString &folder);
    /// Opens a layout read through \a reader; \a host names it in reports
    /// ("oci-archive:/path/x.tar"), \a repository is its one repository.
    static Result<std::unique_ptr<OciLayoutSource>> open(const QString &host,
                                                         const QString &repository,
                                                         FileReader reader);

    /// The one repository of the layout.
    QString repository() const;
    /// The manifest to show when no tag is named: the only entry of
    /// index.json (by digest), else the tag "latest"; NotFound otherwise.
    Result<QString> defaultTagOrDigest() const;
    /// The entries of index.json as written (tags are in their annotations).
    const QList<oci::Descriptor> &indexEntries() const;

    QString host() const override;
    Result<FetchedManifest> manifest(const QString &repository, const QString &tagOrDigest) override;
    Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                            qint64 maxBytes) override;
    Result<QStringList> tags(const QString &repository) override;
    Result<QStringList> repositories() override;

    /// Largest manifest (and index.json) read, as the registry client's default.
    static constexpr qint64 MaxManifestBytes = 4 * 1024 * 1024;

private:
    OciLayoutSource() = default;
    Result<void> load();
    Result<void> checkRepository(const QString &repository) const;

    QString m_host;
    QString m_repository;
    FileReader m_reader;
    QList<oci::Descriptor> m_entries;
};

} // namespace chainscope::registry
