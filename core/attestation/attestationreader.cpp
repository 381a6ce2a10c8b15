#include "core/attestation/attestationreader.h"

#include "core/oci/mediatypes.h"

#include <QCoreApplication>

namespace chainscope::attestation {

AttestationReader::AttestationReader(registry::ContentSource &source)
    : m_source(source)
{
}

QString AttestationReader::attestationTag(const reference::Digest &imageDigest)
{
    return imageDigest.tagPrefix() + QStringLiteral(".att");
}

Result<QList<AttachedAttestation>> AttestationReader::read(const QString &repository,
                                                           const reference::Digest &imageDigest)
{
    auto fetched = m_source.manifest(repository, attestationTag(imageDigest));
    if (!fetched) {
        if (fetched.error().kind() == ErrorKind::NotFound)
            return QList<AttachedAttestation>();
        Error error = fetched.error();
        error.addContext(QCoreApplication::translate("chainscope::attestation",
                                                     "reading attestations of %1")
                             .arg(imageDigest.toString()));
        return error;
    }
    return readManifest(repository, fetched->manifest);
}

Result<QList<AttachedAttestation>> AttestationReader::readManifest(const QString &repository,
                                                                   const oci::Manifest &manifest)
{
    QList<AttachedAttestation> attestations;
    for (const oci::Descriptor &layer : manifest.layers()) {
        AttachedAttestation attestation;
        attestation.layer = layer;
        attestation.predicateType = layer.annotations.value(QStringLiteral("predicateType"));

        if (layer.mediaType != oci::mediatype::DsseEnvelope) {
            attestation.problem = QCoreApplication::translate("chainscope::attestation",
                                                              "layer of type %1 is not a DSSE "
                                                              "envelope")
                                      .arg(layer.mediaType);
            attestations.append(attestation);
            continue;
        }

        auto bytes = m_source.blob(repository, layer.digest, MaxEnvelopeBytes);
        if (!bytes) {
            // A registry that lies about a blob is an error for the whole
            // read, and so is one we could not reach, may not read or stopped
            // reading: those say nothing about this layer, and keeping them
            // as a layer's problem would let a caller conclude "no
            // provenance".
            switch (bytes.error().kind()) {
            case ErrorKind::DigestMismatch:
            case ErrorKind::Network:
            case ErrorKind::Unauthorized:
            case ErrorKind::Forbidden:
            case ErrorKind::Cancelled:
                return bytes.error();
            default:
                break;
            }
            attestation.problem = bytes.error().toString();
            attestations.append(attestation);
            continue;
        }

        auto envelope = DsseEnvelope::parse(*bytes);
        if (!envelope) {
            attestation.problem = envelope.error().message();
            attestations.append(attestation);
            continue;
        }
        attestation.envelope = *envelope;

        if (envelope->payloadType() != DsseEnvelope::InTotoPayloadType) {
            attestation.problem = QCoreApplication::translate("chainscope::attestation",
                                                              "payload type %1 is not an in-toto "
                                                              "statement")
                                      .arg(envelope->payloadType());
            attestations.append(attestation);
            continue;
        }
        auto statement = Statement::parse(envelope->payload());
        if (!statement) {
            attestation.problem = statement.error().message();
            attestations.append(attestation);
            continue;
        }
        attestation.statement = *statement;
        attestation.predicateType = statement->predicateType();
        attestations.append(attestation);
    }
    return attestations;
}

} // namespace chainscope::attestation
