#pragma once

#include "core/registry/contentsource.h"

#include <QHash>
#include <QMap>

namespace chainscope::registry {

/// A ContentSource held in memory: fixture suites, the offline verification
/// of downloaded evidence, and tests of everything above the registry client.
/// Content is stored by digest; tags point at manifest digests. Like a real
/// registry it is not trusted: what it returns is digest-checked by the same
/// code paths as network content.
class MemorySource final : public ContentSource
{
public:
    explicit MemorySource(QString host = QStringLiteral("memory.invalid"));

    /// Stores a manifest under its digest and, when \a tag is set, tags it.
    /// Returns the digest of \a raw.
    reference::Digest addManifest(const QString &repository, const QByteArray &raw,
                                  const QString &contentType, const QString &tag = {});
    /// Stores a blob; returns its digest.
    reference::Digest addBlob(const QString &repository, const QByteArray &bytes);
    /// Points \a tag at \a digest (which need not exist: a broken registry).
    void setTag(const QString &repository, const QString &tag, const reference::Digest &digest);
    /// Serves \a bytes for \a digest without checking: a lying registry.
    void addCorruptContent(const QString &repository, const reference::Digest &digest,
                           const QByteArray &bytes);

    QString host() const override;
    Result<FetchedManifest> manifest(const QString &repository, const QString &tagOrDigest) override;
    Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                            qint64 maxBytes) override;
    Result<QStringList> tags(const QString &repository) override;
    Result<QStringList> repositories() override;

private:
    struct Repository
    {
        QMap<QString, QString> tags;              // tag -> digest string
        QHash<QString, QByteArray> content;       // digest string -> bytes
        QHash<QString, QString> contentTypes;     // digest string -> media type
    };

    QString m_host;
    QMap<QString, Repository> m_repositories;
};

} // namespace chainscope::registry
