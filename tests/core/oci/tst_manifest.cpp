// Manifest and index parsing against third-party fixtures: containers/image
// manifest fixtures, and the OCI layouts of regclient and
// go-containerregistry, whose blobs are named by their digest (an oracle
// that needs no trust in our code). Data: tests/data (see the READMEs there).

#include "core/oci/imageconfig.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace chainscope;
using namespace chainscope::oci;

namespace {

using test::dataPath;
using test::readData;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString kOk = QStringLiteral("ok");

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void contentType_data();
    void contentType();
    void everythingFields();
    void hostileInput_data();
    void hostileInput();
    void layouts_data();
    void layouts();
    void regclientDetails();
};

void TestManifest::initTestCase()
{
    QVERIFY2(QDir(dataPath(QStringLiteral("containers-image/manifests"))).exists(),
             "CHAINSCOPE_TEST_DATA does not point at tests/data");
}

void TestManifest::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("outcome"); // "ok" or an error kind name
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("manifests");

    const QString oci(mediatype::OciManifest);
    const QString ociIndex(mediatype::OciIndex);
    const QString docker(mediatype::DockerManifest);
    const QString dockerList(mediatype::DockerManifestList);
    const struct
    {
        const char *file;
        QString outcome, mediaType;
        int layers, manifests;
    } rows[] = {
        {"ociv1.manifest.json", kOk, oci, 3, 0},
        {"ociv1.encrypted.manifest.json", kOk, oci, 3, 0},
        {"ociv1.everything.json", kOk, oci, 1, 0},
        {"ociv1.image.index.json", kOk, ociIndex, 0, 2},
        // No mediaType field, and a layer type nobody knows: still a manifest.
        {"ociv1.invalid.mediatype.manifest.json", kOk, oci, 3, 0},
        {"ociv1.nondistributable.manifest.json", kOk, oci, 1, 0},
        {"ociv1.nondistributable.gzip.manifest.json", kOk, oci, 1, 0},
        {"ociv1.nondistributable.zstd.manifest.json", kOk, oci, 1, 0},
        {"ociv1.uncompressed.manifest.json", kOk, oci, 3, 0},
        {"ociv1.zstd.manifest.json", kOk, oci, 3, 0},
        {"ociv1nomime.manifest.json", kOk, oci, 3, 0},
        {"ociv1nomime.image.index.json", kOk, ociIndex, 0, 2},
        {"oci1.index.everything.json", kOk, ociIndex, 0, 1},
        {"oci1.index.zstd-selection.json", kOk, ociIndex, 0, 6},
        {"oci1index.json", kOk, ociIndex, 0, 3},
        {"ocilist-variants.json", kOk, ociIndex, 0, 6},
        {"v2s2.manifest.json", kOk, docker, 3, 0},
        {"v2s2.everything.json", kOk, docker, 1, 0},
        {"v2s2.nondistributable.manifest.json", kOk, docker, 1, 0},
        {"v2s2.nondistributable.gzip.manifest.json", kOk, docker, 1, 0},
        {"v2s2.uncompressed.manifest.json", kOk, docker, 3, 0},
        // No mediaType; the Docker config descriptor gives it away.
        {"v2s2nomime.manifest.json", kOk, docker, 0, 0},
        {"v2list.manifest.json", kOk, dockerList, 0, 5},
        {"v2list.everything.json", kOk, dockerList, 0, 1},
        {"schema2list.json", kOk, dockerList, 0, 7},
        {"schema2list-variants.json", kOk, dockerList, 0, 4},
        // Empty config digest: the descriptor is not usable.
        {"ociv1.artifact.json", errorKindName(ErrorKind::Malformed), {}, 0, 0},
        {"ociv1nomime.artifact.json", errorKindName(ErrorKind::Malformed), {}, 0, 0},
        {"v2s1.manifest.json", errorKindName(ErrorKind::Unsupported), {}, 0, 0},
        {"v2s1.everything.json", errorKindName(ErrorKind::Unsupported), {}, 0, 0},
        {"v2s1-unsigned.manifest.json", errorKindName(ErrorKind::Unsupported), {}, 0, 0},
        {"v2s1-invalid-signatures.manifest.json", errorKindName(ErrorKind::Unsupported), {}, 0,
         0},
        {"schema2-to-schema1-by-docker.json", errorKindName(ErrorKind::Unsupported), {}, 0, 0},
        {"unknown-version.manifest.json", errorKindName(ErrorKind::Unsupported), {}, 0, 0},
        {"non-json.manifest.json", errorKindName(ErrorKind::Malformed), {}, 0, 0},
    };
    for (const auto &row : rows) {
        QTest::newRow(row.file) << QString::fromLatin1(row.file) << row.outcome << row.mediaType
                                << row.layers << row.manifests;
    }
}

