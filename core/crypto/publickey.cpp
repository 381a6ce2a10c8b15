#include "core/crypto/publickey.h"

#include "core/support/logging.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace chainscope::crypto {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::crypto)
};

struct PkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
struct BioFree { void operator()(BIO *p) const { BIO_free(p); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };
struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
struct EcdsaSigFree { void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); } };
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, EcdsaSigFree>;

// The last OpenSSL reason, for error messages; empties the thread's queue so
// that a later call does not report a stale failure.
QString takeOpenSslError()
{
    QString reason;
    while (const unsigned long code = ERR_get_error()) {
        if (const char *text = ERR_reason_error_string(code))
            reason = QString::fromLatin1(text);
    }
    return reason;
}

Error withReason(ErrorKind kind, const QString &message)
{
    const QString reason = takeOpenSslError();
    if (reason.isEmpty())
        return Error(kind, message);
    return Error(kind, Tr::tr("%1 (%2)").arg(message, reason));
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

const EVP_MD *mdFor(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256: return EVP_sha256();
    case HashAlgorithm::Sha384: return EVP_sha384();
    case HashAlgorithm::Sha512: return EVP_sha512();
    }
    return EVP_sha256();
}

struct PemBlock
{
    QString label;
    QByteArray der;
};

// Reads the first PEM block whatever its label; the caller decides what the
// label may be, so that a private key gets its own error.
Result<PemBlock> readPemBlock(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN ")) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("This is not PEM text: no \"-----BEGIN\" line was found."));
    }
    BioPtr bio = memoryBio(pem);
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long length = 0;
    ERR_clear_error();
    if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
        return withReason(ErrorKind::InvalidInput,
                          Tr::tr("The PEM text is broken: its base64 body or its \"-----END\" "
                             "line is damaged"));
    }
    PemBlock block{QString::fromLatin1(name),
                   QByteArray(reinterpret_cast<const char *>(data), int(length))};
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(data);
    return block;
}

// Accepts only the algorithms and sizes cosign and sigstore accept. A template
// so that the members, which may name the private Data, instantiate it.
template<typename Data>
Result<std::shared_ptr<Data>> adopt(PkeyPtr pkey)
{
    auto data = std::make_shared<Data>();
    const int id = EVP_PKEY_get_base_id(pkey.get());
    data->bits = EVP_PKEY_get_bits(pkey.get());
    if (id == EVP_PKEY_EC) {
        char group[64] = {};
        size_t groupLength = 0;
        if (EVP_PKEY_get_group_name(pkey.get(), group, sizeof group, &groupLength) != 1) {
            return withReason(ErrorKind::Unsupported,
                              Tr::tr("The elliptic-curve key uses explicit curve parameters; only "
                                 "the named curves P-256, P-384 and P-521 are supported."));
        }
        const QByteArray name(group);
        if (name == "prime256v1" || name == "P-256")
            data->type = PublicKey::Type::EcdsaP256;
        else if (name == "secp384r1" || name == "P-384")
            data->type = PublicKey::Type::EcdsaP384;
        else if (name == "secp521r1" || name == "P-521")
            data->type = PublicKey::Type::EcdsaP521;
        else {
            return Error(ErrorKind::Unsupported,
                         Tr::tr("The elliptic curve %1 is not supported; use P-256, P-384 or "
                            "P-521.").arg(QString::fromLatin1(name)));
        }
    } else if (id == EVP_PKEY_RSA) {
        if (data->bits < 2048) {
            return Error(ErrorKind::Unsupported,
                         Tr::tr("The RSA key has %1 bits; keys shorter than 2048 bits are not "
                            "accepted.").arg(data->bits));
        }
        data->type = PublicKey::Type::Rsa;
    } else if (id == EVP_PKEY_ED25519) {
        data->type = PublicKey::Type::Ed25519;
    } else {
        const char *typeName = EVP_PKEY_get0_type_name(pkey.get());
        return Error(ErrorKind::Unsupported,
                     Tr::tr("Keys of type %1 are not supported; use ECDSA, RSA or Ed25519.")
                         .arg(QString::fromLatin1(typeName ? typeName : "unknown")));
    }

    unsigned char *der = nullptr;
    const int derLength = i2d_PUBKEY(pkey.get(), &der);
    if (derLength <= 0)
        return withReason(ErrorKind::Internal, Tr::tr("Could not encode the public key"));
    data->spki = QByteArray(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);
    data->pkey = std::move(pkey);
    return data;
}

} // namespace

