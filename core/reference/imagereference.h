#pragma once

#include "core/reference/digest.h"
#include "core/support/result.h"

#include <QString>

namespace chainscope::reference {

/// A parsed and normalised image reference, as Docker and Kyverno read them:
/// "nginx" is docker.io/library/nginx:latest, "127.0.0.1:5000/ztsc/app" keeps
/// its registry, and a reference may carry a tag, a digest, or both.
/// The grammar and normalisation are distribution/reference's
/// (ParseNormalizedNamed): the first path part is a registry only when it
/// has '.' or ':', is "localhost" or has upper-case letters; repository paths
/// are lower case; tags are up to 128 of [A-Za-z0-9_.-] not starting with '.'
/// or '-'; the normalised name is at most 255 characters.
/// A value type: cheap to copy, safe to use from any thread.
class ImageReference
{
public:
    ImageReference() = default;

    /// Parses \a text. Errors say which part is wrong (registry, path, tag,
    /// digest): ErrorKind::InvalidInput, or Unsupported for a digest
    /// algorithm other than sha256/sha512. A missing tag and digest gives tag
    /// "latest". Surrounding spaces are an error, not trimmed.
    static Result<ImageReference> parse(const QString &text);

    bool isValid() const { return !m_repository.isEmpty(); }
    QString registry() const { return m_registry; }     ///< "docker.io", "127.0.0.1:5000"
    QString repository() const { return m_repository; } ///< "library/nginx", "ztsc/app"
    QString tag() const { return m_tag; }               ///< may be empty when a digest is set
    Digest digest() const { return m_digest; }          ///< may be invalid

    /// registry/repository
    QString name() const;
    /// name[:tag][@digest], fully normalised
    QString toString() const;
    /// name@digest when a digest is set, otherwise name:tag
    QString pinned() const;

    ImageReference withTag(const QString &tag) const;
    ImageReference withDigest(const Digest &digest) const;

    /// The registry host is loopback: localhost, 127.0.0.0/8 or ::1.
    bool isLoopback() const;

    friend bool operator==(const ImageReference &, const ImageReference &) = default;

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    Digest m_digest;
};

/// True when \a host (optionally with ":port") is loopback.
bool isLoopbackHost(const QString &host);

/// Checks the port of a registry host ("host", "host:port", "[v6]:port"):
/// a port, when present, must be a decimal number from 1 to 65535.
/// Errors: InvalidInput naming the port. Does not check the host name.
Result<void> checkHostPort(const QString &hostAndPort);

/// Kyverno's wildcard match of an image reference against a pattern, as in
/// `imageReferences` of a verifyImages rule. The image is compared in
/// Kyverno's normalised form only: "registry/path:tag", or
/// "registry/path@digest" when a digest is set (the tag is then dropped), so
/// "nginx" is "docker.io/library/nginx:latest". Wildcards follow Kyverno's
/// library (go-wildcard v2): '*' matches any run including '/', '.' exactly
/// one character, '?' one character or none.
bool matchesImagePattern(const QString &pattern, const ImageReference &image);

/// The string Kyverno matches patterns against (see matchesImagePattern).
QString kyvernoImageString(const ImageReference &image);

/// Kyverno's wildcard match on plain text (also used for other Kyverno
/// wildcard fields, e.g. subjects and issuers).
bool matchesWildcard(const QString &pattern, const QString &text);

} // namespace chainscope::reference
