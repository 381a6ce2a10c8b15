#include "tests/support/testsigner.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace chainscope::test {

TestSigner::TestSigner()
    : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"))
{
}

TestSigner::~TestSigner()
{
    EVP_PKEY_free(m_key);
}

QByteArray TestSigner::publicKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

QString TestSigner::publicKeyText() const
{
    return QString::fromLatin1(publicKeyPem()).trimmed();
}

QByteArray TestSigner::sign(const QByteArray &message) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(message.constData());
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestSign(context, nullptr, &length, in, size_t(message.size())) == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       in, size_t(message.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    return signature;
}

} // namespace chainscope::test
