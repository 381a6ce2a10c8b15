#pragma once

// Test-only signer: a fresh ECDSA P-256 key made with OpenSSL, used to sign
// cosign payloads and DSSE envelopes so that the real verifiers check them.

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/pem.h>

class TestSigner
{
public:
    TestSigner() { m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); }
    ~TestSigner() { EVP_PKEY_free(m_key); }
    TestSigner(const TestSigner &) = delete;
    TestSigner &operator=(const TestSigner &) = delete;

    bool isValid() const { return m_key != nullptr; }

    QByteArray publicKeyPem() const
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, m_key);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QByteArray pem(data, int(size));
        BIO_free(bio);
        return pem;
    }

    /// ECDSA over SHA-256, DER encoded, as cosign makes it.
    QByteArray sign(const QByteArray &message) const
    {
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        QByteArray signature;
        size_t length = 0;
        if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key) == 1
            && EVP_DigestSign(context, nullptr, &length,
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              size_t(message.size())) == 1) {
            signature.resize(qsizetype(length));
            EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(message.constData()),
                           size_t(message.size()));
            signature.resize(qsizetype(length));
        }
        EVP_MD_CTX_free(context);
        return signature;
    }

private:
    EVP_PKEY *m_key = nullptr;
};