void TestManifest::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, outcome);
    QFETCH(QString, mediaType);
    QFETCH(int, layers);
    QFETCH(int, manifests);

    const QByteArray raw = readData(QStringLiteral("containers-image/manifests/") + file);
    auto manifest = Manifest::parse(raw);
    if (outcome != kOk) {
        QVERIFY2(!manifest.ok(), "parsed a manifest that must be rejected");
        QCOMPARE(errorKindName(manifest.error().kind()), outcome);
        QVERIFY(!manifest.error().message().isEmpty());
        if (file.startsWith(QLatin1String("v2s1")) || file.startsWith(QLatin1String("schema2-to")))
            QVERIFY(manifest.error().message().contains(QLatin1String("schema 1")));
        return;
    }
    QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().toString()));
    QCOMPARE(manifest->mediaType(), mediaType);
    QCOMPARE(manifest->isIndex(), manifests > 0 || mediaType == QString(mediatype::OciIndex)
                                      || mediaType == QString(mediatype::DockerManifestList));
    QCOMPARE(manifest->layers().size(), layers);
    QCOMPARE(manifest->manifests().size(), manifests);
    // Raw bytes are kept as given and the digest is over exactly them.
    QCOMPARE(manifest->raw(), raw);
    QCOMPARE(manifest->digest().toString(), QStringLiteral("sha256:") + sha256Hex(raw));
    if (!manifest->isIndex()) {
        QVERIFY(manifest->config().digest.isValid());
        QVERIFY(manifest->config().size >= 0);
    }
}

void TestManifest::contentType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("mediaType");

    QTest::newRow("header names nomime manifest")
        << "ociv1nomime.manifest.json" << QString(mediatype::OciManifest) << kOk
        << QString(mediatype::OciManifest);
    QTest::newRow("docker header on nomime shape")
        << "ociv1nomime.manifest.json" << QString(mediatype::DockerManifest) << kOk
        << QString(mediatype::DockerManifest);
    QTest::newRow("generic json header falls back to shape")
        << "ociv1nomime.image.index.json" << "application/json" << kOk
        << QString(mediatype::OciIndex);
    QTest::newRow("header with parameters")
        << "v2s2.manifest.json" << QString(mediatype::DockerManifest) + "; charset=utf-8" << kOk
        << QString(mediatype::DockerManifest);
    QTest::newRow("field wins over compatible header")
        << "v2s2.manifest.json" << QString(mediatype::OciManifest) << kOk
        << QString(mediatype::DockerManifest);
    QTest::newRow("index served as image")
        << "v2list.manifest.json" << QString(mediatype::OciManifest)
        << errorKindName(ErrorKind::Malformed) << "";
    QTest::newRow("image served as index")
        << "ociv1.manifest.json" << QString(mediatype::OciIndex)
        << errorKindName(ErrorKind::Malformed) << "";
    QTest::newRow("schema1 content type")
        << "v2s2nomime.manifest.json" << QString(mediatype::DockerSchema1Signed)
        << errorKindName(ErrorKind::Unsupported) << "";
}

void TestManifest::contentType()
{
    QFETCH(QString, file);
    QFETCH(QString, contentType);
    QFETCH(QString, outcome);
    QFETCH(QString, mediaType);
    const QByteArray raw = readData(QStringLiteral("containers-image/manifests/") + file);
    auto manifest = Manifest::parse(raw, contentType);
    if (outcome != kOk) {
        QVERIFY(!manifest.ok());
        QCOMPARE(errorKindName(manifest.error().kind()), outcome);
        return;
    }
    QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().toString()));
    QCOMPARE(manifest->mediaType(), mediaType);
}

