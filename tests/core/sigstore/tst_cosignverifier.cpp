// Verifies cosign-made signatures (containers/image fixtures) and hostile
// variants of them through CosignVerifier, with the signature manifests
// rebuilt in a MemorySource exactly as cosign lays them out in a registry.

#include "core/oci/mediatypes.h"
#include "core/registry/memorysource.h"
#include "core/sigstore/cosignverifier.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace chainscope;
using namespace chainscope::sigstore;
using report::Outcome;
using report::StepStatus;

namespace {

const QString FixtureDir = QStringLiteral("containers-image/signature-fixtures/");
const QString CosignKey = QStringLiteral("c87a79018f346cc02482448b77296b0bea143ef2ccab99b04776fb0f638f301f");
const QString Cosign2Key = QStringLiteral("5e7eb6c1e2e6db06470ae59ee8253b3dc4ce33beefb9a0cca06a371cfc0ebdfa");

using test::dataPath;
using test::readData;

crypto::PublicKey key(const QString &file)
{
    auto loaded = crypto::PublicKey::fromBytes(readData(FixtureDir + file));
    if (!loaded)
        qFatal("cannot load key %s", qPrintable(file));
    return *loaded;
}

// One sigstore signature file of containers/image: "\x00sigstore-json\n" then
// {"mimeType", "payload" (base64), "annotations"}: a layer of a .sig manifest.
struct SignatureLayer
{
    QString mediaType;
    QByteArray payload;
    QJsonObject annotations;
    qint64 declaredSize = -1; ///< size written in the descriptor; -1: the real size
};

SignatureLayer readSignatureFile(const QString &relative)
{
    const QByteArray prefix("\x00sigstore-json\n", 15);
    const QByteArray bytes = readData(relative);
    if (!bytes.startsWith(prefix))
        qFatal("not a sigstore signature file: %s", qPrintable(relative));
    const QJsonObject object = QJsonDocument::fromJson(bytes.mid(prefix.size())).object();
    SignatureLayer layer;
    layer.mediaType = object.value(QLatin1String("mimeType")).toString();
    layer.payload = QByteArray::fromBase64(object.value(QLatin1String("payload")).toString().toLatin1());
    layer.annotations = object.value(QLatin1String("annotations")).toObject();
    return layer;
}

QList<SignatureLayer> readSignatureFiles(const QString &fixture)
{
    QList<SignatureLayer> layers;
    const QDir dir(dataPath(FixtureDir + fixture));
    const QStringList names = dir.entryList({QStringLiteral("signature-*")}, QDir::Files,
                                            QDir::Name);
    for (const QString &name : names)
        layers.append(readSignatureFile(FixtureDir + fixture + QLatin1Char('/') + name));
    return layers;
}

// Stores the layers' blobs and a cosign-style OCI manifest referencing them
// under the tag sha256-<hex>.sig of \a imageDigest.
void addSignatureManifest(registry::MemorySource &source, const QString &repository,
                          const reference::Digest &imageDigest,
                          const QList<SignatureLayer> &layers)
{
    const QByteArray config("{}");
    const reference::Digest configDigest = source.addBlob(repository, config);
    QJsonArray layerArray;
    for (const SignatureLayer &layer : layers) {
        const reference::Digest digest = source.addBlob(repository, layer.payload);
        QJsonObject descriptor{
            {QStringLiteral("mediaType"), layer.mediaType},
            {QStringLiteral("digest"), digest.toString()},
            {QStringLiteral("size"), layer.declaredSize >= 0 ? layer.declaredSize
                                                             : qint64(layer.payload.size())},
        };
        if (!layer.annotations.isEmpty())
            descriptor.insert(QStringLiteral("annotations"), layer.annotations);
        layerArray.append(descriptor);
    }
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString(oci::mediatype::OciManifest)},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("mediaType"), QString(oci::mediatype::OciConfig)},
                     {QStringLiteral("digest"), configDigest.toString()},
                     {QStringLiteral("size"), config.size()}}},
        {QStringLiteral("layers"), layerArray},
    };
    source.addManifest(repository, QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                       QString(oci::mediatype::OciManifest),
                       QStringLiteral("sha256-") + imageDigest.hex() + QStringLiteral(".sig"));
}

// The signed image's manifest under \a tag; returns its digest.
reference::Digest addImage(registry::MemorySource &source, const QString &repository,
                           const QString &fixture, const QString &tag)
{
    const QByteArray raw = readData(FixtureDir + fixture + QStringLiteral("/manifest.json"));
    const QString mediaType = QJsonDocument::fromJson(raw).object()
                                  .value(QLatin1String("mediaType")).toString();
    return source.addManifest(repository, raw, mediaType, tag);
}

} // namespace

