#include "core/sigstore/cosignsignature.h"

#include "core/oci/mediatypes.h"
#include "core/support/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

const QLatin1StringView SignatureAnnotation{"dev.cosignproject.cosign/signature"};
const QLatin1StringView CertificateAnnotation{"dev.sigstore.cosign/certificate"};
const QLatin1StringView ChainAnnotation{"dev.sigstore.cosign/chain"};
const QLatin1StringView BundleAnnotation{"dev.sigstore.cosign/bundle"};

// Unknown keys in the signed "critical" section are refused: a verifier that
// ignored them could accept a claim it does not understand.
bool onlyKeys(const QJsonObject &object, std::initializer_list<const char *> allowed,
              QString *unknown)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known) {
            *unknown = it.key();
            return false;
        }
    }
    return true;
}

Result<QJsonObject> objectField(const QJsonObject &parent, const char *key, const QString &path)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isUndefined())
        return malformed(Tr::tr("The signed payload has no \"%1\"").arg(path));
    if (!value.isObject())
        return malformed(Tr::tr("The signed payload's \"%1\" is not a JSON object").arg(path));
    return value.toObject();
}

Result<QString> stringField(const QJsonObject &parent, const char *key, const QString &path)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isUndefined())
        return malformed(Tr::tr("The signed payload has no \"%1\"").arg(path));
    if (!value.isString())
        return malformed(Tr::tr("The signed payload's \"%1\" is not a string").arg(path));
    return value.toString();
}

} // namespace

Result<SimpleSigningPayload> SimpleSigningPayload::parse(const QByteArray &raw)
{
    if (raw.size() > MaxSimpleSigningPayloadBytes) {
        return Error(ErrorKind::TooLarge,
                     Tr::tr("The signed payload has %1 bytes; more than %2 is not accepted")
                         .arg(raw.size())
                         .arg(MaxSimpleSigningPayloadBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(Tr::tr("The signed payload is not JSON: %1 at byte %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(Tr::tr("The signed payload is not a JSON object"));
    const QJsonObject root = document.object();

    auto critical = objectField(root, "critical", QStringLiteral("critical"));
    if (!critical)
        return critical.error();
    QString unknown;
    if (!onlyKeys(*critical, {"identity", "image", "type"}, &unknown))
        return malformed(Tr::tr("The signed payload has an unknown field \"critical.%1\"")
                             .arg(unknown));

    auto identity = objectField(*critical, "identity", QStringLiteral("critical.identity"));
    if (!identity)
        return identity.error();
    if (!onlyKeys(*identity, {"docker-reference"}, &unknown)) {
        return malformed(Tr::tr("The signed payload has an unknown field \"critical.identity.%1\"")
                             .arg(unknown));
    }
    auto image = objectField(*critical, "image", QStringLiteral("critical.image"));
    if (!image)
        return image.error();
    if (!onlyKeys(*image, {"docker-manifest-digest"}, &unknown)) {
        return malformed(Tr::tr("The signed payload has an unknown field \"critical.image.%1\"")
                             .arg(unknown));
    }

    SimpleSigningPayload payload;
    payload.raw = raw;
    auto reference = stringField(*identity, "docker-reference",
                                 QStringLiteral("critical.identity.docker-reference"));
    if (!reference)
        return reference.error();
    payload.dockerReference = *reference;

    auto digest = stringField(*image, "docker-manifest-digest",
                              QStringLiteral("critical.image.docker-manifest-digest"));
    if (!digest)
        return digest.error();
    auto parsedDigest = reference::Digest::parse(*digest);
    if (!parsedDigest) {
        return malformed(Tr::tr("The signed payload's docker-manifest-digest \"%1\" is not a "
                            "digest: %2").arg(*digest, parsedDigest.error().message()));
    }
    payload.manifestDigest = parsedDigest->toString();

    auto type = stringField(*critical, "type", QStringLiteral("critical.type"));
    if (!type)
        return type.error();
    if (*type != QLatin1String("cosign container image signature")) {
        return malformed(Tr::tr("The signed payload's type is \"%1\", not \"cosign container "
                            "image signature\"").arg(*type));
    }
    payload.type = *type;

    const QJsonValue optional = root.value(QLatin1String("optional"));
    if (!optional.isUndefined() && !optional.isNull() && !optional.isObject())
        return malformed(Tr::tr("The signed payload's \"optional\" is not a JSON object"));
    return payload;
}

QString signatureTag(const reference::Digest &imageDigest)
{
    return imageDigest.tagPrefix() + QLatin1String(".sig");
}

QString attestationTag(const reference::Digest &imageDigest)
{
    return imageDigest.tagPrefix() + QLatin1String(".att");
}

Result<QList<CosignSignature>> readSignatures(registry::ContentSource &source,
                                              const QString &repository,
                                              const oci::Manifest &signatureManifest)
{
    if (signatureManifest.isIndex())
        return malformed(Tr::tr("The signature manifest is an index, not an image manifest"));

    QList<CosignSignature> signatures;
    for (const oci::Descriptor &layer : signatureManifest.layers()) {
        if (layer.mediaType != oci::mediatype::CosignSimpleSigning) {
            qCDebug(lcSigstore) << "skipping signature layer of type" << layer.mediaType;
            continue;
        }
        CosignSignature signature;
        signature.layer = layer;
        signature.mediaType = layer.mediaType;
        signature.certificatePem = layer.annotations.value(CertificateAnnotation);
        signature.chainPem = layer.annotations.value(ChainAnnotation);
        signature.rekorBundle = layer.annotations.value(BundleAnnotation).toUtf8();

        if (layer.size > MaxSimpleSigningPayloadBytes) {
            signature.problem = Tr::tr("The signature layer %1 declares %2 bytes; more than %3 is "
                                   "not accepted").arg(layer.digest.toString())
                                    .arg(layer.size).arg(MaxSimpleSigningPayloadBytes);
            signatures.append(signature);
            continue;
        }
        auto blob = source.blob(repository, layer.digest, MaxSimpleSigningPayloadBytes);
        if (!blob) {
            if (blob.error().kind() != ErrorKind::TooLarge) {
                Error error = blob.error();
                error.addContext(Tr::tr("reading signature layer %1").arg(layer.digest.toString()));
                return error;
            }
            signature.problem = blob.error().message();
            signatures.append(signature);
            continue;
        }
        signature.payload = *blob;

        // Line breaks are allowed, as Go's decoder (cosign's) skips them;
        // anything else outside the alphabet is an error.
        QString encoded = layer.annotations.value(SignatureAnnotation);
        encoded.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (encoded.isEmpty()) {
            signature.problem = Tr::tr("The signature layer %1 has no \"%2\" annotation")
                                    .arg(layer.digest.toString(), SignatureAnnotation);
        } else if (!decoded || decoded.decoded.isEmpty()) {
            signature.problem = Tr::tr("The \"%1\" annotation of layer %2 is not valid base64")
                                    .arg(SignatureAnnotation, layer.digest.toString());
        } else {
            signature.signature = decoded.decoded;
        }
        signatures.append(signature);
    }
    return signatures;
}

} // namespace chainscope::sigstore