void TestManifest::everythingFields()
{
    auto image = Manifest::parse(readData(QStringLiteral("containers-image/manifests/ociv1.everything.json")));
    QVERIFY(image.ok());
    QCOMPARE(image->artifactType(), QStringLiteral("application/our-artifact"));
    QCOMPARE(image->config().mediaType, QStringLiteral("application/our-artifact-config"));
    QCOMPARE(image->config().annotations.value(QStringLiteral("config")), QStringLiteral("1"));
    QCOMPARE(image->config().size, 1);
    QCOMPARE(image->layers().first().annotations.value(QStringLiteral("layer")), QStringLiteral("2"));
    QCOMPARE(image->layers().first().digest.toString(),
             QStringLiteral("sha256:") + QString(64, QLatin1Char('b')));
    QVERIFY(image->subject().has_value());
    QCOMPARE(image->subject()->digest.toString(),
             QStringLiteral("sha256:") + QString(64, QLatin1Char('c')));
    QCOMPARE(image->subject()->annotations.value(QStringLiteral("subject")), QStringLiteral("3"));

    auto index = Manifest::parse(readData(QStringLiteral("containers-image/manifests/oci1.index.everything.json")));
    QVERIFY(index.ok());
    QVERIFY(index->isIndex());
    QCOMPARE(index->artifactType(), QStringLiteral("application/our-top-artifact"));
    const Descriptor &entry = index->manifests().first();
    QCOMPARE(entry.artifactType, QStringLiteral("application/our-sub-artifact"));
    QCOMPARE(entry.annotations.value(QStringLiteral("manifest")), QStringLiteral("1"));
    QVERIFY(entry.platform.has_value());
    QCOMPARE(entry.platform->architecture, QStringLiteral("A"));
    QCOMPARE(entry.platform->os, QStringLiteral("B"));
    QCOMPARE(entry.platform->osVersion, QStringLiteral("C"));
    QCOMPARE(entry.platform->variant, QStringLiteral("E"));
    QCOMPARE(entry.platform->toString(), QStringLiteral("B/A/E"));
    QVERIFY(index->subject().has_value());
    QCOMPARE(index->subject()->platform->architecture, QStringLiteral("a"));

    auto list = Manifest::parse(readData(QStringLiteral("containers-image/manifests/v2list.manifest.json")));
    QVERIFY(list.ok());
    QStringList platforms;
    for (const Descriptor &d : list->manifests())
        platforms << d.platform->toString();
    QVERIFY2(platforms.contains(QStringLiteral("linux/amd64")), qPrintable(platforms.join(',')));
}

void TestManifest::hostileInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("outcome");
    const QString malformed = errorKindName(ErrorKind::Malformed);
    const QByteArray config = QByteArray(R"("config":{"mediaType":)")
                              + R"("application/vnd.oci.image.config.v1+json","size":2,"digest":"sha256:)"
                              + QByteArray(64, 'a') + "\"}";
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("array") << QByteArray("[]") << malformed;
    QTest::newRow("no shape") << QByteArray(R"({"schemaVersion":2})") << malformed;
    QTest::newRow("unknown media type")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"text/plain"})")
        << errorKindName(ErrorKind::Unsupported);
    QTest::newRow("index without manifests")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json"})")
        << malformed;
    QTest::newRow("negative size")
        << QByteArray(R"({"schemaVersion":2,"config":{"mediaType":"x","size":-1,"digest":"sha256:)"
                      + QByteArray(64, 'a') + "\"}}")
        << malformed;
    QTest::newRow("fractional size")
        << QByteArray(R"({"schemaVersion":2,"config":{"mediaType":"x","size":1.5,"digest":"sha256:)"
                      + QByteArray(64, 'a') + "\"}}")
        << malformed;
    QTest::newRow("upper-case digest")
        << QByteArray(R"({"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:)"
                      + QByteArray(64, 'A') + "\"}}")
        << malformed;
    QTest::newRow("layers not array")
        << QByteArray("{\"schemaVersion\":2," + config + ",\"layers\":{}}") << malformed;
    QTest::newRow("annotation not string")
        << QByteArray("{\"schemaVersion\":2," + config + ",\"annotations\":{\"a\":1}}")
        << malformed;
    QTest::newRow("minimal ok") << QByteArray("{\"schemaVersion\":2," + config + "}") << kOk;
}

void TestManifest::hostileInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, outcome);
    auto manifest = Manifest::parse(raw);
    if (outcome == kOk) {
        QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().toString()));
        return;
    }
    QVERIFY(!manifest.ok());
    QCOMPARE(errorKindName(manifest.error().kind()), outcome);
}

void TestManifest::layouts_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("parsed");
    QTest::addColumn<int>("indexes");
    QTest::addColumn<int>("skipped"); // entries with media types that are not manifests
    QTest::addColumn<int>("withSubject");
    QTest::addColumn<int>("configs");
    // Counts taken from the layouts by walking them with jq/python.
    QTest::newRow("regclient testrepo") << "regclient/testrepo" << 48 << 14 << 0 << 9 << 23;
    const QString gcr = QStringLiteral("go-containerregistry/layout-testdata/");
    QTest::newRow("gcr test_index") << gcr + "test_index" << 3 << 2 << 1 << 0 << 1;
    QTest::newRow("gcr test_index_one_image") << gcr + "test_index_one_image" << 1 << 0 << 0 << 0
                                              << 1;
    QTest::newRow("gcr test_index_media_type") << gcr + "test_index_media_type" << 1 << 0 << 0
                                               << 0 << 0;
    QTest::newRow("gcr test_gc_index") << gcr + "test_gc_index" << 3 << 2 << 0 << 0 << 1;
    QTest::newRow("gcr unknown media type") << gcr + "test_gc_image_unknown_mediatype" << 0 << 0
                                            << 1 << 0 << 0;
}