using LayerMutator = std::function<void(QList<SignatureLayer> &)>;
Q_DECLARE_METATYPE(LayerMutator)

namespace {

report::Verification verifyFixture(const QString &fixture, const QString &imageText,
                                   const KeyVerifyOptions &options,
                                   const LayerMutator &mutate = {})
{
    auto image = reference::ImageReference::parse(imageText);
    if (!image)
        qFatal("bad image reference %s", qPrintable(imageText));
    registry::MemorySource source;
    const QString repository = image->repository();
    QList<SignatureLayer> layers = readSignatureFiles(fixture);
    if (mutate)
        mutate(layers);
    if (QFile::exists(dataPath(FixtureDir + fixture + QStringLiteral("/manifest.json")))) {
        const reference::Digest digest = addImage(source, repository, fixture, image->tag());
        addSignatureManifest(source, repository, digest, layers);
    } else {
        // No image: the signature is there, the content it names is not.
        auto signedDigest = reference::Digest::parse(QStringLiteral(
            "sha256:634a8f35b5f16dcf4aaa0822adc0b1964bb786fca12f6831de8ddc45e5986a00"));
        addSignatureManifest(source, repository, *signedDigest, layers);
    }
    CosignVerifier verifier(source);
    return verifier.verify(*image, options);
}

const report::Step *findStep(const report::Verification &verification, const QString &id)
{
    for (const report::Step &step : verification.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

QString describe(const report::Verification &verification)
{
    QStringList lines{report::outcomeName(verification.outcome) + QStringLiteral(": ")
                      + verification.summary};
    for (const report::Step &step : verification.steps) {
        lines.append(QStringLiteral("  %1 %2: %3").arg(report::stepStatusName(step.status),
                                                       step.id, step.explanation));
    }
    return lines.join(QLatin1Char('\n'));
}

const QString SingleSample = QStringLiteral("192.168.64.2:5000/cosign-signed-single-sample:latest");

void replaceAnnotation(QList<SignatureLayer> &layers, const char *name, const QJsonValue &value)
{
    if (value.isUndefined())
        layers[0].annotations.remove(QLatin1String(name));
    else
        layers[0].annotations.insert(QLatin1String(name), value);
}

/// A registry that answers some requests with an error, standing in for an
/// unreachable or failing server, which MemorySource cannot be.
class FailingSource final : public registry::ContentSource
{
public:
    FailingSource(registry::ContentSource &inner, QString failingTag, Error error,
                  bool failTags = false)
        : m_inner(inner), m_failingTag(std::move(failingTag)), m_error(std::move(error))
        , m_failTags(failTags)
    {
    }
    QString host() const override { return m_inner.host(); }
    Result<registry::FetchedManifest> manifest(const QString &repository,
                                               const QString &tagOrDigest) override
    {
        if (tagOrDigest == m_failingTag)
            return m_error;
        return m_inner.manifest(repository, tagOrDigest);
    }
    Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                            qint64 maxBytes) override
    {
        return m_inner.blob(repository, digest, maxBytes);
    }
    Result<QStringList> tags(const QString &repository) override
    {
        if (m_failTags)
            return m_error;
        return m_inner.tags(repository);
    }
    Result<QStringList> repositories() override { return m_inner.repositories(); }

private:
    registry::ContentSource &m_inner;
    QString m_failingTag;
    Error m_error;
    bool m_failTags;
};

} // namespace

class TestCosignVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QStringList>("knownKeys");
        QTest::addColumn<QStringList>("rekorKeys");
        QTest::addColumn<bool>("requireExact");
        QTest::addColumn<bool>("requireTlog");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("failedStep");

        const QStringList none;
        const QString keyRekor = QStringLiteral("192.168.64.2:5000/cosign-signed/key-1:latest");

