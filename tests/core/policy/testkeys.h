#pragma once

// Test-only: a fresh ECDSA P-256 key made with OpenSSL and a MemorySource
// filled the way cosign lays signatures out in a registry (tag
// "sha256-<hex>.sig", simple-signing payload layer, signature annotation,
// no transparency-log bundle: what `cosign sign --tlog-upload=false` makes).
// The signatures are real, so the real CosignVerifier checks them.

#include "core/oci/mediatypes.h"
#include "core/reference/digest.h"
#include "core/registry/memorysource.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>

class TestKey
{
public:
    TestKey() { m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); }
    ~TestKey() { EVP_PKEY_free(m_key); }
    TestKey(const TestKey &) = delete;
    TestKey &operator=(const TestKey &) = delete;

    QString publicKeyPem() const
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, m_key);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        const QString pem = QString::fromLatin1(data, int(size)).trimmed();
        BIO_free(bio);
        return pem;
    }

    QByteArray sign(const QByteArray &message) const
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

private:
    EVP_PKEY *m_key = nullptr;
};

namespace testregistry {

using namespace chainscope;

inline QByteArray manifestJson(const reference::Digest &config, qint64 configSize,
                               const QJsonArray &layers)
{
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString(oci::mediatype::OciManifest)},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("mediaType"), QString(oci::mediatype::OciConfig)},
                     {QStringLiteral("digest"), config.toString()},
                     {QStringLiteral("size"), configSize}}},
        {QStringLiteral("layers"), layers},
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

/// Pushes a small image under \a repository:\a tag; \a seed makes it unique.
inline reference::Digest pushImage(registry::MemorySource &source, const QString &repository,
                                   const QString &tag, const QByteArray &seed)
{
    const QByteArray config
        = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"seed\":\"" + seed + "\"}";
    const reference::Digest configDigest = source.addBlob(repository, config);
    const QByteArray layer = "layer " + seed;
    const reference::Digest layerDigest = source.addBlob(repository, layer);
    const QJsonArray layers{
        QJsonObject{{QStringLiteral("mediaType"), QString(oci::mediatype::OciLayerTar)},
                    {QStringLiteral("digest"), layerDigest.toString()},
                    {QStringLiteral("size"), layer.size()}}};
    return source.addManifest(repository, manifestJson(configDigest, config.size(), layers),
                              QString(oci::mediatype::OciManifest), tag);
}

/// Signs \a imageDigest as cosign does; \a payloadDigest is the digest the
/// payload names (normally the same).
inline void signImage(registry::MemorySource &source, const QString &repository,
                      const reference::Digest &imageDigest, const TestKey &key,
                      const reference::Digest &payloadDigest)
{
    QJsonObject identity;
    identity.insert(QStringLiteral("docker-reference"),
                    QString(source.host() + QLatin1Char('/') + repository));
    QJsonObject image;
    image.insert(QStringLiteral("docker-manifest-digest"), payloadDigest.toString());
    QJsonObject critical;
    critical.insert(QStringLiteral("identity"), identity);
    critical.insert(QStringLiteral("image"), image);
    critical.insert(QStringLiteral("type"), QStringLiteral("cosign container image signature"));
    QJsonObject payload;
    payload.insert(QStringLiteral("critical"), critical);
    payload.insert(QStringLiteral("optional"), QJsonValue());
    const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const reference::Digest payloadBlob = source.addBlob(repository, bytes);
    const QByteArray config("{}");
    const reference::Digest configDigest = source.addBlob(repository, config);
    const QJsonArray layers{
        QJsonObject{{QStringLiteral("mediaType"),
                     QStringLiteral("application/vnd.dev.cosign.simplesigning.v1+json")},
                    {QStringLiteral("digest"), payloadBlob.toString()},
                    {QStringLiteral("size"), bytes.size()},
                    {QStringLiteral("annotations"),
                     QJsonObject{{QStringLiteral("dev.cosignproject.cosign/signature"),
                                  QString::fromLatin1(key.sign(bytes).toBase64())}}}}};
    source.addManifest(repository, manifestJson(configDigest, config.size(), layers),
                       QString(oci::mediatype::OciManifest),
                       QStringLiteral("sha256-") + imageDigest.hex() + QStringLiteral(".sig"));
}

} // namespace testregistry
