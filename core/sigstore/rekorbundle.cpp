#include "core/sigstore/rekorbundle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace chainscope::sigstore {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::sigstore)
};

Error malformed(const QString &message)
{
    return Error(ErrorKind::Malformed, message);
}

// JSON numbers arrive as doubles: accept only whole numbers a double holds
// exactly, so that the canonical form re-creates the signed digits.
bool exactInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    constexpr double limit = 9007199254740992.0; // 2^53
    if (number < 0 || number > limit || number != double(qint64(number)))
        return false;
    *out = qint64(number);
    return true;
}

Result<QByteArray> strictBase64(const QString &text, const QString &what)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return malformed(Tr::tr("%1 is not valid base64").arg(what));
    return decoded.decoded;
}

} // namespace

Result<RekorBundle> RekorBundle::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(Tr::tr("The Rekor bundle is not a JSON object (%1)")
                             .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    const QJsonObject payload = root.value(QLatin1String("Payload")).toObject();
    if (payload.isEmpty())
        return malformed(Tr::tr("The Rekor bundle has no \"Payload\" object"));

    RekorBundle bundle;
    auto set = strictBase64(root.value(QLatin1String("SignedEntryTimestamp")).toString(),
                            QStringLiteral("SignedEntryTimestamp"));
    if (!set)
        return set.error();
    bundle.m_set = *set;

    // The body is re-emitted verbatim in the canonical form, so it must be
    // plain base64 (nothing a JSON string would need to escape).
    bundle.m_bodyBase64 = payload.value(QLatin1String("body")).toString();
    static const QRegularExpression base64Chars(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    if (!base64Chars.match(bundle.m_bodyBase64).hasMatch())
        return malformed(Tr::tr("The Rekor bundle's body is not valid base64"));
    auto body = strictBase64(bundle.m_bodyBase64, QStringLiteral("body"));
    if (!body)
        return body.error();
    bundle.m_body = *body;

    if (!exactInteger(payload.value(QLatin1String("integratedTime")), &bundle.m_integratedTime))
        return malformed(Tr::tr("The Rekor bundle's integratedTime is not a whole number"));
    if (!exactInteger(payload.value(QLatin1String("logIndex")), &bundle.m_logIndex))
        return malformed(Tr::tr("The Rekor bundle's logIndex is not a whole number"));

    bundle.m_logId = payload.value(QLatin1String("logID")).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex64.match(bundle.m_logId).hasMatch())
        return malformed(Tr::tr("The Rekor bundle's logID is not a SHA-256 in lowercase hex"));
    return bundle;
}

QByteArray RekorBundle::canonicalPayload() const
{
    // Keys in byte order, no whitespace: what Rekor signed (RFC 8785 for
    // these value types; parse() rules out anything that would need escaping).
    return "{\"body\":\"" + m_bodyBase64.toLatin1() + "\",\"integratedTime\":"
           + QByteArray::number(m_integratedTime) + ",\"logID\":\"" + m_logId.toLatin1()
           + "\",\"logIndex\":" + QByteArray::number(m_logIndex) + "}";
}

Result<void> RekorBundle::verifySet(const crypto::PublicKey &rekorKey) const
{
    if (!rekorKey.isValid())
        return Error(ErrorKind::InvalidInput, Tr::tr("No Rekor public key was given."));
    if (rekorKey.fingerprint() != m_logId) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("The entry's log ID %1 does not name the Rekor key %2")
                         .arg(m_logId, rekorKey.fingerprint()));
    }
    auto good = rekorKey.verify(canonicalPayload(), m_set, crypto::HashAlgorithm::Sha256);
    if (!good)
        return good.error();
    if (!*good) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("The signed entry timestamp does not verify with the Rekor key %1")
                         .arg(rekorKey.fingerprint()));
    }
    return {};
}

Result<HashedRekord> RekorBundle::hashedRekord() const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_body);
    const QJsonObject entry = document.object();
    const QString kind = entry.value(QLatin1String("kind")).toString();
    const QString apiVersion = entry.value(QLatin1String("apiVersion")).toString();
    if (kind != QLatin1String("hashedrekord") || apiVersion != QLatin1String("0.0.1")) {
        return Error(ErrorKind::Unsupported,
                     Tr::tr("Rekor entries of kind \"%1\" version \"%2\" are not supported; "
                        "expected hashedrekord 0.0.1").arg(kind, apiVersion));
    }
    const QJsonObject spec = entry.value(QLatin1String("spec")).toObject();
    const QJsonObject hash = spec.value(QLatin1String("data")).toObject()
                                 .value(QLatin1String("hash")).toObject();
    const QJsonObject signature = spec.value(QLatin1String("signature")).toObject();

    HashedRekord rekord;
    rekord.hashAlgorithm = hash.value(QLatin1String("algorithm")).toString();
    rekord.hashHex = hash.value(QLatin1String("value")).toString().toLower();
    if (rekord.hashAlgorithm.isEmpty() || rekord.hashHex.isEmpty())
        return malformed(Tr::tr("The Rekor entry has no data hash"));
    auto content = strictBase64(signature.value(QLatin1String("content")).toString(),
                                QStringLiteral("signature.content"));
    if (!content)
        return content.error();
    rekord.signature = *content;
    auto key = strictBase64(signature.value(QLatin1String("publicKey")).toObject()
                                .value(QLatin1String("content")).toString(),
                            QStringLiteral("signature.publicKey.content"));
    if (!key)
        return key.error();
    rekord.publicKeyPem = *key;
    return rekord;
}

} // namespace chainscope::sigstore