        QTest::newRow("valid") << "dir-img-cosign-valid" << SingleSample << "cosign.pub" << none
                               << none << false << false << Outcome::Verified << CosignKey << "";
        QTest::newRow("valid, log entry required")
            << "dir-img-cosign-valid" << SingleSample << "cosign.pub" << none << none << false
            << true << Outcome::TlogMissing << CosignKey << "tlog.checked";
        QTest::newRow("valid, other key, signer unknown")
            << "dir-img-cosign-valid" << SingleSample << "cosign2.pub" << none << none << false
            << false << Outcome::KeyMismatch << "" << "key.matched";
        QTest::newRow("valid, other key, signer among known keys")
            << "dir-img-cosign-valid" << SingleSample << "cosign2.pub"
            << QStringList{"rekor.pub", "cosign.pub"} << none << false << false
            << Outcome::KeyMismatch << CosignKey << "key.matched";
        QTest::newRow("valid, by digest")
            << "dir-img-cosign-valid"
            << "192.168.64.2:5000/cosign-signed-single-sample@sha256:634a8f35b5f16dcf4aaa0822adc0"
               "b1964bb786fca12f6831de8ddc45e5986a00"
            << "cosign.pub" << none << none << true << false << Outcome::Verified << CosignKey
            << "";
        QTest::newRow("by a digest the registry does not have")
            << "dir-img-cosign-valid"
            << "192.168.64.2:5000/cosign-signed-single-sample@sha256:0000000000000000000000000000"
               "000000000000000000000000000000000000"
            << "cosign.pub" << none << none << false << false << Outcome::Error << ""
            << "image.resolved";
        QTest::newRow("valid-2") << "dir-img-cosign-valid-2" << SingleSample << "cosign.pub"
                                 << none << none << false << false << Outcome::Verified
                                 << CosignKey << "";
        QTest::newRow("mixed: one of two valid")
            << "dir-img-cosign-mixed" << SingleSample << "cosign.pub" << none << none << false
            << false << Outcome::Verified << CosignKey << "";
        QTest::newRow("mixed, other key") << "dir-img-cosign-mixed" << SingleSample
                                          << "cosign2.pub" << none << none << false << false
                                          << Outcome::KeyMismatch << "" << "key.matched";
        QTest::newRow("with tag, exact, same tag")
            << "dir-img-cosign-valid-with-tag" << "192.168.64.2:5000/skopeo-signed:tag"
            << "cosign.pub" << none << none << true << false << Outcome::Verified << CosignKey
            << "";
        QTest::newRow("with tag, exact, other tag")
            << "dir-img-cosign-valid-with-tag" << "192.168.64.2:5000/skopeo-signed:othertag"
            << "cosign.pub" << none << none << true << false << Outcome::ReferenceMismatch
            << CosignKey << "payload.reference";
        QTest::newRow("with tag, other tag is a warning")
            << "dir-img-cosign-valid-with-tag" << "192.168.64.2:5000/skopeo-signed:othertag"
            << "cosign.pub" << none << none << false << false << Outcome::Verified << CosignKey
            << "";
        QTest::newRow("other image name, exact")
            << "dir-img-cosign-valid" << "testing/manifest:notlatest" << "cosign.pub" << none
            << none << true << false << Outcome::ReferenceMismatch << CosignKey
            << "payload.reference";
        QTest::newRow("modified manifest")
            << "dir-img-cosign-modified-manifest" << SingleSample << "cosign.pub" << none << none
            << false << false << Outcome::PayloadDigestMismatch << CosignKey << "payload.digest";
        QTest::newRow("other attachment") << "dir-img-cosign-other-attachment" << SingleSample
                                          << "cosign.pub" << none << none << false << false
                                          << Outcome::NoSignature << "" << "signature.found";
        QTest::newRow("no manifest") << "dir-img-cosign-no-manifest" << SingleSample
                                     << "cosign.pub" << none << none << false << false
                                     << Outcome::Error << "" << "image.resolved";
        QTest::newRow("schema1 manifest") << "dir-img-cosign-manifest-digest-error"
                                          << SingleSample << "cosign.pub" << none << none << false
                                          << false << Outcome::Error << "" << "image.resolved";
        QTest::newRow("key + rekor, SET checked")
            << "dir-img-cosign-key-rekor-valid" << keyRekor << "cosign2.pub" << none
            << QStringList{"rekor.pub"} << false << true << Outcome::Verified << Cosign2Key << "";
        QTest::newRow("key + rekor, no rekor key")
            << "dir-img-cosign-key-rekor-valid" << keyRekor << "cosign2.pub" << none << none
            << false << false << Outcome::Verified << Cosign2Key << "";
        QTest::newRow("key + rekor, no rekor key, log required")
            << "dir-img-cosign-key-rekor-valid" << keyRekor << "cosign2.pub" << none << none
            << false << true << Outcome::TlogMissing << Cosign2Key << "tlog.unchecked";
        QTest::newRow("key + rekor, wrong rekor key")
            << "dir-img-cosign-key-rekor-valid" << keyRekor << "cosign2.pub" << none
            << QStringList{"cosign.pub"} << false << false << Outcome::Invalid << Cosign2Key
            << "tlog.checked";
        QTest::newRow("key + rekor, other key: log entry names the signer")
            << "dir-img-cosign-key-rekor-valid" << keyRekor << "cosign.pub" << none << none
            << false << false << Outcome::KeyMismatch << Cosign2Key << "key.matched";
    }

    void fixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, image);
        QFETCH(QString, keyFile);
        QFETCH(QStringList, knownKeys);
        QFETCH(QStringList, rekorKeys);
        QFETCH(bool, requireExact);
        QFETCH(bool, requireTlog);
        QFETCH(Outcome, outcome);
        QFETCH(QString, signer);
        QFETCH(QString, failedStep);

        KeyVerifyOptions options;
        options.key = key(keyFile);
        options.requireExactReference = requireExact;
        options.requireTransparencyLog = requireTlog;
        for (const QString &file : knownKeys)
            options.knownKeys.append(key(file));
        for (const QString &file : rekorKeys)
            options.rekorKeys.append(key(file));

        const report::Verification result = verifyFixture(fixture, image, options);
        QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
        QCOMPARE(result.signerKeyFingerprint, signer);
        QVERIFY(!result.summary.isEmpty());
        for (const report::Step &step : result.steps)
            QVERIFY2(!step.explanation.isEmpty(), qPrintable(step.id));
        if (failedStep.isEmpty()) {
            QVERIFY(result.verified());
            for (const report::Step &step : result.steps) {
                QVERIFY2(step.status != StepStatus::Failed && step.status != StepStatus::Error,
                         qPrintable(describe(result)));
            }
        } else {
            const report::Step *step = findStep(result, failedStep);
            QVERIFY2(step, qPrintable(describe(result)));
            QVERIFY2(step->status == StepStatus::Failed || step->status == StepStatus::Error,
                     qPrintable(describe(result)));
        }
    }

    void validWithoutLogWarns()
    {
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        const auto result = verifyFixture(QStringLiteral("dir-img-cosign-valid"), SingleSample,
                                          options);
        QVERIFY(result.verified());
        const report::Step *tlog = findStep(result, QStringLiteral("tlog.checked"));
        QVERIFY(tlog);
        QCOMPARE(tlog->status, StepStatus::Warning);
        QVERIFY(tlog->explanation.contains(QLatin1String("No transparency-log entry was checked")));
        QVERIFY(result.warnings.contains(tlog->explanation));
        QCOMPARE(result.digest,
                 QStringLiteral("sha256:634a8f35b5f16dcf4aaa0822adc0b1964bb786fca12f6831de8ddc45e5986a00"));
        const report::Step *reference = findStep(result, QStringLiteral("payload.reference"));
        QVERIFY(reference);
        QCOMPARE(reference->status, StepStatus::Passed);
    }

    void unconfiguredRekorKeyIsNotAMissingEntry()
    {
        // The bundle is there; only the log's key is missing. The summary
        // must say so, not that the signature has no log entry.
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign2.pub"));
        options.requireTransparencyLog = true;
        const auto result = verifyFixture(QStringLiteral("dir-img-cosign-key-rekor-valid"),
                                          QStringLiteral("192.168.64.2:5000/cosign-signed/key-1"),
                                          options);
        QCOMPARE(result.outcome, Outcome::TlogMissing);
        QVERIFY(!result.verified());
        QVERIFY2(result.summary.startsWith(QLatin1String("Log entry present but not checked")),
                 qPrintable(result.summary));
        QVERIFY(!findStep(result, QStringLiteral("tlog.checked")));
        const report::Step *tlog = findStep(result, QStringLiteral("tlog.unchecked"));
        QVERIFY(tlog);
        QCOMPARE(tlog->status, StepStatus::Failed);
    }

    void setCheckedStepSaysSo()
    {
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign2.pub"));
        options.rekorKeys.append(key(QStringLiteral("rekor.pub")));
        const auto result = verifyFixture(QStringLiteral("dir-img-cosign-key-rekor-valid"),
                                          QStringLiteral("192.168.64.2:5000/cosign-signed/key-1"),
                                          options);
        QVERIFY2(result.verified(), qPrintable(describe(result)));
        const report::Step *tlog = findStep(result, QStringLiteral("tlog.checked"));
        QVERIFY(tlog);
        QCOMPARE(tlog->status, StepStatus::Passed);
        QVERIFY(tlog->actual.contains(QLatin1String("11608800")));
        QVERIFY(result.warnings.isEmpty());
    }

    void digestMismatchNamesBoth()
    {
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        const auto result = verifyFixture(QStringLiteral("dir-img-cosign-modified-manifest"),
                                          SingleSample, options);
        const report::Step *step = findStep(result, QStringLiteral("payload.digest"));
        QVERIFY(step);
        QCOMPARE(step->expected, QStringLiteral("sha256:d9dcafdb480aa7c475e91737b96925e4584"
                                                "4213dcb0290b4a90017459121f71f"));
        QCOMPARE(step->actual, QStringLiteral("sha256:634a8f35b5f16dcf4aaa0822adc0b1964bb7"
                                              "86fca12f6831de8ddc45e5986a00"));
        QVERIFY(step->explanation.contains(step->expected));
        QVERIFY(step->explanation.contains(step->actual));
    }

    void unknownKeySignature()
    {
        // A valid cosign signature by a key nobody gave us, on the valid image.
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        const auto result = verifyFixture(
            QStringLiteral("dir-img-cosign-valid"), SingleSample, options,
            [](QList<SignatureLayer> &layers) {
                layers = {readSignatureFile(FixtureDir
                                            + QStringLiteral("unknown-cosign-key.signature"))};
            });
        QVERIFY2(result.outcome == Outcome::KeyMismatch, qPrintable(describe(result)));
        const report::Step *step = findStep(result, QStringLiteral("key.matched"));
        QVERIFY(step);
        QCOMPARE(step->expected, CosignKey);
        QVERIFY(step->explanation.contains(QLatin1String("signer is unknown")));
    }

    void certificateNamesSigner_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("image");
        QTest::newRow("fulcio") << "dir-img-cosign-fulcio-rekor-valid"
                                << "192.168.64.2:5000/cosign-signed/fulcio-rekor-1";
        QTest::newRow("pki") << "dir-img-cosign-pki-valid" << "localhost:5000/test";
    }

    void certificateNamesSigner()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, image);
        // Checked with a key that did not sign: the certificate's key did.
        const QString certificate = readSignatureFiles(fixture)
                                        .constFirst()
                                        .annotations.value(QLatin1String("dev.sigstore.cosign/certificate"))
                                        .toString();
        auto certificateKey = crypto::PublicKey::fromCertificatePem(certificate.toUtf8());
        QVERIFY(certificateKey.ok());

        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        const auto result = verifyFixture(fixture, image, options);
        QVERIFY2(result.outcome == Outcome::KeyMismatch, qPrintable(describe(result)));
        QCOMPARE(result.signerKeyFingerprint, certificateKey->fingerprint());
        QVERIFY(result.summary.contains(certificateKey->fingerprint().left(16)));

        // With the certificate's own key the signature verifies (the
        // certificate chain and identity are a keyless check, not this one).
        options.key = *certificateKey;
        const auto withCertificateKey = verifyFixture(fixture, image, options);
        QVERIFY2(withCertificateKey.verified(), qPrintable(describe(withCertificateKey)));
    }

    void hostile_data()
    {
        QTest::addColumn<LayerMutator>("mutate");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("failedStep");

        const QByteArray goodPayload = readSignatureFiles(QStringLiteral("dir-img-cosign-valid"))
                                           .constFirst().payload;
        auto withPayload = [](QByteArray payload) {
            return LayerMutator([payload](QList<SignatureLayer> &layers) {
                layers[0].payload = payload;
            });
        };

        QTest::newRow("signature annotation not base64")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   replaceAnnotation(layers, "dev.cosignproject.cosign/signature",
                                     QStringLiteral("!!!not*base64$$$"));
               })
            << Outcome::Invalid << "signature.readable";
        QTest::newRow("signature annotation missing")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   replaceAnnotation(layers, "dev.cosignproject.cosign/signature",
                                     QJsonValue(QJsonValue::Undefined));
               })
            << Outcome::Invalid << "signature.readable";
        QTest::newRow("signature DER truncated")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   const QByteArray der = QByteArray::fromBase64(
                       layers[0].annotations.value(QLatin1String("dev.cosignproject.cosign/signature"))
                           .toString().toLatin1());
                   replaceAnnotation(layers, "dev.cosignproject.cosign/signature",
                                     QString::fromLatin1(der.left(40).toBase64()));
               })
            << Outcome::Invalid << "key.matched";
        QTest::newRow("payload not JSON") << withPayload("this is { not json")
                                          << Outcome::Invalid << "payload.parsed";
        QTest::newRow("payload JSON array") << withPayload("[1,2,3]") << Outcome::Invalid
                                            << "payload.parsed";
        QByteArray otherType = goodPayload;
        otherType.replace("cosign container image signature", "atomic container signature");
        QTest::newRow("payload of another type") << withPayload(otherType) << Outcome::Invalid
                                                 << "payload.parsed";
        QByteArray extraCritical = goodPayload;
        extraCritical.replace("\"type\":", "\"surprise\":1,\"type\":");
        QTest::newRow("payload with unknown critical field")
            << withPayload(extraCritical) << Outcome::Invalid << "payload.parsed";
        QByteArray badDigest = goodPayload;
        badDigest.replace("sha256:634a8f35", "sha256:XYZ");
        QTest::newRow("payload digest not a digest") << withPayload(badDigest)
                                                     << Outcome::Invalid << "payload.parsed";
        // Same claims, one byte of whitespace more: the signature no longer
        // covers these bytes, and nothing can tell this from another signer.
        QTest::newRow("payload re-serialised") << withPayload(goodPayload + ' ')
                                               << Outcome::KeyMismatch << "key.matched";
        QTest::newRow("huge payload")
            << withPayload(QByteArray(2 * 1024 * 1024, 'x')) << Outcome::Invalid
            << "signature.readable";
        QTest::newRow("huge payload, descriptor lies about size")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   layers[0].payload = QByteArray(2 * 1024 * 1024, 'x');
                   layers[0].declaredSize = 300;
               })
            << Outcome::Invalid << "signature.readable";
        QTest::newRow("wrong mimeType")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   layers[0].mediaType = QStringLiteral("application/json");
               })
            << Outcome::NoSignature << "signature.found";
        QTest::newRow("no layers") << LayerMutator([](QList<SignatureLayer> &layers) {
            layers.clear();
        }) << Outcome::NoSignature << "signature.found";
        QTest::newRow("garbage bundle")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   replaceAnnotation(layers, "dev.sigstore.cosign/bundle",
                                     QStringLiteral("{not json"));
               })
            << Outcome::Invalid << "tlog.checked";
        QTest::newRow("bundle of another signature")
            << LayerMutator([](QList<SignatureLayer> &layers) {
                   const SignatureLayer rekor = readSignatureFiles(
                       QStringLiteral("dir-img-cosign-key-rekor-valid")).constFirst();
                   replaceAnnotation(layers, "dev.sigstore.cosign/bundle",
                                     rekor.annotations.value(QLatin1String("dev.sigstore.cosign/bundle")));
               })
            << Outcome::Invalid << "tlog.checked";
    }

    void hostile()
    {
        QFETCH(LayerMutator, mutate);
        QFETCH(Outcome, outcome);
        QFETCH(QString, failedStep);

        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        options.rekorKeys.append(key(QStringLiteral("rekor.pub")));
        const auto result = verifyFixture(QStringLiteral("dir-img-cosign-valid"), SingleSample,
                                          options, mutate);
        QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
        QVERIFY(!result.verified());
        const report::Step *step = findStep(result, failedStep);
        QVERIFY2(step, qPrintable(describe(result)));
        QVERIFY2(step->status == StepStatus::Failed, qPrintable(describe(result)));
    }

    void tamperedSetIsRejected()
    {
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign2.pub"));
        options.rekorKeys.append(key(QStringLiteral("rekor.pub")));
        const auto result = verifyFixture(
            QStringLiteral("dir-img-cosign-key-rekor-valid"),
            QStringLiteral("192.168.64.2:5000/cosign-signed/key-1"), options,
            [](QList<SignatureLayer> &layers) {
                QString bundle = layers[0].annotations
                                     .value(QLatin1String("dev.sigstore.cosign/bundle")).toString();
                QVERIFY(bundle.contains(QLatin1String("1674251859")));
                bundle.replace(QLatin1String("1674251859"), QLatin1String("1674251860"));
                replaceAnnotation(layers, "dev.sigstore.cosign/bundle", bundle);
            });
        QVERIFY2(result.outcome == Outcome::Invalid, qPrintable(describe(result)));
        QVERIFY(findStep(result, QStringLiteral("tlog.checked"))
                    ->explanation.contains(QLatin1String("does not verify")));
    }

    void lyingRegistryIsAnError()
    {
        registry::MemorySource memory;
        const QString repository = QStringLiteral("cosign-signed-single-sample");
        const reference::Digest digest = addImage(memory, repository,
                                                  QStringLiteral("dir-img-cosign-valid"),
                                                  QStringLiteral("latest"));
        const QList<SignatureLayer> layers = readSignatureFiles(QStringLiteral("dir-img-cosign-valid"));
        addSignatureManifest(memory, repository, digest, layers);
        memory.addCorruptContent(repository, reference::Digest::sha256Of(layers[0].payload),
                                 QByteArray("{\"critical\":{}}"));

        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        CosignVerifier verifier(memory);
        const auto result = verifier.verify(*reference::ImageReference::parse(SingleSample), options);
        QVERIFY2(result.outcome == Outcome::Error, qPrintable(describe(result)));
        QVERIFY(result.summary.contains(QLatin1String("digest")));
    }

    void registryErrorsAreNotNoSignature_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("404 on .sig: no signature") << int(ErrorKind::NotFound)
                                                   << Outcome::NoSignature;
        QTest::newRow("network error") << int(ErrorKind::Network) << Outcome::Error;
        QTest::newRow("HTTP 500") << int(ErrorKind::Http) << Outcome::Error;
        QTest::newRow("unauthorized") << int(ErrorKind::Unauthorized) << Outcome::Error;
        QTest::newRow("forbidden") << int(ErrorKind::Forbidden) << Outcome::Error;
    }

    void registryErrorsAreNotNoSignature()
    {
        QFETCH(int, kind);
        QFETCH(Outcome, outcome);

        registry::MemorySource memory;
        const QString repository = QStringLiteral("cosign-signed-single-sample");
        const reference::Digest digest = addImage(memory, repository,
                                                  QStringLiteral("dir-img-cosign-valid"),
                                                  QStringLiteral("latest"));
        addSignatureManifest(memory, repository, digest,
                             readSignatureFiles(QStringLiteral("dir-img-cosign-valid")));
        Error error(ErrorKind(kind), QStringLiteral("simulated failure"));
        FailingSource failing(memory, QStringLiteral("sha256-") + digest.hex() + QStringLiteral(".sig"),
                              error);

        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        CosignVerifier verifier(failing);
        const auto result = verifier.verify(*reference::ImageReference::parse(SingleSample), options);
        QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
        if (outcome == Outcome::Error)
            QVERIFY(result.summary.contains(QLatin1String("simulated failure")));
    }

    void malformedSignatureManifest_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("contentType");

        QTest::newRow("not JSON") << QByteArray("<html>oops</html>")
                                  << QString(oci::mediatype::OciManifest);
        QTest::newRow("an index") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\""
                                                "application/vnd.oci.image.index.v1+json\","
                                                "\"manifests\":[]}")
                                  << QString(oci::mediatype::OciIndex);
    }

    void malformedSignatureManifest()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, contentType);

        registry::MemorySource memory;
        const QString repository = QStringLiteral("cosign-signed-single-sample");
        const reference::Digest digest = addImage(memory, repository,
                                                  QStringLiteral("dir-img-cosign-valid"),
                                                  QStringLiteral("latest"));
        const reference::Digest bogus = memory.addManifest(repository, raw, contentType);
        memory.setTag(repository, QStringLiteral("sha256-") + digest.hex() + QStringLiteral(".sig"),
                      bogus);

        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        CosignVerifier verifier(memory);
        const auto result = verifier.verify(*reference::ImageReference::parse(SingleSample),
                                            options);
        QVERIFY2(result.outcome == Outcome::Invalid, qPrintable(describe(result)));
        QCOMPARE(findStep(result, QStringLiteral("signature.found"))->status, StepStatus::Failed);
    }

    void unreachableImageIsAnError()
    {
        registry::MemorySource memory;
        FailingSource failing(memory, QStringLiteral("latest"),
                              Error(ErrorKind::Network, QStringLiteral("connection refused")));
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        CosignVerifier verifier(failing);
        const auto result = verifier.verify(*reference::ImageReference::parse(SingleSample), options);
        QCOMPARE(result.outcome, Outcome::Error);
        QVERIFY(result.summary.contains(QLatin1String("connection refused")));
        QCOMPARE(findStep(result, QStringLiteral("image.resolved"))->status, StepStatus::Error);
    }

    void noKeyIsAnError()
    {
        const auto result = CosignVerifier::verifySignatures(
            *reference::ImageReference::parse(SingleSample),
            reference::Digest::sha256Of("x"), {}, KeyVerifyOptions());
        QCOMPARE(result.outcome, Outcome::Error);
    }

    // The lab's re-pushed tag: 1.0 pointed at a signed digest, then at new,
    // unsigned content; the old .sig tag stays behind.
    void tagMoved_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<bool>("oldStillTagged");
        QTest::addColumn<bool>("byDigest");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("validity");

        QTest::newRow("moved, old signature valid") << "cosign.pub" << false << false
                                                    << Outcome::TagMoved << "verifies with the key";
        QTest::newRow("moved, old signature by another key")
            << "cosign2.pub" << false << false << Outcome::TagMoved << "does not verify";
        QTest::newRow("old digest still tagged: never signed")
            << "cosign.pub" << true << false << Outcome::NoSignature << "";
        QTest::newRow("by digest: never signed") << "cosign.pub" << false << true
                                                 << Outcome::NoSignature << "";
    }

    void tagMoved()
    {
        QFETCH(QString, keyFile);
        QFETCH(bool, oldStillTagged);
        QFETCH(bool, byDigest);
        QFETCH(Outcome, outcome);
        QFETCH(QString, validity);

        registry::MemorySource memory;
        const QString repository = QStringLiteral("ztsc/moved");
        const QString tag = QStringLiteral("1.0");
        const reference::Digest oldDigest = addImage(memory, repository,
                                                     QStringLiteral("dir-img-cosign-valid"), tag);
        addSignatureManifest(memory, repository, oldDigest,
                             readSignatureFiles(QStringLiteral("dir-img-cosign-valid")));
        if (oldStillTagged)
            memory.setTag(repository, QStringLiteral("0.9"), oldDigest);
        // Re-push: the tag now names other content, which nobody signed.
        const reference::Digest newDigest = addImage(memory, repository,
                                                     QStringLiteral("dir-img-cosign-modified-manifest"),
                                                     tag);
        QVERIFY(newDigest != oldDigest);

        auto image = reference::ImageReference::parse(QStringLiteral("memory.invalid/ztsc/moved:1.0"));
        QVERIFY(image.ok());
        if (byDigest)
            image = image->withDigest(newDigest);
        KeyVerifyOptions options;
        options.key = key(keyFile);
        CosignVerifier verifier(memory);
        const auto result = verifier.verify(*image, options);
        QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
        QCOMPARE(result.digest, newDigest.toString());
        QCOMPARE(findStep(result, QStringLiteral("signature.found"))->status, StepStatus::Failed);
        if (outcome == Outcome::TagMoved) {
            const report::Step *step = findStep(result, QStringLiteral("signature.previous-digest"));
            QVERIFY(step);
            QCOMPARE(step->expected, oldDigest.toString());
            QCOMPARE(step->actual, newDigest.toString());
            QVERIFY2(step->explanation.contains(QLatin1String("no longer tagged")),
                     qPrintable(step->explanation));
            QVERIFY2(step->explanation.contains(validity), qPrintable(step->explanation));
            // The old signer is named in the step only, never as the image's signer.
            if (validity == QLatin1String("verifies with the key"))
                QVERIFY(step->explanation.contains(options.key.fingerprint()));
            QVERIFY2(result.signerKeyFingerprint.isEmpty(), qPrintable(result.signerKeyFingerprint));
            QVERIFY(result.toJson().value(QStringLiteral("signerKeyFingerprint")).toString()
                        .isEmpty());
        } else {
            QVERIFY(!findStep(result, QStringLiteral("signature.previous-digest")));
        }
    }

    void tagListFailureIsReported()
    {
        registry::MemorySource memory;
        const QString repository = QStringLiteral("ztsc/unsigned");
        addImage(memory, repository, QStringLiteral("dir-img-cosign-valid"), QStringLiteral("1.0"));
        FailingSource failing(memory, QString(),
                              Error(ErrorKind::Forbidden, QStringLiteral("tag listing denied")),
                              true);
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign.pub"));
        CosignVerifier verifier(failing);
        const auto result = verifier.verify(
            *reference::ImageReference::parse(QStringLiteral("memory.invalid/ztsc/unsigned:1.0")),
            options);
        // The .sig tag answered 404, so "no signature" is established; the
        // failed search for older signatures is a visible warning.
        QCOMPARE(result.outcome, Outcome::NoSignature);
        const report::Step *step = findStep(result, QStringLiteral("signature.other-digests"));
        QVERIFY(step);
        QVERIFY(step->explanation.contains(QLatin1String("tag listing denied")));
        QVERIFY(!result.warnings.isEmpty());
    }

    void jsonOfARealVerification()
    {
        KeyVerifyOptions options;
        options.key = key(QStringLiteral("cosign2.pub"));
        const auto result = verifyFixture(QStringLiteral("dir-img-cosign-valid"), SingleSample,
                                          options);
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("key-mismatch"));
        QCOMPARE(json.value(QLatin1String("verified")).toBool(), false);
        const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
        QStringList ids;
        for (const QJsonValue &step : steps)
            ids.append(step.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids, (QStringList{"image.resolved", "signature.found", "payload.parsed",
                                   "payload.digest", "key.matched", "payload.reference",
                                   "tlog.checked"}));
    }
};

QTEST_GUILESS_MAIN(TestCosignVerifier)
#include "tst_cosignverifier.moc"
