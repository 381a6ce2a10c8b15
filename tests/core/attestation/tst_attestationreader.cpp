#include "core/attestation/attestationreader.h"
#include "core/attestation/slsaprovenance.h"
#include "core/oci/mediatypes.h"
#include "core/registry/memorysource.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chainscope;
using namespace chainscope::attestation;

namespace {

using test::readData;

QJsonObject descriptor(const QString &mediaType, const QByteArray &bytes,
                       const QJsonObject &annotations = {})
{
    QJsonObject object{{"mediaType", mediaType},
                       {"digest", reference::Digest::sha256Of(bytes).toString()},
                       {"size", bytes.size()}};
    if (!annotations.isEmpty())
        object.insert("annotations", annotations);
    return object;
}

struct Layer
{
    QString mediaType;
    QByteArray bytes;
    QString predicateType;
};

// Stores an attestation manifest the way cosign attaches one ("sha256-<hex>.att").
void attach(registry::MemorySource &source, const QString &repository,
            const reference::Digest &image, const QList<Layer> &layers)
{
    const QByteArray config = "{}";
    source.addBlob(repository, config);
    QJsonArray layerArray;
    for (const Layer &layer : layers) {
        source.addBlob(repository, layer.bytes);
        QJsonObject annotations{{"dev.cosignproject.cosign/signature", ""}};
        if (!layer.predicateType.isEmpty())
            annotations.insert("predicateType", layer.predicateType);
        layerArray.append(descriptor(layer.mediaType, layer.bytes, annotations));
    }
    const QJsonObject manifest{{"schemaVersion", 2},
                               {"mediaType", QString(oci::mediatype::OciManifest)},
                               {"config", descriptor(oci::mediatype::OciConfig, config)},
                               {"layers", layerArray}};
    source.addManifest(repository, QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                       oci::mediatype::OciManifest, AttestationReader::attestationTag(image));
}

// A registry whose blob reads fail with \a kind (what a dropped connection,
// an expired login or a cancel look like); manifests come from \a inner.
class FailingBlobs : public registry::ContentSource
{
public:
    FailingBlobs(registry::ContentSource &inner, ErrorKind kind)
        : m_inner(inner)
        , m_kind(kind)
    {
    }
    QString host() const override { return m_inner.host(); }
    Result<registry::FetchedManifest> manifest(const QString &repository,
                                               const QString &tagOrDigest) override
    {
        return m_inner.manifest(repository, tagOrDigest);
    }
    Result<QByteArray> blob(const QString &, const reference::Digest &, qint64) override
    {
        return Error(m_kind, QStringLiteral("blob read failed"));
    }
    Result<QStringList> tags(const QString &repository) override
    {
        return m_inner.tags(repository);
    }
    Result<QStringList> repositories() override { return m_inner.repositories(); }

private:
    registry::ContentSource &m_inner;
    ErrorKind m_kind;
};

reference::Digest someImage()
{
    return reference::Digest::sha256Of("an image manifest");
}

} // namespace

class TestAttestationReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagName()
    {
        const reference::Digest image = someImage();
        QCOMPARE(AttestationReader::attestationTag(image),
                 QStringLiteral("sha256-") + image.hex() + QStringLiteral(".att"));
    }

    void readsTektonChainsAttestation()
    {
        registry::MemorySource source;
        const QByteArray envelope = readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-envelope.json"));
        attach(source, "ztsc/app", someImage(),
               {{oci::mediatype::DsseEnvelope, envelope, "https://slsa.dev/provenance/v0.2"}});

        AttestationReader reader(source);
        auto attestations = reader.read("ztsc/app", someImage());
        QVERIFY2(attestations.ok(),
                 qPrintable(attestations.ok() ? QString() : attestations.error().toString()));
        QCOMPARE(attestations->size(), 1);
        const AttachedAttestation &attestation = attestations->first();
        QVERIFY2(attestation.isUsable(), qPrintable(attestation.problem));
        QCOMPARE(attestation.predicateType, QString(SlsaProvenance::PredicateV02));
        QCOMPARE(attestation.envelope->raw(), envelope);

        auto provenance = SlsaProvenance::fromStatement(*attestation.statement);
        QVERIFY(provenance.ok());
        QCOMPARE(provenance->builderId(), QStringLiteral("https://tekton.dev/chains/v2"));
    }

    void noAttestationIsAnEmptyList()
    {
        registry::MemorySource source;
        source.addBlob("ztsc/app", "x");
        AttestationReader reader(source);
        auto attestations = reader.read("ztsc/app", someImage());
        QVERIFY(attestations.ok());
        QVERIFY(attestations->isEmpty());
    }

    void unreadableLayersAreReported_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problemMentions");

        QTest::newRow("not a DSSE layer")
            << QString(oci::mediatype::CosignSimpleSigning) << QByteArray("{}")
            << QStringLiteral("not a DSSE envelope");
        QTest::newRow("broken envelope")
            << QString(oci::mediatype::DsseEnvelope) << QByteArray("{\"payload\":")
            << QStringLiteral("not valid JSON");
        QTest::newRow("payload is not in-toto")
            << QString(oci::mediatype::DsseEnvelope)
            << QByteArray("{\"payloadType\":\"text/plain\",\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"MEUC\"}]}")
            << QStringLiteral("text/plain");
        QTest::newRow("statement without subject")
            << QString(oci::mediatype::DsseEnvelope)
            << QByteArray("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\""
                          + QByteArray("{\"_type\":\"https://in-toto.io/Statement/v1\","
                                       "\"predicateType\":\"x\",\"subject\":[]}")
                                .toBase64()
                          + "\",\"signatures\":[{\"sig\":\"MEUC\"}]}")
            << QStringLiteral("no subject");
    }

    void unreadableLayersAreReported()
    {
        QFETCH(QString, mediaType);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problemMentions);

        registry::MemorySource source;
        const QByteArray good = readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-envelope.json"));
        attach(source, "ztsc/app", someImage(),
               {{mediaType, bytes, {}}, {oci::mediatype::DsseEnvelope, good, {}}});

        AttestationReader reader(source);
        auto attestations = reader.read("ztsc/app", someImage());
        QVERIFY(attestations.ok());
        QCOMPARE(attestations->size(), 2);
        QVERIFY(!attestations->at(0).isUsable());
        QVERIFY2(attestations->at(0).problem.contains(problemMentions),
                 qPrintable(attestations->at(0).problem));
        // The bad layer does not hide the good one after it.
        QVERIFY(attestations->at(1).isUsable());
    }

    void registryFailureIsAnError_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("network") << ErrorKind::Network;
        QTest::newRow("unauthorized") << ErrorKind::Unauthorized;
        QTest::newRow("forbidden") << ErrorKind::Forbidden;
        QTest::newRow("cancelled") << ErrorKind::Cancelled;
    }

    void registryFailureIsAnError()
    {
        // Not a problem of the layer: the caller must not conclude that the
        // image has no provenance.
        QFETCH(ErrorKind, kind);
        registry::MemorySource memory;
        const QByteArray envelope = readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-envelope.json"));
        attach(memory, "ztsc/app", someImage(), {{oci::mediatype::DsseEnvelope, envelope, {}}});
        FailingBlobs source(memory, kind);
        AttestationReader reader(source);
        auto attestations = reader.read("ztsc/app", someImage());
        QVERIFY(!attestations.ok());
        QCOMPARE(attestations.error().kind(), kind);
    }

    void lyingRegistryIsAnError()
    {
        registry::MemorySource source;
        const QByteArray envelope = readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-envelope.json"));
        attach(source, "ztsc/app", someImage(), {{oci::mediatype::DsseEnvelope, envelope, {}}});
        QByteArray forged = envelope;
        forged.replace("payloadType", "payloadTypo");
        source.addCorruptContent("ztsc/app", reference::Digest::sha256Of(envelope), forged);

        AttestationReader reader(source);
        auto attestations = reader.read("ztsc/app", someImage());
        QVERIFY(!attestations.ok());
        QCOMPARE(attestations.error().kind(), ErrorKind::DigestMismatch);
    }
};

QTEST_GUILESS_MAIN(TestAttestationReader)
#include "tst_attestationreader.moc"