struct PublicKey::Data
{
    PkeyPtr pkey;
    Type type = Type::Invalid;
    int bits = 0;
    QByteArray spki;
};

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey &) = default;
PublicKey &PublicKey::operator=(const PublicKey &) = default;

Result<PublicKey> PublicKey::fromDer(const QByteArray &der)
{
    if (der.isEmpty())
        return Error(ErrorKind::InvalidInput, Tr::tr("The key is empty."));
    ERR_clear_error();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    PkeyPtr pkey(d2i_PUBKEY(nullptr, &cursor, long(der.size())));
    if (!pkey) {
        return withReason(ErrorKind::InvalidInput,
                          Tr::tr("The bytes are not a DER SubjectPublicKeyInfo public key"));
    }
    if (cursor != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("The DER public key is followed by %1 unexpected bytes.")
                         .arg(der.size()
                              - (cursor - reinterpret_cast<const unsigned char *>(
                                     der.constData()))));
    }
    auto adopted = adopt<Data>(std::move(pkey));
    if (!adopted)
        return adopted.error();
    PublicKey key;
    key.d = std::move(*adopted);
    return key;
}

Result<PublicKey> PublicKey::fromPem(const QByteArray &pem)
{
    auto block = readPemBlock(pem);
    if (!block)
        return block.error();

    const QString &label = block->label;
    if (label == QLatin1String("PUBLIC KEY"))
        return fromDer(block->der);
    if (label == QLatin1String("RSA PUBLIC KEY")) {
        ERR_clear_error();
        const auto *cursor = reinterpret_cast<const unsigned char *>(block->der.constData());
        PkeyPtr pkey(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &cursor, long(block->der.size())));
        if (!pkey)
            return withReason(ErrorKind::InvalidInput, Tr::tr("The RSA public key is malformed"));
        auto adopted = adopt<Data>(std::move(pkey));
        if (!adopted)
            return adopted.error();
        PublicKey key;
        key.d = std::move(*adopted);
        return key;
    }
    if (label.contains(QLatin1String("PRIVATE KEY"))) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("This is a private key (\"%1\"). Verification needs the public key; "
                        "keep the private key secret and give the matching \"PUBLIC KEY\".")
                         .arg(label));
    }
    if (label == QLatin1String("CERTIFICATE")) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("This is a certificate, not a public key. Give the signer's "
                        "\"PUBLIC KEY\", or verify with the certificate's identity."));
    }
    return Error(ErrorKind::Unsupported,
                 Tr::tr("The PEM block \"%1\" is not a public key; expected \"PUBLIC KEY\".")
                     .arg(label));
}

Result<PublicKey> PublicKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.contains("-----BEGIN"))
        return fromPem(bytes);
    if (bytes.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput, Tr::tr("The key is empty."));
    return fromDer(bytes);
}

Result<PublicKey> PublicKey::fromCertificatePem(const QByteArray &pem)
{
    auto block = readPemBlock(pem);
    if (!block)
        return block.error();
    if (block->label != QLatin1String("CERTIFICATE")) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("Expected a PEM \"CERTIFICATE\", found \"%1\".").arg(block->label));
    }
    ERR_clear_error();
    const auto *cursor = reinterpret_cast<const unsigned char *>(block->der.constData());
    X509Ptr cert(d2i_X509(nullptr, &cursor, long(block->der.size())));
    if (!cert)
        return withReason(ErrorKind::InvalidInput, Tr::tr("The certificate is malformed"));
    PkeyPtr pkey(X509_get_pubkey(cert.get()));
    if (!pkey) {
        return withReason(ErrorKind::Unsupported,
                          Tr::tr("The certificate's public key cannot be read"));
    }
    auto adopted = adopt<Data>(std::move(pkey));
    if (!adopted)
        return adopted.error();
    PublicKey key;
    key.d = std::move(*adopted);
    return key;
}

bool PublicKey::isValid() const
{
    return d && d->pkey;
}

PublicKey::Type PublicKey::type() const
{
    return d ? d->type : Type::Invalid;
}

