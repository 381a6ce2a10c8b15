#pragma once

#include "core/reference/digest.h"
#include "core/support/result.h"

#include <QString>

namespace chainscope::reference {

/// A parsed and normalised image reference, as Docker and Kyverno read them:
/// "nginx" is docker.io/library/nginx:latest, "127.0.0.1:5000/ztsc/app" keeps
/// its registry, and a reference may carry a tag, a digest, or both.
class ImageReference
{
public:
    ImageReference() = default;

    /// Parses \a text. Errors say which part is wrong (registry, path, tag,
    /// digest). A missing tag and digest gives tag "latest".
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

/// Kyverno's wildcard match of an image reference against a pattern: '*'
/// matches any run of characters (including '/'), '?' one character. The
/// image is compared in the normalised form and also as written, as Kyverno
/// does, so "ghcr.io/org/*" and "org/*" behave as admission users expect.
bool matchesImagePattern(const QString &pattern, const ImageReference &image);

} // namespace chainscope::reference
