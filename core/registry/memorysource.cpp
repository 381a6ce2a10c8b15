#include "core/registry/memorysource.h"

#include <QCoreApplication>

namespace chainscope::registry {

using reference::Digest;

MemorySource::MemorySource(QString host)
    : m_host(std::move(host))
{
}

Digest MemorySource::addManifest(const QString &repository, const QByteArray &raw,
                                 const QString &contentType, const QString &tag)
{
    const Digest digest = Digest::sha256Of(raw);
    Repository &repo = m_repositories[repository];
    repo.content.insert(digest.toString(), raw);
    repo.contentTypes.insert(digest.toString(), contentType);
    if (!tag.isEmpty())
        repo.tags.insert(tag, digest.toString());
    return digest;
}

Digest MemorySource::addBlob(const QString &repository, const QByteArray &bytes)
{
    const Digest digest = Digest::sha256Of(bytes);
    m_repositories[repository].content.insert(digest.toString(), bytes);
    return digest;
}

void MemorySource::setTag(const QString &repository, const QString &tag, const Digest &digest)
{
    m_repositories[repository].tags.insert(tag, digest.toString());
}

void MemorySource::addCorruptContent(const QString &repository, const Digest &digest,
                                     const QByteArray &bytes)
{
    m_repositories[repository].content.insert(digest.toString(), bytes);
}

QString MemorySource::host() const
{
    return m_host;
}

static Error notFound(const QString &what)
{
    return Error(ErrorKind::NotFound,
                 QCoreApplication::translate("chainscope::registry", "%1 not found").arg(what));
}

Result<FetchedManifest> MemorySource::manifest(const QString &repository,
                                               const QString &tagOrDigest)
{
    const auto repo = m_repositories.constFind(repository);
    if (repo == m_repositories.constEnd())
        return notFound(repository);

    QString wanted = tagOrDigest;
    const bool byDigest = tagOrDigest.contains(QLatin1Char(':'));
    if (!byDigest) {
        wanted = repo->tags.value(tagOrDigest);
        if (wanted.isEmpty())
            return notFound(repository + QLatin1Char(':') + tagOrDigest);
    }
    const auto bytes = repo->content.constFind(wanted);
    if (bytes == repo->content.constEnd())
        return notFound(repository + QLatin1Char('@') + wanted);

    auto expected = Digest::parse(wanted);
    if (!expected)
        return expected.error();
    if (!expected->matches(*bytes)) {
        return Error(ErrorKind::DigestMismatch,
                     QCoreApplication::translate("chainscope::registry",
                                                 "manifest %1 does not match its digest %2")
                         .arg(repository, wanted));
    }
    auto parsed = oci::Manifest::parse(*bytes, repo->contentTypes.value(wanted));
    if (!parsed)
        return parsed.error();
    return FetchedManifest{*parsed, repo->contentTypes.value(wanted)};
}

Result<QByteArray> MemorySource::blob(const QString &repository, const Digest &digest,
                                      qint64 maxBytes)
{
    const auto repo = m_repositories.constFind(repository);
    if (repo == m_repositories.constEnd())
        return notFound(repository);
    const auto bytes = repo->content.constFind(digest.toString());
    if (bytes == repo->content.constEnd())
        return notFound(repository + QLatin1Char('@') + digest.toString());
    if (maxBytes >= 0 && bytes->size() > maxBytes) {
        return Error(ErrorKind::TooLarge,
                     QCoreApplication::translate("chainscope::registry",
                                                 "blob %1 is larger than %2 bytes")
                         .arg(digest.toString())
                         .arg(maxBytes));
    }
    if (!digest.matches(*bytes)) {
        return Error(ErrorKind::DigestMismatch,
                     QCoreApplication::translate("chainscope::registry",
                                                 "blob does not match its digest %1")
                         .arg(digest.toString()));
    }
    return *bytes;
}

Result<QStringList> MemorySource::tags(const QString &repository)
{
    const auto repo = m_repositories.constFind(repository);
    if (repo == m_repositories.constEnd())
        return notFound(repository);
    return QStringList(repo->tags.keys());
}

Result<QStringList> MemorySource::repositories()
{
    return QStringList(m_repositories.keys());
}

} // namespace chainscope::registry
