#pragma once

// Test-only signer: a fresh ECDSA P-256 key made with OpenSSL, used to sign
// cosign payloads and DSSE envelopes so that the real verifiers check them.
// Not copyable; use from one thread at a time.

#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace chainscope::test {

class TestSigner
{
public:
    TestSigner();
    ~TestSigner();
    TestSigner(const TestSigner &) = delete;
    TestSigner &operator=(const TestSigner &) = delete;

    /// False when OpenSSL could not make the key.
    bool isValid() const { return m_key != nullptr; }

    /// The public key as PEM (SubjectPublicKeyInfo), with its final newline.
    QByteArray publicKeyPem() const;

    /// The same PEM as text without the final newline, as a policy embeds it.
    QString publicKeyText() const;

    /// ECDSA over SHA-256, DER encoded, as cosign makes it; empty on failure.
    QByteArray sign(const QByteArray &message) const;

private:
    EVP_PKEY *m_key = nullptr;
};

} // namespace chainscope::test
