#pragma once

#include "core/reference/digest.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace chainscope::attestation {

/// A resource descriptor of an in-toto statement subject (or an SLSA material):
/// a name or URI and a map of algorithm -> lowercase hex digest.
struct ResourceDescriptor
{
    QString name;
    QString uri;
    QMap<QString, QString> digests; ///< "sha256" -> hex

    /// The sha256 digest as a Digest, invalid when absent or malformed.
    reference::Digest sha256() const;
    /// name when set, otherwise uri.
    QString label() const;
};

/// An in-toto Statement, v0.1 ("https://in-toto.io/Statement/v0.1") or v1
/// ("https://in-toto.io/Statement/v1"), see in-toto attestation spec
/// v1/statement.md. The predicate is kept as JSON for the predicate readers.
///
/// Value type; parse() fails with Malformed for broken JSON or a missing
/// _type/subject/predicateType, and with Unsupported for another _type.
class Statement
{
public:
    static constexpr QLatin1StringView TypeV01{"https://in-toto.io/Statement/v0.1"};
    static constexpr QLatin1StringView TypeV1{"https://in-toto.io/Statement/v1"};

    static Result<Statement> parse(const QByteArray &json);

    QString type() const { return m_type; }
    QString predicateType() const { return m_predicateType; }
    const QList<ResourceDescriptor> &subjects() const { return m_subjects; }
    const QJsonObject &predicate() const { return m_predicate; }
    const QByteArray &raw() const { return m_raw; }

    /// True when a subject carries \a digest (same algorithm and hex).
    bool hasSubjectDigest(const reference::Digest &digest) const;

private:
    QString m_type;
    QString m_predicateType;
    QList<ResourceDescriptor> m_subjects;
    QJsonObject m_predicate;
    QByteArray m_raw;
};

/// Reads a JSON resource descriptor ({"name"|"uri", "digest": {...}}).
ResourceDescriptor resourceDescriptorFromJson(const QJsonObject &object);

} // namespace chainscope::attestation
