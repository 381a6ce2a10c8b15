#pragma once

#include "core/crypto/publickey.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace chainscope::attestation {

/// One signature of a DSSE envelope.
struct DsseSignature
{
    QString keyId;        ///< optional hint, never trusted for the decision
    QByteArray signature; ///< decoded from base64
};

/// A Dead Simple Signing Envelope (secure-systems-lab/dsse, envelope.md
/// "Protocol" v1.0): a payload, its type and signatures over the
/// pre-authentication encoding PAE(payloadType, payload).
///
/// Value type, no shared state; safe to use from any thread.
/// parse() fails with Malformed when the JSON or base64 is broken, or when
/// required fields are missing.
class DsseEnvelope
{
public:
    /// The payload type of in-toto statements.
    static constexpr QLatin1StringView InTotoPayloadType{"application/vnd.in-toto+json"};

    /// Parses the envelope JSON. The payload and signatures may be standard
    /// or URL-safe base64, as the DSSE spec allows either.
    static Result<DsseEnvelope> parse(const QByteArray &json);

    /// PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body,
    /// LEN as ASCII decimal byte counts (DSSE protocol.md "Signature definition").
    static QByteArray pae(const QByteArray &payloadType, const QByteArray &payload);

    QString payloadType() const { return m_payloadType; }
    const QByteArray &payload() const { return m_payload; } ///< decoded bytes
    const QList<DsseSignature> &signatures() const { return m_signatures; }
    const QByteArray &raw() const { return m_raw; }

    /// The index of the first signature that \a key verifies over the PAE,
    /// or -1 when none does. An error only when the key cannot be used at all.
    Result<int> verify(const crypto::PublicKey &key) const;

private:
    QString m_payloadType;
    QByteArray m_payload;
    QList<DsseSignature> m_signatures;
    QByteArray m_raw;
};

} // namespace chainscope::attestation