QString PublicKey::algorithm() const
{
    switch (type()) {
    case Type::EcdsaP256: return QStringLiteral("ECDSA P-256");
    case Type::EcdsaP384: return QStringLiteral("ECDSA P-384");
    case Type::EcdsaP521: return QStringLiteral("ECDSA P-521");
    case Type::Rsa: return QStringLiteral("RSA %1").arg(d->bits);
    case Type::Ed25519: return QStringLiteral("Ed25519");
    case Type::Invalid: break;
    }
    return {};
}

QByteArray PublicKey::spkiDer() const
{
    return d ? d->spki : QByteArray();
}

QByteArray PublicKey::toPem() const
{
    if (!isValid())
        return {};
    return "-----BEGIN PUBLIC KEY-----\n" + d->spki.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QString PublicKey::fingerprint() const
{
    if (!isValid())
        return {};
    return QString::fromLatin1(sha256(d->spki).toHex());
}

HashAlgorithm PublicKey::defaultHash() const
{
    switch (type()) {
    case Type::EcdsaP384: return HashAlgorithm::Sha384;
    case Type::EcdsaP521: return HashAlgorithm::Sha512;
    default: return HashAlgorithm::Sha256;
    }
}

Result<bool> PublicKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    return verify(message, signature, defaultHash());
}

namespace {

// One EVP_DigestVerify attempt. 1 is a good signature; anything else, including
// a malformed one, is "does not verify".
bool digestVerify(EVP_PKEY *pkey, const EVP_MD *md, int rsaPadding, const QByteArray &message,
                  const QByteArray &signature)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, pkey) != 1)
        return false;
    if (rsaPadding != 0) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, rsaPadding) != 1)
            return false;
        if (rsaPadding == RSA_PKCS1_PSS_PADDING
            && (EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_AUTO) != 1
                || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1)) {
            return false;
        }
    }
    const int rc = EVP_DigestVerify(ctx.get(),
                                    reinterpret_cast<const unsigned char *>(signature.constData()),
                                    size_t(signature.size()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    size_t(message.size()));
    return rc == 1;
}

// Raw r||s (as in JWS and some HSMs) to the DER SEQUENCE OpenSSL expects.
QByteArray rawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace

Result<bool> PublicKey::verify(const QByteArray &message, const QByteArray &signature,
                               HashAlgorithm hash) const
{
    if (!isValid())
        return Error(ErrorKind::InvalidInput, Tr::tr("No public key was given."));
    if (signature.isEmpty())
        return false;

    bool good = false;
    switch (d->type) {
    case Type::EcdsaP256:
    case Type::EcdsaP384:
    case Type::EcdsaP521: {
        good = digestVerify(d->pkey.get(), mdFor(hash), 0, message, signature);
        const int fieldBytes = (d->bits + 7) / 8;
        if (!good && signature.size() == 2 * fieldBytes) {
            const QByteArray der = rawToDer(signature);
            good = !der.isEmpty() && digestVerify(d->pkey.get(), mdFor(hash), 0, message, der);
        }
        break;
    }
    case Type::Rsa:
        good = digestVerify(d->pkey.get(), mdFor(hash), RSA_PKCS1_PADDING, message, signature)
               || digestVerify(d->pkey.get(), mdFor(hash), RSA_PKCS1_PSS_PADDING, message,
                               signature);
        break;
    case Type::Ed25519:
        good = digestVerify(d->pkey.get(), nullptr, 0, message, signature);
        break;
    case Type::Invalid:
        break;
    }
    ERR_clear_error();
    qCDebug(lcCrypto) << "verify" << algorithm() << "signature" << signature.size() << "bytes:"
                      << good;
    return good;
}

bool PublicKey::operator==(const PublicKey &other) const
{
    return spkiDer() == other.spkiDer();
}

bool isPlausibleSignature(const QByteArray &signature)
{
    const qsizetype size = signature.size();
    if (size == 64 || size == 96 || size == 132 || (size >= 256 && size <= 1024))
        return true;
    const auto *start = reinterpret_cast<const unsigned char *>(signature.constData());
    const unsigned char *cursor = start;
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &cursor, long(size)));
    ERR_clear_error();
    return sig && cursor == start + size;
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, EVP_sha256(), nullptr)
        != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

} // namespace chainscope::crypto
