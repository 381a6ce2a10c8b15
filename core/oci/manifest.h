#pragma once

#include "core/reference/digest.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace chainscope::oci {

struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;

    QString toString() const; ///< "linux/arm64/v8"
};

/// A content descriptor (OCI image-spec descriptor.md).
struct Descriptor
{
    QString mediaType;
    reference::Digest digest;
    qint64 size = -1;
    QMap<QString, QString> annotations;
    QString artifactType;
    std::optional<Platform> platform;
};

/// An image manifest or an index/manifest list, parsed from raw bytes that
/// are kept unchanged beside the parsed view. Docker schema 2, OCI 1.0/1.1;
/// the kind is taken from mediaType, from the Content-Type, or from the shape
/// when neither says (manifests without mediaType exist).
class Manifest
{
public:
    enum class Kind { Image, Index };

    /// Parses \a raw. \a contentType may be empty. The digest is computed
    /// over \a raw exactly as given (sha256). Errors: Unsupported for Docker
    /// schema 1, a schemaVersion other than 2 or an unknown manifest media
    /// type; Malformed for bad JSON, missing or invalid descriptors (digest,
    /// size), or a Content-Type naming an index for an image (or the reverse).
    /// Layer and config media types are not restricted (artifacts).
    static Result<Manifest> parse(const QByteArray &raw, const QString &contentType = {});

    Kind kind() const { return m_kind; }
    bool isIndex() const { return m_kind == Kind::Index; }
    QString mediaType() const { return m_mediaType; }
    QString artifactType() const { return m_artifactType; }
    reference::Digest digest() const { return m_digest; }
    const QByteArray &raw() const { return m_raw; }

    const Descriptor &config() const { return m_config; }       ///< image only
    const QList<Descriptor> &layers() const { return m_layers; } ///< image only
    const QList<Descriptor> &manifests() const { return m_manifests; } ///< index only
    const QMap<QString, QString> &annotations() const { return m_annotations; }
    const std::optional<Descriptor> &subject() const { return m_subject; }

private:
    Kind m_kind = Kind::Image;
    QString m_mediaType;
    QString m_artifactType;
    reference::Digest m_digest;
    QByteArray m_raw;
    Descriptor m_config;
    QList<Descriptor> m_layers;
    QList<Descriptor> m_manifests;
    QMap<QString, QString> m_annotations;
    std::optional<Descriptor> m_subject;
};

} // namespace chainscope::oci
