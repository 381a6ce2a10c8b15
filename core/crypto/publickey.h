#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace chainscope::crypto {

/// Digest used before signing. Ed25519 signs the message itself and ignores it.
enum class HashAlgorithm { Sha256, Sha384, Sha512 };

/// A public key loaded through OpenSSL 3: ECDSA P-256/P-384/P-521, RSA (2048
/// bits or more), Ed25519. Cheap to copy (shared, immutable) and safe to use
/// from several threads at once: every operation makes its own OpenSSL context.
///
/// Loading errors are values with a sentence a person understands: broken
/// PEM, a private key given where the public one belongs, a certificate,
/// an algorithm or curve we do not accept.
class PublicKey
{
public:
    enum class Type { Invalid, EcdsaP256, EcdsaP384, EcdsaP521, Rsa, Ed25519 };

    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey &);
    PublicKey &operator=(const PublicKey &);

    /// PEM "PUBLIC KEY" (SubjectPublicKeyInfo) or "RSA PUBLIC KEY" (PKCS#1).
    /// The first PEM block is used. Private keys and certificates are
    /// refused with an error that says so (see fromCertificatePem).
    static Result<PublicKey> fromPem(const QByteArray &pem);
    /// DER SubjectPublicKeyInfo; trailing bytes are an error.
    static Result<PublicKey> fromDer(const QByteArray &der);
    /// PEM when the bytes contain a PEM header, DER otherwise: what a key
    /// file given on the command line or pasted into a dialog may hold.
    static Result<PublicKey> fromBytes(const QByteArray &bytes);
    /// The subject public key of the first PEM "CERTIFICATE" in \a pem. The
    /// certificate itself (validity, chain, identity) is not checked here.
    static Result<PublicKey> fromCertificatePem(const QByteArray &pem);

    bool isValid() const;
    Type type() const;
    /// "ECDSA P-256", "RSA 2048", "Ed25519"
    QString algorithm() const;
    /// DER SubjectPublicKeyInfo.
    QByteArray spkiDer() const;
    /// SPKI as PEM "PUBLIC KEY".
    QByteArray toPem() const;
    /// SHA-256 over the SPKI DER, lowercase hex: how we name keys to people.
    QString fingerprint() const;

    /// The hash cosign and sigstore pair with this key: SHA-256 for P-256
    /// and RSA, SHA-384 for P-384, SHA-512 for P-521.
    HashAlgorithm defaultHash() const;

    /// Verifies \a signature over \a message with the key's default hash
    /// (Ed25519: pure). ECDSA signatures may be DER or raw r||s; RSA
    /// signatures may be PKCS#1 v1.5 or PSS. Returns false for a wrong or
    /// malformed signature, an error only when the key cannot be used.
    Result<bool> verify(const QByteArray &message, const QByteArray &signature) const;
    /// As above with an explicit hash.
    Result<bool> verify(const QByteArray &message, const QByteArray &signature,
                        HashAlgorithm hash) const;

    bool operator==(const PublicKey &other) const; ///< same SPKI

private:
    struct Data;
    std::shared_ptr<Data> d;
};

/// True when \a signature has the shape of a signature some supported key
/// could make: a DER ECDSA-Sig-Value, raw r||s of P-256/P-384/P-521 or
/// Ed25519 (64, 96, 132 bytes), or an RSA block (256 to 1024 bytes). Tells
/// a malformed signature from one made by another key.
bool isPlausibleSignature(const QByteArray &signature);

/// SHA-256 of \a data.
QByteArray sha256(const QByteArray &data);

} // namespace chainscope::crypto