void TestManifest::layouts()
{
    QFETCH(QString, layout);
    QFETCH(int, parsed);
    QFETCH(int, indexes);
    QFETCH(int, skipped);
    QFETCH(int, withSubject);
    QFETCH(int, configs);

    const QDir dir(dataPath(layout));
    // index.json is an index whose mediaType may be missing (image-layout.md).
    auto top = Manifest::parse(readData(layout + QStringLiteral("/index.json")));
    QVERIFY2(top.ok(), qPrintable(top.ok() ? QString() : top.error().toString()));
    QVERIFY(top->isIndex());

    const QSet<QString> manifestTypes = {mediatype::OciManifest, mediatype::OciIndex,
                                         mediatype::DockerManifest,
                                         mediatype::DockerManifestList};
    QList<Descriptor> queue = top->manifests();
    QSet<QString> seen;
    int parsedCount = 0, indexCount = 0, skippedCount = 0, subjectCount = 0, configCount = 0;
    while (!queue.isEmpty()) {
        const Descriptor d = queue.takeLast();
        if (seen.contains(d.digest.toString()))
            continue;
        seen.insert(d.digest.toString());
        if (!manifestTypes.contains(d.mediaType)) {
            ++skippedCount;
            continue;
        }
        const QString blobPath = QStringLiteral("blobs/%1/%2").arg(d.digest.algorithm(), d.digest.hex());
        QFile blob(dir.filePath(blobPath));
        QVERIFY2(blob.open(QIODevice::ReadOnly), qPrintable(blob.fileName()));
        const QByteArray raw = blob.readAll();
        QCOMPARE(raw.size(), d.size);
        auto manifest = Manifest::parse(raw, d.mediaType);
        QVERIFY2(manifest.ok(), qPrintable(blobPath + QLatin1Char(' ')
                                           + (manifest.ok() ? QString() : manifest.error().toString())));
        // The blob is named by its digest: our digest must be that name.
        QCOMPARE(manifest->digest(), d.digest);
        ++parsedCount;
        if (manifest->subject())
            ++subjectCount;
        if (manifest->isIndex()) {
            ++indexCount;
            queue += manifest->manifests();
            continue;
        }
        const Descriptor &config = manifest->config();
        if (config.mediaType != mediatype::OciConfig && config.mediaType != mediatype::DockerConfig)
            continue;
        QFile configFile(dir.filePath(QStringLiteral("blobs/%1/%2").arg(config.digest.algorithm(),
                                                                          config.digest.hex())));
        if (!configFile.open(QIODevice::ReadOnly))
            continue;
        const QByteArray configRaw = configFile.readAll();
        QCOMPARE(sha256Hex(configRaw), config.digest.hex());
        auto parsedConfig = ImageConfig::parse(configRaw);
        QVERIFY2(parsedConfig.ok(), qPrintable(parsedConfig.ok() ? QString() : parsedConfig.error().toString()));
        // A runnable image has one diff ID per layer (config.md); artifacts
        // that borrow the config type with "{}" have none.
        if (!parsedConfig->diffIds.isEmpty()) {
            QCOMPARE(parsedConfig->diffIds.size(), manifest->layers().size());
            QVERIFY(!parsedConfig->os.isEmpty());
        }
        ++configCount;
    }
    QCOMPARE(parsedCount, parsed);
    QCOMPARE(indexCount, indexes);
    QCOMPARE(skippedCount, skipped);
    QCOMPARE(subjectCount, withSubject);
    QCOMPARE(configCount, configs);
}

void TestManifest::regclientDetails()
{
    // testrepo's v1 index carries buildkit attestation entries with
    // platform unknown/unknown next to the runnable platforms.
    auto top = Manifest::parse(readData(QStringLiteral("regclient/testrepo/index.json")));
    QVERIFY(top.ok());
    std::optional<Descriptor> v1;
    for (const Descriptor &d : top->manifests()) {
        if (d.annotations.value(QStringLiteral("org.opencontainers.image.ref.name")) == QLatin1String("v1"))
            v1 = d;
    }
    QVERIFY(v1.has_value());
    auto index = Manifest::parse(readData(QStringLiteral("regclient/testrepo/blobs/sha256/")
                                          + v1->digest.hex()));
    QVERIFY(index.ok());
    int unknown = 0;
    QStringList platforms;
    for (const Descriptor &d : index->manifests()) {
        QVERIFY(d.platform.has_value());
        platforms << d.platform->toString();
        if (d.platform->toString() == QLatin1String("unknown/unknown")) {
            ++unknown;
            QVERIFY(d.annotations.contains(QStringLiteral("vnd.docker.reference.digest")));
        }
    }
    QVERIFY2(unknown > 0, qPrintable(platforms.join(QLatin1Char(','))));
    QVERIFY(platforms.contains(QStringLiteral("linux/amd64")));
    QVERIFY(platforms.contains(QStringLiteral("linux/arm64")));
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
