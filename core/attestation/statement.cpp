#include "core/attestation/statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace chainscope::attestation {

reference::Digest ResourceDescriptor::sha256() const
{
    const QString hex = digests.value(QStringLiteral("sha256"));
    if (hex.isEmpty())
        return {};
    auto digest = reference::Digest::parse(QStringLiteral("sha256:") + hex);
    return digest ? *digest : reference::Digest();
}

QString ResourceDescriptor::label() const
{
    return name.isEmpty() ? uri : name;
}

ResourceDescriptor resourceDescriptorFromJson(const QJsonObject &object)
{
    ResourceDescriptor descriptor;
    descriptor.name = object.value(QLatin1String("name")).toString();
    descriptor.uri = object.value(QLatin1String("uri")).toString();
    const QJsonObject digests = object.value(QLatin1String("digest")).toObject();
    for (auto it = digests.begin(); it != digests.end(); ++it)
        descriptor.digests.insert(it.key(), it.value().toString().toLower());
    return descriptor;
}

Result<Statement> Statement::parse(const QByteArray &json)
{
    const auto malformed = [](const QString &message) {
        return Error(ErrorKind::Malformed, message);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "in-toto statement is not a JSON object"));
    }
    const QJsonObject object = document.object();

    Statement statement;
    statement.m_raw = json;
    statement.m_type = object.value(QLatin1String("_type")).toString();
    if (statement.m_type.isEmpty()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "in-toto statement has no _type"));
    }
    if (statement.m_type != TypeV01 && statement.m_type != TypeV1) {
        return Error(ErrorKind::Unsupported,
                     QCoreApplication::translate("chainscope::attestation",
                                                 "statement type \"%1\" is not supported")
                         .arg(statement.m_type.left(120)));
    }

    statement.m_predicateType = object.value(QLatin1String("predicateType")).toString();
    if (statement.m_predicateType.isEmpty()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "in-toto statement has no predicateType"));
    }

    // statement.md: "subject ... REQUIRED, MUST be non-empty"; each subject
    // needs a digest (v1 allows name-less subjects, so the digest is what counts).
    const QJsonArray subjects = object.value(QLatin1String("subject")).toArray();
    if (subjects.isEmpty()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "in-toto statement has no subject"));
    }
    for (const QJsonValue &value : subjects) {
        ResourceDescriptor subject = resourceDescriptorFromJson(value.toObject());
        if (subject.digests.isEmpty()) {
            return malformed(QCoreApplication::translate("chainscope::attestation",
                                                         "subject \"%1\" has no digest")
                                 .arg(subject.label().left(200)));
        }
        statement.m_subjects.append(subject);
    }

    statement.m_predicate = object.value(QLatin1String("predicate")).toObject();
    return statement;
}

bool Statement::hasSubjectDigest(const reference::Digest &digest) const
{
    if (!digest.isValid())
        return false;
    for (const ResourceDescriptor &subject : m_subjects) {
        if (subject.digests.value(digest.algorithm()) == digest.hex())
            return true;
    }
    return false;
}

} // namespace chainscope::attestation
