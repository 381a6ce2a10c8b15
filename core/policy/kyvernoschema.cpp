#include "core/policy/kyvernoschema.h"

#include <QJsonDocument>

namespace chainscope::policy {

QJsonObject KyvernoSchema::forVersion(const QString &version)
{
    static const QJsonObject all = [] {
        QByteArray text;
        for (const char *const *chunk = detail::kKyvernoSchemaChunks; *chunk; ++chunk)
            text.append(*chunk);
        return QJsonDocument::fromJson(text).object();
    }();
    return all.value(version).toObject();
}

} // namespace chainscope::policy
