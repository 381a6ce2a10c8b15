#include "core/attestation/dsseenvelope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chainscope::attestation {

namespace {

Error malformed(const QString &message)
{
    return Error(ErrorKind::Malformed, message);
}

// DSSE envelope.md: "base64-encoded ... either standard or URL-safe encoding".
std::optional<QByteArray> decodeBase64(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    auto standard = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
    if (standard)
        return *standard;
    auto urlSafe = QByteArray::fromBase64Encoding(
        bytes, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (urlSafe)
        return *urlSafe;
    auto unpadded = QByteArray::fromBase64Encoding(
        bytes, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                   | QByteArray::AbortOnBase64DecodingErrors);
    if (unpadded)
        return *unpadded;
    return std::nullopt;
}

} // namespace

Result<DsseEnvelope> DsseEnvelope::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "DSSE envelope is not valid JSON: %1 at %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "DSSE envelope is not a JSON object"));
    }
    const QJsonObject object = document.object();

    DsseEnvelope envelope;
    envelope.m_raw = json;

    const QJsonValue payloadType = object.value(QLatin1String("payloadType"));
    if (!payloadType.isString() || payloadType.toString().isEmpty()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "DSSE envelope has no payloadType"));
    }
    envelope.m_payloadType = payloadType.toString();

    const QJsonValue payload = object.value(QLatin1String("payload"));
    if (!payload.isString()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "DSSE envelope has no payload"));
    }
    auto decoded = decodeBase64(payload.toString());
    if (!decoded) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "DSSE payload is not valid base64"));
    }
    envelope.m_payload = *decoded;

    const QJsonValue signatures = object.value(QLatin1String("signatures"));
    if (!signatures.isArray()) {
        return malformed(QCoreApplication::translate("chainscope::attestation",
                                                     "DSSE envelope has no signatures array"));
    }
    const QJsonArray array = signatures.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        auto sig = decodeBase64(entry.value(QLatin1String("sig")).toString());
        if (!entry.value(QLatin1String("sig")).isString() || !sig || sig->isEmpty()) {
            return malformed(QCoreApplication::translate("chainscope::attestation",
                                                         "DSSE signature %1 is missing or not "
                                                         "valid base64")
                                 .arg(i + 1));
        }
        envelope.m_signatures.append({entry.value(QLatin1String("keyid")).toString(), *sig});
    }
    return envelope;
}

QByteArray DsseEnvelope::pae(const QByteArray &payloadType, const QByteArray &payload)
{
    QByteArray out = "DSSEv1 ";
    out += QByteArray::number(payloadType.size());
    out += ' ';
    out += payloadType;
    out += ' ';
    out += QByteArray::number(payload.size());
    out += ' ';
    out += payload;
    return out;
}

Result<int> DsseEnvelope::verify(const crypto::PublicKey &key) const
{
    // DSSE protocol.md "Verification": verify the signature over PAE(type, body),
    // then (and only then) hand the payload on.
    const QByteArray message = pae(m_payloadType.toUtf8(), m_payload);
    std::optional<Error> unusable;
    bool anyChecked = false;
    for (qsizetype i = 0; i < m_signatures.size(); ++i) {
        auto ok = key.verify(message, m_signatures.at(i).signature);
        if (!ok) {
            // One garbled signature must not hide a good one beside it.
            unusable = ok.error();
            continue;
        }
        anyChecked = true;
        if (*ok)
            return int(i);
    }
    if (unusable && !anyChecked)
        return *unusable;
    return -1;
}

} // namespace chainscope::attestation
