#pragma once

#include <QJsonObject>
#include <QString>

namespace chainscope::policy {

namespace detail {
/// The generated schema text (kyvernoschemadata.cpp), in pieces; nullptr ends it.
extern const char *const kKyvernoSchemaChunks[];
} // namespace detail

/// What Kyverno's ClusterPolicy/Policy CRD says about every field, per API
/// version (v1, v2beta1), compiled in from the CRD of kyverno/kyverno
/// @111e07bb by schema/generate_kyvernoschema.py. Each schema node is a JSON
/// object with the short keys t (type), p (properties), i (items),
/// a (additionalProperties), e (enum), d (default), r (required),
/// x (deprecation note), u (any fields allowed), s (int-or-string).
/// Loaded once, on first use; thread-safe.
class KyvernoSchema
{
public:
    /// The schema of the whole object for \a version ("v1", "v2beta1"), or
    /// an empty object for a version the CRD does not define.
    static QJsonObject forVersion(const QString &version);
};

} // namespace chainscope::policy
