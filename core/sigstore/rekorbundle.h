#pragma once

#include "core/crypto/publickey.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QString>

namespace chainscope::sigstore {

/// The "hashedrekord" v0.0.1 entry a Rekor bundle's body records: the hash of
/// what was signed, the signature and the signer's key or certificate.
struct HashedRekord
{
    QString hashAlgorithm;   ///< "sha256"
    QString hashHex;         ///< lowercase hex
    QByteArray signature;    ///< decoded signature.content
    QByteArray publicKeyPem; ///< decoded signature.publicKey.content (key or certificate PEM)
};

/// The Rekor bundle cosign stores in the "dev.sigstore.cosign/bundle"
/// annotation: a Signed Entry Timestamp over the entry's body, integrated
/// time, log index and log ID (Rekor's promise to include the entry).
///
/// Only the SET is checked here, not an inclusion proof (the bundle carries
/// none). The SET is an ECDSA signature, by the log's key, over the canonical
/// JSON (sorted keys, no spaces) of {body, integratedTime, logID, logIndex};
/// the log ID is the SHA-256 of the log key's DER SPKI. Pure; thread-safe.
class RekorBundle
{
public:
    /// Parses the annotation's JSON {"SignedEntryTimestamp", "Payload": {...}}.
    /// Malformed errors name the field that is wrong.
    static Result<RekorBundle> parse(const QByteArray &json);

    QByteArray signedEntryTimestamp() const { return m_set; }
    QString bodyBase64() const { return m_bodyBase64; }
    QByteArray body() const { return m_body; }
    qint64 integratedTime() const { return m_integratedTime; }
    qint64 logIndex() const { return m_logIndex; }
    QString logId() const { return m_logId; }

    /// The bytes the SET signs.
    QByteArray canonicalPayload() const;

    /// Checks the SET with \a rekorKey: the log ID must name that key and the
    /// signature must verify. The error says which of the two failed.
    Result<void> verifySet(const crypto::PublicKey &rekorKey) const;

    /// The body as a hashedrekord entry; Unsupported for other entry kinds.
    Result<HashedRekord> hashedRekord() const;

private:
    QByteArray m_set;
    QString m_bodyBase64;
    QByteArray m_body;
    qint64 m_integratedTime = 0;
    qint64 m_logIndex = 0;
    QString m_logId;
};

} // namespace chainscope::sigstore
