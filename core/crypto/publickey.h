#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace chainscope::crypto {

/// A public key loaded through OpenSSL: ECDSA P-256/P-384/P-521, RSA, Ed25519.
/// Cheap to copy (shared, immutable).
class PublicKey
{
public:
    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey &);
    PublicKey &operator=(const PublicKey &);

    /// PEM "PUBLIC KEY" (SPKI), also accepts a certificate's key via
    /// fromCertificatePem. Errors say what is wrong with the text.
    static Result<PublicKey> fromPem(const QByteArray &pem);
    static Result<PublicKey> fromDer(const QByteArray &der);

    bool isValid() const;
    /// "ECDSA P-256", "RSA 2048", "Ed25519"
    QString algorithm() const;
    /// DER SubjectPublicKeyInfo.
    QByteArray spkiDer() const;
    /// SHA-256 over the SPKI DER, lowercase hex: how we name keys to people.
    QString fingerprint() const;

    /// Verifies \a signature over \a message with SHA-256 (Ed25519: pure).
    /// ECDSA signatures may be DER or raw r||s. Returns false for a wrong
    /// signature, an error only when the inputs cannot be used at all.
    Result<bool> verify(const QByteArray &message, const QByteArray &signature) const;

    bool operator==(const PublicKey &other) const; ///< same SPKI

private:
    struct Data;
    std::shared_ptr<Data> d;
};

/// SHA-256 of \a data.
QByteArray sha256(const QByteArray &data);

} // namespace chainscope::crypto
